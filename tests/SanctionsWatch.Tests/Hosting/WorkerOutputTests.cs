using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Hosting;

/// <summary>
/// What the real worker and CLI print, log, store and create, against a local publisher: list text cannot drive the
/// terminal or forge a log line, secrets in a source URL appear nowhere, and files are not readable by other users.
/// </summary>
public sealed class WorkerOutputTests : IDisposable
{
    private const string Escapes = "KURGANMASHZAVOD \u001b]0;owned\u0007\u001b[2J\u001b[31m \u202eTNEMUCOD\u202c";
    private const string Forged = "[12:00:00 WRN] ALERT listed ru-rostec forged";

    private readonly TempDir _dir = new();

    public WorkerOutputTests() => _dir.Write("watchlist.yaml", """
        entities:
          - id: ru-kurganmashzavod
            name: Kurganmashzavod
            kind: organization
            identifiers: {inn: "4501008142"}
          - id: ru-aviastar-sp
            name: Aviastar-SP
            kind: organization
            identifiers: {inn: "7328032711"}
        """);

    private string Config(string url, string extra = "") => _dir.Write("appsettings.json", $$"""
        {
          "Database": { "Path": "store.db" },
          "Watchlist": { "Path": "watchlist.yaml" },
          "Sources": {
            "ofac-sdn": { "Url": "{{url}}", "Schedule": "0 0 0/2 * * ?", "Retries": 0 },
            "ofac-cons": { "Enabled": false }
          },
          "Alerts": { "File": { "Path": "alerts.jsonl" }, "Delivery": { "PollIntervalSeconds": 1 } }{{extra}}
        }
        """);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task List_text_cannot_drive_the_terminal_or_forge_a_log_line_and_every_file_is_0640()
    {
        var list = OfacCsv.File(
        [
            OfacCsv.Row(35345, Escapes, remarks: "Tax ID No. 4501008142 (Russia)."),
            OfacCsv.Row(35347, "AVIASTAR-SP\r\n" + Forged, remarks: "Tax ID No. 7328032711 (Russia)."),
            .. OfacCsv.Filler(30),
        ]);
        using var server = new HttpReceiver((_, response) => HttpReceiver.Answer(response, 200, list, "text/csv"));
        var config = Config(server.Url("sdn.csv"));

        using (var worker = new WorkerProcess(_dir.Path, "--config", config))
        {
            await HttpReceiver.WaitUntil(
                () => File.Exists(_dir.File("alerts.jsonl")) && File.ReadAllLines(_dir.File("alerts.jsonl")).Length == 2,
                TimeSpan.FromSeconds(60), "two alerts in the file\n" + worker.Output);
            await HttpReceiver.WaitUntil(
                () => worker.Output.Split('\n').Count(l => l.Contains("ALERT first-seen", StringComparison.Ordinal)) == 2,
                TimeSpan.FromSeconds(30), "two ALERT log lines\n" + worker.Output);
            Assert.True(worker.Terminate(TimeSpan.FromSeconds(30)), worker.Output);

            var output = worker.Output;
            Assert.DoesNotContain('\u001b', output);
            Assert.DoesNotContain('\u0007', output);
            Assert.DoesNotContain('\u202e', output);
            Assert.Contains("\\u001b[2J", output, StringComparison.Ordinal);
            Assert.Contains("\\u202e", output, StringComparison.Ordinal);
            Assert.DoesNotContain(output.Split('\n'), l => l.StartsWith(Forged, StringComparison.Ordinal));
        }

        // JSON output escapes the bidirectional override too, as docs/cli.md promises ("Text from the lists").
        var alerts = CliProcess.Run(_dir.Path, "alerts", "--config", config, "--format", "json");
        Assert.True(alerts.ExitCode == 0, alerts.Err);
        Assert.DoesNotContain('\u202e', alerts.Out);
        Assert.Contains("\\u202e", alerts.Out, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(alerts.Out))
            Assert.Contains(json.RootElement.EnumerateArray(), a => a.GetProperty("entry_name").GetString() == Escapes);

        // Database (and its -wal), logs, raw archive, alerts file: no write for the group, nothing for others.
        var files = new[] { "store.db", "store.db-wal", "store.db-shm", "alerts.jsonl" }.Select(_dir.File).Where(File.Exists)
            .Concat(Directory.GetFiles(_dir.File("logs")))
            .Concat(Directory.GetFiles(_dir.File("raw"), "*", SearchOption.AllDirectories))
            .ToList();
        Assert.True(files.Count >= 4, string.Join(", ", files));
        Assert.All(files, f => Assert.True(
            (File.GetUnixFileMode(f) & (UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute)) == 0,
            $"{f} is {File.GetUnixFileMode(f)}"));
        Assert.Contains("UMask=0027", File.ReadAllText(Path.Combine(SharedData.ProjectRoot, "scripts", "sanctionswatch.service")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secrets_in_a_source_url_are_never_printed_logged_or_stored()
    {
        using var server = new HttpReceiver((_, response) => HttpReceiver.Answer(response, 503));
        var url = $"http://feeduser:hunter2-pass@127.0.0.1:{server.Port}/sdn.csv?api_key=SECRETKEY42&format=csv";
        var config = Config(url);
        string[] common = ["--config", config];

        var sync = CliProcess.Run(_dir.Path, ["sync", .. common]);
        Assert.Equal(1, sync.ExitCode);
        Assert.Contains($"http://***@127.0.0.1:{server.Port}/sdn.csv?api_key=***&format=***", sync.Err, StringComparison.Ordinal);
        var sources = CliProcess.Run(_dir.Path, ["sources", "--format", "json", .. common]);
        var status = CliProcess.Run(_dir.Path, ["status", "--format", "json", .. common]);
        var table = CliProcess.Run(_dir.Path, ["sources", .. common]);
        using (var json = JsonDocument.Parse(sources.Out))
        {
            var row = json.RootElement.EnumerateArray().Single(r => r.GetProperty("source").GetString() == "ofac-sdn");
            Assert.Equal($"http://***@127.0.0.1:{server.Port}/sdn.csv?api_key=***&format=***", row.GetProperty("url").GetString());
        }

        string log;
        using (var worker = new WorkerProcess(_dir.Path, "--config", config))
        {
            await HttpReceiver.WaitUntil(
                () => worker.Output.Contains("Sync ofac-sdn failed", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "a failed sync\n" + worker.Output);
            Assert.True(worker.Terminate(TimeSpan.FromSeconds(30)), worker.Output);
            log = worker.Output;
        }

        Assert.NotEmpty(server.Requests);
        var everything = new List<(string Where, string Text)>
        {
            ("sync", sync.Out + sync.Err), ("sources", sources.Out + table.Out), ("status", status.Out), ("worker log", log),
        };
        foreach (var file in Directory.GetFiles(_dir.Path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("appsettings.json", StringComparison.Ordinal)))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
            everything.Add((file, reader.ReadToEnd()));
        }

        Assert.Contains(everything, e => e.Where.EndsWith("store.db", StringComparison.Ordinal));
        foreach (var (where, text) in everything)
        {
            Assert.False(text.Contains("hunter2", StringComparison.Ordinal), $"password in {where}");
            Assert.False(text.Contains("SECRETKEY42", StringComparison.Ordinal), $"api key in {where}");
            Assert.False(text.Contains("feeduser", StringComparison.Ordinal), $"user in {where}");
        }
    }

    public void Dispose() => _dir.Dispose();
}
