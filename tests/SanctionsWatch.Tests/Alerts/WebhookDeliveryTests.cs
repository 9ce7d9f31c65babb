using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Alerts;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Alerts;

/// <summary>The dispatcher against a real HTTP receiver on 127.0.0.1, on a fake clock.</summary>
public sealed class WebhookDeliveryTests : IDisposable
{
    private const string Secret = "test-secret-ä";
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly string _db;
    private readonly List<long> _alerts;

    public WebhookDeliveryTests()
    {
        _db = _dir.File("store.db");
        _alerts = AlertStore.Create(_dir, _db, _clock);
    }

    private static readonly DeliveryOptions Retries = new()
    {
        BaseDelay = TimeSpan.FromSeconds(30),
        MaxDelay = TimeSpan.FromMinutes(10),
        MaxAttempts = 4,
    };

    private AlertDispatcher Dispatcher(HttpReceiver receiver, string format = "json", DeliveryOptions? options = null) => new(
        _db,
        [new WebhookChannel(new WebhookOptions { Url = new Uri(receiver.Url("hook")), Secret = Secret, Format = format })],
        options ?? Retries,
        _clock,
        NullLogger<AlertDispatcher>.Instance,
        id => id == "ru-aviastar-sp" ? "Aviastar-SP" : null);

    private DeliveryRow Delivery(long alertId)
    {
        using var db = Database.Open(_db);
        return Assert.Single(AlertOutbox.Deliveries(db, alertId));
    }

    [Fact]
    public async Task A_failing_receiver_gets_the_alert_after_backoff_with_a_valid_signature_and_the_same_key_every_time()
    {
        var listed = _alerts[1];
        using var receiver = new HttpReceiver((r, response) =>
            HttpReceiver.Answer(response, r.Header(WebhookChannel.IdempotencyHeader) == $"sanctionswatch-alert-{listed}" && r.Number <= 3 ? 503 : 200));
        var dispatcher = Dispatcher(receiver);

        // Attempt 1 (both alerts are due; the listed one fails, the first-seen one — request 1 or 2 — may too).
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        var first = Delivery(listed);
        Assert.Equal(("pending", 1), (first.Status, first.Attempts));
        Assert.Contains("503", first.LastError, StringComparison.Ordinal);
        Assert.Equal("2026-11-01T08:00:30Z", first.NextAttemptAt); // base delay 30 s

        // Not due yet: nothing is sent.
        var before = receiver.Requests.Count;
        _clock.Advance(TimeSpan.FromSeconds(29));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(before, receiver.Requests.Count);

        // Attempts go on with exponential backoff until the receiver answers 200.
        for (var i = 0; i < 6 && Delivery(listed).Status == "pending"; i++)
        {
            _clock.SetUtcNow(Iso.Parse(Delivery(listed).NextAttemptAt));
            await dispatcher.DispatchOnceAsync(CancellationToken.None);
        }

        var done = Delivery(listed);
        Assert.Equal("delivered", done.Status);
        Assert.NotNull(done.DeliveredAt);

        var forListed = receiver.Requests.Where(r => r.Header(WebhookChannel.IdempotencyHeader) == $"sanctionswatch-alert-{listed}").ToList();
        Assert.True(forListed.Count >= 2, "the listed alert was retried");
        Assert.Equal(done.Attempts, forListed.Count);
        Assert.All(forListed, r => Assert.True(WebhookSignature.Verify(Secret, r.Body, r.Header(WebhookSignature.Header)), "signature"));
        Assert.All(forListed, r => Assert.Equal(forListed[0].Body, r.Body));

        using var json = JsonDocument.Parse(forListed[^1].Body);
        var root = json.RootElement;
        Assert.Equal("listed", root.GetProperty("alert").GetProperty("kind").GetString());
        var hit = root.GetProperty("hit");
        Assert.Equal("ru-aviastar-sp", hit.GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal("Aviastar-SP", hit.GetProperty("entity").GetProperty("name").GetString());
        Assert.Equal("35347", hit.GetProperty("entry").GetProperty("id").GetString());
        Assert.Equal("AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE", hit.GetProperty("entry").GetProperty("name").GetString());
        Assert.Equal("ofac-sdn", hit.GetProperty("source").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() >= 0.88);
        Assert.Equal("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=35347", hit.GetProperty("source_link").GetString());

        // A tampered body does not verify.
        var tampered = forListed[0].Body.ToArray();
        tampered[10] ^= 1;
        Assert.False(WebhookSignature.Verify(Secret, tampered, forListed[0].Header(WebhookSignature.Header)));

        // Delivered alerts are never sent again.
        var total = receiver.Requests.Count;
        _clock.Advance(TimeSpan.FromHours(2));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(total, receiver.Requests.Count);
    }

    [Fact]
    public async Task A_webhook_answering_a_redirect_has_not_received_the_alert_and_the_redirect_is_not_followed()
    {
        // The old behaviour: the POST re-sent as a body-less GET to the Location, whose 200 marked every alert delivered.
        using var receiver = new HttpReceiver(async (r, response) =>
        {
            if (r.Path == "/hook")
            {
                response.RedirectLocation = "/moved?token=hook-secret";
                await HttpReceiver.Answer(response, 302);
                return;
            }

            await HttpReceiver.Answer(response, 200);
        });

        Assert.Equal(0, await Dispatcher(receiver).DispatchOnceAsync(CancellationToken.None));

        Assert.All(receiver.Requests, r => Assert.Equal(("POST", "/hook"), (r.Method, r.Path)));
        Assert.Equal(2, receiver.Requests.Count);
        foreach (var id in _alerts)
        {
            var delivery = Delivery(id);
            Assert.Equal(("pending", 1), (delivery.Status, delivery.Attempts));
            Assert.Contains("302", delivery.LastError, StringComparison.Ordinal);
            Assert.Contains($"redirect to http://127.0.0.1:{receiver.Port}/moved?token=***", delivery.LastError, StringComparison.Ordinal);
            Assert.DoesNotContain("hook-secret", delivery.LastError, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_dispatchers_on_one_store_send_each_alert_once()
    {
        var keys = new ConcurrentQueue<string>();
        using var receiver = new HttpReceiver(async (r, response) =>
        {
            keys.Enqueue(r.Header(WebhookChannel.IdempotencyHeader)!);
            await Task.Delay(300); // both dispatchers are in their pass at the same time
            await HttpReceiver.Answer(response, 200);
        });
        var first = Dispatcher(receiver);
        var second = Dispatcher(receiver);

        var delivered = await Task.WhenAll(
            Task.Run(() => first.DispatchOnceAsync(CancellationToken.None)),
            Task.Run(() => second.DispatchOnceAsync(CancellationToken.None)));

        Assert.Equal(2, delivered.Sum());
        Assert.Equal(_alerts.Select(id => $"sanctionswatch-alert-{id}").Order(), keys.Order());
        Assert.All(_alerts, id => Assert.Equal(("delivered", 1), (Delivery(id).Status, Delivery(id).Attempts)));
    }

    [Fact]
    public void Backoff_doubles_from_the_base_delay_up_to_the_maximum()
    {
        var o = new DeliveryOptions { BaseDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromMinutes(5) };
        Assert.Equal(
            [30, 60, 120, 240, 300, 300],
            Enumerable.Range(1, 6).Select(n => o.BackoffAfter(n).TotalSeconds).ToArray());
    }

    [Fact]
    public async Task After_the_last_attempt_a_delivery_is_failed_and_retry_requeues_it()
    {
        var healthy = false;
        using var receiver = new HttpReceiver((_, response) => HttpReceiver.Answer(response, Volatile.Read(ref healthy) ? 204 : 500));
        var options = new DeliveryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxAttempts = 2 };
        var dispatcher = Dispatcher(receiver, options: options);
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.All(_alerts, id => Assert.Equal(("failed", 2), (Delivery(id).Status, Delivery(id).Attempts)));

        _clock.Advance(TimeSpan.FromHours(1));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal(4, receiver.Requests.Count); // failed deliveries are not retried by themselves

        using (var db = Database.Open(_db))
        {
            Assert.Equal(1, AlertOutbox.Retry(db, _alerts[1], null, _clock.GetUtcNow()));
            Assert.Equal(0, AlertOutbox.Retry(db, _alerts[1], null, _clock.GetUtcNow()));
            var view = Queries.Alerts(db, new QueryFilter()).Single(a => a.Id == _alerts[0]);
            Assert.Equal("webhook=failed(2)", view.Delivery);
        }

        Volatile.Write(ref healthy, true);
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        Assert.Equal("delivered", Delivery(_alerts[1]).Status);
        Assert.Equal("failed", Delivery(_alerts[0]).Status);
    }

    [Fact]
    public async Task Alerts_older_than_QueueSince_are_not_delivered()
    {
        using var receiver = new HttpReceiver((_, response) => HttpReceiver.Answer(response, 200));
        var options = Retries with { QueueSince = _clock.GetUtcNow().AddMinutes(1) };
        Assert.Equal(0, await Dispatcher(receiver, options: options).DispatchOnceAsync(CancellationToken.None));
        Assert.Empty(receiver.Requests);
        using var db = Database.Open(_db);
        Assert.Empty(AlertOutbox.Deliveries(db, _alerts[1]));
    }

    [Fact]
    public async Task The_slack_format_posts_a_text_message()
    {
        using var receiver = new HttpReceiver((_, response) => HttpReceiver.Answer(response, 200, "ok"));
        await Dispatcher(receiver, format: "slack").DispatchOnceAsync(CancellationToken.None);
        var listed = receiver.Requests.Single(r => r.Header(WebhookChannel.IdempotencyHeader) == $"sanctionswatch-alert-{_alerts[1]}");
        using var json = JsonDocument.Parse(listed.Body);
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("LISTED", text, StringComparison.Ordinal);
        Assert.Contains("Aviastar-SP", text, StringComparison.Ordinal);
        Assert.Contains("35347", text, StringComparison.Ordinal);
        Assert.Single(json.RootElement.EnumerateObject());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
