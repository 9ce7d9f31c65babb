using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// Related parties through the real binary: <c>hits --related</c>, <c>hits show</c> with the path, <c>watchlist</c>
/// counting related hits apart, <c>related ENTITY-ID</c>, <c>alerts</c>, <c>status</c> and <c>export</c>, on two
/// hand-written OFAC files (Rostec and its subsidiaries designated on the second).
/// </summary>
public sealed class RelatedCliTests : IDisposable
{
    private const string WatchlistYaml = """
        entities:
          - id: ru-rostec
            name: Rostec
            identifiers: {inn: "7704274402"}
            related: alert
          - id: ru-tekhnodinamika
            name: Tekhnodinamika
            aliases: ["Технодинамика"]
          - id: ru-quiet
            name: Kurganmashzavod
            related: off
        """;

    private static readonly string Rostec = OfacCsv.Row(17260, "STATE CORPORATION ROSTEC", remarks: "Tax ID No. 7704274402 (Russia).");
    private static readonly string Tekhnodinamika = OfacCsv.Row(
        18774, "JOINT STOCK COMPANY TEKHNODINAMIKA", remarks: "Tax ID No. 7703058331 (Russia); Linked To: STATE CORPORATION ROSTEC.");
    private static readonly string Plant = OfacCsv.Row(50001, "AVIATION EQUIPMENT PLANT", remarks: "Linked To: JOINT STOCK COMPANY TEKHNODINAMIKA.");

    private readonly TempDir _dir = new();
    private readonly string[] _common;

    public RelatedCliTests()
    {
        _dir.Write("watchlist.yaml", WatchlistYaml);
        _common = ["--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")];
        Sync("v1", "2022-06-01T10:00Z", Tekhnodinamika);
        Sync("v2", "2022-06-28T18:55Z", Tekhnodinamika, Rostec, Plant);
    }

    public void Dispose() => _dir.Dispose();

    private CliProcess.Result Run(params string[] args) => CliProcess.Run(_dir.Path, [.. args, .. _common]);

    private CliProcess.Result Ok(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result.Err}");
        return result;
    }

    private JsonElement Json(params string[] args) => JsonDocument.Parse(Ok([.. args, "--format", "json"]).Out).RootElement;

    private void Sync(string folder, string asOf, params string[] rows)
    {
        var path = _dir.Write($"{folder}/sdn.csv", OfacCsv.File([.. rows, .. OfacCsv.Filler(30)]));
        Ok("sync", "--source", "ofac-sdn", "--file", path, "--as-of", asOf);
    }

    [Fact]
    public void Hits_related_lists_the_related_hits_apart_with_their_path_and_hits_lists_only_direct_ones()
    {
        var related = Json("hits", "--related").EnumerateArray().ToList();
        Assert.Equal(
            ["id", "watchlist_id", "source", "entry_id", "entry_name", "relation", "link_type", "depth", "path", "score", "status", "listed", "first_snapshot_at", "last_snapshot_at"],
            related[0].EnumerateObject().Select(p => p.Name));
        var pairs = related.Select(r => (r.GetProperty("watchlist_id").GetString(), r.GetProperty("entry_id").GetString(), r.GetProperty("relation").GetString(), r.GetProperty("depth").GetInt32())).ToHashSet();
        Assert.Equal(
            new HashSet<(string?, string?, string?, int)>
            {
                ("ru-rostec", "18774", "below", 1),
                ("ru-rostec", "50001", "below", 2),
                ("ru-tekhnodinamika", "50001", "below", 1),
                ("ru-tekhnodinamika", "17260", "above", 1),
            },
            pairs);
        var plant = related.Single(r => r.GetProperty("watchlist_id").GetString() == "ru-rostec" && r.GetProperty("entry_id").GetString() == "50001");
        Assert.Equal(
            "AVIATION EQUIPMENT PLANT (50001) —linked-to→ JOINT STOCK COMPANY TEKHNODINAMIKA (18774) —linked-to→ STATE CORPORATION ROSTEC (17260) = ru-rostec",
            plant.GetProperty("path").GetString());

        var direct = Json("hits").EnumerateArray().Select(h => (h.GetProperty("watchlist_id").GetString(), h.GetProperty("entry_id").GetString())).ToList();
        Assert.Equal([("ru-rostec", "17260"), ("ru-tekhnodinamika", "18774")], direct.Order().ToList());

        var table = Ok("hits", "--related", "--entity", "ru-tekhnodinamika").Out;
        Assert.Contains("STATE CORPORATION ROSTEC (17260) ←linked-to— JOINT STOCK COMPANY TEKHNODINAMIKA (18774) = ru-tekhnodinamika", table, StringComparison.Ordinal);
        Assert.DoesNotContain("ru-rostec ", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Hits_show_gives_a_related_hits_path_link_by_link()
    {
        var id = Json("hits", "--related", "--entity", "ru-rostec").EnumerateArray()
            .Single(r => r.GetProperty("entry_id").GetString() == "50001").GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var shown = Json("hits", "show", id);
        Assert.Equal(
            ["hit", "entry", "entity", "entity_in_watchlist", "explanation", "history", "reviews", "alerts", "related", "score_history"],
            shown.EnumerateObject().Select(p => p.Name));
        var related = shown.GetProperty("related");
        Assert.Equal(["relation", "depth", "link_type", "path", "steps", "end"], related.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("below", 2, "linked-to"), (related.GetProperty("relation").GetString(), related.GetProperty("depth").GetInt32(), related.GetProperty("link_type").GetString()));
        var steps = related.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["from", "from_name", "to", "to_name", "carrier", "link"], steps[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("50001", "18774", "18774", "17260"), (steps[0].GetProperty("from").GetString(), steps[0].GetProperty("to").GetString(), steps[1].GetProperty("from").GetString(), steps[1].GetProperty("to").GetString()));
        Assert.Equal("JOINT STOCK COMPANY TEKHNODINAMIKA", steps[0].GetProperty("link").GetProperty("name").GetString());
        var end = related.GetProperty("end");
        Assert.Equal(("ru-rostec", "17260", "entry"), (end.GetProperty("watchlist_id").GetString(), end.GetProperty("entry_id").GetString(), end.GetProperty("resolved_by").GetString()));
        Assert.Equal("related-listed", shown.GetProperty("alerts")[0].GetProperty("kind").GetString());

        var table = Ok("hits", "show", id).Out;
        Assert.Contains("below the entity: a subsidiary, front, owned or directed party (2 links)", table, StringComparison.Ordinal);
        Assert.Contains("JOINT STOCK COMPANY TEKHNODINAMIKA (18774) states: linked-to STATE CORPORATION ROSTEC", table, StringComparison.Ordinal);

        var direct = Json("hits", "show", "1");
        Assert.Equal(JsonValueKind.Null, direct.GetProperty("related").ValueKind);
    }

    [Fact]
    public void Watchlist_counts_related_hits_apart_and_related_lists_the_known_network()
    {
        var rows = Json("watchlist").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        var rostec = rows["ru-rostec"];
        Assert.Equal((1, "alert", 2, 2), (rostec.GetProperty("listed_hits").GetInt32(), rostec.GetProperty("related").GetString(), rostec.GetProperty("related_hits").GetInt32(), rostec.GetProperty("new_related_hits").GetInt32()));
        Assert.Equal(("review", 2), (rows["ru-tekhnodinamika"].GetProperty("related").GetString(), rows["ru-tekhnodinamika"].GetProperty("related_hits").GetInt32()));
        Assert.Equal(("off", 0), (rows["ru-quiet"].GetProperty("related").GetString(), rows["ru-quiet"].GetProperty("related_hits").GetInt32()));

        var network = Json("related", "ru-rostec").EnumerateArray().ToList();
        Assert.Equal(
            ["source", "entry_id", "entry_name", "relation", "link_type", "depth", "path", "since", "hit_id", "status"],
            network[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            [("self", "17260", 0), ("below", "18774", 1), ("below", "50001", 2)],
            network.Select(r => (r.GetProperty("relation").GetString()!, r.GetProperty("entry_id").GetString()!, r.GetProperty("depth").GetInt32())));
        // Tekhnodinamika has stated its link since the first file; the plant since the second.
        Assert.Equal(["2022-06-28T18:55:00Z", "2022-06-01T10:00:00Z", "2022-06-28T18:55:00Z"], network.Select(r => r.GetProperty("since").GetString()));
        Assert.All(network, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("hit_id").ValueKind));

        var shallow = Json("related", "ru-rostec", "--depth", "1").EnumerateArray().Select(r => r.GetProperty("entry_id").GetString()).ToList();
        Assert.Equal(["17260", "18774"], shallow);
        var unknown = Run("related", "ru-nobody");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("ru-nobody", unknown.Err, StringComparison.Ordinal);
        Assert.Contains("1 own entries, 2 below, 0 above", Ok("related", "ru-rostec").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Alerts_status_and_export_show_related_alerts_and_review_ones_are_not_delivered()
    {
        // Tekhnodinamika was on the first file, linked to Rostec by name: first seen then; the others listed by the second.
        var first = Assert.Single(Json("alerts", "--kind", "related-first-seen").EnumerateArray());
        Assert.Equal(("ru-rostec", "18774"), (first.GetProperty("watchlist_id").GetString(), first.GetProperty("entry_id").GetString()));
        Assert.Contains("—linked-to→ \"STATE CORPORATION ROSTEC\" ≈ ru-rostec", first.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var alerts = Json("alerts", "--kind", "related-listed").EnumerateArray().ToList();
        Assert.Equal(3, alerts.Count);
        Assert.All(alerts, a => Assert.Contains(" = ru-", a.GetProperty("detail").GetString(), StringComparison.Ordinal));
        Assert.All(
            alerts.Where(a => a.GetProperty("watchlist_id").GetString() == "ru-tekhnodinamika"),
            a => Assert.Equal("review (not delivered)", a.GetProperty("delivery").GetString()));
        Assert.All(
            alerts.Where(a => a.GetProperty("watchlist_id").GetString() == "ru-rostec"),
            a => Assert.Equal("queued", a.GetProperty("delivery").GetString()));

        var counts = Json("status").GetProperty("counts");
        Assert.Equal((4, 4, 2), (counts.GetProperty("new_related_hits").GetInt32(), counts.GetProperty("listed_related_hits").GetInt32(), counts.GetProperty("new_hits").GetInt32()));
        Assert.Equal(
            Json("alerts").EnumerateArray().Count(a => a.GetProperty("delivery").GetString() == "queued"),
            counts.GetProperty("undelivered_alerts").GetInt32());

        var exported = Json("export", "hits").EnumerateArray().ToList();
        Assert.Equal(6, exported.Count);
        var relatedRows = exported.Where(h => h.GetProperty("related").GetBoolean()).ToList();
        Assert.Equal(4, relatedRows.Count);
        Assert.All(relatedRows, h => Assert.Contains("linked-to", h.GetProperty("path").GetString(), StringComparison.Ordinal));
        Assert.All(exported.Where(h => !h.GetProperty("related").GetBoolean()), h => Assert.Equal(JsonValueKind.Null, h.GetProperty("path").ValueKind));
    }
}
