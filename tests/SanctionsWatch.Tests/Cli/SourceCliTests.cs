using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary><c>sync</c> of every configured source and <c>sources</c>, with the real CLI against a local HTTP server.</summary>
public sealed class SourceCliTests : IDisposable
{
    private static readonly string Kurgan = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia).");

    private readonly TempDir _dir = new();
    private readonly ListServer _server = new();
    private readonly string[] _common;

    public SourceCliTests()
    {
        _dir.Write("watchlist.yaml", "entities:\n  - id: ru-kurganmashzavod\n    name: Kurganmashzavod\n    kind: organization\n");
        _dir.Write("appsettings.json", $$"""
            {
              "Archive": { "Path": "raw", "Keep": 3 },
              "Sources": {
                "ofac-sdn": { "Url": "{{_server.Url("sdn.csv")}}", "Retries": 1, "RetryDelay": 0.02, "BodyTimeout": 5,
                              "Schedule": "0 0 0/2 * * ?" },
                "ofac-cons": { "Url": "{{_server.Url("cons_prim.csv")}}", "Retries": 0 },
                "xx-future": { "Url": "{{_server.Url("future.xml")}}" },
                "un-sc": { "Enabled": false, "Url": "{{_server.Url("un.xml")}}" }
              }
            }
            """);
        _common = ["--config", _dir.File("appsettings.json"), "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")];
    }

    private CliProcess.Result Run(params string[] args) => CliProcess.Run(_dir.Path, [.. args, .. _common]);

    [Fact]
    public void Sync_of_all_sources_goes_on_past_a_failing_one_and_exits_1_with_one_line_per_failure()
    {
        _server.Script("sdn.csv", ListServer.Status(500));
        _server.Script("cons_prim.csv", ListServer.Ok(OfacCsv.File([Kurgan, .. OfacCsv.Filler(30)]), "\"c1\""));

        var result = Run("sync");

        Assert.Equal(1, result.ExitCode);
        var errors = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var failure = Assert.Single(errors);
        Assert.StartsWith("ofac-sdn: FAILED: ", failure, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", failure, StringComparison.Ordinal);
        Assert.Contains("ofac-cons ", result.Out, StringComparison.Ordinal);
        Assert.Contains("31 entries", result.Out, StringComparison.Ordinal);
        Assert.Contains("ALERT first-seen", result.Out, StringComparison.Ordinal);
        Assert.Contains("xx-future: skipped, no reader yet", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("un-sc", result.Out, StringComparison.Ordinal);
        Assert.Equal(0, _server.RequestsTo("future.xml"));
        Assert.Single(Directory.GetFiles(_dir.File(Path.Combine("raw", "ofac-cons"))));

        using var sources = JsonDocument.Parse(Run("sources", "--format", "json").Out);
        var rows = sources.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!);
        foreach (var field in new[] { "source", "enabled", "last_check_at", "last_change_at", "entries", "status", "last_error" })
            Assert.All(rows.Values, r => Assert.True(r.TryGetProperty(field, out _), field));
        Assert.Equal("failed", rows["ofac-sdn"].GetProperty("status").GetString());
        Assert.Contains("HTTP 500", rows["ofac-sdn"].GetProperty("last_error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, rows["ofac-sdn"].GetProperty("last_check_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows["ofac-sdn"].GetProperty("last_change_at").ValueKind);
        Assert.EndsWith(":00:00Z", rows["ofac-sdn"].GetProperty("next_run_at").GetString(), StringComparison.Ordinal);
        Assert.Equal("accepted", rows["ofac-cons"].GetProperty("status").GetString());
        Assert.Equal(31, rows["ofac-cons"].GetProperty("entries").GetInt32());
        Assert.Equal(JsonValueKind.String, rows["ofac-cons"].GetProperty("last_change_at").ValueKind);
        Assert.Equal("no reader yet", rows["xx-future"].GetProperty("status").GetString());
        Assert.False(rows["un-sc"].GetProperty("enabled").GetBoolean());

        // One source on its own: the publisher says 304 to the stored ETag.
        var again = Run("sync", "--source", "ofac-cons", "--format", "json");
        Assert.True(again.ExitCode == 0, again.Err);
        using var outcome = JsonDocument.Parse(again.Out);
        Assert.Equal("not-modified", outcome.RootElement[0].GetProperty("status").GetString());

        // run --once (one sync of each enabled source) goes through the same pipeline.
        var run = Run("run", "--once");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ofac-sdn: FAILED: ", run.Err, StringComparison.Ordinal);
        Assert.Contains("ofac-cons: not modified", run.Out, StringComparison.Ordinal);

        var table = Run("sources");
        Assert.True(table.ExitCode == 0, table.Err);
        Assert.Contains("no reader yet", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_sources_and_bad_source_settings_are_usage_errors()
    {
        var bad = Run("sync", "--source", "nowhere");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("not in the configuration", bad.Err, StringComparison.Ordinal);

        _dir.Write("bad.json", """{ "Sources": { "ofac-sdn": { "Url": "x", "Retries": "many" } } }""");
        var badConfig = CliProcess.Run(_dir.Path, "sources", "--config", _dir.File("bad.json"), "--db", _dir.File("store.db"));
        Assert.Equal(2, badConfig.ExitCode);
        Assert.Contains("Retries", badConfig.Err, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Dispose();
        _dir.Dispose();
    }
}
