using System.IO.Compression;
using System.Text.Json;
using SanctionsWatch.Tests.Sources;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// us-csl through the real binary: downloaded (gzip) from a real HTTP server on 127.0.0.1 with the configured lists,
/// then listed by sources and status, and shown by hits show with its list, start date and Federal Register citation.
/// </summary>
public sealed class UsCslCliTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly ListServer _server = new();

    public UsCslCliTests()
    {
        _dir.Write("watchlist.yaml", """
            entities:
              - id: ru-rostec
                name: State Corporation Rostec
                kind: organization
                aliases: ["Rostec"]
              - id: ru-rosoboronexport
                name: Rosoboronexport
                kind: organization
            """);
        var csv = File.ReadAllBytes(ReaderFiles.Fixture("us-csl", "consolidated.csv"));
        using var gz = new MemoryStream();
        using (var zip = new GZipStream(gz, CompressionLevel.Optimal, leaveOpen: true))
            zip.Write(csv);
        _server.Script("consolidated.csv.gz", ListServer.Ok(gz.ToArray(), "\"csl-1\""));
    }

    private string[] Common(string lists) =>
        [
            "--config", _dir.Write("appsettings.json", $$"""
                {
                  "Sources": {
                    "us-csl": { "Url": "{{_server.Url("consolidated.csv.gz")}}", "Lists": {{lists}}, "Retries": 0 }
                  }
                }
                """),
            "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml"),
        ];

    private CliProcess.Result Run(string lists, params string[] args) => CliProcess.Run(_dir.Path, [.. args, .. Common(lists)]);

    [Fact]
    public void A_download_keeps_the_configured_lists_and_hits_show_gives_list_start_date_and_citation()
    {
        const string lists = "[\"EL\", \"ISN\"]";

        var sync = Run(lists, "sync");
        var again = Run(lists, "sync", "--source", "us-csl", "--format", "json");

        Assert.True(sync.ExitCode == 0, sync.Err);
        Assert.Contains("us-csl ", sync.Out, StringComparison.Ordinal);
        Assert.Contains("4 entries, 4 added", sync.Out, StringComparison.Ordinal); // EL: 3 parties, ISN: 1
        Assert.Contains("ALERT first-seen ru-rostec ← us-csl el/rostec-russian-technologies-state-corporation", sync.Out, StringComparison.Ordinal);
        Assert.Contains("ALERT first-seen ru-rosoboronexport ← us-csl isn/rosoboronexport", sync.Out, StringComparison.Ordinal);
        using (var outcome = JsonDocument.Parse(again.Out))
            Assert.Equal("not-modified", outcome.RootElement[0].GetProperty("status").GetString());

        using (var sources = JsonDocument.Parse(Run(lists, "sources", "--format", "json").Out))
        {
            var csl = Assert.Single(sources.RootElement.EnumerateArray(), r => r.GetProperty("source").GetString() == "us-csl");
            Assert.Equal(("not-modified", 4), (csl.GetProperty("status").GetString(), csl.GetProperty("entries").GetInt32())); // the last download
            Assert.Equal(JsonValueKind.String, csl.GetProperty("last_change_at").ValueKind);
            Assert.Equal(_server.Url("consolidated.csv.gz"), csl.GetProperty("url").GetString());
        }

        Assert.Contains("us-csl", Run(lists, "status").Out, StringComparison.Ordinal);

        using var hits = JsonDocument.Parse(Run(lists, "hits", "--format", "json").Out);
        var hitId = Assert.Single(hits.RootElement.EnumerateArray(), h => h.GetProperty("watchlist_id").GetString() == "ru-rostec")
            .GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var table = Run(lists, "hits", "show", hitId);
        using var json = JsonDocument.Parse(Run(lists, "hits", "show", hitId, "--format", "json").Out);

        Assert.Contains("  list         Entity List (EL) - Bureau of Industry and Security\n", table.Out, StringComparison.Ordinal);
        Assert.Contains("  listed on    2022-03-03\n  citation     87 FR 12240\n", table.Out, StringComparison.Ordinal);
        var data = json.RootElement.GetProperty("entry").GetProperty("data");
        Assert.Equal("Entity List (EL) - Bureau of Industry and Security", data.GetProperty("sub_list").GetString());
        Assert.Equal("87 FR 12240", data.GetProperty("citation").GetString());
        Assert.Equal("2022-03-03", data.GetProperty("listed_on").GetString());
    }

    [Fact]
    public void An_unknown_list_in_the_configuration_is_a_usage_error_and_nothing_is_downloaded()
    {
        var result = Run("[\"EL\", \"Entity Lst\"]", "sync");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: configuration Sources:us-csl:Lists: unknown list 'Entity Lst'", result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Equal(0, _server.RequestsTo("consolidated.csv.gz"));
    }

    public void Dispose()
    {
        _server.Dispose();
        _dir.Dispose();
    }
}
