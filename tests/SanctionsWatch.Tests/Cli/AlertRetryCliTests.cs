using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary><c>alerts</c> shows the delivery state per channel; <c>alerts retry ID</c> re-queues a failed delivery.</summary>
public sealed class AlertRetryCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void Alerts_shows_delivery_and_retry_requeues_a_failed_one()
    {
        var db = _dir.File("store.db");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        var alerts = AlertStore.Create(_dir, db, clock);
        using (var store = Database.Open(db))
        {
            AlertOutbox.Queue(store, "webhook", clock.GetUtcNow());
            AlertOutbox.Claim(store, "webhook", alerts, clock.GetUtcNow(), clock.GetUtcNow().AddMinutes(10));
            AlertOutbox.FailedAttempt(store, "webhook", [alerts[0]], "webhook answered 500", null);
            AlertOutbox.Succeeded(store, "webhook", [alerts[1]], clock.GetUtcNow());
        }

        string[] common = ["--db", db];
        using (var before = JsonDocument.Parse(CliProcess.Run(_dir.Path, ["alerts", "--format", "json", .. common]).Out))
        {
            var byId = before.RootElement.EnumerateArray().ToDictionary(a => a.GetProperty("id").GetInt64(), a => a.GetProperty("delivery").GetString());
            Assert.Equal("webhook=failed(1)", byId[alerts[0]]);
            Assert.Equal("webhook=delivered(1)", byId[alerts[1]]);
        }

        var retry = CliProcess.Run(_dir.Path, ["alerts", "retry", alerts[0].ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", .. common]);
        Assert.True(retry.ExitCode == 0, retry.Err);
        Assert.Equal($"{{\"alert_id\":{alerts[0]},\"requeued\":1}}", retry.Out.Trim());

        // Nothing failed is left: a second retry, or a retry of a delivered alert, says so and exits 1.
        Assert.Equal(1, CliProcess.Run(_dir.Path, ["alerts", "retry", alerts[0].ToString(System.Globalization.CultureInfo.InvariantCulture), .. common]).ExitCode);
        Assert.Equal(1, CliProcess.Run(_dir.Path, ["alerts", "retry", alerts[1].ToString(System.Globalization.CultureInfo.InvariantCulture), .. common]).ExitCode);

        var table = CliProcess.Run(_dir.Path, ["alerts", .. common]).Out;
        Assert.Contains("DELIVERY", table, StringComparison.Ordinal);
        Assert.Contains("webhook=pending", table, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
