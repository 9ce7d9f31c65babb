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

    private string NodeConfig(string node, string connectionString, string listUrl, string hookUrl, string schedule, string watchlist) =>
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
                Webhook = new { Url = hookUrl, TimeoutSeconds = 4 },
                Delivery = new { PollIntervalSeconds = 1, BaseDelaySeconds = 1, MaxDelaySeconds = 2, ClaimSeconds = 5 },
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

            var status = CliProcess.Run(_dir.Path, pg.Variables, "status", "--format", "json", "--watchlist", watchlist);
            Assert.True(status.ExitCode == 0, status.Err);
            using var json = JsonDocument.Parse(status.Out);
            var seen = json.RootElement.GetProperty("nodes").EnumerateArray()
                .Select(n => (n.GetProperty("id").GetString(), n.GetProperty("state").GetString())).ToList();
            Assert.Contains(("node-a", "alive"), seen);
            Assert.Contains(("node-b", "alive"), seen);
            Assert.DoesNotContain(pg.ConnectionString.Split(';').Single(p => p.StartsWith("Password=", StringComparison.Ordinal)), status.Out, StringComparison.Ordinal);

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

    /// <summary>Waits up to 90 s; a timeout says what every node wrote.</summary>
    private static async Task WaitUntil(Func<bool> condition, string what, IEnumerable<WorkerProcess> nodes)
    {
        try
        {
            await HttpReceiver.WaitUntil(() => condition() || nodes.Any(n => n.HasExited), TimeSpan.FromSeconds(90), what);
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
