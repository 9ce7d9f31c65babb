using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sync;

public sealed class SnapshotImporterTests : IDisposable
{
    private static readonly string Kurgan = OfacCsv.Row(
        35345, "KURGANMASHZAVOD", remarks: "Website www.kurganmash.ru; Tax ID No. 4501008142 (Russia).");

    private static readonly string Aviastar = OfacCsv.Row(
        35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE", remarks: "Tax ID No. 7328032711 (Russia).");

    private static readonly string Rostec = OfacCsv.Row(
        17260, "STATE CORPORATION ROSTEC", programs: "UKRAINE-EO13662] [RUSSIA-EO14024",
        remarks: "Registration ID 1077799030847 (Russia); Tax ID No. 7704274402 (Russia).");

    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly SqliteConnection _db;
    private int _fileNumber;

    public SnapshotImporterTests() => _db = Database.Open(_dir.File("store.db"));

    private static Watchlist Watchlist(string hash = "w1", params WatchlistEntity[] extra) => new(
        [
            new WatchlistEntity { Id = "ru-kurganmashzavod", Name = "Kurganmashzavod", Aliases = ["Курганмашзавод"] },
            new WatchlistEntity { Id = "ru-aviastar-sp", Name = "Aviastar-SP", Aliases = ["Авиастар-СП"] },
            .. extra,
        ],
        hash,
        "test-watchlist.yaml");

    private SnapshotImporter Importer(Watchlist? watchlist = null, IMatcher? matcher = null) =>
        new(_db, matcher ?? new NameMatcher(), watchlist ?? Watchlist(), new SyncSettings(), _clock);

    private SyncOutcome Sync(string content, string day, Watchlist? watchlist = null, IMatcher? matcher = null)
    {
        var path = _dir.Write($"v{++_fileNumber}/sdn.csv", content);
        return Importer(watchlist, matcher).Import("ofac-sdn", new OfacReader(), path, Iso.Parse(day));
    }

    private List<(AlertKind Kind, string WatchlistId, string EntryId, string SnapshotAt)> AllAlerts() =>
        [.. _db.Query<(string, string, string, string)>(
            "SELECT kind, watchlist_id, entry_id, snapshot_at FROM alerts ORDER BY id").Select(a => (AlertKinds.Parse(a.Item1)!.Value, a.Item2, a.Item3, a.Item4))];

    private long Count(string table) => _db.ExecuteScalar<long>($"SELECT count(*) FROM {table}");

    [Fact]
    public void First_snapshot_raises_first_seen_for_entries_already_listed()
    {
        var outcome = Sync(OfacCsv.File([Kurgan, .. OfacCsv.Filler(20)]), "2022-02-20T10:00:00Z");

        Assert.Equal(SyncStatus.Accepted, outcome.Status);
        Assert.Equal(21, outcome.Added);
        var alert = Assert.Single(AllAlerts());
        Assert.Equal((AlertKind.FirstSeen, "ru-kurganmashzavod", "35345", "2022-02-20T10:00:00Z"), alert);
        Assert.Equal(1, Count("hits"));
    }

    [Fact]
    public void An_entry_added_later_raises_listed_once_and_unrelated_changes_raise_nothing()
    {
        Sync(OfacCsv.File([Rostec, .. OfacCsv.Filler(20)]), "2022-02-20T10:00:00Z");
        var outcome = Sync(OfacCsv.File([Rostec, Aviastar, .. OfacCsv.Filler(21)]), "2022-03-04T02:03:00Z");

        Assert.Equal(2, outcome.Added);
        var alert = Assert.Single(AllAlerts());
        Assert.Equal((AlertKind.Listed, "ru-aviastar-sp", "35347", "2022-03-04T02:03:00Z"), alert);
    }

    [Fact]
    public void Re_syncing_the_same_file_or_the_same_content_creates_nothing_new()
    {
        var content = OfacCsv.File([Kurgan, .. OfacCsv.Filler(20)]);
        Sync(content, "2022-02-20T10:00:00Z");
        var changes = Count("changes");
        var versions = Count("entry_versions");

        var same = Sync(content, "2022-02-21T10:00:00Z");
        var reordered = Sync(OfacCsv.File([.. OfacCsv.Filler(20), Kurgan]), "2022-02-22T10:00:00Z");

        Assert.Equal(SyncStatus.Unchanged, same.Status);
        Assert.Equal(SyncStatus.Accepted, reordered.Status);
        Assert.Equal((0, 0, 0), (reordered.Added, reordered.Removed, reordered.Modified));
        Assert.Single(AllAlerts());
        Assert.Equal(changes, Count("changes"));
        Assert.Equal(versions, Count("entry_versions"));
    }

    [Fact]
    public void A_modified_entry_behind_a_hit_raises_changed_and_keeps_its_history()
    {
        Sync(OfacCsv.File([Kurgan, .. OfacCsv.Filler(20)]), "2022-02-20T10:00:00Z");
        var modified = OfacCsv.Row(
            35345, "KURGANMASHZAVOD", programs: "RUSSIA-EO14024] [UKRAINE-EO13662",
            remarks: "Website www.kurganmash.ru; Tax ID No. 4501008142 (Russia).");
        var outcome = Sync(OfacCsv.File([modified, .. OfacCsv.Filler(20)]), "2022-05-01T00:00:00Z");

        Assert.Equal(1, outcome.Modified);
        Assert.Equal(
            [AlertKind.FirstSeen, AlertKind.Changed],
            AllAlerts().Select(a => a.Kind));
        Assert.Equal(2, _db.ExecuteScalar<long>("SELECT count(*) FROM entry_versions WHERE entry_id = '35345'"));
        Assert.Equal(
            "[\"programmes\"]",
            _db.ExecuteScalar<string>("SELECT fields FROM changes WHERE kind = 'modified' AND entry_id = '35345'"));
        Assert.Equal(
            1,
            _db.ExecuteScalar<long>("SELECT count(*) FROM entry_versions WHERE entry_id = '35345' AND to_snapshot_id IS NULL"));
    }

    [Fact]
    public void A_removed_entry_behind_a_hit_raises_delisted_and_its_return_raises_listed()
    {
        Sync(OfacCsv.File([Kurgan, .. OfacCsv.Filler(20)]), "2022-02-20T10:00:00Z");
        Sync(OfacCsv.File([.. OfacCsv.Filler(20)]), "2023-01-01T00:00:00Z");
        Sync(OfacCsv.File([Kurgan, .. OfacCsv.Filler(20)]), "2023-06-01T00:00:00Z");

        Assert.Equal(
            [
                (AlertKind.FirstSeen, "ru-kurganmashzavod", "35345", "2022-02-20T10:00:00Z"),
                (AlertKind.Delisted, "ru-kurganmashzavod", "35345", "2023-01-01T00:00:00Z"),
                (AlertKind.Listed, "ru-kurganmashzavod", "35345", "2023-06-01T00:00:00Z"),
            ],
            AllAlerts());
        Assert.Equal(1, Count("hits"));
    }

    [Fact]
    public void A_change_in_a_companion_file_alone_is_a_change_not_an_unchanged_file()
    {
        var sdn = _dir.Write("family/sdn.csv", OfacCsv.File([Kurgan, .. OfacCsv.Filler(20)]));
        _dir.Write("family/alt.csv", "35345,1,\"aka\",\"KMZ\",-0- \r\n\x1A");
        Importer().Import("ofac-sdn", new OfacReader(), sdn, Iso.Parse("2022-02-20T10:00:00Z"));

        _dir.Write("family/alt.csv", "35345,1,\"aka\",\"KMZ\",-0- \r\n35345,2,\"aka\",\"KURGAN MACHINE BUILDING PLANT\",-0- \r\n\x1A");
        var outcome = Importer().Import("ofac-sdn", new OfacReader(), sdn, Iso.Parse("2022-03-01T10:00:00Z"));

        Assert.Equal(SyncStatus.Accepted, outcome.Status);
        Assert.Equal(1, outcome.Modified);
        Assert.Equal("[\"names\"]", _db.ExecuteScalar<string>("SELECT fields FROM changes WHERE kind = 'modified'"));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("cut-mid-record")]
    [InlineData("cut-at-line")]
    [InlineData("shrunk")]
    [InlineData("html")]
    public void A_broken_file_is_refused_recorded_and_changes_nothing(string breakage)
    {
        string[] rows = [Kurgan, Aviastar, .. OfacCsv.Filler(40)];
        var good = OfacCsv.File(rows);
        Sync(good, "2022-03-04T02:03:00Z");
        var before = (Count("entries"), Count("entry_versions"), Count("changes"), Count("hits"), Count("alerts"));

        var broken = breakage switch
        {
            "empty" => "",
            "cut-mid-record" => good[..(good.Length / 2)],
            "cut-at-line" => OfacCsv.File(false, rows[..30]),
            "shrunk" => OfacCsv.File([Kurgan, .. OfacCsv.Filler(10)]),
            _ => "<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>",
        };
        var outcome = Sync(broken, "2022-03-05T02:03:00Z");

        Assert.Equal(SyncStatus.Refused, outcome.Status);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Error));
        Assert.Empty(outcome.Alerts);
        Assert.Equal(before, (Count("entries"), Count("entry_versions"), Count("changes"), Count("hits"), Count("alerts")));
        Assert.Equal(
            ("refused", outcome.Error),
            _db.QuerySingle<(string, string)>("SELECT status, error FROM snapshots ORDER BY id DESC LIMIT 1"));

        // The next good file is compared with the last accepted one, not with the refused one.
        var next = Sync(good + "", "2022-03-06T02:03:00Z");
        Assert.Equal(SyncStatus.Unchanged, next.Status);
        Assert.DoesNotContain(AllAlerts(), a => a.Kind == AlertKind.Delisted);
    }

    [Fact]
    public void A_failure_inside_the_sync_rolls_everything_back()
    {
        Sync(OfacCsv.File([Kurgan, .. OfacCsv.Filler(20)]), "2022-02-20T10:00:00Z");
        var before = (Count("snapshots"), Count("entries"), Count("entry_versions"), Count("changes"), Count("alerts"));

        Assert.Throws<InvalidOperationException>(() =>
            Sync(OfacCsv.File([Kurgan, Aviastar, .. OfacCsv.Filler(20)]), "2022-03-04T02:03:00Z", Watchlist("w2"), new FailingMatcher()));

        Assert.Equal(before, (Count("snapshots"), Count("entries"), Count("entry_versions"), Count("changes"), Count("alerts")));
    }

    [Fact]
    public void A_changed_watchlist_is_matched_against_the_whole_list_on_the_next_sync()
    {
        var content = OfacCsv.File([Kurgan, Rostec, .. OfacCsv.Filler(20)]);
        Sync(content, "2022-07-01T00:00:00Z");
        var rostec = new WatchlistEntity
        {
            Id = "ru-rostec",
            Name = "Rostec",
            Identifiers = new Dictionary<string, string> { ["inn"] = "7704274402" },
        };

        var outcome = Sync(content, "2022-07-02T00:00:00Z", Watchlist("w2", rostec));
        var again = Sync(content, "2022-07-03T00:00:00Z", Watchlist("w2", rostec));

        Assert.Equal(SyncStatus.Unchanged, outcome.Status);
        var alert = Assert.Single(outcome.Alerts);
        Assert.Equal((AlertKind.FirstSeen, "ru-rostec", "17260"), (alert.Kind, alert.WatchlistId, alert.EntryId));
        Assert.Empty(again.Alerts);
        Assert.Equal(2, AllAlerts().Count);
    }

    [Theory]
    [InlineData("NameMatcher 2000-01-01 (older rules)", true)]
    [InlineData(null, false)] // the blind matcher claims the current version: the list is not matched again
    public void A_matcher_whose_rules_changed_matches_an_unchanged_list_whole_again(string? oldVersion, bool matchedAgain)
    {
        var content = OfacCsv.File([Kurgan, .. OfacCsv.Filler(20)]);
        var blind = new BlindMatcher(oldVersion ?? new NameMatcher().Version);

        var first = Sync(content, "2022-07-01T00:00:00Z", matcher: blind);
        var same = Sync(content, "2022-07-02T00:00:00Z", matcher: blind);
        var current = Sync(content, "2022-07-03T00:00:00Z", matcher: new NameMatcher());
        var again = Sync(content, "2022-07-04T00:00:00Z", matcher: new NameMatcher());

        Assert.Empty(first.Alerts);
        Assert.Empty(same.Alerts);
        Assert.Equal(SyncStatus.Unchanged, current.Status);
        Assert.Equal(matchedAgain ? [(AlertKind.FirstSeen, "ru-kurganmashzavod")] : [], current.Alerts.Select(a => (a.Kind, a.WatchlistId)));
        Assert.Empty(again.Alerts);
    }

    [Fact]
    public void A_dismissed_hit_stays_quiet_on_a_minor_change_and_reopens_on_a_material_one()
    {
        Sync(OfacCsv.File([Kurgan, .. OfacCsv.Filler(20)]), "2022-02-20T10:00:00Z");
        _db.Execute("UPDATE hits SET status = 'dismissed'");

        var minor = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Website www.kurganmash.ru; Tax ID No. 4501008142 (Russia); Target Type State-Owned Enterprise.");
        Sync(OfacCsv.File([minor, .. OfacCsv.Filler(20)]), "2022-04-01T00:00:00Z");
        Assert.Single(AllAlerts());

        var material = OfacCsv.Row(35345, "KURGANMASHZAVOD JSC", remarks: "Website www.kurganmash.ru; Tax ID No. 4501008142 (Russia); Target Type State-Owned Enterprise.");
        var outcome = Sync(OfacCsv.File([material, .. OfacCsv.Filler(20)]), "2022-05-01T00:00:00Z");

        Assert.Equal(AlertKind.Changed, Assert.Single(outcome.Alerts).Kind);
        Assert.Equal("new", _db.ExecuteScalar<string>("SELECT status FROM hits"));
    }

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }

    /// <summary>A matcher of the given version that finds nothing (its index holds no candidates).</summary>
    private sealed class BlindMatcher(string version) : IMatcher
    {
        private readonly NameMatcher inner = new();

        public string Version => version;

        public MatchResult Compare(MatchSubject query, MatchSubject candidate) => inner.Compare(query, candidate);

        public ICandidateIndex Index(IEnumerable<MatchSubject> candidates, ICorpusStatistics? statistics = null) => inner.Index([], statistics);

        public ICorpusStatistics Measure(IEnumerable<MatchSubject> corpus) => inner.Measure(corpus);
    }

    private sealed class FailingMatcher : IMatcher
    {
        public string Version => "failing";

        public MatchResult Compare(MatchSubject query, MatchSubject candidate) => throw new InvalidOperationException("boom");

        public ICandidateIndex Index(IEnumerable<MatchSubject> candidates, ICorpusStatistics? statistics = null) =>
            throw new InvalidOperationException("boom");

        public ICorpusStatistics Measure(IEnumerable<MatchSubject> corpus) => throw new InvalidOperationException("boom");
    }
}
