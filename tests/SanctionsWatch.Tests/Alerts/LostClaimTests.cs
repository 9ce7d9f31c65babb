using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Alerts;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Alerts;

/// <summary>
/// An attempt slower than its claim: the claim runs out, another dispatcher (another node) takes the delivery and records
/// its outcome, then the slow attempt ends. Its outcome must not overwrite the other's (a delivered alert turned back into
/// a pending or failed one would be sent again, or shown as lost). Two dispatchers on one SQLite store, on a fake clock.
/// </summary>
public sealed class LostClaimTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly DeliveryOptions _options = new() { ClaimFor = TimeSpan.FromMinutes(10) };

    public void Dispose()
    {
        _dir.Dispose();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>A webhook-named channel that runs <paramref name="deliver"/> for each call.</summary>
    private sealed class ScriptedChannel(Func<IReadOnlyList<AlertMessage>, Task> deliver) : IAlertChannel
    {
        public string Name => "webhook";

        public bool Digest => false;

        public int Calls { get; private set; }

        public async Task DeliverAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken)
        {
            Calls++;
            await deliver(alerts).ConfigureAwait(false);
        }
    }

    private AlertDispatcher Node(string name, IAlertChannel channel, string db) =>
        new(db, [channel], _options, _clock, NullLogger<AlertDispatcher>.Instance, node: name);

    [Fact]
    public async Task A_slow_attempt_that_fails_after_another_node_delivered_leaves_the_alert_delivered()
    {
        var db = _dir.File("store.db");
        var alerts = AlertStore.Create(_dir, db, _clock);
        var b = new ScriptedChannel(_ => Task.CompletedTask);
        var nodeB = Node("node-b", b, db);
        var a = new ScriptedChannel(async _ =>
        {
            _clock.Advance(TimeSpan.FromMinutes(11)); // the claim runs out while this attempt hangs
            Assert.Equal(alerts.Count, await nodeB.DispatchOnceAsync(CancellationToken.None));
            throw new HttpRequestException("webhook timed out");
        });

        Assert.Equal(0, await Node("node-a", a, db).DispatchOnceAsync(CancellationToken.None));

        using var store = Database.Open(db);
        foreach (var id in alerts)
        {
            var row = Assert.Single(AlertOutbox.Deliveries(store, id));
            Assert.Equal("delivered", row.Status);
            Assert.Null(row.LastError);
            Assert.Equal(id == alerts[0] ? 2 : 1, row.Attempts); // the first alert was tried by both nodes, each attempt counted
        }

        Assert.Equal(0, await nodeB.DispatchOnceAsync(CancellationToken.None)); // nothing left to send again
    }

    [Fact]
    public async Task A_slow_attempt_that_fails_after_another_node_took_the_delivery_leaves_the_outcome_to_that_node()
    {
        var db = _dir.File("store.db");
        var alerts = AlertStore.Create(_dir, db, _clock);
        var nodeB = Node("node-b", new ScriptedChannel(_ => throw new HttpRequestException("webhook answered 503 to node b")), db);
        var a = new ScriptedChannel(async _ =>
        {
            _clock.Advance(TimeSpan.FromMinutes(11));
            Assert.Equal(0, await nodeB.DispatchOnceAsync(CancellationToken.None));
            throw new HttpRequestException("webhook timed out for node a");
        });

        await Node("node-a", a, db).DispatchOnceAsync(CancellationToken.None);

        using var store = Database.Open(db);
        foreach (var id in alerts)
        {
            var row = Assert.Single(AlertOutbox.Deliveries(store, id));
            Assert.Equal("pending", row.Status);
            Assert.Equal("webhook answered 503 to node b", row.LastError); // node b's outcome, not overwritten by node a's
            Assert.Equal(id == alerts[0] ? 2 : 1, row.Attempts);
        }
    }
}
