using Dapper;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;

namespace SanctionsWatch.Tests.Support;

/// <summary>Builds a store holding real alerts: syncs hand-written sdn.csv files through the real importer.</summary>
public static class AlertStore
{
    public const string WatchlistYaml = """
        entities:
          - id: ru-kurganmashzavod
            name: Kurganmashzavod
            kind: organization
            aliases: ["Курганмашзавод"]
          - id: ru-aviastar-sp
            name: Aviastar-SP
            kind: organization
            aliases: ["Авиастар-СП"]
        """;

    public static readonly string Kurgan = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia).");
    public static readonly string Aviastar = OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE");

    public static Watchlist Watchlist() => new(
        [
            new WatchlistEntity { Id = "ru-kurganmashzavod", Name = "Kurganmashzavod", Aliases = ["Курганмашзавод"] },
            new WatchlistEntity { Id = "ru-aviastar-sp", Name = "Aviastar-SP", Aliases = ["Авиастар-СП"] },
        ],
        "w1",
        "watchlist.yaml");

    /// <summary>Two snapshots: Kurganmashzavod first-seen, then Aviastar-SP listed. Returns the alert ids, oldest first.</summary>
    public static List<long> Create(TempDir dir, string dbPath, TimeProvider time)
    {
        using var db = Database.Open(dbPath);
        var importer = new SnapshotImporter(db, new NameMatcher(), Watchlist(), new SyncSettings(), time);
        var v1 = dir.Write("lists/v1/sdn.csv", OfacCsv.File([Kurgan, .. OfacCsv.Filler(30)]));
        var v2 = dir.Write("lists/v2/sdn.csv", OfacCsv.File([Kurgan, Aviastar, .. OfacCsv.Filler(30)]));
        importer.Import("ofac-sdn", new OfacReader(), v1, Iso.Parse("2022-02-20T10:00:00Z"));
        importer.Import("ofac-sdn", new OfacReader(), v2, Iso.Parse("2022-03-04T02:03:00Z"));
        return [.. db.Query<long>("SELECT id FROM alerts ORDER BY id")];
    }
}
