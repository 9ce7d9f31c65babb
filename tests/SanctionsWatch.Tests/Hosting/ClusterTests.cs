using System.Collections.Concurrent;
using System.Text.Json;
using Dapper;
using Npgsql;
using SanctionsWatch.Alerts;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Hosting;

/// <summary>
/// <c>run</c> nodes sharing one PostgreSQL store (the test server's): a local publisher, a local webhook receiver,
/// real worker processes. What is checked comes from the store, the receivers and the nodes' logs.
/// </summary>
public sealed class ClusterTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string NodeConfig(
        string node, string connectionString, string listUrl, string hookUrl, string schedule, string watchlist, int webhookTimeout = 4) =>
        _dir.Write($"{node}.json", JsonSerializer.Serialize(new
        {
            Database = new { Provider = "postgresql", ConnectionString = connectionString },
            Watchlist = new { Path = watchlist },
            Cluster = new { NodeId = node, CheckinSeconds = 1 },
            Sources = new Dictionary<string, object>
            {
                ["ofac-sdn"] = new { Enabled = true, Url = listUrl, Schedule = schedule },
            },
            Alerts = new
            {
                Webhook = new { Url = hookUrl, TimeoutSeconds = webhookTimeout },
                Delivery = new { PollIntervalSeconds = 1, BaseDelaySeconds = 1, MaxDelaySeconds = 2, ClaimSeconds = webhookTimeout + 1 },
            },
        }));

    /// <summary>Each deliverable alert's webhook delivery (none before the first node has made the schema).</summary>
    private static List<(long Id, string Status, string? ClaimedBy)> WebhookDeliveries(NpgsqlConnection db)
    {
        if (db.ExecuteScalar<string?>("SELECT to_regclass('alert_deliveries')::text") is null)
            return [];
        return [.. db.Query<(long, string, string?)>(
            """
            SELECT a.id, coalesce(d.status, 'none'), d.claimed_by FROM alerts a
            LEFT JOIN alert_deliveries d ON d.alert_id = a.id AND d.channel = 'webhook'
            WHERE a.deliver = 1 ORDER BY a.id
            """)];
    }

    [PostgresFact]
    public async Task Two_nodes_on_one_store_sync_a_source_once_and_deliver_each_alert_once()
    {
        using var pg = TestPostgres.CreateDatabase();
        var list = OfacCsv.File([AlertStore.Kurgan, AlertStore.Aviastar, .. OfacCsv.Filler(30)]);
        using var publisher = new HttpReceiver(async (r, response) => await HttpReceiver.Answer(response, 200, list, "text/csv"));
        var keys = new ConcurrentQueue<string>();
        using var hook = new HttpReceiver(async (r, response) =>
        {
            keys.Enqueue(r.Header(WebhookChannel.IdempotencyHeader)!);
            await HttpReceiver.Answer(response, 200);
        });
        var watchlist = _dir.Write("watchlist.yaml", AlertStore.WatchlistYaml);
        var nodes = new[] { "node-a", "node-b" }
            .Select(n => new WorkerProcess(_dir.Path, "--config", NodeConfig(n, pg.ConnectionString, publisher.Url("sdn.csv"), hook.Url("hook"), "0 0 0/2 * * ?", watchlist)))
            .ToList();
        try
        {
            using var db = pg.Connect();
            await WaitUntil(() => WebhookDeliveries(db) is { Count: 2 } d && d.All(x => x.Status == "delivered"), "both alerts delivered", nodes);

            // one node may sync and deliver everything before the other has checked in for the first time: both are
            // listed alive once both have
            CliProcess.Result? status = null;
            await WaitUntil(
                () =>
                {
                    status = CliProcess.Run(_dir.Path, pg.Variables, "status", "--format", "json", "--watchlist", watchlist);
                    Assert.True(status.ExitCode == 0, status.Err);
                    using var json = JsonDocument.Parse(status.Out);
                    var seen = json.RootElement.GetProperty("nodes").EnumerateArray()
                        .Select(n => (n.GetProperty("id").GetString(), n.GetProperty("state").GetString())).ToList();
                    return seen.Contains(("node-a", "alive")) && seen.Contains(("node-b", "alive"));
                },
                "both nodes listed alive by status",
                nodes);
            Assert.DoesNotContain(pg.ConnectionString.Split(';').Single(p => p.StartsWith("Password=", StringComparison.Ordinal)), status!.Out, StringComparison.Ordinal);

            await Task.Delay(3000); // more dispatcher passes on both nodes: nothing more is sent
            var deliveries = WebhookDeliveries(db);
            Assert.Equal(deliveries.Select(d => $"sanctionswatch-alert-{d.Id}").Order(), keys.Order());
            Assert.All(deliveries, d => Assert.Contains(d.ClaimedBy, new[] { "node-a", "node-b" }));
            Assert.Equal(1L, db.ExecuteScalar<long>("SELECT count(*) FROM snapshots WHERE status = 'accepted'"));
            Assert.Equal(1, nodes.Sum(n => CountLines(n.Output, "snapshot 1 accepted")));
        }
        finally
        {
            foreach (var n in nodes)
                Assert.True(n.Terminate(TimeSpan.FromSeconds(30)), "graceful stop\n" + n.Output);
            foreach (var n in nodes)
                n.Dispose();
        }
    }

    /// <summary>
    /// The failover of issue 14 on real OFAC files: three nodes; the node running the first sync is killed (kill -9)
    /// while it downloads, and the node sending the first webhook is killed while the receiver holds the request. Then
    /// the publisher brings the next real file. Every alert arrives, each under its one idempotency key; no snapshot is
    /// applied twice; no two downloads of the list overlap (no sync ran on two nodes at once).
    /// </summary>
    [PostgresSharedDataFact]
    public async Task Every_alert_arrives_when_the_syncing_node_and_the_delivering_node_are_killed()
    {
        using var pg = TestPostgres.CreateDatabase();
        var files = new[] { "sdn_2022-02-23T0152.csv", "sdn_2022-03-04T0203.csv" }.Select(f => File.ReadAllBytes(OfacHistory.PathOf(f))).ToArray();
        var current = 0;
        var releaseList = new TaskCompletionSource();
        var downloads = new ConcurrentQueue<(int Number, DateTime Start, DateTime End)>();
        using var publisher = new HttpReceiver(async (r, response) =>
        {
            var start = DateTime.UtcNow;
            var bytes = files[Volatile.Read(ref current)];
            response.StatusCode = 200;
            response.ContentType = "text/csv";
            response.ContentLength64 = bytes.Length;
            if (r.Number == 1)
            {
                // The first download stalls half-way, until its node is killed.
                await response.OutputStream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await response.OutputStream.FlushAsync();
                await releaseList.Task.WaitAsync(TimeSpan.FromSeconds(120));
                return;
            }

            await response.OutputStream.WriteAsync(bytes);
            response.Close();
            downloads.Enqueue((r.Number, start, DateTime.UtcNow));
        });
        var releaseHook = new TaskCompletionSource();
        var keys = new ConcurrentQueue<string>();
        var heldKey = new ConcurrentQueue<string>();
        using var hook = new HttpReceiver(async (r, response) =>
        {
            keys.Enqueue(r.Header(WebhookChannel.IdempotencyHeader)!);
            if (r.Number == 1)
            {
                heldKey.Enqueue(r.Header(WebhookChannel.IdempotencyHeader)!);
                await releaseHook.Task.WaitAsync(TimeSpan.FromSeconds(120)); // held until its node is killed
            }

            await HttpReceiver.Answer(response, 200);
        });
        var watchlist = Path.Combine(SharedData.ProjectRoot, "config", "watchlist.yaml");
        var nodes = new[] { "node-1", "node-2", "node-3" }.ToDictionary(
            n => n,
            // The held webhook request is given 25 s before its sender gives up: time enough, on a loaded machine, to see
            // who sends it and kill that node while the request is in flight (its lease then runs out 26 s after the claim).
            n => new WorkerProcess(_dir.Path, "--config", NodeConfig(n, pg.ConnectionString, publisher.Url("sdn.csv"), hook.Url("hook"), "0/15 * * * * ?", watchlist, webhookTimeout: 25)));
        var killed = new List<string>();
        IEnumerable<WorkerProcess> Live() => nodes.Where(n => !killed.Contains(n.Key)).Select(n => n.Value);
        try
        {
            using var db = pg.Connect();

            // 1. Kill the node whose sync is downloading.
            await WaitUntil(() => !publisher.Requests.IsEmpty && Executing(db) is not null, "the first download", Live());
            var syncing = Executing(db)!;
            nodes[syncing].Kill();
            killed.Add(syncing);
            var killedAt = DateTime.UtcNow;
            releaseList.SetResult();

            // 2. Another node recovers the sync; kill the node whose webhook request is held (that request's own
            // claim: under load a later request, let through, may still be claimed by another node at that moment)
            await WaitUntil(() => Claimer(db, heldKey) is not null, "the first webhook request", Live());
            var delivering = Claimer(db, heldKey)!;
            Assert.NotEqual(syncing, delivering);
            nodes[delivering].Kill();
            killed.Add(delivering);
            releaseHook.SetResult();

            // 3. The next file; everything arrives through the last node.
            Volatile.Write(ref current, 1);
            await WaitUntil(
                () => db.ExecuteScalar<long>("SELECT count(*) FROM snapshots WHERE status = 'accepted'") == 2
                      && WebhookDeliveries(db) is { Count: > 0 } d && d.All(x => x.Status == "delivered"),
                "the second file applied and every alert delivered",
                Live());

            var deliveries = WebhookDeliveries(db);
            Assert.True(deliveries.Count > 8, $"{deliveries.Count} alerts"); // first-seen of the first file, listed of the second
            Assert.Equal(
                deliveries.Select(d => $"sanctionswatch-alert-{d.Id}").Order(),
                keys.Distinct().Order()); // every alert, under its one key
            // Every request is an attempt the store counted (claimed first), from whichever node: the held one twice.
            var attempts = db.Query<(long AlertId, long Attempts)>("SELECT alert_id, attempts FROM alert_deliveries WHERE channel = 'webhook'")
                .ToDictionary(a => $"sanctionswatch-alert-{a.AlertId}", a => a.Attempts);
            Assert.All(keys.GroupBy(k => k), g => Assert.Equal(attempts[g.Key], g.Count()));
            Assert.Contains(keys.GroupBy(k => k), g => g.Count() >= 2);
            Assert.Equal(2, db.ExecuteScalar<long>("SELECT count(DISTINCT file_hash) FROM snapshots WHERE status = 'accepted'"));
            Assert.Equal(
                db.Query<string>("SELECT file_hash FROM snapshots WHERE status = 'accepted' ORDER BY id"),
                files.Select(f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(f))));

            // No sync ran on two nodes at once: the downloads never overlap, and the recovery began after the kill.
            var done = downloads.OrderBy(x => x.Start).ToList();
            Assert.True(done[0].Start >= killedAt, "the recovered download began before the syncing node was killed");
            for (var i = 1; i < done.Count; i++)
                Assert.True(done[i].Start >= done[i - 1].End, $"downloads {done[i - 1].Number} and {done[i].Number} overlap");
            Assert.Equal(2, nodes.Values.Sum(n => CountLines(n.Output, " accepted: "))); // and each file applied once, by the logs
            Assert.Equal(0, CountLines(nodes[syncing].Output, " accepted: "));
        }
        finally
        {
            releaseList.TrySetResult();
            releaseHook.TrySetResult();
            foreach (var n in Live())
                n.Terminate(TimeSpan.FromSeconds(30));
            foreach (var n in nodes.Values)
                n.Dispose();
        }
    }

    /// <summary>The node running a sync now, by Quartz's fired triggers.</summary>
    private static string? Executing(NpgsqlConnection db) =>
        db.ExecuteScalar<string?>("SELECT to_regclass('qrtz_fired_triggers')::text") is null
            ? null
            : db.ExecuteScalar<string?>("SELECT instance_name FROM qrtz_fired_triggers WHERE state = 'EXECUTING' LIMIT 1");

    /// <summary>
    /// The node holding the lease of a webhook delivery whose request the receiver holds now (a node may have claimed
    /// another delivery and not sent it yet: killing that one would leave no request held).
    /// </summary>
    private static string? Claimer(NpgsqlConnection db, IEnumerable<string> received)
    {
        var held = received.ToHashSet(StringComparer.Ordinal);
        return db.Query<(long AlertId, string ClaimedBy)>(
                "SELECT alert_id, claimed_by FROM alert_deliveries WHERE channel = 'webhook' AND claimed_until IS NOT NULL AND status = 'pending' ORDER BY alert_id")
            .Where(c => held.Contains($"sanctionswatch-alert-{c.AlertId}"))
            .Select(c => c.ClaimedBy)
            .FirstOrDefault();
    }

    /// <summary>Waits up to 150 s; a timeout says what every node wrote.</summary>
    private static async Task WaitUntil(Func<bool> condition, string what, IEnumerable<WorkerProcess> nodes)
    {
        try
        {
            await HttpReceiver.WaitUntil(() => condition() || nodes.Any(n => n.HasExited), TimeSpan.FromSeconds(150), what);
            Assert.False(nodes.Any(n => n.HasExited), "a node stopped:\n" + string.Join("\n----\n", nodes.Select(n => n.Output)));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + "\n" + string.Join("\n----\n", nodes.Select(n => n.Output)), e);
        }
    }

    private static int CountLines(string output, string text) =>
        output.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));
}
