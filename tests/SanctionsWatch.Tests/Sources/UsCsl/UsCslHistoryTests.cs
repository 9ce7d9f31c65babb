using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Alerts;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.UsCsl;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.UsCsl;

/// <summary>Successive CSL files through the real importer and the alert dispatcher: ids that hold, alerts that name the list.</summary>
public sealed class UsCslHistoryTests : IDisposable
{
    private const string RostecId = "el/rostec-russian-technologies-state-corporation";

    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 2, 18, 6, 0, 0, TimeSpan.Zero)); // after every snapshot's date
    private readonly string _db;

    public UsCslHistoryTests() => _db = _dir.File("store.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static string FixtureText => File.ReadAllText(ReaderFiles.Fixture("us-csl", "consolidated.csv"));

    private SyncOutcome Import(string name, string content, DateTimeOffset at)
    {
        using var db = Database.Open(_db);
        var watchlist = new Watchlist(
            [new WatchlistEntity { Id = "ru-rostec", Name = "State Corporation Rostec", Kind = PartyType.Organization, Aliases = ["Rostec"] }],
            "w1",
            "watchlist.yaml");
        return new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), _clock)
            .Import("us-csl", new UsCslReader(), _dir.Write(name, content), at);
    }

    /// <summary>Delivers every alert through the real file channel; returns the JSON lines written.</summary>
    private async Task<List<JsonElement>> Deliver()
    {
        var path = _dir.File("alerts.jsonl");
        var dispatcher = new AlertDispatcher(
            _db, [new FileChannel(path)], new DeliveryOptions(), _clock, NullLogger<AlertDispatcher>.Instance, _ => "State Corporation Rostec");
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        return [.. File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    private static string Listing(JsonElement alert) => alert.GetProperty("hit").GetProperty("entry").GetProperty("listing").GetString()!;

    [Fact]
    public async Task An_amended_federal_register_notice_keeps_the_entry_and_every_alert_names_the_list_date_and_notice()
    {
        // trade.gov's _id is a hash of the name and the notice: an amendment gives the row a new _id, not a new entry.
        var lines = FixtureText.Split('\n');
        var amended = string.Join("\n", lines.Select(l => !l.Contains("Rostec (Russian", StringComparison.Ordinal) ? l : l
            .Replace("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "ffffffffffffffffffffffffffffffffffffffff", StringComparison.Ordinal)
            .Replace(",87 FR 12240,", ",\"87 FR 12240, 3/3/22; 89 FR 84770, 10/23/24\",", StringComparison.Ordinal)));
        var withoutRostec = string.Join("\n", lines.Where(l => !l.Contains("Rostec (Russian", StringComparison.Ordinal)));

        var first = Import("v1.csv", FixtureText, Iso.Parse("2025-02-15T05:00:00Z"));
        var second = Import("v2.csv", amended, Iso.Parse("2025-02-16T05:00:00Z"));
        var third = Import("v3.csv", withoutRostec, Iso.Parse("2025-02-17T05:00:00Z"));

        Assert.Equal((SyncStatus.Accepted, 8), (first.Status, first.EntryCount));
        Assert.Equal((0, 0, 1), (second.Added, second.Removed, second.Modified));
        Assert.Equal((0, 1, 0), (third.Added, third.Removed, third.Modified));
        using (var db = Database.Open(_db))
        {
            Assert.Equal("[\"citation\"]", db.ExecuteScalar<string>("SELECT fields FROM changes WHERE kind = 'modified' AND entry_id = @RostecId", new { RostecId }));
        }

        var alerts = await Deliver();

        Assert.Equal(["first-seen", "changed", "delisted"], alerts.Select(a => a.GetProperty("alert").GetProperty("kind").GetString()));
        Assert.All(alerts, a => Assert.Equal(RostecId, a.GetProperty("hit").GetProperty("entry").GetProperty("id").GetString()));
        Assert.Equal(
            [
                "BIS Entity List: Rostec (Russian Technologies State Corporation), since 2022-03-03, 87 FR 12240",
                "BIS Entity List: Rostec (Russian Technologies State Corporation), since 2022-03-03, 87 FR 12240, 3/3/22; 89 FR 84770, 10/23/24",
                "BIS Entity List: Rostec (Russian Technologies State Corporation), since 2022-03-03, 87 FR 12240, 3/3/22; 89 FR 84770, 10/23/24",
            ],
            alerts.Select(Listing));
    }

    [Theory]
    [InlineData("header", "not the Consolidated Screening List CSV: the header lacks federal_register_notice")]
    [InlineData("cut", "not a well-formed CSV (cut short?)")]
    [InlineData("renamed", "no rows of 'Military End User (MEU) List - Bureau of Industry and Security'")]
    public void A_broken_file_is_refused_with_its_reason_and_changes_nothing(string how, string reason)
    {
        var text = FixtureText;
        var broken = how switch
        {
            "header" => text.Replace("federal_register_notice", "notice", StringComparison.Ordinal),
            "cut" => text[..(text.IndexOf("Kaliningrad", StringComparison.Ordinal) + 5)],
            _ => text.Replace("Military End User (MEU) List", "Military End-User List", StringComparison.Ordinal),
        };
        var first = Import("v1.csv", text, Iso.Parse("2025-02-15T05:00:00Z"));
        using var db = Database.Open(_db);
        var before = db.Query<string>("SELECT entry_id || ' ' || version_id FROM entries ORDER BY entry_id").ToList();

        var second = Import("v2.csv", broken, Iso.Parse("2025-02-16T05:00:00Z"));

        Assert.Equal(SyncStatus.Accepted, first.Status);
        Assert.Equal(SyncStatus.Refused, second.Status);
        Assert.StartsWith("v2.csv: ", second.Error, StringComparison.Ordinal);
        Assert.Contains(reason, second.Error, StringComparison.Ordinal);
        Assert.Equal(before, db.Query<string>("SELECT entry_id || ' ' || version_id FROM entries ORDER BY entry_id"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM changes WHERE snapshot_id = @id", new { id = second.SnapshotId }));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM alerts"));
    }

    [Fact]
    public void The_summary_and_the_email_name_the_list_and_other_sources_are_as_before()
    {
        var csl = new AlertMessage
        {
            Id = 7,
            Kind = "listed",
            WatchlistId = "ru-rostec",
            EntityName = "State Corporation Rostec",
            Source = "us-csl",
            EntryId = RostecId,
            EntryName = "Rostec (Russian Technologies State Corporation)",
            Listing = "BIS Entity List: Rostec (Russian Technologies State Corporation), since 2022-03-03, 87 FR 12240",
            Score = 1,
            SnapshotAt = "2025-02-15T05:00:00Z",
        };
        var ofac = csl with { Source = "ofac-sdn", EntryId = "17260", EntryName = "STATE CORPORATION ROSTEC", Listing = null };
        using var email = new EmailChannel(new EmailOptions { Host = "localhost", From = "a@example.org", To = ["b@example.org"] }).Compose([csl]);

        Assert.Equal(
            "LISTED: State Corporation Rostec (ru-rostec) matches us-csl el/rostec-russian-technologies-state-corporation — " +
            "BIS Entity List: Rostec (Russian Technologies State Corporation), since 2022-03-03, 87 FR 12240 (score 1.000, snapshot 2025-02-15T05:00:00Z)",
            csl.Summary);
        Assert.Equal(
            "LISTED: State Corporation Rostec (ru-rostec) matches ofac-sdn 17260 \"STATE CORPORATION ROSTEC\" (score 1.000, snapshot 2025-02-15T05:00:00Z)",
            ofac.Summary);
        Assert.Contains("(BIS Entity List: Rostec (Russian Technologies State Corporation), since 2022-03-03, 87 FR 12240)", email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listing_says_what_the_entry_has()
    {
        var entry = new ListEntry
        {
            Source = "us-csl",
            EntryId = "uvl/kaliningrad-avia-parts-llc",
            Names = [new EntryName("Kaliningrad Avia Parts LLC", NameType.Primary)],
            SubList = "Unverified List (UVL) - Bureau of Industry and Security",
        };

        Assert.Equal("BIS Unverified List: Kaliningrad Avia Parts LLC", AlertListing.Of(entry));
        Assert.Equal("BIS Unverified List: Kaliningrad Avia Parts LLC, since 2020-01-02", AlertListing.Of(entry with { ListedOn = new DateOnly(2020, 1, 2) }));
        Assert.Null(AlertListing.Of(entry with { SubList = null, Citation = "87 FR 1" }));
        Assert.Equal(AlertListing.Of(entry), AlertListing.Of(EntryContent.ToJson(entry)));
        Assert.Null(AlertListing.Of((string?)null));
    }
}
