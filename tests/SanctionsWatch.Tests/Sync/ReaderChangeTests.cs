using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sources.Ca;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sync;

/// <summary>
/// A reader that now reads some records differently (Canada's Cyrillic aliases side by side with a slash, once one
/// name; a firm named after its listed parent, now with its own name as an alias too) makes no change of the list: the
/// next file, into a store written by the earlier reader, raises no <c>changed</c> alert for entries that did not change,
/// and still raises one for an entry that did.
/// </summary>
public sealed class ReaderChangeTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _dir.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private static string Sema(string morvenAliases) =>
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <data-set>
        	<record>
        		<Country>Russia / Russie</Country>
        		<EntityOrShip>Zelvanor Plant JSC</EntityOrShip>
        		<Aliases>Zelvanor; ЗАВОД ЗЕЛВАНОР / АО ЗЕЛВАНОР</Aliases>
        		<Schedule>1, Part 2</Schedule>
        		<Item>501</Item>
        		<DateOfListing>2024-02-23</DateOfListing>
        	</record>
        	<record>
        		<Country>Russia / Russie</Country>
        		<EntityOrShip>Tactical Zelvanor Corporation</EntityOrShip>
        		<Schedule>1, Part 2</Schedule>
        		<Item>502</Item>
        		<DateOfListing>2022-03-24</DateOfListing>
        	</record>
        	<record>
        		<Country>Russia / Russie</Country>
        		<EntityOrShip>Tactical Zelvanor Corporation, Kvarten Plant JSC</EntityOrShip>
        		<Schedule>1, Part 2</Schedule>
        		<Item>503</Item>
        		<DateOfListing>2024-02-23</DateOfListing>
        	</record>
        	<record>
        		<Country>Russia / Russie</Country>
        		<EntityOrShip>Morven Trading LLC</EntityOrShip>
        		<Aliases>{morvenAliases}</Aliases>
        		<Schedule>1, Part 2</Schedule>
        		<Item>504</Item>
        		<DateOfListing>2024-02-23</DateOfListing>
        	</record>
        </data-set>
        """;

    /// <summary>The first file as the reader of rules 2026-12-06.68 read it: the slash names one name, no own name after the parent's.</summary>
    private static ListFile AsEarlierReaderRead(ListFile file)
    {
        var entries = file.Entries.Select(e => e.EntryId switch
        {
            var id when id.Contains("zelvanor-plant", StringComparison.Ordinal) => e with
            {
                Names = [.. e.Names.Where(n => n.Type != NameType.OriginalScript), new EntryName("ЗАВОД ЗЕЛВАНОР / АО ЗЕЛВАНОР", NameType.OriginalScript)],
            },
            var id when id.Contains("kvarten", StringComparison.Ordinal) => e with { Names = [.. e.Names.Where(n => n.Type == NameType.Primary)] },
            _ => e,
        }).ToArray();
        Assert.NotEqual(file.Entries.Select(EntryContent.Hash), entries.Select(EntryContent.Hash)); // the fixture does differ by reader
        return new ListFile(entries, file.Complete, file.Format);
    }

    private sealed class FixedReader(ListFile file) : IListReader
    {
        public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default) => file;
    }

    [Fact]
    public void A_file_read_by_a_changed_reader_raises_a_changed_alert_only_for_the_entry_the_list_changed()
    {
        using var db = Database.Open(_dir.File("store.db"));
        ReadTwice(db);
    }

    [PostgresFact]
    public void On_PostgreSQL_too_a_reader_change_raises_no_changed_alert()
    {
        using var pg = TestPostgres.CreateDatabase();
        using var db = Database.Open(StoreAddress.PostgreSql(pg.ConnectionString));
        ReadTwice(db);
    }

    private void ReadTwice(System.Data.Common.DbConnection db)
    {
        var watchlist = new Watchlist(
            [
                new WatchlistEntity { Id = "zelvanor", Name = "Zelvanor Plant", Kind = PartyType.Organization },
                new WatchlistEntity { Id = "kvarten", Name = "Kvarten Plant", Kind = PartyType.Organization },
                new WatchlistEntity { Id = "morven", Name = "Morven Trading", Kind = PartyType.Organization },
            ],
            "w1",
            "watchlist.yaml");
        var importer = new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), _clock);
        var v1 = _dir.Write("v1/sema.xml", Sema("Morven"));
        var v2 = _dir.Write("v2/sema.xml", Sema("Morven; Morven Trade House")); // the list's one change: an alias

        var first = importer.Import("ca-sema", new FixedReader(AsEarlierReaderRead(new CaReader().Read(v1, "ca-sema"))), v1, Iso.Parse("2025-05-01T00:00:00Z"));
        Assert.Equal(SyncStatus.Accepted, first.Status);
        Assert.Equal(["morven", "zelvanor"], first.Alerts.Where(a => a.Kind == AlertKind.FirstSeen).Select(a => a.WatchlistId).Order());

        var second = importer.Import("ca-sema", new CaReader(), v2, Iso.Parse("2025-06-01T00:00:00Z"));

        Assert.Equal(SyncStatus.Accepted, second.Status);
        var changed = Assert.Single(second.Alerts, a => a.Kind == AlertKind.Changed);
        Assert.Equal("morven", changed.WatchlistId);
        Assert.Equal(1, second.Modified);

        // the firm named after its parent is found by its own name now: seen for the first time, not changed
        Assert.Equal(["kvarten"], second.Alerts.Where(a => a.Kind == AlertKind.FirstSeen).Select(a => a.WatchlistId));
        Assert.Equal(
            ["russia/morven-trading-llc"],
            db.Query<string>("SELECT entry_id FROM changes WHERE kind = 'modified'"));

        // the store holds the entries as the reader reads them now, so the next file compares with that reading
        var zelvanor = EntryHistory.LoadCurrentEntries(db, null, "ca-sema").Single(e => e.EntryId.Contains("zelvanor-plant", StringComparison.Ordinal));
        Assert.Contains(new EntryName("АО ЗЕЛВАНОР", NameType.OriginalScript), zelvanor.Names);
        var kvarten = EntryHistory.LoadCurrentEntries(db, null, "ca-sema").Single(e => e.EntryId.Contains("kvarten", StringComparison.Ordinal));
        Assert.Contains(new EntryName("Kvarten Plant JSC", NameType.Alias), kvarten.Names);
    }

    [Fact]
    public void Rereading_an_entry_read_the_current_way_changes_nothing()
    {
        var file = new CaReader().Read(_dir.Write("sema.xml", Sema("Morven")), "ca-sema");
        Assert.NotNull(file.Reread);
        foreach (var entry in file.Entries)
            Assert.Equal(EntryContent.Hash(entry), EntryContent.Hash(file.Reread(entry)));
    }
}
