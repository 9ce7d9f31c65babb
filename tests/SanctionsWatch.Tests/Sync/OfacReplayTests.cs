using Dapper;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Tests.Sync;

/// <summary>
/// Replays the real OFAC SDN history from 2022-02-20 to 2022-07-01 with the default watchlist, with an empty file and
/// a file cut in half slipped into the sequence, and checks the real designations come out as alerts.
/// </summary>
public sealed class OfacReplayTests
{
    [SharedDataFact]
    public void Replaying_the_real_history_raises_the_real_designations_once()
    {
        using var dir = new TempDir();
        var files = Directory.GetFiles(OfacHistory.Directory, "sdn_*.csv")
            .Where(f => string.CompareOrdinal(Path.GetFileName(f), "sdn_2022-02-20") >= 0
                        && string.CompareOrdinal(Path.GetFileName(f), "sdn_2022-07-01") < 0)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 20, $"expected the archive's versions in the window, found {files.Count}");

        // Slip an empty download and a file cut in half (at a byte offset) into the sequence.
        var empty = dir.Write("sdn_2022-03-10T0000.csv", "");
        var half = dir.File("sdn_2022-04-15T0000.csv");
        var bytes = File.ReadAllBytes(files[files.Count / 2]);
        File.WriteAllBytes(half, bytes[..(bytes.Length / 2)]);
        var halfAtLine = dir.File("sdn_2022-05-15T0000.csv");
        var cut = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length / 2);
        File.WriteAllBytes(halfAtLine, bytes[..(cut + 1)]);
        var sequence = ReplayFiles.Expand([.. files, empty, half, halfAtLine]);

        using var db = Database.Open(dir.File("replay.db"));
        var watchlist = WatchlistLoader.Load(Path.Combine(SharedData.ProjectRoot, "config", "watchlist.yaml"));
        var importer = new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), TimeProvider.System);
        var reader = new OfacReader();
        var outcomes = Replayer.Replay(importer, "ofac-sdn", reader, sequence).ToList();

        var refused = outcomes.Where(o => o.Refused).Select(o => o.FileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["sdn_2022-03-10T0000.csv", "sdn_2022-04-15T0000.csv", "sdn_2022-05-15T0000.csv"], refused);

        var alerts = db.Query<(string Kind, string WatchlistId, string EntryId, string SnapshotAt)>(
            "SELECT kind, watchlist_id, entry_id, snapshot_at FROM alerts")
            .Select(a => (Kind: AlertKinds.Parse(a.Kind)!.Value, a.WatchlistId, a.EntryId, a.SnapshotAt)).ToList();

        void Expect(AlertKind kind, string watchlistId, string entryId, string at) =>
            Assert.Contains((kind, watchlistId, entryId, at), alerts);

        Expect(AlertKind.Listed, "ru-kurganmashzavod", "35345", "2022-03-04T02:03:00Z");
        Expect(AlertKind.Listed, "ru-aviastar-sp", "35347", "2022-03-04T02:03:00Z");
        Expect(AlertKind.Listed, "ru-rostec", "17260", "2022-06-28T18:55:00Z");
        Expect(AlertKind.Listed, "ru-tekhnodinamika", "18774", "2022-06-28T18:55:00Z");
        Expect(AlertKind.Listed, "ru-uac", "36431", "2022-06-28T18:55:00Z");
        Expect(AlertKind.Listed, "ru-il", "35996", "2022-06-28T18:55:00Z");
        Assert.Contains(alerts, a => a is { Kind: AlertKind.FirstSeen, WatchlistId: "ru-rosoboronexport", EntryId: "18782" });

        // No event twice, no delisting caused by the broken files, no look-alike alerting as the story's firms.
        Assert.Equal(alerts.Count, alerts.Distinct().Count());
        Assert.Equal(
            alerts.Count(a => a.Kind is AlertKind.Listed or AlertKind.FirstSeen),
            alerts.Where(a => a.Kind is AlertKind.Listed or AlertKind.FirstSeen).Select(a => (a.WatchlistId, a.EntryId)).Distinct().Count());
        Assert.DoesNotContain(alerts, a => a.Kind == AlertKind.Delisted);
        Assert.DoesNotContain(alerts, a => a.WatchlistId == "ru-il" && a.EntryId == "35997"); // Ilyushin Finance Co.

        // A second replay of the same files adds nothing.
        var again = Replayer.Replay(importer, "ofac-sdn", reader, sequence).ToList();
        Assert.All(again, o => Assert.Empty(o.Alerts));
        Assert.Equal(alerts.Count, db.ExecuteScalar<long>("SELECT count(*) FROM alerts"));
    }
}
