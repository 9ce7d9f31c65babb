using System.Text.Json;
using Dapper;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// Review at scale and for audit (issue 18, item 6), through the real binary: several hits with one note, all or none;
/// export reviews with the snapshot each hit stood on; exports of hits with the latest decision.
/// </summary>
public sealed class ReviewAtScaleCliTests : IDisposable
{
    private const string WatchlistYaml = """
        entities:
          - id: ru-kurganmashzavod
            name: Kurganmashzavod
          - id: ru-aviastar-sp
            name: Aviastar-SP
          - id: ru-uralvagonzavod
            name: Uralvagonzavod
        """;

    private readonly TempDir _dir = new();
    private int _file;

    public ReviewAtScaleCliTests()
    {
        _dir.Write("watchlist.yaml", WatchlistYaml);
        Sync("2022-02-20T10:00Z", OfacCsv.Row(35345, "KURGANMASHZAVOD"), OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE"), OfacCsv.Row(16885, "URALVAGONZAVOD"));
    }

    public void Dispose() => _dir.Dispose();

    private CliProcess.Result Run(params string[] args) =>
        CliProcess.Run(_dir.Path, [.. args, "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")]);

    private void Sync(string asOf, params string[] rows)
    {
        var result = Run("sync", "--source", "ofac-sdn", "--file", _dir.Write($"v{++_file}/sdn.csv", OfacCsv.File([.. rows, .. OfacCsv.Filler(30)])), "--as-of", asOf);
        Assert.True(result.ExitCode == 0, result.Err);
    }

    private static JsonElement Json(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    private Dictionary<long, string> Statuses() =>
        Json(Run("hits", "--format", "json")).EnumerateArray().ToDictionary(h => h.GetProperty("id").GetInt64(), h => h.GetProperty("status").GetString()!);

    [Fact]
    public void Several_hits_take_one_note_and_are_reviewed_all_or_none()
    {
        var dismiss = Run("hits", "dismiss", "1", "2", "--note", "namesakes: other plants", "--by", "alice");

        Assert.True(dismiss.ExitCode == 0, dismiss.Err);
        Assert.Equal("hit 1: new → dismissed by alice\nhit 2: new → dismissed by alice\n", dismiss.Out);
        Assert.Equal(new Dictionary<long, string> { [1] = "dismissed", [2] = "dismissed", [3] = "new" }, Statuses());

        // One of them cannot be confirmed again... and one does not exist: nothing is changed, every reason given.
        var refused = Run("hits", "confirm", "3", "1", "9", "--note", "checked", "--by", "bob", "--format", "json");
        Assert.Equal(1, refused.ExitCode);
        var confirmedTwice = Run("hits", "dismiss", "3", "1", "--note", "again", "--by", "bob");
        Assert.Equal(1, confirmedTwice.ExitCode);
        Assert.Equal("error: hit 1 is already dismissed: nothing to dismiss; nothing was changed\n", confirmedTwice.Err);
        Assert.Contains("hit 9 does not exist", refused.Err, StringComparison.Ordinal);
        Assert.Equal("new", Statuses()[3]);

        var json = Json(Run("hits", "confirm", "3", "1", "--note", "same INN", "--by", "bob", "--format", "json"));
        Assert.Equal([3L, 1L], json.EnumerateArray().Select(r => r.GetProperty("hit_id").GetInt64()));
        Assert.All(json.EnumerateArray(), r => Assert.Equal("same INN", r.GetProperty("note").GetString()));
        var one = Json(Run("hits", "reopen", "2", "--note", "new information", "--by", "carol", "--format", "json"));
        Assert.Equal(JsonValueKind.Object, one.ValueKind); // one id: the review object, as before

        Assert.Equal(2, Run("hits", "dismiss", "3", "3", "--note", "twice").ExitCode);
    }

    [Fact]
    public void Export_reviews_gives_who_what_when_why_the_hit_and_its_snapshot_and_export_hits_the_latest_decision()
    {
        Assert.Equal(0, Run("hits", "dismiss", "2", "--note", "another plant", "--by", "alice").ExitCode);
        Sync("2022-03-04T02:03Z", OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia)."), OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE"), OfacCsv.Row(16885, "URALVAGONZAVOD"));
        Assert.Equal(0, Run("hits", "confirm", "1", "3", "--note", "INN checked", "--by", "bob").ExitCode);

        var reviews = Json(Run("export", "reviews", "--format", "json")).EnumerateArray().ToList();

        Assert.Equal(3, reviews.Count);
        Assert.Equal(
            ["id", "hit_id", "action", "status_before", "status_after", "reviewer", "at", "note", "watchlist_id", "source", "entry_id", "entry_name",
             "score", "snapshot_id", "snapshot_at", "snapshot_file", "snapshot_sha256"],
            reviews[0].EnumerateObject().Select(p => p.Name));
        var alice = reviews.Single(r => r.GetProperty("reviewer").GetString() == "alice");
        Assert.Equal(("dismiss", 2L, "ru-aviastar-sp", "another plant"), (alice.GetProperty("action").GetString(), alice.GetProperty("hit_id").GetInt64(), alice.GetProperty("watchlist_id").GetString(), alice.GetProperty("note").GetString()));
        Assert.Equal("2022-02-20T10:00:00Z", alice.GetProperty("snapshot_at").GetString()); // the hit stood on the first list then
        var bob = reviews.Single(r => r.GetProperty("reviewer").GetString() == "bob" && r.GetProperty("hit_id").GetInt64() == 1);
        Assert.Equal("2022-03-04T02:03:00Z", bob.GetProperty("snapshot_at").GetString()); // the hit's entry changed in the second
        using (var db = Database.Open(_dir.File("store.db")))
            Assert.Equal(db.ExecuteScalar<string>("SELECT file_hash FROM snapshots WHERE id = 2"), bob.GetProperty("snapshot_sha256").GetString());

        Assert.Equal(["bob", "bob"], Json(Run("export", "reviews", "--kind", "confirm", "--format", "json")).EnumerateArray().Select(r => r.GetProperty("reviewer").GetString()));
        Assert.Single(Json(Run("export", "reviews", "--entity", "ru-aviastar-sp", "--format", "json")).EnumerateArray());
        var csv = Run("export", "reviews").Out.Split('\n');
        Assert.StartsWith("id,hit_id,action,status_before,status_after,reviewer,at,note,", csv[0], StringComparison.Ordinal);

        var hits = Json(Run("export", "hits", "--format", "json")).EnumerateArray().ToDictionary(h => h.GetProperty("id").GetInt64());
        Assert.Equal(("dismiss", "alice", "another plant"), (hits[2].GetProperty("last_review_action").GetString(), hits[2].GetProperty("last_reviewer").GetString(), hits[2].GetProperty("last_review_note").GetString()));
        Assert.Equal("confirm", hits[3].GetProperty("last_review_action").GetString());
        Assert.False(string.IsNullOrEmpty(hits[3].GetProperty("last_review_at").GetString()));
        Assert.Contains(",last_review_action,last_reviewer,last_review_at,last_review_note", Run("export", "hits").Out.Split('\n')[0], StringComparison.Ordinal);
    }
}
