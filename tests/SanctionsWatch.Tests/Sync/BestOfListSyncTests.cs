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

/// <summary>
/// A watched party's lesser matches in a list beside a better one open no hit (<see cref="BestOfList"/>), in a full
/// match and in an incremental one, where the party's standing hits outrank the changed entries; a hit once opened
/// stays; namesakes who score alike both alert. Invented names.
/// </summary>
public sealed class BestOfListSyncTests : IDisposable
{
    // in a list of 21, Zelvanor scores about 1.0 against the parent and 0.91 against the holding named after it (both alert level)
    private static readonly string Parent = OfacCsv.Row(41001, "ZELVANOR JOINT STOCK COMPANY");
    private static readonly string Subsidiary = OfacCsv.Row(41002, "ZELVANOR HOLDING");

    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly SqliteConnection _db;
    private int _fileNumber;

    public BestOfListSyncTests() => _db = Database.Open(_dir.File("store.db"));

    private static Watchlist Watchlist(params WatchlistEntity[] entities) =>
        new(entities.Length > 0 ? entities : [new WatchlistEntity { Id = "zelvanor", Name = "Zelvanor" }], "w1", "test-watchlist.yaml");

    private SyncOutcome Sync(string content, string day, Watchlist? watchlist = null)
    {
        var path = _dir.Write($"v{++_fileNumber}/sdn.csv", content);
        return new SnapshotImporter(_db, new NameMatcher(), watchlist ?? Watchlist(), new SyncSettings(), _clock)
            .Import("ofac-sdn", new OfacReader(), path, Iso.Parse(day));
    }

    private List<(string Kind, string EntryId)> Alerts() =>
        [.. _db.Query<(string, string)>("SELECT kind, entry_id FROM alerts ORDER BY id")];

    private List<string> HitEntries() => [.. _db.Query<string>("SELECT entry_id FROM hits ORDER BY entry_id")];

    [Fact]
    public void Of_a_parent_and_a_subsidiary_named_after_it_only_the_parent_is_a_hit()
    {
        Sync(OfacCsv.File([Parent, Subsidiary, .. OfacCsv.Filler(20)]), "2024-01-10T00:00:00Z");

        Assert.Equal([("first-seen", "41001")], Alerts());
        Assert.Equal(["41001"], HitEntries());
    }

    [Fact]
    public void The_subsidiary_alone_alerts_since_nothing_outranks_it()
    {
        Sync(OfacCsv.File([Subsidiary, .. OfacCsv.Filler(20)]), "2024-01-10T00:00:00Z");

        Assert.Equal([("first-seen", "41002")], Alerts());
    }

    [Fact]
    public void A_subsidiary_listed_later_is_outranked_by_the_standing_hit_on_the_parent()
    {
        Sync(OfacCsv.File([Parent, .. OfacCsv.Filler(20)]), "2024-01-10T00:00:00Z");
        var later = Sync(OfacCsv.File([Parent, Subsidiary, .. OfacCsv.Filler(20)]), "2024-02-10T00:00:00Z");

        Assert.Equal(1, later.Added);
        Assert.Equal([("first-seen", "41001")], Alerts());
        Assert.Equal(["41001"], HitEntries());
    }

    [Fact]
    public void A_better_entry_listed_later_alerts_and_the_earlier_hit_stays()
    {
        Sync(OfacCsv.File([Subsidiary, .. OfacCsv.Filler(20)]), "2024-01-10T00:00:00Z");
        Sync(OfacCsv.File([Parent, Subsidiary, .. OfacCsv.Filler(20)]), "2024-02-10T00:00:00Z");

        Assert.Equal([("first-seen", "41002"), ("listed", "41001")], Alerts());
        Assert.Equal(["41001", "41002"], HitEntries());
    }

    [Fact]
    public void When_the_parent_leaves_as_the_subsidiary_comes_the_subsidiary_alerts()
    {
        Sync(OfacCsv.File([Parent, .. OfacCsv.Filler(20)]), "2024-01-10T00:00:00Z");
        Sync(OfacCsv.File([Subsidiary, .. OfacCsv.Filler(20)]), "2024-02-10T00:00:00Z");

        Assert.Equal([("first-seen", "41001"), ("listed", "41002"), ("delisted", "41001")], Alerts());
    }

    [Fact]
    public void A_standing_hit_on_a_modified_entry_is_measured_by_its_new_score_not_the_stored_one()
    {
        // the parent is renamed beyond recognition in the snapshot that lists the subsidiary: nothing outranks it then
        Sync(OfacCsv.File([Parent, .. OfacCsv.Filler(20)]), "2024-01-10T00:00:00Z");
        var renamed = OfacCsv.Row(41001, "MORVETH HOLDINGS LIMITED");
        Sync(OfacCsv.File([renamed, Subsidiary, .. OfacCsv.Filler(20)]), "2024-02-10T00:00:00Z");

        Assert.Contains(("listed", "41002"), Alerts());
    }

    [Fact]
    public void Namesakes_who_score_alike_both_alert()
    {
        var watchlist = Watchlist(new WatchlistEntity { Id = "velkarov", Name = "Sergei Velkarov", Kind = PartyType.Person });
        Sync(
            OfacCsv.File([
                OfacCsv.Row(41003, "VELKAROV, Sergei Ivanovich", type: "individual"),
                OfacCsv.Row(41004, "VELKAROV, Sergei Petrovich", type: "individual"),
                .. OfacCsv.Filler(20)]),
            "2024-01-10T00:00:00Z",
            watchlist);

        Assert.Equal(["41003", "41004"], HitEntries());
    }

    [Fact]
    public void Each_party_is_measured_against_its_own_best_only()
    {
        // the subsidiary is the best of a party that watches it by its full name, while the parent outranks it for Zelvanor
        var watchlist = Watchlist(
            new WatchlistEntity { Id = "zelvanor", Name = "Zelvanor" },
            new WatchlistEntity { Id = "zelvanor-holding", Name = "Zelvanor Holding" });
        Sync(OfacCsv.File([Parent, Subsidiary, .. OfacCsv.Filler(20)]), "2024-01-10T00:00:00Z", watchlist);

        Assert.Equal(
            [("zelvanor", "41001"), ("zelvanor-holding", "41002")],
            _db.Query<(string, string)>("SELECT watchlist_id, entry_id FROM hits ORDER BY watchlist_id"));
    }

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }
}
