using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sync;

/// <summary>
/// Related hits through the real importer on a real SQLite file: hand-written OFAC sdn.csv files in which firms are
/// "Linked To" Rostec, one another, or a name that is not on the list.
/// </summary>
public sealed class RelatedHitTests : IDisposable
{
    private static readonly string Rostec = OfacCsv.Row(
        17260, "STATE CORPORATION ROSTEC", remarks: "Registration ID 1077799030847 (Russia); Tax ID No. 7704274402 (Russia).");

    private static readonly string Tekhnodinamika = OfacCsv.Row(
        18774, "JOINT STOCK COMPANY TEKHNODINAMIKA", remarks: "Tax ID No. 7703058331 (Russia); Linked To: STATE CORPORATION ROSTEC.");

    private static readonly string Plant = OfacCsv.Row(
        50001, "KRASNY OKTYABR AVIATION EQUIPMENT PLANT", remarks: "Linked To: JOINT STOCK COMPANY TEKHNODINAMIKA.");

    private static readonly string Trader = OfacCsv.Row(50002, "ALPHA AERO SUPPLY LLC", remarks: "Linked To: ROSTEC.");

    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly SqliteConnection _db;
    private int _fileNumber;

    public RelatedHitTests() => _db = Database.Open(_dir.File("store.db"));

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }

    private static WatchlistEntity RostecEntity(RelatedMode? mode = null) => new()
    {
        Id = "ru-rostec",
        Name = "Rostec",
        Aliases = ["State Corporation Rostec", "Госкорпорация Ростех"],
        Identifiers = new Dictionary<string, string> { ["inn"] = "7704274402" },
        Related = mode,
    };

    private static Watchlist Watchlist(params WatchlistEntity[] entities) =>
        new(entities.Length == 0 ? [RostecEntity()] : entities, "w-" + string.Join("-", entities.Select(e => e.Id + e.Related)), "watchlist.yaml");

    private SyncOutcome Sync(string day, Watchlist? watchlist = null, RelatedSettings? related = null, IListReader? reader = null, params string[] rows)
    {
        var path = _dir.Write($"v{++_fileNumber}/sdn.csv", OfacCsv.File([.. rows, .. OfacCsv.Filler(30)]));
        var settings = new SyncSettings { Related = related ?? new RelatedSettings() };
        return new SnapshotImporter(_db, new NameMatcher(), watchlist ?? Watchlist(), settings, _clock)
            .Import("ofac-sdn", reader ?? new OfacReader(), path, Iso.Parse(day));
    }

    private SyncOutcome Sync(string day, params string[] rows) => Sync(day, null, null, null, rows);

    private List<(AlertKind Kind, string WatchlistId, string EntryId, string SnapshotAt, long Deliver, string? Detail)> Related() =>
        [.. _db.Query<(string, string, string, string, long, string?)>(
            "SELECT kind, watchlist_id, entry_id, snapshot_at, deliver, detail FROM alerts WHERE kind LIKE 'related-%' ORDER BY id")
            .Select(a => (AlertKinds.Parse(a.Item1)!.Value, a.Item2, a.Item3, a.Item4, a.Item5, a.Item6))];

    private RelatedPath PathOf(string watchlistId, string entryId) =>
        RelatedPath.FromJson(_db.ExecuteScalar<string>(
            "SELECT path FROM hits WHERE related = 1 AND watchlist_id = @watchlistId AND entry_id = @entryId", new { watchlistId, entryId }))!;

    [Fact]
    public void A_new_entry_linked_to_a_watched_firm_raises_related_listed_once_with_its_path()
    {
        Sync("2022-06-01T10:00:00Z", Rostec);
        var outcome = Sync("2022-06-28T18:55:00Z", Rostec, Tekhnodinamika);

        var alert = Assert.Single(outcome.Alerts, a => a.Kind == AlertKind.RelatedListed);
        Assert.Equal(("ru-rostec", "18774", "JOINT STOCK COMPANY TEKHNODINAMIKA"), (alert.WatchlistId, alert.EntryId, alert.EntryName));
        Assert.Equal(
            "JOINT STOCK COMPANY TEKHNODINAMIKA (18774) —linked-to→ STATE CORPORATION ROSTEC (17260) = ru-rostec", alert.Detail);
        var hit = _db.QuerySingle<(long Related, string LinkType, long Depth, string Status, long Listed)>(
            "SELECT related, link_type, depth, status, listed FROM hits WHERE entry_id = '18774'");
        Assert.Equal((1L, "linked-to", 1L, "new", 1L), hit);
        Assert.Equal(RelatedPath.Below, PathOf("ru-rostec", "18774").Direction);

        // The same file again, or a change elsewhere on the list, raises nothing more.
        Sync("2022-06-29T10:00:00Z", Rostec, Tekhnodinamika);
        Sync("2022-06-30T10:00:00Z", Rostec, Tekhnodinamika, OfacCsv.Row(60000, "UNRELATED TRADING FZE"));
        Assert.Single(Related());
        Assert.Equal(("related-listed", "2022-06-28T18:55:00Z"), (Related()[0].Kind.ToText(), Related()[0].SnapshotAt));
    }

    [Fact]
    public void A_subsidiary_of_a_subsidiary_counts_up_to_the_configured_depth()
    {
        Sync("2022-06-01T10:00:00Z", Rostec);
        Sync("2022-06-28T18:55:00Z", Rostec, Tekhnodinamika, Plant);

        Assert.Equal(["18774", "50001"], Related().Select(a => a.EntryId).Order(StringComparer.Ordinal));
        var path = PathOf("ru-rostec", "50001");
        Assert.Equal(2, path.Depth);
        Assert.Equal(
            "KRASNY OKTYABR AVIATION EQUIPMENT PLANT (50001) —linked-to→ JOINT STOCK COMPANY TEKHNODINAMIKA (18774) —linked-to→ STATE CORPORATION ROSTEC (17260) = ru-rostec",
            path.Text);

        // With a depth of one, in another store, only the direct subsidiary is related.
        using var other = new TempDir();
        using var db = Database.Open(other.File("store.db"));
        var importer = new SnapshotImporter(db, new NameMatcher(), Watchlist(), new SyncSettings { Related = new RelatedSettings(Depth: 1) }, _clock);
        importer.Import("ofac-sdn", new OfacReader(), other.Write("a/sdn.csv", OfacCsv.File([Rostec, .. OfacCsv.Filler(30)])), Iso.Parse("2022-06-01T10:00:00Z"));
        importer.Import("ofac-sdn", new OfacReader(), other.Write("b/sdn.csv", OfacCsv.File([Rostec, Tekhnodinamika, Plant, .. OfacCsv.Filler(30)])), Iso.Parse("2022-06-28T18:55:00Z"));
        Assert.Equal(["18774"], db.Query<string>("SELECT entry_id FROM hits WHERE related = 1"));
    }

    [Fact]
    public void The_parent_of_a_watched_firm_is_related_above_it_when_it_is_listed()
    {
        var watchlist = Watchlist(new WatchlistEntity { Id = "ru-tekhnodinamika", Name = "Tekhnodinamika", Aliases = ["Технодинамика"] });
        Sync("2022-06-01T10:00:00Z", watchlist, null, null, Tekhnodinamika);
        var outcome = Sync("2022-06-28T18:55:00Z", watchlist, null, null, Tekhnodinamika, Rostec);

        var alert = Assert.Single(outcome.Alerts, a => a.Kind == AlertKind.RelatedListed);
        Assert.Equal(("ru-tekhnodinamika", "17260"), (alert.WatchlistId, alert.EntryId));
        var path = PathOf("ru-tekhnodinamika", "17260");
        Assert.Equal(RelatedPath.Above, path.Direction);
        Assert.Equal("STATE CORPORATION ROSTEC (17260) ←linked-to— JOINT STOCK COMPANY TEKHNODINAMIKA (18774) = ru-tekhnodinamika", path.Text);
    }

    [Fact]
    public void A_link_to_a_party_not_on_the_list_is_resolved_by_the_matcher_at_the_alert_threshold()
    {
        Sync("2022-06-01T10:00:00Z", OfacCsv.Row(50003, "BETA TRADING", remarks: "Linked To: ROSTOV FISHING FLEET."));
        var outcome = Sync("2022-06-28T18:55:00Z", OfacCsv.Row(50003, "BETA TRADING", remarks: "Linked To: ROSTOV FISHING FLEET."), Trader);

        var alert = Assert.Single(outcome.Alerts);
        Assert.Equal((AlertKind.RelatedListed, "ru-rostec", "50002"), (alert.Kind, alert.WatchlistId, alert.EntryId));
        var path = PathOf("ru-rostec", "50002");
        Assert.Equal((RelatedEnd.ByName, null, "ROSTEC"), (path.End.ResolvedBy, path.End.EntryId, path.End.Name));
        Assert.True(path.End.Score >= MatchThresholds.DefaultAlert);
        Assert.Null(path.Steps[0].To);
    }

    [Fact]
    public void Review_alerts_are_recorded_but_never_queued_alert_mode_alerts_are_and_off_records_nothing()
    {
        var entities = new[]
        {
            RostecEntity(RelatedMode.Alert),
            new WatchlistEntity { Id = "ru-tekhnodinamika", Name = "Tekhnodinamika" },
            new WatchlistEntity { Id = "ru-rostec-again", Name = "State Corporation Rostec", Related = RelatedMode.Off },
        };
        Sync("2022-06-01T10:00:00Z", Watchlist(entities), null, null, Tekhnodinamika);
        Sync("2022-06-28T18:55:00Z", Watchlist(entities), null, null, Tekhnodinamika, Rostec, Plant);

        var related = Related();
        Assert.Contains(related, a => a is { WatchlistId: "ru-rostec", EntryId: "50001", Deliver: 1 });
        Assert.Contains(related, a => a is { WatchlistId: "ru-tekhnodinamika", EntryId: "50001", Deliver: 0 });
        Assert.Contains(related, a => a is { WatchlistId: "ru-tekhnodinamika", EntryId: "17260", Deliver: 0 });
        Assert.DoesNotContain(related, a => a.WatchlistId == "ru-rostec-again");
        Assert.Equal(0, _db.ExecuteScalar<long>("SELECT count(*) FROM hits WHERE related = 1 AND watchlist_id = 'ru-rostec-again'"));

        AlertOutbox.Queue(_db, "webhook", _clock.GetUtcNow());
        var queued = _db.Query<(string Kind, string WatchlistId)>(
            "SELECT a.kind, a.watchlist_id FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id WHERE a.kind LIKE 'related-%'").ToList();
        Assert.NotEmpty(queued);
        Assert.All(queued, q => Assert.Equal("ru-rostec", q.WatchlistId));
        var undelivered = Reports.Counts(_db).UndeliveredAlerts;
        Assert.Equal(_db.ExecuteScalar<long>("SELECT count(*) FROM alerts WHERE deliver = 1"), undelivered);
    }

    [Fact]
    public void A_changed_link_is_related_changed_a_removed_link_ends_it_a_removed_entry_is_related_delisted_and_back_is_listed()
    {
        var elsewhere = OfacCsv.Row(18774, "JOINT STOCK COMPANY TEKHNODINAMIKA", remarks: "Tax ID No. 7703058331 (Russia); Linked To: MAHAN AIR.");
        Sync("2022-06-01T10:00:00Z", Rostec, Tekhnodinamika, Plant);
        Sync("2022-07-01T10:00:00Z", Rostec, Tekhnodinamika, OfacCsv.Row(50001, "KRASNY OKTYABR AVIATION EQUIPMENT PLANT", remarks: "Owned or Controlled By: STATE CORPORATION ROSTEC."));
        Sync("2022-08-01T10:00:00Z", Rostec, elsewhere);
        Sync("2022-09-01T10:00:00Z", Rostec, Tekhnodinamika);

        var events = Related().Select(a => (a.Kind, a.EntryId, a.SnapshotAt[..10])).ToList();
        Assert.Equal(
            [
                (AlertKind.RelatedFirstSeen, "18774", "2022-06-01"),
                (AlertKind.RelatedFirstSeen, "50001", "2022-06-01"),
                (AlertKind.RelatedChanged, "50001", "2022-07-01"),   // its own link: now owned by Rostec, depth 1
                (AlertKind.RelatedChanged, "18774", "2022-08-01"),   // still listed, no longer linked: ended
                (AlertKind.RelatedDelisted, "50001", "2022-08-01"),  // removed from the list
                (AlertKind.RelatedListed, "18774", "2022-09-01"),    // linked again
            ],
            events.OrderBy(e => e.Item3, StringComparer.Ordinal).ThenBy(e => e.EntryId, StringComparer.Ordinal).ToList());
        Assert.Contains("(50001) —owner→ STATE CORPORATION ROSTEC (17260)", Related().Single(a => a.Kind == AlertKind.RelatedChanged && a.EntryId == "50001").Detail, StringComparison.Ordinal);
        Assert.StartsWith("no longer related", Related().Single(a => a.Kind == AlertKind.RelatedChanged && a.EntryId == "18774").Detail, StringComparison.Ordinal);
        Assert.Equal(0, _db.ExecuteScalar<long>("SELECT listed FROM hits WHERE related = 1 AND entry_id = '50001'"));
        Assert.Equal(1, _db.ExecuteScalar<long>("SELECT listed FROM hits WHERE related = 1 AND entry_id = '18774'"));
    }

    [Fact]
    public void A_dismissed_related_hit_stays_quiet_until_the_relation_comes_back_which_reopens_it()
    {
        Sync("2022-06-01T10:00:00Z", Rostec, Tekhnodinamika);
        var hitId = _db.ExecuteScalar<long>("SELECT id FROM hits WHERE related = 1 AND entry_id = '18774'");
        HitReviews.Apply(_db, hitId, ReviewAction.Dismiss, "known subsidiary, handled", "alice", _clock);

        Sync("2022-07-01T10:00:00Z", Rostec);                      // removed: quiet
        var back = Sync("2022-08-01T10:00:00Z", Rostec, Tekhnodinamika);

        Assert.DoesNotContain(Related(), a => a.Kind == AlertKind.RelatedDelisted);
        Assert.Contains(back.Alerts, a => a is { Kind: AlertKind.RelatedListed, EntryId: "18774" });
        Assert.Equal("new", _db.ExecuteScalar<string>("SELECT status FROM hits WHERE id = @hitId", new { hitId }));
        var reopened = HitReviews.Of(_db, hitId).Last();
        Assert.Equal((HitReviews.SyncReviewer, "new"), (reopened.Reviewer, reopened.StatusAfter));
    }

    [Fact]
    public void A_direct_hit_is_the_entitys_own_entry_until_dismissed_then_the_entry_can_also_be_related_to_it()
    {
        // The watchlist gives a subsidiary's name as another name of Rostec: RT-Project is a direct hit (its name), and
        // is linked to Rostec. While the hit stands it counts as Rostec itself.
        var watchlist = Watchlist(RostecEntity() with { Aliases = ["State Corporation Rostec", "RT-Project Technologies"] });
        var project = OfacCsv.Row(50010, "RT-PROJECT TECHNOLOGIES", remarks: "Linked To: STATE CORPORATION ROSTEC.");
        Sync("2022-06-01T10:00:00Z", watchlist, null, null, Rostec);
        var outcome = Sync("2022-06-28T18:55:00Z", watchlist, null, null, Rostec, project);
        Assert.Contains(outcome.Alerts, a => a is { Kind: AlertKind.Listed, EntryId: "50010" });
        Assert.DoesNotContain(outcome.Alerts, a => a.Kind.IsRelated());

        var direct = _db.ExecuteScalar<long>("SELECT id FROM hits WHERE entry_id = '50010'");
        HitReviews.Apply(_db, direct, ReviewAction.Dismiss, "a subsidiary, not Rostec: the alias is wrong", "alice", _clock);
        var again = Sync("2022-06-29T10:00:00Z", watchlist, null, null, Rostec, project);

        Assert.Equal(SyncStatus.Unchanged, again.Status);
        var related = Assert.Single(again.Alerts);
        Assert.Equal((AlertKind.RelatedFirstSeen, "50010"), (related.Kind, related.EntryId));
        Assert.Equal([(0L, "dismissed"), (1L, "new")], _db.Query<(long, string)>("SELECT related, status FROM hits WHERE entry_id = '50010' ORDER BY related"));
    }

    [Fact]
    public void A_new_entry_without_links_that_takes_a_linked_name_is_worked_through_even_after_quiet_imports()
    {
        // One importer for every file, as in a replay: quiet imports are skipped, this one is not.
        var importer = new SnapshotImporter(_db, new NameMatcher(), Watchlist(), new SyncSettings(), _clock);
        SyncOutcome Import(string day, params string[] rows) =>
            importer.Import("ofac-sdn", new OfacReader(), _dir.Write($"v{++_fileNumber}/sdn.csv", OfacCsv.File([.. rows, .. OfacCsv.Filler(30)])), Iso.Parse(day));
        var holding = OfacCsv.Row(70001, "TWIN HOLDING", remarks: "Linked To: STATE CORPORATION ROSTEC.");
        var front = OfacCsv.Row(70010, "FRONT TRADING FZE", remarks: "Linked To: TWIN HOLDING.");

        Import("2022-06-01T10:00:00Z", Rostec, holding, front);
        Assert.Equal(2, PathOf("ru-rostec", "70010").Depth);
        Assert.Empty(Import("2022-06-02T10:00:00Z", Rostec, holding, front, OfacCsv.Row(60000, "UNRELATED TRADING FZE")).Alerts);
        // A second party named TWIN HOLDING: the front's link no longer names one entry, so the tie through it is lost.
        var twin = Import("2022-06-03T10:00:00Z", Rostec, holding, front, OfacCsv.Row(60000, "UNRELATED TRADING FZE"), OfacCsv.Row(70002, "TWIN HOLDING"));

        var ended = Assert.Single(twin.Alerts);
        Assert.Equal((AlertKind.RelatedChanged, "70010"), (ended.Kind, ended.EntryId));
        Assert.StartsWith("no longer related", ended.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_link_data_never_breaks_the_import()
    {
        var outcome = Sync(
            "2022-06-01T10:00:00Z",
            Rostec,
            OfacCsv.Row(50020, "UNTERMINATED LINK LLC", remarks: "a.k.a. 'UL'; (Linked To: STATE CORPORATION ROSTEC"),
            OfacCsv.Row(50021, "EMPTY LINK LLC", remarks: "Linked To: ; Linked To:"),
            OfacCsv.Row(50022, "SELF LINK LLC", remarks: "Linked To: SELF LINK LLC."),
            OfacCsv.Row(50023, "CYCLE ONE LLC", remarks: "Linked To: CYCLE TWO LLC."),
            OfacCsv.Row(50024, "CYCLE TWO LLC", remarks: "Linked To: CYCLE ONE LLC; Linked To: UNTERMINATED LINK LLC."),
            OfacCsv.Row(50025, "RUNAWAY LLC", remarks: "Linked To: " + new string('X', 20_000)),
            OfacCsv.Row(50026, "TWIN LLC", remarks: "Linked To: TWIN NAME."),
            OfacCsv.Row(50027, "TWIN NAME"),
            OfacCsv.Row(50028, "TWIN NAME"));

        Assert.Equal(SyncStatus.Accepted, outcome.Status);
        Assert.Equal(40, outcome.EntryCount);
        var related = Related().Select(a => a.EntryId).Order(StringComparer.Ordinal).ToList();
        // Cycle two reaches Rostec through the unterminated link (two links); cycle one would need three. The self link
        // and the name two entries share lead nowhere.
        Assert.Equal(["50020", "50024"], related);
        var links = EntryHistory.LoadCurrentEntries(_db, null, "ofac-sdn").ToDictionary(e => e.EntryId, e => e.Links);
        Assert.Empty(links["50021"]);
        Assert.Empty(links["50025"]);
        Assert.Equal([new EntryLink(LinkType.LinkedTo, "SELF LINK LLC")], links["50022"]);
    }

    [Fact]
    public void The_first_import_that_reads_links_into_an_older_store_raises_no_changed_and_relations_are_first_seen()
    {
        // An older build stored the list without links (and left no related state).
        var watchlist = Watchlist(RostecEntity(), new WatchlistEntity { Id = "ru-tekhnodinamika", Name = "Tekhnodinamika" });
        Sync("2022-06-01T10:00:00Z", watchlist, null, WithoutLinks(), Rostec, Tekhnodinamika);
        _db.Execute("DELETE FROM related_state");
        Assert.Equal(0, _db.ExecuteScalar<long>("SELECT count(*) FROM hits WHERE related = 1"));

        var upgrade = Sync("2022-06-02T10:00:00Z", watchlist, null, null, Rostec, Tekhnodinamika, OfacCsv.Row(60000, "UNRELATED TRADING FZE"));

        Assert.Equal(1, upgrade.Modified); // Tekhnodinamika: its link read for the first time, kept in its history
        Assert.DoesNotContain(upgrade.Alerts, a => a.Kind == AlertKind.Changed);
        Assert.Equal(
            [(AlertKind.RelatedFirstSeen, "ru-rostec", "18774"), (AlertKind.RelatedFirstSeen, "ru-tekhnodinamika", "17260")],
            upgrade.Alerts.Select(a => (a.Kind, a.WatchlistId, a.EntryId)).Order().ToList());
        Assert.Equal("[\"links\"]", _db.ExecuteScalar<string>("SELECT fields FROM changes WHERE kind = 'modified'"));

        // From then on a link is a change like any other.
        var later = Sync("2022-06-03T10:00:00Z", watchlist, null, null, Rostec, OfacCsv.Row(18774, "JOINT STOCK COMPANY TEKHNODINAMIKA", remarks: "Tax ID No. 7703058331 (Russia)."), OfacCsv.Row(60000, "UNRELATED TRADING FZE"));
        Assert.Contains(later.Alerts, a => a is { Kind: AlertKind.Changed, WatchlistId: "ru-tekhnodinamika" });
    }

    [Fact]
    public void Dismissing_the_direct_hit_a_relation_ends_at_ends_it_without_an_alert_and_reopening_brings_it_back_silently()
    {
        var watchlist = Watchlist(RostecEntity(RelatedMode.Alert));
        Sync("2022-06-01T10:00:00Z", watchlist, null, null, Rostec, Tekhnodinamika);
        Assert.Contains(Related(), a => a is { Kind: AlertKind.RelatedFirstSeen, EntryId: "18774" });
        var direct = _db.ExecuteScalar<long>("SELECT id FROM hits WHERE related = 0 AND entry_id = '17260'");
        long RelatedListed() => _db.ExecuteScalar<long>("SELECT listed FROM hits WHERE related = 1 AND entry_id = '18774'");

        // the analyst dismisses Rostec's own entry; the list says nothing new: no alert may claim the links changed
        HitReviews.Apply(_db, direct, ReviewAction.Dismiss, "not our Rostec", "alice", _clock);
        var afterDismissal = Sync("2022-06-02T10:00:00Z", watchlist, null, null, Rostec, Tekhnodinamika);
        Assert.DoesNotContain(afterDismissal.Alerts, a => a.Kind.IsRelated());
        Assert.Equal(0, RelatedListed());

        // reopened: the relation is back, and nothing was listed anew
        HitReviews.Apply(_db, direct, ReviewAction.Reopen, "it is ours after all", "alice", _clock);
        var afterReopening = Sync("2022-06-03T10:00:00Z", watchlist, null, null, Rostec, Tekhnodinamika, OfacCsv.Row(60000, "UNRELATED TRADING FZE"));
        Assert.DoesNotContain(afterReopening.Alerts, a => a.Kind.IsRelated());
        Assert.Equal(1, RelatedListed());

        // a real change on the path is still announced
        var unlinked = Sync("2022-06-04T10:00:00Z", watchlist, null, null, Rostec, OfacCsv.Row(18774, "JOINT STOCK COMPANY TEKHNODINAMIKA", remarks: "Tax ID No. 7703058331 (Russia)."));
        Assert.Contains(unlinked.Alerts, a => a is { Kind: AlertKind.RelatedChanged, EntryId: "18774" });
    }

    [Fact]
    public void With_related_parties_off_for_everyone_a_link_added_to_a_direct_hits_entry_is_still_a_change()
    {
        var off = new RelatedSettings(Default: RelatedMode.Off);
        var watchlist = Watchlist(new WatchlistEntity { Id = "ru-tekhnodinamika", Name = "Tekhnodinamika" });
        var unlinked = OfacCsv.Row(18774, "JOINT STOCK COMPANY TEKHNODINAMIKA", remarks: "Tax ID No. 7703058331 (Russia).");
        Sync("2022-06-01T10:00:00Z", watchlist, off, null, Rostec, unlinked);
        Sync("2022-06-02T10:00:00Z", watchlist, off, null, Rostec, unlinked, OfacCsv.Row(60000, "UNRELATED TRADING FZE"), OfacCsv.Row(60001, "ANOTHER TRADING FZE"));

        // the same rows; a reader that states a link (as the UK list's Subsidiaries column does, beside unchanged remarks)
        var linked = Sync("2022-06-03T10:00:00Z", watchlist, off, WithLink("18774", new EntryLink(LinkType.Parent, "STATE CORPORATION ROSTEC")), Rostec, unlinked, OfacCsv.Row(60000, "UNRELATED TRADING FZE"));

        Assert.Equal(1, linked.Modified);
        Assert.Contains(linked.Alerts, a => a is { Kind: AlertKind.Changed, WatchlistId: "ru-tekhnodinamika" });
        Assert.Empty(Related());
    }

    [Fact]
    public void A_list_losing_more_entries_than_sqlite_takes_parameters_is_still_imported_with_its_relations()
    {
        // 70,000 entries, then 35,000 of them gone (half: the guard's limit): the check of removed entries with links
        // took one SQL parameter per entry, past SQLite's 32,766
        var watchlist = Watchlist(RostecEntity(RelatedMode.Alert));
        var first = Sync("2022-06-01T10:00:00Z", watchlist, null, null, [Rostec, Tekhnodinamika, .. OfacCsv.Filler(70_000, firstId: 100_000)]);
        Assert.True(first.Status == SyncStatus.Accepted, first.Error);

        var shrunk = Sync("2022-06-02T10:00:00Z", watchlist, null, null, [Rostec, Tekhnodinamika, .. OfacCsv.Filler(35_002, firstId: 100_000)]);

        Assert.True(shrunk.Status == SyncStatus.Accepted, shrunk.Error);
        Assert.Equal(34_998, shrunk.Removed);
        Assert.Equal(1, _db.ExecuteScalar<long>("SELECT listed FROM hits WHERE related = 1 AND entry_id = '18774'"));
    }

    [Fact]
    public void After_an_upgrade_the_same_file_served_again_is_read_for_its_links_once()
    {
        // An older build stored the list without links; the publisher has not changed the file since.
        var watchlist = Watchlist(RostecEntity(), new WatchlistEntity { Id = "ru-tekhnodinamika", Name = "Tekhnodinamika" });
        string[] rows = [Rostec, Tekhnodinamika, .. OfacCsv.Filler(30)];
        var file = _dir.Write("same/sdn.csv", OfacCsv.File(rows));
        SyncOutcome Import(string day, IListReader reader) =>
            new SnapshotImporter(_db, new NameMatcher(), watchlist, new SyncSettings(), _clock).Import("ofac-sdn", reader, file, Iso.Parse(day));
        Import("2022-06-01T10:00:00Z", WithoutLinks());
        _db.Execute("DELETE FROM related_state");

        var upgrade = Import("2022-06-02T10:00:00Z", new OfacReader());
        var again = Import("2022-06-03T10:00:00Z", new OfacReader());

        Assert.Equal((SyncStatus.Accepted, 1), (upgrade.Status, upgrade.Modified)); // the links read, kept in the history
        Assert.DoesNotContain(upgrade.Alerts, a => a.Kind == AlertKind.Changed);
        Assert.Contains(upgrade.Alerts, a => a is { Kind: AlertKind.RelatedFirstSeen, WatchlistId: "ru-rostec", EntryId: "18774" });
        Assert.Equal(SyncStatus.Unchanged, again.Status);
        Assert.Empty(again.Alerts);
    }

    /// <summary>The OFAC reader with one more link on one entry: a change of links alone.</summary>
    private static IListReader WithLink(string entryId, EntryLink link) =>
        new EditedOfacReader(e => e.EntryId == entryId ? e with { Links = [.. e.Links, link] } : e);

    /// <summary>The OFAC reader as a build from before links read it.</summary>
    private static IListReader WithoutLinks() => new EditedOfacReader(e => e with { Links = [] });

    /// <summary>The OFAC reader, each entry it reads edited.</summary>
    private sealed class EditedOfacReader(Func<ListEntry, ListEntry> edit) : IListReader
    {
        public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
        {
            var file = new OfacReader().Read(path, sourceId, cancellationToken);
            return file with { Entries = [.. file.Entries.Select(edit)] };
        }
    }
}
