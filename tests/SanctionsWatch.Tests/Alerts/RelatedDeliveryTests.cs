using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Alerts;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Alerts;

/// <summary>
/// Related alerts through the same channels as the others (a real HTTP receiver and a real SMTP server on 127.0.0.1,
/// a fake clock): the path in the message; an entity in review mode gets its related alerts recorded, never sent.
/// </summary>
public sealed class RelatedDeliveryTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly string _db;
    private readonly long _alertMode;
    private readonly long _reviewMode;

    public RelatedDeliveryTests()
    {
        _db = _dir.File("store.db");
        var watchlist = new Watchlist(
            [
                new WatchlistEntity { Id = "ru-rostec", Name = "Rostec", Identifiers = new Dictionary<string, string> { ["inn"] = "7704274402" }, Related = RelatedMode.Alert },
                new WatchlistEntity { Id = "ru-tekhnodinamika", Name = "Tekhnodinamika" },
            ],
            "w1",
            "watchlist.yaml");
        var rostec = OfacCsv.Row(17260, "STATE CORPORATION ROSTEC", remarks: "Tax ID No. 7704274402 (Russia).");
        var tekhnodinamika = OfacCsv.Row(18774, "JOINT STOCK COMPANY TEKHNODINAMIKA", remarks: "Linked To: STATE CORPORATION ROSTEC.");
        using var db = Database.Open(_db);
        var importer = new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), _clock);
        importer.Import("ofac-sdn", new OfacReader(), _dir.Write("v1/sdn.csv", OfacCsv.File([rostec, .. OfacCsv.Filler(30)])), Iso.Parse("2022-06-01T10:00:00Z"));
        var second = importer.Import(
            "ofac-sdn", new OfacReader(), _dir.Write("v2/sdn.csv", OfacCsv.File([rostec, tekhnodinamika, .. OfacCsv.Filler(30)])), Iso.Parse("2022-06-28T18:55:00Z"));
        Assert.Contains(second.Alerts, a => a is { Kind: AlertKind.RelatedListed, WatchlistId: "ru-rostec", Delivered: true });
        Assert.Contains(second.Alerts, a => a is { Kind: AlertKind.RelatedListed, WatchlistId: "ru-tekhnodinamika", Delivered: false });
        long Id(string watchlistId) => Dapper.SqlMapper.ExecuteScalar<long>(
            db, "SELECT id FROM alerts WHERE kind = 'related-listed' AND watchlist_id = @watchlistId", new { watchlistId });
        (_alertMode, _reviewMode) = (Id("ru-rostec"), Id("ru-tekhnodinamika"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static string? EntityName(string id) => id == "ru-rostec" ? "Rostec" : "Tekhnodinamika";

    [Fact]
    public async Task The_webhook_gets_the_related_alert_with_its_path_and_never_the_review_one()
    {
        using var receiver = new HttpReceiver((_, response) => HttpReceiver.Answer(response, 200));
        var dispatcher = new AlertDispatcher(
            _db,
            [new WebhookChannel(new WebhookOptions { Url = new Uri(receiver.Url("hook")) })],
            new DeliveryOptions(),
            _clock,
            NullLogger<AlertDispatcher>.Instance,
            EntityName);

        await dispatcher.DispatchOnceAsync(CancellationToken.None);

        var bodies = receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        var related = Assert.Single(bodies, b => b.GetProperty("alert").GetProperty("kind").GetString()!.StartsWith("related-", StringComparison.Ordinal));
        Assert.Equal(_alertMode, related.GetProperty("alert").GetProperty("id").GetInt64());
        var hit = related.GetProperty("hit");
        Assert.True(hit.GetProperty("related").GetBoolean());
        Assert.Equal(("ru-rostec", "Rostec", "18774"), (hit.GetProperty("entity").GetProperty("id").GetString(), hit.GetProperty("entity").GetProperty("name").GetString(), hit.GetProperty("entry").GetProperty("id").GetString()));
        Assert.Equal("JOINT STOCK COMPANY TEKHNODINAMIKA (18774) —linked-to→ STATE CORPORATION ROSTEC (17260) = ru-rostec", hit.GetProperty("path").GetString());
        var direct = bodies.Where(b => b.GetProperty("alert").GetProperty("id").GetInt64() != _alertMode).ToList();
        Assert.NotEmpty(direct);
        Assert.All(direct, b => Assert.False(b.GetProperty("hit").GetProperty("related").GetBoolean()));
        Assert.All(direct, b => Assert.Equal(JsonValueKind.Null, b.GetProperty("hit").GetProperty("path").ValueKind));

        using var db = Database.Open(_db);
        Assert.Equal("delivered", Assert.Single(AlertOutbox.Deliveries(db, _alertMode)).Status);
        Assert.Empty(AlertOutbox.Deliveries(db, _reviewMode));
        Assert.Equal(0, Reports.Counts(db).UndeliveredAlerts);
    }

    [Fact]
    public async Task The_email_names_the_listed_entry_the_entity_and_the_path()
    {
        using var smtp = new SmtpReceiver();
        var dispatcher = new AlertDispatcher(
            _db,
            [new EmailChannel(new EmailOptions { Host = "127.0.0.1", Port = smtp.Port, From = "sw@example.org", To = ["desk@example.org"] })],
            new DeliveryOptions(),
            _clock,
            NullLogger<AlertDispatcher>.Instance,
            EntityName);

        await dispatcher.DispatchOnceAsync(CancellationToken.None);

        var message = Assert.Single(smtp.Messages, m => m.Subject!.Contains("related-listed", StringComparison.Ordinal));
        Assert.Equal("SanctionsWatch related-listed: JOINT STOCK COMPANY TEKHNODINAMIKA on ofac-sdn, related to Rostec", message.Subject);
        Assert.Contains(
            "RELATED-LISTED: ofac-sdn 18774 \"JOINT STOCK COMPANY TEKHNODINAMIKA\" is related to Rostec (ru-rostec): JOINT STOCK COMPANY TEKHNODINAMIKA (18774) —linked-to→ STATE CORPORATION ROSTEC (17260) = ru-rostec",
            message.TextBody,
            StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.Messages, m => m.Subject!.Contains("Tekhnodinamika", StringComparison.Ordinal) && m.Subject.Contains("related", StringComparison.Ordinal));
    }
}
