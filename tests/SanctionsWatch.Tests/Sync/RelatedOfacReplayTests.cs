using System.Text.RegularExpressions;
using Dapper;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sync;

/// <summary>
/// Replays all 308 real versions of OFAC's sdn.csv (2021-08 … 2024-05) with the default watchlist and checks the
/// related alerts against the files themselves: every entry OFAC listed "Linked To" Rostec raises related-listed for
/// ru-rostec at the snapshot that listed it, and no relation is announced twice.
/// </summary>
public sealed partial class RelatedOfacReplayTests
{
    [GeneratedRegex("""Linked To: (STATE CORPORATION )?ROSTEC[.;"]""")]
    private static partial Regex LinkedToRostec();

    [SharedDataFact]
    public void Replaying_the_308_versions_raises_related_listed_for_entries_linked_to_rostec_when_listed_and_none_twice()
    {
        // the replay of the default watchlist (shared with DefaultWatchlistReplayTests: its reduced twin's entities are
        // others, whose related alerts are checked for "none twice" here too)
        var replay = DefaultWatchlistReplay.Get();
        var files = replay.Files;
        Assert.Equal(OfacHistory.Versions, files.Count);

        // From the files alone: per version, each entry's id and whether its row says it is linked to Rostec.
        var expected = new List<(string EntryId, string At)>();
        Dictionary<string, bool>? previous = null;
        foreach (var (path, takenAt) in files)
        {
            var current = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(path))
            {
                var comma = line.IndexOf(',', StringComparison.Ordinal);
                if (comma > 0 && line.AsSpan(0, comma).IndexOfAnyExceptInRange('0', '9') < 0)
                    current[line[..comma]] = LinkedToRostec().IsMatch(line);
            }

            if (previous is not null)
            {
                expected.AddRange(current.Where(c => c.Value && !previous.ContainsKey(c.Key)).Select(c => (c.Key, Iso.Format(takenAt))));
            }

            previous = current;
        }

        // 14 listings: Rostec's own designation day (2022-06-28) brought 8 of them, the others came before and after.
        Assert.Equal(14, expected.Count);
        Assert.Equal(8, expected.Count(e => e.At == "2022-06-28T18:55:00Z"));
        Assert.Contains(("18774", "2022-06-28T18:55:00Z"), expected); // Tekhnodinamika
        Assert.Contains(("40497", "2023-02-01T18:44:00Z"), expected);

        using var db = Database.Open(replay.DatabasePath);
        Assert.Contains(replay.Watchlist.Entities, e => e.Id == "ru-rostec");
        var outcomes = replay.Outcomes;
        Assert.DoesNotContain(outcomes, o => o.Refused);

        var alerts = db.Query<(long Id, string Kind, string WatchlistId, string EntryId, string SnapshotAt, string? Detail)>(
            "SELECT id, kind, watchlist_id, entry_id, snapshot_at, detail FROM alerts WHERE kind LIKE 'related-%' ORDER BY id")
            .Select(a => (a.Id, Kind: AlertKinds.Parse(a.Kind)!.Value, a.WatchlistId, a.EntryId, a.SnapshotAt, a.Detail)).ToList();
        foreach (var (entryId, at) in expected)
        {
            var alert = Assert.Single(alerts, a => a.Kind == AlertKind.RelatedListed && a.WatchlistId == "ru-rostec" && a.EntryId == entryId && a.SnapshotAt == at);
            Assert.Matches(@"\(" + entryId + @"\) —linked-to→ (STATE CORPORATION ROSTEC \(17260\) = ru-rostec|""ROSTEC"" ≈ ru-rostec)", alert.Detail);
        }

        // None twice: a relation is announced again only after it ended (the entry removed, or no longer linked).
        foreach (var pair in alerts.GroupBy(a => (a.WatchlistId, a.EntryId)))
        {
            var holding = false;
            foreach (var a in pair.OrderBy(a => a.Id))
            {
                if (a.Kind is AlertKind.RelatedListed or AlertKind.RelatedFirstSeen)
                {
                    Assert.False(holding, $"{a.Kind} of {pair.Key} at {a.SnapshotAt} while it held");
                    holding = true;
                }
                else if (a.Kind == AlertKind.RelatedDelisted || a.Detail!.StartsWith("no longer related", StringComparison.Ordinal))
                {
                    Assert.True(holding, $"{a.Kind} of {pair.Key} at {a.SnapshotAt} while it did not hold");
                    holding = false;
                }
            }
        }

        Assert.Equal(alerts.Count, alerts.Select(a => (a.Kind, a.WatchlistId, a.EntryId, a.SnapshotAt)).Distinct().Count());
        // Deeper ties are found too: the Ruselectronics holding's firms, two links from Rostec, listed the same day.
        Assert.Contains(alerts, a => a is { Kind: AlertKind.RelatedListed, WatchlistId: "ru-rostec", EntryId: "37772", SnapshotAt: "2022-06-28T18:55:00Z" }
            && a.Detail!.Contains("—linked-to→ OPEN JOINT STOCK COMPANY RUSSIAN ELECTRONICS (18770) —linked-to→ STATE CORPORATION ROSTEC (17260)", StringComparison.Ordinal));

        // The last file again changes nothing.
        var importer = new SnapshotImporter(db, new NameMatcher(), replay.Watchlist, new SyncSettings(), TimeProvider.System);
        var again = importer.Import("ofac-sdn", new OfacReader(), files[^1].Path, files[^1].TakenAt);
        Assert.Equal(SyncStatus.Unchanged, again.Status);
        Assert.Empty(again.Alerts);
    }
}
