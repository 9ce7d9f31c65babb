using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// <c>status</c>, <c>watchlist</c>, <c>watchlist check</c>, <c>export</c> and <c>changes show</c> through the real
/// binary, on a real SQLite file filled by syncing hand-written OFAC files.
/// </summary>
public sealed class AnalystCliTests : IDisposable
{
    private const string WatchlistYaml = """
        entities:
          - id: ru-kurganmashzavod
            name: Kurganmashzavod
            aliases: ["Курганмашзавод", "Kurgan Machine-Building Plant"]
            identifiers: {inn: "4501008142"}
          - id: ru-aviastar-sp
            name: Aviastar-SP
            aliases: ["Авиастар-СП"]
          - id: ru-tulamashzavod
            name: Tulamashzavod
        """;

    private static readonly string Kurgan = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia).");
    private static readonly string KurganWithAlias = OfacCsv.Row(
        35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia); a.k.a. 'KURGAN MACHINE BUILDING PLANT'.");
    private static readonly string Aviastar = OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE");

    private readonly TempDir _dir = new();
    private readonly string[] _common;

    public AnalystCliTests()
    {
        _dir.Write("watchlist.yaml", WatchlistYaml);
        _common = ["--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")];
    }

    public void Dispose() => _dir.Dispose();

    private CliProcess.Result Run(params string[] args) => CliProcess.Run(_dir.Path, [.. args, .. _common]);

    private string ListFile(string name, params string[] rows) => _dir.Write(name, OfacCsv.File([.. rows, .. OfacCsv.Filler(30)]));

    private void Sync(string file, string asOf)
    {
        var result = Run("sync", "--source", "ofac-sdn", "--file", file, "--as-of", asOf);
        Assert.True(result.ExitCode == 0, result.Err);
    }

    /// <summary>v1: Kurganmashzavod; v2: Aviastar-SP added, Kurganmashzavod gains an alias.</summary>
    private (string V1, string V2) TwoVersions()
    {
        var v1 = ListFile("v1/sdn.csv", Kurgan);
        var v2 = ListFile("v2/sdn.csv", KurganWithAlias, Aviastar);
        Sync(v1, "2022-02-20T10:00Z");
        Sync(v2, "2022-03-04T02:03Z");
        return (v1, v2);
    }

    private static JsonElement Json(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Status_shows_each_source_freshness_undelivered_alerts_and_new_hits()
    {
        TwoVersions();
        var status = Json(Run("status", "--format", "json"));
        var sdn = status.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "ofac-sdn");
        Assert.Equal(31 + 1, sdn.GetProperty("entries").GetInt64());
        Assert.Equal("2022-03-04T02:03:00Z", sdn.GetProperty("last_change_at").GetString());
        Assert.Equal("disabled", sdn.GetProperty("freshness").GetString()); // no configuration: synced from files only
        var counts = status.GetProperty("counts");
        Assert.Equal(2, counts.GetProperty("new_hits").GetInt32());
        Assert.Equal(3, counts.GetProperty("undelivered_alerts").GetInt32()); // first-seen, listed, changed: no worker ran
        Assert.Equal(2, status.GetProperty("new_hits").GetArrayLength());
        Assert.Equal("35347", status.GetProperty("new_hits")[0].GetProperty("entry_id").GetString()); // newest first
        Assert.Equal(3, status.GetProperty("undelivered_alerts").GetArrayLength());

        var table = Run("status");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Alerts not yet delivered: 3", table.Out, StringComparison.Ordinal);
        Assert.Contains("New hits to review: 2", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\x1b', table.Out); // piped: plain text, no colour codes
    }

    [Fact]
    public void Status_check_is_ok_warning_or_critical_for_a_monitoring_system()
    {
        TwoVersions();
        var config = _dir.Write("appsettings.json", """{ "Sources": { "ofac-sdn": { "Url": "http://127.0.0.1:9/sdn.csv", "Schedule": "0 0 * * * ?" } } }""");
        var ok = Run("status", "--check", "--config", config);
        Assert.True(ok.ExitCode == 0, ok.Out + ok.Err);
        Assert.StartsWith("SANCTIONSWATCH OK - ", ok.Out, StringComparison.Ordinal);

        // the source, scheduled hourly, last checked three days ago: stale (a warning)
        using (var db = SanctionsWatch.Storage.Database.Open(_dir.File("store.db")))
        {
            var old = Iso.Format(DateTimeOffset.UtcNow.AddDays(-3));
            FetchStateStore.Save(db, new FetchState { Source = "ofac-sdn", LastCheckAt = old, LastChangeAt = old, LastStatus = "accepted" });
            db.Execute("UPDATE snapshots SET recorded_at = @old", new { old }); // the syncs above, three days ago
            db.Execute("UPDATE alerts SET created_at = @old", new { old }); // and their alerts, never delivered since
        }

        var stale = Run("status", "--check", "--config", config);
        Assert.Equal(1, stale.ExitCode);
        Assert.StartsWith("SANCTIONSWATCH WARNING - ofac-sdn stale: last checked", stale.Out, StringComparison.Ordinal);
        Assert.Contains("3 alerts not yet delivered, the oldest raised", stale.Out, StringComparison.Ordinal);

        // its last download failed, and an alert's delivery failed for good: critical, both said, worst first
        using (var db = SanctionsWatch.Storage.Database.Open(_dir.File("store.db")))
        {
            FetchStateStore.Save(db, FetchStateStore.Get(db, "ofac-sdn") with { LastCheckAt = Iso.Format(DateTimeOffset.UtcNow), LastStatus = "failed", LastError = "HTTP 503" });
            AlertOutbox.Queue(db, "webhook", DateTimeOffset.UtcNow);
            db.Execute("UPDATE alert_deliveries SET status = 'failed', attempts = 12 WHERE alert_id = (SELECT min(id) FROM alerts)");
        }

        var critical = Run("status", "--check", "--config", config, "--format", "json");
        Assert.Equal(2, critical.ExitCode);
        using var doc = JsonDocument.Parse(critical.Out);
        Assert.Equal("critical", doc.RootElement.GetProperty("status").GetString());
        var problems = doc.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal("1 alert with a failed delivery (see 'alerts')", problems[0]);
        Assert.Equal("ofac-sdn failing: failed: HTTP 503", problems[1]);
    }

    [Fact]
    public void Status_check_warns_when_no_source_is_enabled()
    {
        TwoVersions();
        var ids = SanctionsWatch.Sources.SourceCatalog.Default.Ids;
        var config = _dir.Write("appsettings.json", "{ \"Sources\": { " + string.Join(", ", ids.Select(id => $"\"{id}\": {{ \"Enabled\": false }}")) + " } }");

        var check = Run("status", "--check", "--config", config);

        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith("SANCTIONSWATCH WARNING - no source is enabled", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_check_is_critical_when_the_watchlist_cannot_be_read()
    {
        TwoVersions();
        _dir.Write("watchlist.yaml", "entities:\n  - id: [broken\n");

        var check = Run("status", "--check");

        Assert.Equal(2, check.ExitCode);
        Assert.StartsWith("SANCTIONSWATCH CRITICAL - watchlist unreadable", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_on_an_empty_store_says_never_synced_and_counts_zero()
    {
        SanctionsWatch.Storage.Database.Open(_dir.File("store.db")).Dispose(); // created (by sync, replay or run), nothing synced yet
        var status = Json(Run("status", "--format", "json"));
        Assert.All(
            status.GetProperty("sources").EnumerateArray(),
            s => Assert.Contains(s.GetProperty("freshness").GetString(), new[] { "never synced", "disabled" }));
        Assert.Equal(0, status.GetProperty("counts").GetProperty("new_hits").GetInt32());
    }

    [Fact]
    public void Watchlist_lists_entities_with_their_hits_and_those_never_matched()
    {
        TwoVersions();
        var rows = Json(Run("watchlist", "--format", "json")).EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(3, rows.Count);
        Assert.Equal("listed", rows["ru-kurganmashzavod"].GetProperty("state").GetString());
        Assert.Equal(1, rows["ru-kurganmashzavod"].GetProperty("listed_hits").GetInt32());
        Assert.Equal("ofac-sdn", rows["ru-aviastar-sp"].GetProperty("sources").GetString());
        Assert.Equal("never matched", rows["ru-tulamashzavod"].GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, rows["ru-tulamashzavod"].GetProperty("best_score").ValueKind);

        // Delisted: the entry is removed from the list.
        Sync(ListFile("v3/sdn.csv", Aviastar), "2022-04-01T00:00Z");
        rows = Json(Run("watchlist", "--format", "json")).EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal("delisted", rows["ru-kurganmashzavod"].GetProperty("state").GetString());
        Assert.Contains("never matched", Run("watchlist").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Watchlist_check_reports_each_problem_with_file_and_line_and_exits_1()
    {
        _dir.Write("broken.yaml", """
            entities:
              - id: ru-one
                name: One
              - id: Bad Id
                name: Two
              - id: ru-three
                kind: submarine
                name: Three
            """);
        var result = CliProcess.Run(_dir.Path, "watchlist", "check", "--watchlist", _dir.File("broken.yaml"), "--db", _dir.File("store.db"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.yaml:4: error: id 'Bad Id'", result.Err, StringComparison.Ordinal);
        Assert.Contains("broken.yaml:7: error: unknown kind 'submarine'", result.Err, StringComparison.Ordinal);
        Assert.Contains("invalid, 2 errors", result.Err, StringComparison.Ordinal);

        var json = CliProcess.Run(_dir.Path, "watchlist", "check", "--format", "json", "--watchlist", _dir.File("broken.yaml"), "--db", _dir.File("store.db"));
        Assert.Equal(1, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(new[] { 4, 7 }, doc.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void Watchlist_check_warns_of_a_wrong_check_digit_and_a_shared_name_but_passes()
    {
        _dir.Write("typo.yaml", """
            entities:
              - id: ru-kurganmashzavod
                name: Kurganmashzavod
                identifiers: {inn: "4501008143"}
              - id: ru-kurgan-two
                name: Kurgan Two
                aliases: ["kurganmashzavod"]
            """);
        var result = CliProcess.Run(_dir.Path, "watchlist", "check", "--watchlist", _dir.File("typo.yaml"), "--db", _dir.File("store.db"));
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("typo.yaml:4: warning: ru-kurganmashzavod: inn '4501008143' fails the INN check digit", result.Out, StringComparison.Ordinal);
        Assert.Contains("typo.yaml:7: warning: ru-kurgan-two: the name 'kurganmashzavod' is also given to 'ru-kurganmashzavod'", result.Out, StringComparison.Ordinal);
        Assert.Contains("valid, 2 entities, 1 aliases, 1 identifiers, 2 warnings", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_every_hit_change_and_alert_with_its_snapshot_file_and_hash()
    {
        var (v1, v2) = TwoVersions();
        var v2Hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(v2)));

        var alerts = Json(Run("export", "alerts", "--format", "json")).EnumerateArray().ToList();
        Assert.Equal(3, alerts.Count);
        var listed = alerts.Single(a => a.GetProperty("kind").GetString() == "listed");
        Assert.Equal(v2Hash, listed.GetProperty("snapshot_sha256").GetString());
        Assert.Equal("2022-03-04T02:03:00Z", listed.GetProperty("snapshot_at").GetString());
        Assert.Equal("queued", listed.GetProperty("delivery").GetString());

        var hits = Run("export", "hits", "--output", _dir.File("out/hits.csv"));
        Assert.True(hits.ExitCode == 0, hits.Err);
        Assert.Contains("exported 2 hits", hits.Err, StringComparison.Ordinal);
        var lines = File.ReadAllLines(_dir.File("out/hits.csv"));
        Assert.StartsWith("id,watchlist_id,source,entry_id,entry_name,score,status,listed,first_snapshot_id,first_snapshot_at,first_snapshot_file,first_snapshot_sha256", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        var kurgan = lines.Single(l => l.Contains(",35345,", StringComparison.Ordinal));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(v1))), kurgan, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("out/hits.csv.partial")));

        // Changes: 31 added in v1, 1 added + 1 modified in v2; filters apply, no default limit.
        var changes = Run("export", "changes");
        Assert.Equal(1 + 33, changes.Out.TrimEnd().Split('\n').Length);
        var modified = Json(Run("export", "changes", "--kind", "modified", "--format", "json")).EnumerateArray().Single();
        Assert.Equal(v2Hash, modified.GetProperty("snapshot_sha256").GetString());
        Assert.Equal(0, Json(Run("export", "alerts", "--since", "2022-03-05", "--format", "json")).GetArrayLength());
    }

    [Fact]
    public void Changes_show_gives_a_modified_entry_field_by_field()
    {
        TwoVersions();
        var modified = Json(Run("changes", "--kind", "modified", "--format", "json")).EnumerateArray().Single();
        var id = modified.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var text = Run("changes", "show", id);
        Assert.True(text.ExitCode == 0, text.Err);
        Assert.Contains($"change {id}: modified ofac-sdn 35345 \"KURGANMASHZAVOD\"", text.Out, StringComparison.Ordinal);
        Assert.Contains("  + KURGAN MACHINE BUILDING PLANT · weak-alias", text.Out, StringComparison.Ordinal);
        // A long text field word by word (issue 18, item 3): what was added in {+…+}, not the two texts whole.
        Assert.Matches(@"remarks:\n  .*\{\+.*KURGAN MACHINE BUILDING PLANT.*\+\}", text.Out.ReplaceLineEndings("\n"));

        var json = Json(Run("changes", "show", id, "--format", "json"));
        Assert.Equal("sdn.csv", json.GetProperty("snapshot_file").GetString());
        var fields = json.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        Assert.Equal(new[] { "names", "remarks" }, fields.Keys.Order());
        Assert.Equal("KURGAN MACHINE BUILDING PLANT · weak-alias", fields["names"].GetProperty("added").EnumerateArray().Single().GetString());
        Assert.Equal(0, fields["names"].GetProperty("removed").GetArrayLength());
        Assert.Equal(1, fields["names"].GetProperty("before").GetArrayLength());
        Assert.Equal(2, fields["names"].GetProperty("after").GetArrayLength());
    }

    [Fact]
    public void Changes_show_of_an_addition_lists_the_entry_and_of_a_missing_id_fails_in_one_line()
    {
        TwoVersions();
        var added = Json(Run("changes", "--kind", "added", "--since", "2022-03-01", "--format", "json")).EnumerateArray().Single();
        var text = Run("changes", "show", added.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE · primary", text.Out, StringComparison.Ordinal);
        Assert.Contains("RUSSIA-EO14024", text.Out, StringComparison.Ordinal);

        var missing = Run("changes", "show", "99999");
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("error: change 99999 does not exist (see 'changes')", missing.Err.Trim());
        var bad = Run("changes", "show", "abc");
        Assert.Equal(2, bad.ExitCode);
        Assert.DoesNotContain("   at ", bad.Err, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public void Screen_file_screens_every_row_of_a_csv_with_one_result_block_each()
    {
        TwoVersions();
        var csv = _dir.Write("suppliers.csv", """
            id,name,kind
            s1,"Курганмашзавод",organization
            s2,Nobody Here Trading,
            s3,"AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE",organization
            """);

        var blocks = Json(Run("screen", "--file", csv, "--format", "json")).EnumerateArray().ToList();

        Assert.Equal([1, 2, 3], blocks.Select(b => b.GetProperty("row").GetInt32()));
        Assert.Equal("Курганмашзавод", blocks[0].GetProperty("query").GetString());
        Assert.Equal("35345", blocks[0].GetProperty("results")[0].GetProperty("entry_id").GetString());
        Assert.Equal(0, blocks[1].GetProperty("results").GetArrayLength());
        Assert.Equal("unknown", blocks[1].GetProperty("kind").GetString());
        Assert.Equal("35347", blocks[2].GetProperty("results")[0].GetProperty("entry_id").GetString());

        // CSV: one line per result, and the row that found nothing keeps a line of its own
        var lines = Run("screen", "--file", csv, "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("row,query,kind,source,entry_id", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("2,Nobody Here Trading,unknown,,", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_file_takes_one_name_a_line_and_refuses_a_csv_without_a_name_column()
    {
        TwoVersions();
        var plain = _dir.Write("names.txt", "# suppliers\nKurganmashzavod\n\nAviastar-SP\n");
        var blocks = Json(Run("screen", "--file", plain, "--format", "json")).EnumerateArray().ToList();
        Assert.Equal(["Kurganmashzavod", "Aviastar-SP"], blocks.Select(b => b.GetProperty("query").GetString()));
        Assert.Equal([1, 2], blocks.Select(b => b.GetProperty("row").GetInt32()));

        var noName = Run("screen", "--file", _dir.Write("bad.csv", "firm,kind\nAcme,organization\n"));
        Assert.Equal(2, noName.ExitCode);
        Assert.Contains("no 'name' column", noName.Err, StringComparison.Ordinal);

        var badKind = Run("screen", "--file", _dir.Write("kind.csv", "name,kind\nAcme,company\n"));
        Assert.Equal(2, badKind.ExitCode);
        Assert.Contains("row 1: kind 'company'", badKind.Err, StringComparison.Ordinal);

        var both = Run("screen", "Acme", "--file", plain);
        Assert.Equal(2, both.ExitCode);
    }

    [Fact]
    public void Screen_takes_source_threshold_and_explain()
    {
        TwoVersions();
        var un = Run("sync", "--source", "un-sc", "--file", Path.Combine(AppContext.BaseDirectory, "Fixtures", "un", "consolidated.xml"), "--as-of", "2024-01-01");
        Assert.True(un.ExitCode == 0, un.Err);

        var all = Json(Run("screen", "Acme Machine-Building Plant", "--format", "json")).EnumerateArray().ToList();
        Assert.Equal(("un-sc", "QDe.901"), (all[0].GetProperty("source").GetString(), all[0].GetProperty("entry_id").GetString()));
        Assert.Equal("alert", all[0].GetProperty("band").GetString());

        var sdnOnly = Json(Run("screen", "Acme Machine-Building Plant", "--source", "ofac-sdn", "--threshold", "0.1", "--format", "json")).EnumerateArray().ToList();
        Assert.NotEmpty(sdnOnly);
        Assert.All(sdnOnly, r => Assert.Equal("ofac-sdn", r.GetProperty("source").GetString()));
        Assert.Equal(0, Json(Run("screen", "Kurganmashzavod", "--source", "un-sc", "--format", "json")).GetArrayLength());
        Assert.Equal("35345", Json(Run("screen", "Kurganmashzavod", "--format", "json"))[0].GetProperty("entry_id").GetString());

        // The threshold is the lowest score shown: the filler plants of ofac-sdn score far below 0.95.
        Assert.All(sdnOnly, r => Assert.True(r.GetProperty("score").GetDouble() is >= 0.1 and < 0.95));
        Assert.Equal(0, Json(Run("screen", "Acme Machine-Building Plant", "--source", "ofac-sdn", "--threshold", "0.95", "--format", "json")).GetArrayLength());
        var strict = Json(Run("screen", "Acme Machine-Building Plant", "--threshold", "0.95", "--format", "json")).EnumerateArray().ToList();
        Assert.Equal("QDe.901", Assert.Single(strict).GetProperty("entry_id").GetString());

        var explained = Run("screen", "Курганмашзавод", "--explain");
        Assert.True(explained.ExitCode == 0, explained.Err);
        Assert.Contains("ofac-sdn 35345 KURGANMASHZAVOD:", explained.Out, StringComparison.Ordinal);
        Assert.Contains("\"Курганмашзавод\" vs \"KURGANMASHZAVOD\"", explained.Out, StringComparison.Ordinal);
        Assert.Contains("SIMILARITY", explained.Out, StringComparison.Ordinal); // the explanation table of hits show (issue 18)
        var json = Json(Run("screen", "Курганмашзавод", "--explain", "--format", "json"));
        Assert.False(string.IsNullOrEmpty(json[0].GetProperty("explanation").GetProperty("rule").GetString()));
    }

    private long HitIdOf(string entryId) =>
        Json(Run("hits", "--format", "json")).EnumerateArray().Single(h => h.GetProperty("entry_id").GetString() == entryId).GetProperty("id").GetInt64();

    [Fact]
    public void Status_and_watchlist_agree_after_a_dismissal_and_a_delisting()
    {
        TwoVersions();
        var aviastar = HitIdOf("35347").ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, Run("hits", "dismiss", aviastar, "--note", "other plant", "--by", "alice").ExitCode);
        Sync(ListFile("v3/sdn.csv", Aviastar), "2022-04-01T00:00Z"); // Kurganmashzavod removed

        var status = Json(Run("status", "--format", "json"));
        var counts = status.GetProperty("counts");
        Assert.Equal((1, 1, 1, 0), (counts.GetProperty("new_hits").GetInt32(), counts.GetProperty("dismissed_hits").GetInt32(), counts.GetProperty("delisted_hits").GetInt32(), counts.GetProperty("confirmed_hits").GetInt32()));
        Assert.Equal(counts.GetProperty("new_hits").GetInt32(), status.GetProperty("new_hits").GetArrayLength()); // the count is the list
        Assert.Equal(Json(Run("hits", "--status", "new", "--format", "json")).GetArrayLength(), counts.GetProperty("new_hits").GetInt32());

        var rows = Json(Run("watchlist", "--format", "json")).EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal("delisted", rows["ru-kurganmashzavod"].GetProperty("state").GetString());
        Assert.Equal("dismissed", rows["ru-aviastar-sp"].GetProperty("state").GetString());
        Assert.Equal((0, 1), (rows["ru-aviastar-sp"].GetProperty("listed_hits").GetInt32(), rows["ru-aviastar-sp"].GetProperty("dismissed_hits").GetInt32()));
        Assert.Equal(JsonValueKind.Null, rows["ru-aviastar-sp"].GetProperty("best_score").ValueKind);
    }

    [Fact]
    public void Status_does_not_count_alerts_the_configuration_never_delivers()
    {
        TwoVersions();
        var config = _dir.Write("appsettings.json", """{"Alerts": {"Delivery": {"QueueSince": "2100-01-01T00:00:00Z"}}}""");
        var status = Json(Run("status", "--config", config, "--format", "json"));
        Assert.Equal(0, status.GetProperty("counts").GetProperty("undelivered_alerts").GetInt32());
        Assert.Equal(0, status.GetProperty("undelivered_alerts").GetArrayLength());
        Assert.Equal(3, Json(Run("status", "--format", "json")).GetProperty("counts").GetProperty("undelivered_alerts").GetInt32());
    }

    [Fact]
    public void Export_offers_entity_only_where_it_applies_and_guards_csv_against_formulas()
    {
        var listFile = ListFile("v1/sdn.csv", Kurgan, OfacCsv.Row(35399, "=HYPERLINK(\"\"http://x\"\")"));
        Sync(listFile, "2022-02-20T10:00Z");
        Assert.Equal(2, Run("export", "changes", "--entity", "ru-kurganmashzavod").ExitCode);
        Assert.Equal(0, Run("export", "hits", "--entity", "ru-kurganmashzavod").ExitCode);
        var csv = Run("export", "changes").Out;
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Hits_show_without_a_readable_watchlist_still_shows_the_hit()
    {
        TwoVersions();
        var id = HitIdOf("35345").ToString(System.Globalization.CultureInfo.InvariantCulture);
        _dir.Write("watchlist.yaml", "entities: [ broken");
        var shown = Run("hits", "show", id, "--format", "json");
        Assert.True(shown.ExitCode == 0, shown.Err);
        Assert.Contains("warning: the watchlist cannot be read", shown.Err, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(shown.Out);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("entity").ValueKind);
        Assert.Equal("35345", doc.RootElement.GetProperty("hit").GetProperty("entry_id").GetString());
    }
}
