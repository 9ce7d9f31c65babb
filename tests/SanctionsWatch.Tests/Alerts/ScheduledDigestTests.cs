using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Alerts;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Cli;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Alerts;

/// <summary>
/// The scheduled digest (issue 18, item 4: Alerts:Digest) through the real channels, against the real SMTP and HTTP
/// receivers on 127.0.0.1, on a fake clock: one digest per period, periods without a gap, a failed delivery retried
/// with the same key until it is delivered.
/// </summary>
public sealed class ScheduledDigestTests : IDisposable
{
    /// <summary>Friday 2026-12-04, 08:00 UTC: the last daily period ended an hour ago (07:00).</summary>
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly SmtpReceiver _smtp = new();
    private readonly string _db;

    public ScheduledDigestTests()
    {
        _db = _dir.File("store.db");
        // Lists recorded 40 days ago (first seen), 30 days ago (listed), at 2026-12-03 14:00 (the INN change) and at
        // 2026-12-04 11:00 (the delisting; recorded "in the future" of the clock's start, reached when it advances).
        DigestCliTests.Build(_dir, _db, Start, [TimeSpan.FromDays(40), TimeSpan.FromDays(30), TimeSpan.FromHours(18), TimeSpan.FromHours(-3)]);
    }

    public void Dispose()
    {
        _smtp.Dispose();
        _dir.Dispose();
    }

    private EmailChannel Email => new(new EmailOptions
    {
        Host = "127.0.0.1",
        Port = _smtp.Port,
        From = "sanctionswatch@example.org",
        To = ["analyst@example.org"],
    });

    private DigestDispatcher Dispatcher(DigestOptions options, params IDigestChannel[] channels) => new(
        _db, options, channels, new DeliveryOptions { BaseDelay = TimeSpan.FromMinutes(1), MaxAttempts = 5 }, _clock,
        NullLogger<DigestDispatcher>.Instance, id => id == "ru-kurganmashzavod" ? "Kurganmashzavod" : null);

    [Fact]
    public async Task A_daily_digest_goes_out_once_per_period_by_email_and_the_periods_follow_each_other()
    {
        var dispatcher = Dispatcher(new DigestOptions { Every = "daily", At = TimeSpan.FromHours(7), Channels = ["email"] }, Email);

        Assert.Equal(1, await dispatcher.DispatchOnceAsync(CancellationToken.None));
        Assert.Equal(0, await dispatcher.DispatchOnceAsync(CancellationToken.None)); // the same period: nothing new

        var first = Assert.Single(_smtp.Messages);
        Assert.Equal("SanctionsWatch digest 2026-12-03T07:00:00Z → 2026-12-04T07:00:00Z: 0 listed, 1 changed, 0 delisted", first.Subject);
        Assert.Contains("Kurganmashzavod (ru-kurganmashzavod): ofac-sdn 35345", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("4501008143", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("ofac-sdn: 1 snapshot(s), 0 added, 0 removed, 1 modified (1 materially); 31 entries now", first.TextBody, StringComparison.Ordinal);

        // A day later: the next period, from where the first ended, holds the delisting.
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await dispatcher.DispatchOnceAsync(CancellationToken.None));
        var second = _smtp.Messages.Last();
        Assert.Equal("SanctionsWatch digest 2026-12-04T07:00:00Z → 2026-12-05T07:00:00Z: 0 listed, 0 changed, 1 delisted", second.Subject);
        Assert.Contains("AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE", second.TextBody, StringComparison.Ordinal);
        Assert.NotEqual(first.MessageId, second.MessageId);

        using var db = Database.Open(_db);
        Assert.All(DigestOutbox.Deliveries(db), d => Assert.Equal(("email", "delivered"), (d.Channel, d.Status)));
    }

    [Fact]
    public async Task A_worker_stopped_for_days_makes_up_every_missed_period_and_a_weekly_one_ends_on_its_day()
    {
        var daily = Dispatcher(new DigestOptions { Every = "daily", Channels = ["email"] }, Email);
        await daily.DispatchOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(3, await daily.DispatchOnceAsync(CancellationToken.None));

        using var db = Database.Open(_db);
        var periods = DigestOutbox.Deliveries(db).OrderBy(d => d.DigestId).Select(d => (d.Since, d.Until)).ToList();
        Assert.Equal(4, periods.Count);
        for (var i = 1; i < periods.Count; i++)
            Assert.Equal(periods[i - 1].Until, periods[i].Since);
        Assert.Equal("2026-12-07T07:00:00Z", periods[^1].Until);

        var weekly = new DigestOptions { Every = "weekly", Day = DayOfWeek.Monday, At = TimeSpan.FromHours(7) };
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero), weekly.LastBoundary(Start));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero), weekly.LastBoundary(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task A_webhook_that_fails_gets_the_same_digest_again_after_backoff_with_the_same_key()
    {
        var attempts = 0;
        using var receiver = new HttpReceiver((r, response) => HttpReceiver.Answer(response, Interlocked.Increment(ref attempts) <= 2 ? 503 : 200));
        var webhook = new WebhookChannel(new WebhookOptions { Url = new Uri(receiver.Url("hook")), Secret = "s" });
        var dispatcher = Dispatcher(new DigestOptions { Every = "daily", Channels = ["webhook", "email"] }, webhook, Email);

        Assert.Equal(1, await dispatcher.DispatchOnceAsync(CancellationToken.None)); // email delivered, webhook failed
        Assert.Equal(0, await dispatcher.DispatchOnceAsync(CancellationToken.None)); // not yet due again
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await dispatcher.DispatchOnceAsync(CancellationToken.None)); // second attempt fails
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await dispatcher.DispatchOnceAsync(CancellationToken.None));

        Assert.Single(_smtp.Messages);
        var requests = receiver.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("sanctionswatch-digest-1", r.Header(WebhookChannel.IdempotencyHeader)));
        Assert.Single(requests.Select(r => Encoding.UTF8.GetString(r.Body)).Distinct());
        using var json = JsonDocument.Parse(requests[^1].Body);
        var digest = json.RootElement.GetProperty("digest");
        Assert.Equal("2026-12-04T07:00:00Z", digest.GetProperty("until").GetString());
        Assert.Equal("ru-kurganmashzavod", Assert.Single(digest.GetProperty("changed").EnumerateArray()).GetProperty("watchlist_id").GetString());
        using var db = Database.Open(_db);
        var webhookDelivery = DigestOutbox.Deliveries(db).Single(d => d.Channel == "webhook");
        Assert.Equal(("delivered", 3), (webhookDelivery.Status, webhookDelivery.Attempts));
    }

    [Fact]
    public async Task Two_dispatchers_on_one_store_send_a_digest_once_the_second_finding_it_claimed()
    {
        var release = new TaskCompletionSource();
        using var receiver = new HttpReceiver(async (r, response) =>
        {
            await release.Task.WaitAsync(TimeSpan.FromSeconds(60)); // the first node's request is in flight
            await HttpReceiver.Answer(response, 200);
        });
        DigestDispatcher Node(string name) => new(
            _db, new DigestOptions { Every = "daily", Channels = ["webhook"] },
            [new WebhookChannel(new WebhookOptions { Url = new Uri(receiver.Url("hook")), Secret = "s" })],
            new DeliveryOptions { BaseDelay = TimeSpan.FromMinutes(1) }, _clock, NullLogger<DigestDispatcher>.Instance, node: name);

        var first = Node("node-a").DispatchOnceAsync(CancellationToken.None);
        await HttpReceiver.WaitUntil(() => !receiver.Requests.IsEmpty, TimeSpan.FromSeconds(30), "node-a's request");
        Assert.Equal(0, await Node("node-b").DispatchOnceAsync(CancellationToken.None)); // claimed by node-a: not sent again
        release.SetResult();
        Assert.Equal(1, await first);

        Assert.Single(receiver.Requests);
        using var db = Database.Open(_db);
        Assert.Equal(
            ("delivered", "node-a"),
            db.QuerySingle<(string, string)>("SELECT status, claimed_by FROM digest_deliveries WHERE channel = 'webhook'"));
    }

    [Fact]
    public async Task An_attempt_cut_short_is_counted_when_it_is_claimed()
    {
        var release = new TaskCompletionSource();
        using var receiver = new HttpReceiver(async (r, response) =>
        {
            await release.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await HttpReceiver.Answer(response, 200);
        });
        var dispatcher = new DigestDispatcher(
            _db, new DigestOptions { Every = "daily", Channels = ["webhook"] },
            [new WebhookChannel(new WebhookOptions { Url = new Uri(receiver.Url("hook")), Secret = "s" })],
            new DeliveryOptions { BaseDelay = TimeSpan.FromMinutes(1) }, _clock, NullLogger<DigestDispatcher>.Instance);
        using var stop = new CancellationTokenSource();

        var attempt = dispatcher.DispatchOnceAsync(stop.Token);
        await HttpReceiver.WaitUntil(() => !receiver.Requests.IsEmpty, TimeSpan.FromSeconds(30), "the request");
        await stop.CancelAsync(); // the worker stops (or its process dies) mid-request
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => attempt);
        release.SetResult();

        using var db = Database.Open(_db);
        var delivery = DigestOutbox.Deliveries(db).Single(d => d.Channel == "webhook");
        Assert.Equal(("pending", 1), (delivery.Status, delivery.Attempts)); // counted, and left to be sent again
    }
}
