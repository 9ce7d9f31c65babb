using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// <c>hits</c>, <c>hits show</c> and <c>hits confirm|dismiss|reopen</c> through the real binary, on hand-written
/// OFAC files: Kurganmashzavod matches by its INN (score 1), Aviastar-SP by name only (score about 0.96).
/// </summary>
public sealed class HitCliTests : IDisposable
{
    private const string WatchlistYaml = """
        entities:
          - id: ru-kurganmashzavod
            name: Kurganmashzavod
            kind: organization
            country: RU
            aliases: ["Курганмашзавод"]
            identifiers: {inn: "4501008142"}
          - id: ru-aviastar-sp
            name: Aviastar-SP
            kind: organization
        """;

    private const string KurganRemarks = "Website www.kurganmash.ru; Tax ID No. 4501008142 (Russia).";

    private static readonly string Kurgan = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: KurganRemarks);
    private static readonly string Aviastar = OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE");

    private readonly TempDir _dir = new();
    private readonly string[] _common;
    private int _fileNumber;

    public HitCliTests()
    {
        _dir.Write("watchlist.yaml", WatchlistYaml);
        _common = ["--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")];
    }

    private CliProcess.Result Run(params string[] args) => CliProcess.Run(_dir.Path, [.. args, .. _common]);

    private CliProcess.Result Sync(string asOf, params string[] rows)
    {
        var path = _dir.Write($"v{++_fileNumber}/sdn.csv", OfacCsv.File([.. rows, .. OfacCsv.Filler(30)]));
        var result = Run("sync", "--source", "ofac-sdn", "--file", path, "--as-of", asOf);
        Assert.True(result.ExitCode == 0, result.Err);
        return result;
    }

    /// <summary>Hit 1: Kurganmashzavod, first seen 2022-02-20; hit 2: Aviastar-SP, listed 2022-03-04.</summary>
    private void TwoHits()
    {
        Sync("2022-02-20T10:00Z", Kurgan);
        Sync("2022-03-04T02:03Z", Kurgan, Aviastar);
    }

    private List<long> HitIds(params string[] filter)
    {
        var result = Run(["hits", .. filter, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return [.. doc.RootElement.EnumerateArray().Select(h => h.GetProperty("id").GetInt64())];
    }

    private JsonElement Show(long id)
    {
        var result = Run("hits", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json");
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    private int AlertCount()
    {
        using var doc = JsonDocument.Parse(Run("alerts", "--format", "json").Out);
        return doc.RootElement.GetArrayLength();
    }

    [Fact]
    public void Hits_filters_each_narrow_the_list_newest_first()
    {
        TwoHits();

        Assert.Equal([2, 1], HitIds());
        Assert.Equal([1], HitIds("--min-score", "0.99"));
        Assert.Equal([2, 1], HitIds("--min-score", "0.88"));
        Assert.Equal([2], HitIds("--entity", "ru-aviastar-sp"));
        Assert.Equal([2, 1], HitIds("--source", "ofac-sdn"));
        Assert.Empty(HitIds("--source", "eu-fsf"));
        Assert.Equal([2], HitIds("--since", "2022-03-01"));
        Assert.Equal([1], HitIds("--until", "2022-03-01"));
        Assert.Equal([2], HitIds("--limit", "1"));
        Assert.Equal([2, 1], HitIds("--status", "new"));
        Assert.Empty(HitIds("--status", "dismissed"));

        Assert.Equal(0, Run("hits", "dismiss", "1", "--note", "other plant", "--by", "alice").ExitCode);
        Assert.Equal(0, Run("hits", "confirm", "2", "--note", "same firm", "--by", "alice").ExitCode);
        Assert.Equal([1], HitIds("--status", "dismissed"));
        Assert.Equal([2], HitIds("--status", "confirmed"));
        Assert.Empty(HitIds("--status", "new"));
        Assert.Empty(HitIds("--entity", "ru-aviastar-sp", "--status", "dismissed"));

        using var doc = JsonDocument.Parse(Run("hits", "--format", "json").Out);
        var fields = doc.RootElement[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["id", "watchlist_id", "source", "entry_id", "entry_name", "score", "status", "listed", "first_snapshot_at", "last_snapshot_at",
             "last_changed_at", "last_seen_at"], // last changed and last seen: issue 18, item 7
            fields);
    }

    [Fact]
    public void Hits_refuses_a_bad_min_score_or_status_with_exit_2()
    {
        TwoHits();

        foreach (var args in new[] { new[] { "--min-score", "1.5" }, ["--min-score", "-0.1"], ["--min-score", "high"], ["--status", "open"] })
        {
            var result = Run(["hits", .. args]);
            Assert.Equal(2, result.ExitCode);
            Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Review_flow_dismiss_then_quiet_on_unchanged_and_remarks_only_resyncs_then_reopened_by_a_new_alias()
    {
        TwoHits();

        var dismiss = Run("hits", "dismiss", "1", "--note", "different plant: other INN", "--by", "alice");
        Assert.True(dismiss.ExitCode == 0, dismiss.Err);
        Assert.Equal("hit 1: new → dismissed by alice", dismiss.Out.Trim());
        var alerts = AlertCount();

        Sync("2022-03-05T00:00Z", Kurgan, Aviastar);
        Assert.Equal(alerts, AlertCount());
        Assert.Equal([1], HitIds("--status", "dismissed"));

        var remarksOnly = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: KurganRemarks + " Target Type State-Owned Enterprise.");
        var quiet = Sync("2022-03-06T00:00Z", remarksOnly, Aviastar);
        Assert.Contains("1 modified", quiet.Out, StringComparison.Ordinal);
        Assert.Equal(alerts, AlertCount());
        Assert.Equal([1], HitIds("--status", "dismissed"));

        var alias = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: KurganRemarks + " Target Type State-Owned Enterprise; a.k.a. 'KMZ'.");
        var reopened = Sync("2022-03-07T18:47Z", alias, Aviastar);
        Assert.Contains("ALERT changed", reopened.Out, StringComparison.Ordinal);
        Assert.Equal(alerts + 1, AlertCount());
        Assert.Equal([2, 1], HitIds("--status", "new"));

        var shown = Show(1);
        var reviews = shown.GetProperty("reviews").EnumerateArray().ToList();
        Assert.Equal(2, reviews.Count);
        Assert.Equal(("dismiss", "alice", "different plant: other INN"), (reviews[0].GetProperty("action").GetString(), reviews[0].GetProperty("reviewer").GetString(), reviews[0].GetProperty("note").GetString()));
        Assert.Equal(JsonValueKind.Null, reviews[0].GetProperty("snapshot_id").ValueKind);
        Assert.Equal(("reopen", "dismissed", "new", "sync"), (reviews[1].GetProperty("action").GetString(), reviews[1].GetProperty("status_before").GetString(), reviews[1].GetProperty("status_after").GetString(), reviews[1].GetProperty("reviewer").GetString()));
        Assert.Contains("names", reviews[1].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("2022-03-07T18:47:00Z", reviews[1].GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, reviews[1].GetProperty("snapshot_id").ValueKind);
        Assert.Equal(["first-seen", "changed"], shown.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        Assert.Contains(shown.GetProperty("entry").GetProperty("data").GetProperty("names").EnumerateArray(), n => n.GetProperty("text").GetString() == "KMZ" && n.GetProperty("type").GetString() == "weak-alias");

        var table = Run("hits", "show", "1").Out;
        Assert.Contains("dismissed → new  by sync: reopened by the sync", table, StringComparison.Ordinal);
        Assert.Contains("names, remarks (material)", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_commands_print_one_line_or_the_review_as_json_and_default_the_reviewer_to_sanctionswatch_user()
    {
        TwoHits();

        var confirm = Run("hits", "confirm", "2", "--note", "same firm, same city", "--by", "bob", "--format", "json");
        Assert.True(confirm.ExitCode == 0, confirm.Err);
        using (var doc = JsonDocument.Parse(confirm.Out))
        {
            var row = doc.RootElement;
            Assert.Equal(
                ["id", "hit_id", "action", "status_before", "status_after", "note", "reviewer", "at", "snapshot_id"],
                row.EnumerateObject().Select(p => p.Name));
            Assert.Equal((2, "confirm", "new", "confirmed", "bob"), (row.GetProperty("hit_id").GetInt64(), row.GetProperty("action").GetString(), row.GetProperty("status_before").GetString(), row.GetProperty("status_after").GetString(), row.GetProperty("reviewer").GetString()));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", row.GetProperty("at").GetString());
        }

        var env = new Dictionary<string, string> { ["SANCTIONSWATCH_USER"] = "carol" };
        var reopen = CliProcess.Run(_dir.Path, env, ["hits", "reopen", "2", "--note", "client asked again", .. _common]);
        Assert.True(reopen.ExitCode == 0, reopen.Err);
        Assert.Equal("hit 2: confirmed → new by carol", reopen.Out.Trim());

        var dismiss = CliProcess.Run(_dir.Path, env, ["hits", "dismiss", "2", "--note", "wrong again", "--by", "dave", .. _common]);
        Assert.Equal("hit 2: new → dismissed by dave", dismiss.Out.Trim());
        Assert.Equal(["bob", "carol", "dave"], Show(2).GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("reviewer").GetString()));
    }

    [Fact]
    public void A_missing_hit_or_a_no_op_review_fails_with_exit_1_in_one_line_and_changes_nothing()
    {
        TwoHits();

        var missing = Run("hits", "confirm", "42", "--note", "why");
        var missingShow = Run("hits", "show", "42");
        var noOp = Run("hits", "reopen", "1", "--note", "why");
        Run("hits", "dismiss", "1", "--note", "first", "--by", "alice");
        var twice = Run("hits", "dismiss", "1", "--note", "second", "--by", "alice");

        Assert.Equal((1, "error: hit 42 does not exist"), (missing.ExitCode, missing.Err.Trim()));
        Assert.Equal((1, "error: hit 42 does not exist"), (missingShow.ExitCode, missingShow.Err.Trim()));
        Assert.Equal((1, "error: hit 1 is already open (new): nothing to reopen"), (noOp.ExitCode, noOp.Err.Trim()));
        Assert.Equal((1, "error: hit 1 is already dismissed: nothing to dismiss"), (twice.ExitCode, twice.Err.Trim()));
        Assert.All([missing, missingShow, noOp, twice], r => Assert.Empty(r.Out));
        Assert.Single(Show(1).GetProperty("reviews").EnumerateArray());
        Assert.Empty(Show(2).GetProperty("reviews").EnumerateArray());
    }

    [Fact]
    public void Review_usage_errors_exit_2_and_change_nothing()
    {
        TwoHits();

        var noNote = Run("hits", "dismiss", "1");
        var blankNote = Run("hits", "dismiss", "1", "--note", "   ");
        var asSync = Run("hits", "dismiss", "1", "--note", "why", "--by", "sync");
        var blankBy = Run("hits", "dismiss", "1", "--note", "why", "--by", " ");
        var badId = Run("hits", "dismiss", "one", "--note", "why");
        var noId = Run("hits", "confirm", "--note", "why");
        var showCsv = Run("hits", "show", "1", "--format", "csv");

        Assert.All([noNote, blankNote, asSync, blankBy, badId, noId, showCsv], r => Assert.Equal(2, r.ExitCode));
        Assert.Contains("--note", noNote.Err, StringComparison.Ordinal);
        Assert.Contains("--note", blankNote.Err, StringComparison.Ordinal);
        Assert.Contains("reserved", asSync.Err, StringComparison.Ordinal);
        Assert.Equal([2, 1], HitIds("--status", "new"));
        Assert.Empty(Show(1).GetProperty("reviews").EnumerateArray());
    }

    [Fact]
    public void Show_gives_every_section_as_text_with_list_strings_escaped_and_as_one_json_object()
    {
        var hostile = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Website www.kurganmash.ru\u001b[2J\u0007; Tax ID No. 4501008142 (Russia).");
        Sync("2022-02-20T10:00Z", hostile);
        Sync("2022-03-04T02:03Z", OfacCsv.Row(35345, "KURGANMASHZAVOD", programs: "RUSSIA-EO14024] [UKRAINE-EO13662", remarks: "Website www.kurganmash.ru\u001b[2J\u0007; Tax ID No. 4501008142 (Russia)."), Aviastar);
        Run("hits", "confirm", "1", "--note", "same INN\nline two", "--by", "alice");

        var table = Run("hits", "show", "1");

        Assert.True(table.ExitCode == 0, table.Err);
        Assert.DoesNotContain('\u001b', table.Out);
        Assert.DoesNotContain('\u0007', table.Out);
        Assert.Contains("\\u001b[2J", table.Out, StringComparison.Ordinal);
        Assert.Contains("same INN\\u000aline two", table.Out, StringComparison.Ordinal);
        foreach (var expected in new[]
                 {
                     "hit 1: ru-kurganmashzavod ← ofac-sdn 35345 KURGANMASHZAVOD",
                     "score        1.000 (alert)",
                     "status       confirmed",
                     "first seen   2022-02-20T10:00:00Z",
                     "last seen    2022-03-04T02:03:00Z",
                     "list entry ofac-sdn 35345: current version, since 2022-03-04T02:03:00Z",
                     "identifier   inn 4501008142 (Russia)",
                     "programme    UKRAINE-EO13662",
                     "watchlist entity ru-kurganmashzavod",
                     "alias        Курганмашзавод",
                     "identifier   inn 4501008142",
                     "explanation: rule ",
                     "history of ofac-sdn 35345",
                     "2022-02-20T10:00:00Z  added",
                     "2022-03-04T02:03:00Z  modified  KURGANMASHZAVOD  programmes (material)",
                     "confirm  new → confirmed  by alice: same INN",
                     "first-seen  alert 1  score 1.000",
                     "changed     alert ",
                 })
        {
            Assert.Contains(expected, table.Out, StringComparison.Ordinal);
        }

        var json = Show(1);
        Assert.Equal(
            ["hit", "entry", "entity", "entity_in_watchlist", "explanation", "history", "reviews", "alerts", "related", "score_history"], // score_history: issue 18
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["id", "watchlist_id", "source", "entry_id", "entry_name", "score", "band", "status", "listed", "first_snapshot_at", "last_snapshot_at",
             "last_changed_at", "last_seen_at", "created_at", "updated_at"],
            json.GetProperty("hit").EnumerateObject().Select(p => p.Name));
        Assert.Equal(("alert", "confirmed"), (json.GetProperty("hit").GetProperty("band").GetString(), json.GetProperty("hit").GetProperty("status").GetString()));
        var entry = json.GetProperty("entry");
        Assert.Equal(["version_id", "current", "from_snapshot_at", "to_snapshot_at", "data"], entry.EnumerateObject().Select(p => p.Name));
        Assert.True(entry.GetProperty("current").GetBoolean());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("to_snapshot_at").ValueKind);
        Assert.Equal(["RUSSIA-EO14024", "UKRAINE-EO13662"], entry.GetProperty("data").GetProperty("programmes").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("\u001b[2J", entry.GetProperty("data").GetProperty("remarks").GetString(), StringComparison.Ordinal);
        var entity = json.GetProperty("entity");
        Assert.Equal(["id", "name", "kind", "country", "aliases", "identifiers", "notes"], entity.EnumerateObject().Select(p => p.Name));
        Assert.Equal("4501008142", entity.GetProperty("identifiers").GetProperty("inn").GetString());
        Assert.True(json.GetProperty("entity_in_watchlist").GetBoolean());
        Assert.Equal(["rule", "query_name", "candidate_name", "tokens", "notes"], json.GetProperty("explanation").EnumerateObject().Select(p => p.Name));
        var history = json.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["id", "kind", "snapshot_at", "name", "fields", "material"], history[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["added", "modified"], history.Select(h => h.GetProperty("kind").GetString()));
        Assert.Equal(["programmes"], history[1].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.True(history[1].GetProperty("material").GetBoolean());
        Assert.Equal("same INN\nline two", json.GetProperty("reviews")[0].GetProperty("note").GetString());
        Assert.Equal(["first-seen", "changed"], json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Show_says_when_the_entry_was_delisted_and_the_entity_left_the_watchlist()
    {
        TwoHits();
        Sync("2022-04-01T00:00Z", Kurgan);
        _dir.Write("watchlist.yaml", "entities:\n  - id: ru-kurganmashzavod\n    name: Kurganmashzavod\n    identifiers: {inn: \"4501008142\"}\n");

        var table = Run("hits", "show", "2");
        var json = Show(2);

        Assert.True(table.ExitCode == 0, table.Err);
        Assert.Contains("listed       no (removed from the list)", table.Out, StringComparison.Ordinal);
        Assert.Contains("list entry ofac-sdn 35347: removed from the list at 2022-04-01T00:00:00Z; its last version, from 2022-03-04T02:03:00Z", table.Out, StringComparison.Ordinal);
        Assert.Contains("name         AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE", table.Out, StringComparison.Ordinal);
        Assert.Contains("watchlist entity ru-aviastar-sp: no longer in the watchlist", table.Out, StringComparison.Ordinal);
        Assert.Contains("removed ", table.Out, StringComparison.Ordinal);
        Assert.False(json.GetProperty("hit").GetProperty("listed").GetBoolean());
        Assert.False(json.GetProperty("entry").GetProperty("current").GetBoolean());
        Assert.Equal("2022-04-01T00:00:00Z", json.GetProperty("entry").GetProperty("to_snapshot_at").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("entity").ValueKind);
        Assert.False(json.GetProperty("entity_in_watchlist").GetBoolean());
        Assert.Equal(["added", "removed"], json.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));
        Assert.Equal(["listed", "delisted"], json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
    }

    [Fact]
    public void Every_hits_command_has_help_with_examples()
    {
        foreach (var command in new[] { new[] { "hits" }, ["hits", "show"], ["hits", "confirm"], ["hits", "dismiss"], ["hits", "reopen"] })
        {
            var help = CliProcess.Run(_dir.Path, [.. command, "--help"]);
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("Examples:", help.Out, StringComparison.Ordinal);
            Assert.Contains("sanctionswatch " + string.Join(' ', command), help.Out, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _dir.Dispose();
}
