using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Alerts;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Hosting;

/// <summary>The real worker process (<c>sanctionswatch run</c>) against loopback HTTP servers: crash-safety and end to end.</summary>
public sealed class WorkerProcessTests : IDisposable
{
    private const string Secret = "worker-test-secret";
    private readonly TempDir _dir = new();

    public WorkerProcessTests() => _dir.Write("watchlist.yaml", AlertStore.WatchlistYaml);

    private string Config(string sources, string webhookUrl) => _dir.Write("appsettings.json", $$"""
        {
          "Database": { "Path": "store.db" },
          "Watchlist": { "Path": "watchlist.yaml" },
          "Sources": {{{sources}}},
          "Alerts": {
            "Webhook": { "Url": "{{webhookUrl}}", "Secret": "{{Secret}}", "TimeoutSeconds": 120 },
            "Delivery": { "PollIntervalSeconds": 1, "BaseDelaySeconds": 1, "MaxDelaySeconds": 2 }
          }
        }
        """);

    private List<DeliveryRow> Webhook(long alertId)
    {
        using var db = Database.Open(_dir.File("store.db"));
        return [.. AlertOutbox.Deliveries(db, alertId).Where(d => d.Channel == "webhook")];
    }

    [Fact]
    public async Task Run_serves_its_meter_for_prometheus_when_configured()
    {
        var list = OfacCsv.File([AlertStore.Kurgan, .. OfacCsv.Filler(30)]);
        using var server = new HttpReceiver(async (r, response) =>
            await (r.Path == "/sdn.csv" ? HttpReceiver.Answer(response, 200, list, "text/csv") : HttpReceiver.Answer(response, 200)));
        var port = HttpReceiver.FreePort();
        var config = _dir.Write("appsettings.json", $$"""
            {
              "Database": { "Path": "store.db" }, "Watchlist": { "Path": "watchlist.yaml" },
              "Sources": { "ofac-sdn": { "Enabled": true, "Url": "{{server.Url("sdn.csv")}}", "Schedule": "0 0 0 * * ?" },
                           "ofac-cons": { "Enabled": false } },
              "Metrics": { "PrometheusUrl": "http://127.0.0.1:{{port}}/metrics" }
            }
            """);

        using var worker = new WorkerProcess(_dir.Path, "--config", config);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var scraped = "";
        await HttpReceiver.WaitUntil(
            () =>
            {
                try
                {
                    scraped = http.GetStringAsync($"http://127.0.0.1:{port}/metrics").GetAwaiter().GetResult();
                }
                catch (HttpRequestException)
                {
                    return false; // not listening yet
                }

                return scraped.Contains("sanctionswatch_syncs_total{", StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(60),
            "the start-up sync on the scrape\n" + worker.Output);

        // the start-up sync (never checked before) applied the list and raised first-seen
        Assert.Matches("""sanctionswatch_syncs_total\{[^}]*outcome="accepted"[^}]*source="ofac-sdn"[^}]*\} 1""", scraped);
        Assert.Matches("""sanctionswatch_alerts_total\{[^}]*kind="first-seen"[^}]*\} 1""", scraped);
        Assert.Matches("""sanctionswatch_entries\{[^}]*source="ofac-sdn"[^}]*\} 31""", scraped);
        Assert.True(worker.Terminate(TimeSpan.FromSeconds(30)), "graceful stop on SIGTERM\n" + worker.Output);
    }

    [Fact]
    public async Task A_worker_killed_mid_delivery_delivers_after_restart_and_nothing_twice()
    {
        var alerts = AlertStore.Create(_dir, _dir.File("store.db"), new FakeTimeProvider(DateTimeOffset.UtcNow));
        Assert.Equal(2, alerts.Count);

        // The receiver dedupes by the idempotency key; until told otherwise it hangs on every request.
        using var release = new CancellationTokenSource();
        var answering = false;
        var effects = new ConcurrentDictionary<string, int>();
        using var receiver = new HttpReceiver(async (r, response) =>
        {
            if (!Volatile.Read(ref answering))
            {
                await Task.Delay(Timeout.Infinite, release.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            Assert.True(WebhookSignature.Verify(Secret, r.Body, r.Header(WebhookSignature.Header)));
            effects.AddOrUpdate(r.Header(WebhookChannel.IdempotencyHeader)!, 1, (_, n) => n); // a repeat has no effect
            await HttpReceiver.Answer(response, 200);
        });
        var config = Config("", receiver.Url("hook"));

        using (var first = new WorkerProcess(_dir.Path, "--config", config))
        {
            await HttpReceiver.WaitUntil(() => !receiver.Requests.IsEmpty, TimeSpan.FromSeconds(60), "the first webhook request\n" + first.Output);
            first.Kill(); // not a graceful stop: the request is in flight, the alert not yet marked delivered
        }

        var hung = receiver.Requests.Single();
        var key = hung.Header(WebhookChannel.IdempotencyHeader);
        Assert.Equal($"sanctionswatch-alert-{alerts[0]}", key);
        var inFlight = Assert.Single(Webhook(alerts[0]));
        Assert.Equal(("pending", 1), (inFlight.Status, inFlight.Attempts)); // the attempt was recorded before sending
        Assert.Equal("pending", Assert.Single(Webhook(alerts[1])).Status);

        Volatile.Write(ref answering, true);
        using (var second = new WorkerProcess(_dir.Path, "--config", config))
        {
            await HttpReceiver.WaitUntil(
                () => alerts.All(id => Webhook(id) is [{ Status: "delivered" }]), TimeSpan.FromSeconds(60), "both deliveries\n" + second.Output);
            await Task.Delay(2500); // a few more dispatcher passes: nothing more is sent
            Assert.True(second.Terminate(TimeSpan.FromSeconds(30)), "graceful stop on SIGTERM\n" + second.Output);
            Assert.Equal(0, second.ExitCode);
        }

        await release.CancelAsync();
        var requests = receiver.Requests.ToList();
        Assert.Equal(3, requests.Count); // the hung one, its retry, the second alert
        Assert.Equal(2, requests.Count(r => r.Header(WebhookChannel.IdempotencyHeader) == key));
        Assert.Equal(requests[0].Body, requests.First(r => r.Number > 1 && r.Header(WebhookChannel.IdempotencyHeader) == key).Body);
        Assert.Equal(2, effects.Count);
        Assert.All(effects.Values, n => Assert.Equal(1, n));
        Assert.Equal(2, Webhook(alerts[0])[0].Attempts);

        var listed = CliProcess.Run(_dir.Path, "alerts", "--config", config, "--format", "json");
        using var json = JsonDocument.Parse(listed.Out);
        var delivery = json.RootElement.EnumerateArray().Select(a => a.GetProperty("delivery").GetString()).ToList();
        Assert.Equal(["log=delivered(1) webhook=delivered(1)", "log=delivered(1) webhook=delivered(2)"], delivery);
    }

    [Fact]
    public async Task A_second_worker_on_the_same_store_is_refused_and_every_alert_is_delivered_once()
    {
        var alerts = AlertStore.Create(_dir, _dir.File("store.db"), new FakeTimeProvider(DateTimeOffset.UtcNow));
        var keys = new ConcurrentQueue<string>();
        using var receiver = new HttpReceiver(async (r, response) =>
        {
            keys.Enqueue(r.Header(WebhookChannel.IdempotencyHeader)!);
            await HttpReceiver.Answer(response, 200);
        });
        var config = Config("", receiver.Url("hook"));

        using var first = new WorkerProcess(_dir.Path, "--config", config);
        await HttpReceiver.WaitUntil(() => first.Output.Contains("Alert dispatcher started", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "the first worker\n" + first.Output);

        // The same store through another path (a symbolic link to the database): still the same store.
        File.CreateSymbolicLink(_dir.File("link.db"), _dir.File("store.db"));
        using var second = new WorkerProcess(_dir.Path, "--config", config, "--db", _dir.File("link.db"));
        await HttpReceiver.WaitUntil(() => second.HasExited, TimeSpan.FromSeconds(60), "the second worker to stop\n" + second.Output);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("another worker is already running on", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Alert dispatcher started", second.Output, StringComparison.Ordinal);

        await HttpReceiver.WaitUntil(() => alerts.All(id => Webhook(id) is [{ Status: "delivered" }]), TimeSpan.FromSeconds(60), "both deliveries\n" + first.Output);
        Assert.True(first.Terminate(TimeSpan.FromSeconds(30)), "graceful stop\n" + first.Output);
        Assert.Equal(alerts.Select(id => $"sanctionswatch-alert-{id}").Order(), keys.Order());

        // Once the first has stopped, a worker starts on the store again.
        using var third = new WorkerProcess(_dir.Path, "--config", config);
        await HttpReceiver.WaitUntil(() => third.Output.Contains("Alert dispatcher started", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "the third worker\n" + third.Output);
        Assert.True(third.Terminate(TimeSpan.FromSeconds(30)));
        Assert.Equal(2, keys.Count);
    }

    [Fact]
    public async Task Sigterm_interrupts_a_sync_waiting_to_retry_a_failing_publisher()
    {
        var requests = 0;
        using var server = new HttpReceiver(async (r, response) =>
        {
            Interlocked.Increment(ref requests);
            await HttpReceiver.Answer(response, 503);
        });
        var sources = $$"""
            "ofac-sdn": { "Enabled": true, "Url": "{{server.Url("sdn.csv")}}", "Schedule": "0 0 0/2 * * ?", "Retries": 5, "RetryDelay": 60 },
            "ofac-cons": { "Enabled": false, "Url": "{{server.Url("cons.csv")}}" }
            """;
        var config = Config(sources, server.Url("hook"));

        using var worker = new WorkerProcess(_dir.Path, "--config", config);
        await HttpReceiver.WaitUntil(() => Volatile.Read(ref requests) >= 1, TimeSpan.FromSeconds(60), "the first attempt\n" + worker.Output);

        // The sync now waits a minute before its retry; a graceful stop must not wait for it (or its four successors).
        var stopping = Stopwatch.StartNew();
        Assert.True(worker.Terminate(TimeSpan.FromSeconds(20)), "graceful stop on SIGTERM\n" + worker.Output);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(20), $"stopped after {stopping.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(0, worker.ExitCode);
        Assert.Equal(1, Volatile.Read(ref requests));
        Assert.Contains("interrupted", worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_syncs_on_schedule_and_a_newly_listed_firm_reaches_the_webhook_within_one_period()
    {
        var list = OfacCsv.File([AlertStore.Kurgan, .. OfacCsv.Filler(30)]);
        var updated = OfacCsv.File([AlertStore.Kurgan, AlertStore.Aviastar, .. OfacCsv.Filler(30)]);
        var switchedAt = long.MaxValue;
        var listedAt = long.MaxValue;
        var hooks = new ConcurrentQueue<JsonElement>();
        using var server = new HttpReceiver(async (r, response) =>
        {
            if (r.Path == "/sdn.csv")
            {
                await HttpReceiver.Answer(response, 200, Volatile.Read(ref list), "text/csv");
                return;
            }

            Assert.True(WebhookSignature.Verify(Secret, r.Body, r.Header(WebhookSignature.Header)));
            var alert = JsonDocument.Parse(r.Body).RootElement.Clone();
            hooks.Enqueue(alert);
            if (alert.GetProperty("alert").GetProperty("kind").GetString() == "listed")
                Interlocked.CompareExchange(ref listedAt, Stopwatch.GetTimestamp(), long.MaxValue);
            await HttpReceiver.Answer(response, 200);
        });
        var sources = $$"""
            "ofac-sdn": { "Enabled": true, "Url": "{{server.Url("sdn.csv")}}", "Format": "ofac-csv", "Schedule": "0/2 * * * * ?" },
            "ofac-cons": { "Enabled": false, "Url": "{{server.Url("cons.csv")}}" }
            """;
        var config = Config(sources, server.Url("hook"));

        using (var worker = new WorkerProcess(_dir.Path, "--config", config))
        {
            // The start-up sync (never checked before) finds Kurganmashzavod already listed: first-seen.
            await HttpReceiver.WaitUntil(() => !hooks.IsEmpty, TimeSpan.FromSeconds(60), "the first-seen alert\n" + worker.Output);
            Assert.Equal("first-seen", hooks.Single().GetProperty("alert").GetProperty("kind").GetString());

            // The publisher adds Aviastar-SP: the next scheduled sync (every 2 s) raises `listed`, and it is delivered.
            Volatile.Write(ref list, updated);
            Interlocked.Exchange(ref switchedAt, Stopwatch.GetTimestamp());
            await HttpReceiver.WaitUntil(() => Interlocked.Read(ref listedAt) != long.MaxValue, TimeSpan.FromSeconds(30), "the listed alert\n" + worker.Output);
            var elapsed = Stopwatch.GetElapsedTime(switchedAt, listedAt);
            Assert.True(elapsed < TimeSpan.FromSeconds(2 + 8), $"listed alert after {elapsed.TotalSeconds:0.0} s");

            var listed = hooks.Single(h => h.GetProperty("alert").GetProperty("kind").GetString() == "listed").GetProperty("hit");
            Assert.Equal("ru-aviastar-sp", listed.GetProperty("entity").GetProperty("id").GetString());
            Assert.Equal("35347", listed.GetProperty("entry").GetProperty("id").GetString());

            Assert.True(worker.Terminate(TimeSpan.FromSeconds(30)), "graceful stop on SIGTERM\n" + worker.Output);
            Assert.Equal(0, worker.ExitCode);
            Assert.Contains("Sync ofac-sdn snapshot", worker.Output, StringComparison.Ordinal);
        }

        var hits = CliProcess.Run(_dir.Path, "hits", "--config", config, "--format", "json");
        Assert.True(hits.ExitCode == 0, hits.Err);
        using var json = JsonDocument.Parse(hits.Out);
        var hit = json.RootElement.EnumerateArray().Single(h => h.GetProperty("entry_id").GetString() == "35347");
        Assert.Equal("ru-aviastar-sp", hit.GetProperty("watchlist_id").GetString());

        // The structured log for machines: one compact-JSON event per sync with its counts.
        var clef = Directory.GetFiles(_dir.File("logs"), "sanctionswatch-*.clef").Single();
        using var log = new FileStream(clef, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var events = new StreamReader(log).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var accepted = events.Where(e => e.TryGetProperty("Outcome", out var o) && o.GetString() == "accepted").ToList();
        Assert.Equal(2, accepted.Count);
        Assert.Equal(1, accepted[^1].GetProperty("Added").GetInt32());
        Assert.Equal(1, accepted[^1].GetProperty("Alerts").GetInt32());
        Assert.True(accepted[^1].TryGetProperty("DurationMs", out _));
        Assert.Equal("ofac-sdn", accepted[^1].GetProperty("Source").GetString());
    }

    public void Dispose() => _dir.Dispose();
}
