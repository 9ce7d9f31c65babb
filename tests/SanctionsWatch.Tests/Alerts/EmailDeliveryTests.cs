using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Alerts;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Alerts;

/// <summary>The email channel against a real SMTP server (SmtpServer) on 127.0.0.1 in the test process.</summary>
public sealed class EmailDeliveryTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly SmtpReceiver _smtp = new();

    private AlertDispatcher Dispatcher(string db, string mode) => new(
        db,
        [new EmailChannel(new EmailOptions
        {
            Host = "127.0.0.1", Port = _smtp.Port, From = "sanctionswatch@example.org", To = ["analyst@example.org", "desk@example.org"], Mode = mode,
        })],
        new DeliveryOptions(),
        _clock,
        NullLogger<AlertDispatcher>.Instance,
        id => id == "ru-aviastar-sp" ? "Aviastar-SP" : "Kurganmashzavod");

    [Fact]
    public async Task Per_alert_mode_sends_one_message_per_alert()
    {
        var db = _dir.File("per-alert.db");
        var alerts = AlertStore.Create(_dir, db, _clock);
        Assert.Equal(2, await Dispatcher(db, "per-alert").DispatchOnceAsync(CancellationToken.None));

        Assert.Equal(2, _smtp.Messages.Count);
        var listed = _smtp.Messages.Single(m => m.Subject!.Contains("listed", StringComparison.Ordinal));
        Assert.Contains("Aviastar-SP", listed.Subject, StringComparison.Ordinal);
        Assert.Equal(["analyst@example.org", "desk@example.org"], listed.To.Mailboxes.Select(m => m.Address).ToArray());
        Assert.Contains("AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE", listed.TextBody, StringComparison.Ordinal);
        Assert.Contains($"sanctionswatch-alert-{alerts[1]}", listed.Headers["X-SanctionsWatch-Idempotency-Key"]!, StringComparison.Ordinal);
        using var store = Database.Open(db);
        Assert.All(alerts, id => Assert.Equal("delivered", Assert.Single(AlertOutbox.Deliveries(store, id)).Status));
    }

    [Fact]
    public async Task Digest_mode_sends_one_message_per_sync()
    {
        var db = _dir.File("digest.db");
        AlertStore.Create(_dir, db, _clock);
        await Dispatcher(db, "digest").DispatchOnceAsync(CancellationToken.None);
        // The two alerts come from two syncs (snapshots): one digest each.
        Assert.Equal(2, _smtp.Messages.Count);
        Assert.All(_smtp.Messages, m => Assert.Single(m.Headers["X-SanctionsWatch-Idempotency-Key"]!.Split(',')));
    }

    [Theory]
    [InlineData("auto", false)]
    [InlineData("always", false)]
    [InlineData("none", true)]
    public async Task With_credentials_the_password_goes_only_over_TLS_unless_StartTls_none_is_explicit(string startTls, bool sent)
    {
        using var smtp = new SmtpReceiver(authentication: true); // offers AUTH but no STARTTLS
        var db = _dir.File($"auth-{startTls}.db");
        var alerts = AlertStore.Create(_dir, db, _clock);
        var dispatcher = new AlertDispatcher(
            db,
            [new EmailChannel(new EmailOptions
            {
                Host = "127.0.0.1", Port = smtp.Port, From = "sanctionswatch@example.org", To = ["analyst@example.org"],
                User = "alerts", Password = "s3cret-password", StartTls = startTls,
            })],
            new DeliveryOptions(),
            _clock,
            NullLogger<AlertDispatcher>.Instance);

        var delivered = await dispatcher.DispatchOnceAsync(CancellationToken.None);

        using var store = Database.Open(db);
        var deliveries = alerts.Select(id => Assert.Single(AlertOutbox.Deliveries(store, id))).ToList();
        if (sent)
        {
            Assert.Equal(2, delivered);
            Assert.Contains(("alerts", "s3cret-password"), smtp.ReceivedLogins);
            Assert.Equal(2, smtp.Messages.Count);
        }
        else
        {
            Assert.Equal(0, delivered);
            Assert.Empty(smtp.ReceivedLogins);
            Assert.Empty(smtp.Messages);
            Assert.All(deliveries, d => Assert.Equal("pending", d.Status));
            Assert.All(deliveries, d => Assert.Contains(startTls == "auto" ? "offers no STARTTLS" : "STARTTLS", d.LastError, StringComparison.Ordinal));
            Assert.All(deliveries, d => Assert.DoesNotContain("s3cret", d.LastError, StringComparison.Ordinal));
        }
    }

    public void Dispose()
    {
        _smtp.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
