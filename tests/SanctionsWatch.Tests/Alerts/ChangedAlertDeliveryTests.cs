using System.Text.Json;
using Microsoft.Data.Sqlite;
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
/// A <c>changed</c> alert carries the change id, the changed fields and a one-line diff (issue 18, item 3) to a real
/// webhook receiver, a real SMTP server and the alerts file, on a fake clock.
/// </summary>
public sealed class ChangedAlertDeliveryTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly SmtpReceiver _smtp = new();
    private readonly string _db;
    private readonly long _changeId;

    public ChangedAlertDeliveryTests()
    {
        _db = _dir.File("store.db");
        _changeId = Create(_db);
        Assert.Equal(_changeId, Create(_dir.File("slack.db")));
    }

    /// <summary>A store with a first-seen alert then a changed one (programmes and remarks); returns the change's id.</summary>
    private long Create(string path)
    {
        using var db = Database.Open(path);
        var watchlist = new Watchlist([new WatchlistEntity { Id = "ru-kurganmashzavod", Name = "Kurganmashzavod" }], "w1", "watchlist.yaml");
        var importer = new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), _clock);
        var v1 = _dir.Write(Path.GetFileNameWithoutExtension(path) + "/v1/sdn.csv", OfacCsv.File([OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia)."), .. OfacCsv.Filler(30)]));
        var v2 = _dir.Write(Path.GetFileNameWithoutExtension(path) + "/v2/sdn.csv", OfacCsv.File(
        [
            OfacCsv.Row(35345, "KURGANMASHZAVOD", programs: "RUSSIA-EO14024] [UKRAINE-EO13662", remarks: "Tax ID No. 4501008142 (Russia); Secondary sanctions risk: section 11 of Ukraine Freedom Support Act of 2014."),
            .. OfacCsv.Filler(30),
        ]));
        importer.Import("ofac-sdn", new OfacReader(), v1, Iso.Parse("2022-02-20T10:00:00Z"));
        var outcome = importer.Import("ofac-sdn", new OfacReader(), v2, Iso.Parse("2022-06-28T18:55:00Z"));
        Assert.Equal(AlertKind.Changed, outcome.Alerts[^1].Kind);
        return Dapper.SqlMapper.ExecuteScalar<long>(db, "SELECT id FROM changes WHERE kind = 'modified'");
    }

    public void Dispose()
    {
        _smtp.Dispose();
        _dir.Dispose();
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_changed_alert_carries_its_change_id_fields_and_one_line_diff_to_every_channel()
    {
        using var receiver = new HttpReceiver((_, response) => HttpReceiver.Answer(response, 200));
        var file = _dir.File("alerts.jsonl");
        var dispatcher = new AlertDispatcher(
            _db,
            [
                new WebhookChannel(new WebhookOptions { Url = new Uri(receiver.Url("hook")) }),
                new EmailChannel(new EmailOptions { Host = "127.0.0.1", Port = _smtp.Port, From = "sw@example.org", To = ["analyst@example.org"] }),
                new FileChannel(file),
            ],
            new DeliveryOptions(),
            _clock,
            NullLogger<AlertDispatcher>.Instance,
            _ => "Kurganmashzavod");

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        var slackChannel = new WebhookChannel(new WebhookOptions { Url = new Uri(receiver.Url("slack")), Format = "slack" });
        await new AlertDispatcher(_dir.File("slack.db"), [slackChannel], new DeliveryOptions(), _clock, NullLogger<AlertDispatcher>.Instance)
            .DispatchOnceAsync(CancellationToken.None);

        const string Diff = "programmes: +UKRAINE-EO13662; remarks: \"(Russia).\" → \"(Russia); Secondary sanctions risk: sec…Support Act of 2014.\"";
        var hooks = receiver.Requests.Where(r => r.Path == "/hook").Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        var changed = hooks.Single(h => h.GetProperty("alert").GetProperty("kind").GetString() == "changed").GetProperty("alert").GetProperty("change");
        Assert.Equal(_changeId, changed.GetProperty("id").GetInt64());
        Assert.Equal(["programmes", "remarks"], changed.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(Diff, changed.GetProperty("diff").GetString());
        var firstSeen = hooks.Single(h => h.GetProperty("alert").GetProperty("kind").GetString() == "first-seen");
        Assert.Equal(JsonValueKind.Null, firstSeen.GetProperty("alert").GetProperty("change").ValueKind);

        var slack = receiver.Requests.Where(r => r.Path == "/slack").Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("text").GetString()!).ToList();
        Assert.Contains(slack, t => t.Contains($"\nchange {_changeId}: {Diff}", StringComparison.Ordinal));

        var mail = _smtp.Messages.Single(m => m.Subject!.Contains("changed", StringComparison.Ordinal));
        Assert.Contains($"  change {_changeId}: {Diff}", mail.TextBody, StringComparison.Ordinal);

        var line = File.ReadAllLines(file).Select(l => JsonDocument.Parse(l).RootElement).Single(l => l.GetProperty("alert").GetProperty("kind").GetString() == "changed");
        Assert.Equal(_changeId, line.GetProperty("alert").GetProperty("change").GetProperty("id").GetInt64());
    }
}
