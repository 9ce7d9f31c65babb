using System.IO.Compression;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using nietras.SeparatedValues;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sources.Fetching;
using SanctionsWatch.Sources.UsCsl;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.UsCsl;

/// <summary>The reader on trade.gov's real file of February 2025 (14,160 rows), in ../shared.</summary>
public sealed class UsCslRealDataTests : IDisposable
{
    private const string RealFile = "data/us-csl/trade-gov-csl-2025-02.csv.gz";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Real => SharedData.PathOf(RealFile);

    private static ListFile Read(string path, UsCslChoice? choice = null) => new UsCslReader(choice).Read(path, "us-csl");

    /// <summary>The header and the rows of the real file as written (quoted cells, line breaks inside them and all).</summary>
    private static (string Header, List<string> Rows) RawRows()
    {
        using var gzip = new GZipStream(File.OpenRead(Real), CompressionMode.Decompress);
        using var text = new StreamReader(gzip);
        using var reader = Sep.New(',').Reader().From(text);
        var rows = new List<string>();
        foreach (var row in reader)
            rows.Add(row.Span.ToString());
        return (string.Join(",", reader.Header.ColNames), rows);
    }

    private static Dictionary<string, int> PartiesPerList(ListFile list) =>
        list.Entries.GroupBy(e => UsCslLists.Of(e.SubList!).Code).ToDictionary(g => g.Key, g => g.Count());

    [SharedDataFact]
    public void The_file_has_14160_rows_of_which_3625_on_the_lists_no_ofac_source_carries()
    {
        var (header, rows) = RawRows();
        var rowsPerList = new Dictionary<string, int>();
        using (var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(header + "\n" + string.Join("\n", rows)))
        {
            foreach (var row in reader)
            {
                var code = UsCslLists.Of(row["source"].ToString()).Code;
                rowsPerList[code] = rowsPerList.GetValueOrDefault(code) + 1;
            }
        }

        Assert.Equal(14160, rows.Count);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["EL"] = 2001,
                ["MEU"] = 71,
                ["UVL"] = 201,
                ["DPL"] = 462,
                ["ISN"] = 163,
                ["DTC"] = 727,
                ["SDN"] = 10026,
                ["SSI"] = 290,
                ["FSE"] = 3,
                ["PLC"] = 78,
                ["CAP"] = 53,
                ["CMIC"] = 68,
                ["MBS"] = 17,
            },
            rowsPerList);
        Assert.Equal(3625, UsCslLists.Default.Sum(l => rowsPerList[l.Code]));
    }

    [SharedDataFact]
    public void By_default_the_3625_rows_are_3537_parties_and_every_row_is_in_its_party()
    {
        var list = Read(Real);

        Assert.Equal(
            new Dictionary<string, int> { ["EL"] = 1947, ["MEU"] = 71, ["UVL"] = 201, ["DPL"] = 435, ["ISN"] = 160, ["DTC"] = 723 },
            PartiesPerList(list));
        Assert.Equal(3537, list.Entries.Count);

        // Each of the 3,625 rows is in the entry of its list with its name (rows sharing a list and a name are merged).
        var names = list.Entries
            .SelectMany(e => e.Names.Select(n => (e.SubList, n.Text)))
            .ToHashSet();
        var (header, rows) = RawRows();
        var kept = 0;
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(header + "\n" + string.Join("\n", rows));
        foreach (var row in reader)
        {
            var subList = ReaderText.Clean(row["source"].ToString())!;
            if (!UsCslChoice.Default.Keeps(UsCslLists.Of(subList)))
                continue;
            kept++;
            Assert.Contains((subList, ReaderText.Clean(row["name"].ToString())!), names);
        }

        Assert.Equal(3625, kept);
    }

    [SharedDataFact]
    public void Every_list_when_configured_14071_parties()
    {
        var list = Read(Real, UsCslChoice.Parse(["all"]));

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["EL"] = 1947,
                ["MEU"] = 71,
                ["UVL"] = 201,
                ["DPL"] = 435,
                ["ISN"] = 160,
                ["DTC"] = 723,
                ["SDN"] = 10026,
                ["SSI"] = 290,
                ["FSE"] = 3,
                ["PLC"] = 78,
                ["CAP"] = 52,
                ["CMIC"] = 68,
                ["MBS"] = 17,
            },
            PartiesPerList(list));
        Assert.Equal(14071, list.Entries.Count);
        Assert.All(
            list.Entries.Where(e => UsCslLists.Of(e.SubList!).InOfacSources),
            e => Assert.Matches("^(sdn|ssi|fse|plc|cap|cmic|mbs)/[0-9]+$", e.EntryId)); // OFAC's entity number
    }

    [SharedDataFact]
    public void Ids_are_unique_and_the_same_for_a_second_read_and_for_a_reordered_copy()
    {
        var (header, rows) = RawRows();
        var shuffled = rows.OrderBy(_ => Random.Shared.Next()).ToList();
        var copy = _dir.Write("reordered.csv", header + "\n" + string.Join("\n", shuffled) + "\n");

        var first = Read(Real, UsCslChoice.All).Entries.ToDictionary(e => e.EntryId, EntryContent.Hash);
        var second = Read(Real, UsCslChoice.All).Entries.ToDictionary(e => e.EntryId, EntryContent.Hash);
        var reordered = Read(copy, UsCslChoice.All).Entries.ToDictionary(e => e.EntryId, EntryContent.Hash);

        Assert.Equal(14071, first.Count); // a dictionary: unique ids
        Assert.Equal(first, second);
        Assert.Equal(first.OrderBy(p => p.Key), reordered.OrderBy(p => p.Key)); // same ids, same content
    }

    [SharedDataFact]
    public void Rostec_is_on_the_entity_list_since_2022_03_03_by_87_fr_12240_with_its_names_apart()
    {
        var rostec = Assert.Single(Read(Real).Entries, e => e.EntryId == "el/rostec-russian-technologies-state-corporation");

        Assert.Equal("Entity List (EL) - Bureau of Industry and Security", rostec.SubList);
        Assert.Equal(new DateOnly(2022, 3, 3), rostec.ListedOn);
        Assert.Equal("87 FR 12240", rostec.Citation);
        Assert.Contains(new EntryName("Rostec", NameType.Alias), rostec.Names);
        Assert.Contains(new EntryName("Russian Technologies State Corporation", NameType.Alias), rostec.Names);
    }

    [SharedDataFact]
    public void The_real_file_is_downloaded_from_a_loopback_server_archived_applied_and_then_not_modified()
    {
        var real = File.ReadAllBytes(Real);
        using var server = new ListServer();
        server.Script("consolidated.csv.gz", ListServer.Ok(real, "\"csl-2025-02\""));
        using var clients = new DownloadClients();
        using var db = Database.Open(_dir.File("store.db"));
        var importer = new SnapshotImporter(db, new NameMatcher(), new Watchlist([], "w0", "watchlist.yaml"), new SyncSettings(), TimeProvider.System);
        var fetcher = new ListFetcher(db, new RawArchive(new ArchiveSettings(_dir.File("raw"))), new Downloader(clients, TimeProvider.System), TimeProvider.System);
        var settings = new FetchSettings { Source = "us-csl", Urls = [server.Url("consolidated.csv.gz")], RetryDelay = TimeSpan.FromMilliseconds(20) };
        FetchOutcome Sync() => Task.Run(() => fetcher.SyncAsync(settings, SourceCatalog.Default.ReaderFor("us-csl"), importer)).GetAwaiter().GetResult();

        var first = Sync();
        var second = Sync();

        Assert.True(first.Status == SyncStatus.Accepted, first.Error);
        Assert.Equal(3537, first.Sync!.EntryCount);
        Assert.Equal(real, File.ReadAllBytes(first.ArchivePath!));
        Assert.Equal(SyncStatus.NotModified, second.Status);
        Assert.Equal("\"csl-2025-02\"", server.Requests.Last().IfNoneMatch);
        Assert.Equal(3537, db.ExecuteScalar<long>("SELECT count(*) FROM entries WHERE source = 'us-csl'"));
    }

    [SharedDataFact]
    public void A_truncated_copy_is_refused_and_changes_nothing()
    {
        var (header, rows) = RawRows();
        var atRowBoundary = _dir.Write("cut-at-a-row.csv", header + "\n" + string.Join("\n", rows.Take(rows.Count * 4 / 10)) + "\n");
        var gz = File.ReadAllBytes(Real);
        var cutGzip = _dir.File("cut.csv.gz");
        File.WriteAllBytes(cutGzip, gz[..(gz.Length * 9 / 10)]);

        using var db = Database.Open(_dir.File("store.db"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 2, 15, 6, 0, 0, TimeSpan.Zero));
        var watchlist = new Watchlist(
            [new WatchlistEntity { Id = "ru-rostec", Name = "State Corporation Rostec", Aliases = ["Rostec"] }], "w1", "watchlist.yaml");
        var importer = new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), clock);
        var reader = SourceCatalog.Default.ReaderFor("us-csl");

        // Dated in the past: a snapshot dated after now is refused as dated in the future.
        var accepted = importer.Import("us-csl", reader, Real, clock.GetUtcNow().AddDays(-2));
        var shrunk = importer.Import("us-csl", reader, atRowBoundary, clock.GetUtcNow().AddDays(-1));
        var broken = importer.Import("us-csl", reader, cutGzip, clock.GetUtcNow());

        Assert.Equal((SyncStatus.Accepted, 3537), (accepted.Status, accepted.EntryCount));
        Assert.Contains(accepted.Alerts, a => a.EntryId == "el/rostec-russian-technologies-state-corporation");
        Assert.Equal(SyncStatus.Refused, shrunk.Status);
        Assert.Contains("of the 3537 of the last accepted snapshot", shrunk.Error, StringComparison.Ordinal);
        Assert.Equal(SyncStatus.Refused, broken.Status);
        Assert.StartsWith("cut.csv.gz: the gzip file is cut short", broken.Error, StringComparison.Ordinal);
        Assert.Equal(3537, db.ExecuteScalar<long>("SELECT count(*) FROM entries WHERE source = 'us-csl'"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM changes WHERE kind = 'removed'"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM alerts WHERE kind = 'delisted'"));
    }
}
