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

    public void Dispose()
    {
        _smtp.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
