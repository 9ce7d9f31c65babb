using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sources.Fetching;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Fetching;

/// <summary>The download pipeline against a real HTTP server on 127.0.0.1 that fails the ways publishers do.</summary>
public sealed class ListFetcherTests : IDisposable
{
    private static readonly string Kurgan = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia).");
    private static readonly string Aviastar = OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE");
    private static readonly string V1 = OfacCsv.File([Kurgan, .. OfacCsv.Filler(30)]);
    private static readonly string V2 = OfacCsv.File([Kurgan, Aviastar, .. OfacCsv.Filler(30)]);

    private readonly TempDir _dir = new();
    private readonly ListServer _server = new();
    private readonly DownloadClients _clients = new();
    private readonly SqliteConnection _db;

    public ListFetcherTests() => _db = Database.Open(_dir.File("store.db"));

    private string ArchiveRoot => _dir.File("raw");

    private FetchSettings Settings(string source = "ofac-sdn", string path = "sdn.csv", int retries = 2) => new()
    {
        Source = source,
        Urls = [_server.Url(path)],
        Timeout = TimeSpan.FromSeconds(5),
        BodyTimeout = TimeSpan.FromMilliseconds(1500), // a small body from loopback, even on a loaded CI machine
        Retries = retries,
        RetryDelay = TimeSpan.FromMilliseconds(20),
    };

    private ArchiveSettings _archive = null!;

    private FetchOutcome Sync(FetchSettings settings, TimeProvider? time = null, Random? random = null) =>
        SyncAsync(settings, time, random).GetAwaiter().GetResult();

    private Task<FetchOutcome> SyncAsync(FetchSettings settings, TimeProvider? time = null, Random? random = null)
    {
        _archive ??= new ArchiveSettings(ArchiveRoot, 5);
        time ??= TimeProvider.System;
        var watchlist = new Watchlist(
            [
                new WatchlistEntity { Id = "ru-kurganmashzavod", Name = "Kurganmashzavod" },
                new WatchlistEntity { Id = "ru-aviastar-sp", Name = "Aviastar-SP" },
            ],
            "w1",
            "test-watchlist.yaml");
        var importer = new SnapshotImporter(_db, new NameMatcher(), watchlist, new SyncSettings(), time);
        var fetcher = new ListFetcher(_db, new RawArchive(_archive), new Downloader(_clients, time), time, random);
        return Task.Run(() => fetcher.SyncAsync(settings, new OfacReader(), importer));
    }

    /// <summary>What a failure must not touch: the current entries, hits, alerts and accepted snapshots.</summary>
    private (long Entries, long Hits, long Alerts, long Accepted, string? Versions) Store() => (
        _db.ExecuteScalar<long>("SELECT count(*) FROM entries"),
        _db.ExecuteScalar<long>("SELECT count(*) FROM hits"),
        _db.ExecuteScalar<long>("SELECT count(*) FROM alerts"),
        _db.ExecuteScalar<long>("SELECT count(*) FROM snapshots WHERE status = 'accepted'"),
        _db.ExecuteScalar<string>("SELECT group_concat(version_id) FROM entries"));

    private long Snapshots() => _db.ExecuteScalar<long>("SELECT count(*) FROM snapshots");

    private FetchState State(string source = "ofac-sdn") => FetchStateStore.Get(_db, source);

    private string[] Rejected(string source = "ofac-sdn") =>
        Directory.Exists(Path.Combine(ArchiveRoot, source, "rejected"))
            ? Directory.GetFiles(Path.Combine(ArchiveRoot, source, "rejected"))
            : [];

    [Fact]
    public void A_new_file_is_applied_archived_and_an_unchanged_etag_gets_304_and_records_only_a_check()
    {
        _server.Script("sdn.csv", ListServer.Ok(V1, "\"v1\""));

        var first = Sync(Settings());
        Assert.Equal(SyncStatus.Accepted, first.Status);
        Assert.Equal("first-seen", Assert.Single(first.Sync!.Alerts).Kind.ToText());
        Assert.NotNull(first.ArchivePath);
        Assert.Equal(V1, File.ReadAllText(first.ArchivePath!));
        Assert.Matches(@"^\d{8}T\d{6}Z-[0-9a-f]{8}\.csv$", Path.GetFileName(first.ArchivePath));
        Assert.Equal(first.ArchivePath, _db.ExecuteScalar<string>("SELECT archive_path FROM snapshots"));
        var state = State();
        Assert.Equal(("\"v1\"", "accepted", null), (state.Etag, state.LastStatus, state.LastError));
        Assert.NotNull(state.LastChangeAt);
        var before = (Store(), Snapshots());

        var second = Sync(Settings());
        Assert.Equal(SyncStatus.NotModified, second.Status);
        Assert.Equal("\"v1\"", _server.Requests.Last().IfNoneMatch);
        Assert.Equal(before, (Store(), Snapshots()));
        Assert.Equal("not-modified", State().LastStatus);
        Assert.Single(Directory.GetFiles(Path.Combine(ArchiveRoot, "ofac-sdn")));
        Assert.Empty(Directory.GetDirectories(Path.Combine(ArchiveRoot, "ofac-sdn")));
    }

    [Fact]
    public void The_same_bytes_without_an_etag_record_an_unchanged_check_and_reuse_the_archived_file()
    {
        _server.Script("sdn.csv", ListServer.Ok(V1));
        var first = Sync(Settings());
        var second = Sync(Settings());

        Assert.Equal(SyncStatus.Unchanged, second.Status);
        Assert.Equal(first.ArchivePath, second.ArchivePath);
        Assert.Single(Directory.GetFiles(Path.Combine(ArchiveRoot, "ofac-sdn")));
        Assert.Equal(1, Store().Accepted);
    }

    [Fact]
    public void A_sync_killed_after_its_import_and_before_recording_the_download_is_recorded_by_the_next_and_applies_nothing_twice()
    {
        // the state a kill -9 between the import's commit and the download's record leaves: the file applied, the
        // source's fetch state (etag, hash, archive) not written
        var file = _dir.Write("sdn.csv", V1);
        var importer = new SnapshotImporter(_db, new NameMatcher(), new Watchlist([new WatchlistEntity { Id = "ru-kurganmashzavod", Name = "Kurganmashzavod" }], "w1", "w.yaml"), new SyncSettings(), TimeProvider.System);
        Assert.Equal(SyncStatus.Accepted, importer.Import("ofac-sdn", new OfacReader(), file, null).Status);
        Assert.Null(State().Etag);
        var before = Store();

        _server.Script("sdn.csv", ListServer.Ok(V1, "\"v1\""));
        var next = Sync(Settings());

        Assert.Equal(SyncStatus.Unchanged, next.Status);
        Assert.Equal(before, Store());
        Assert.Equal(1, _db.ExecuteScalar<long>("SELECT count(*) FROM alerts"));
        Assert.Equal(("\"v1\"", "unchanged"), (State().Etag, State().LastStatus));
        Assert.NotNull(next.ArchivePath);
        Assert.Equal(next.ArchivePath, _db.ExecuteScalar<string>("SELECT archive_path FROM snapshots WHERE status = 'unchanged'"));
        Assert.Equal(next.ArchivePath, _db.ExecuteScalar<string>("SELECT archive_path FROM snapshots WHERE status = 'accepted'")); // the import the kill left unrecorded
    }

    [Fact]
    public void An_archive_that_cannot_be_written_after_the_import_leaves_the_import_and_its_alerts_and_says_why()
    {
        // a folder where the archived file should go: moving the download there fails, after the import committed
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero));
        var (hash, _) = FileSetHash.Of([_dir.Write(Path.Combine("copy", "sdn.csv"), V1)]);
        Directory.CreateDirectory(Path.Combine(ArchiveRoot, "ofac-sdn", "20261102T093000Z-" + hash[..8] + ".csv"));
        _server.Script("sdn.csv", ListServer.Ok(V1, "\"v1\""));

        var first = Sync(Settings(), clock);

        Assert.Equal(SyncStatus.Accepted, first.Status);
        Assert.Equal("first-seen", Assert.Single(first.Sync!.Alerts).Kind.ToText());
        Assert.Contains("imported, but its download could not be archived or recorded", first.Error, StringComparison.Ordinal);
        Assert.Null(State().Etag);

        clock.Advance(TimeSpan.FromHours(1));
        var next = Sync(Settings(), clock);
        Assert.Equal(SyncStatus.Unchanged, next.Status);
        Assert.Equal(1, _db.ExecuteScalar<long>("SELECT count(*) FROM alerts"));
        Assert.Equal(("\"v1\"", "unchanged"), (State().Etag, State().LastStatus));
        Assert.Equal(next.ArchivePath, _db.ExecuteScalar<string>("SELECT archive_path FROM snapshots WHERE status = 'accepted'"));
    }

    [Fact]
    public void A_burst_of_500s_is_retried_and_the_file_applied_once()
    {
        _server.Script("sdn.csv", ListServer.Status(500), ListServer.Status(503), ListServer.Ok(V1));

        var outcome = Sync(Settings(retries: 3));

        Assert.Equal(SyncStatus.Accepted, outcome.Status);
        Assert.Equal(3, outcome.Attempts);
        Assert.Equal(3, _server.RequestsTo("sdn.csv"));
        Assert.Equal(1, Snapshots());
        Assert.Equal(31, Store().Entries);
    }

    [Fact]
    public async Task Retries_wait_an_exponential_backoff_with_jitter_on_the_injected_clock()
    {
        _server.Script("sdn.csv", ListServer.Status(500), ListServer.Status(500), ListServer.Ok(V1));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        var settings = Settings(retries: 2) with
        {
            RetryDelay = TimeSpan.FromSeconds(10),
            Timeout = TimeSpan.FromHours(1), // the deadlines run on the fake clock too
            BodyTimeout = TimeSpan.FromHours(1),
        };

        // Jitter 0.5 of the allowed 50%: 10 s × 1.25 = 12.5 s, then 20 s × 1.25 = 25 s. The clock moves in 0.5 s
        // steps and each request is noted at the step it is seen (so at most a step late).
        var sync = SyncAsync(settings, clock, new FixedRandom(0.5));
        var seen = new List<DateTimeOffset>();
        for (var i = 0; i < 400 && !sync.IsCompleted; i++)
        {
            await Task.Delay(20);
            while (seen.Count < _server.RequestsTo("sdn.csv"))
                seen.Add(clock.GetUtcNow());
            clock.Advance(TimeSpan.FromMilliseconds(500));
        }

        var outcome = await sync.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((SyncStatus.Accepted, 3), (outcome.Status, outcome.Attempts));
        Assert.Equal(3, seen.Count);
        Assert.InRange((seen[1] - seen[0]).TotalSeconds, 12.0, 60);
        Assert.InRange((seen[2] - seen[1]).TotalSeconds, 24.5, 120);
    }

    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }

    [Fact]
    public void Errors_that_last_beyond_the_retries_fail_with_the_reason_and_record_no_snapshot()
    {
        _server.Script("sdn.csv", ListServer.Ok(V1, "\"v1\""));
        Sync(Settings());
        var before = (Store(), Snapshots());
        _server.Script("sdn.csv", ListServer.Status(500));

        var outcome = Sync(Settings(retries: 2));

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains("HTTP 500", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("after 3 attempts", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, (Store(), Snapshots()));
        Assert.Equal(("failed", outcome.Error), (State().LastStatus, State().LastError));
        Assert.Equal("\"v1\"", State().Etag);
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { "slow", "did not arrive within BodyTimeout" },
        { "truncated", "cut short" },
        { "empty", "the body is empty" },
        { "html", "HTML page" },
        { "wrong-root", "expected root element" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public void A_bad_body_is_refused_with_its_reason_kept_for_inspection_and_changes_nothing(string kind, string reason)
    {
        _server.Script("sdn.csv", ListServer.Ok(V1, "\"v1\""));
        Sync(Settings());
        var before = Store();
        var html = "<!DOCTYPE html>\n<html><head><title>Service unavailable</title></head><body>Try later</body></html>";
        _server.Script("sdn.csv", kind switch
        {
            "slow" => ListServer.Slow(V2, TimeSpan.FromSeconds(6)),
            "truncated" => ListServer.Truncated(V2),
            "empty" => ListServer.Ok(""),
            "wrong-root" => ListServer.Ok("<?xml version=\"1.0\"?>\n<error><message>quota exceeded</message></error>"),
            _ => ListServer.Ok(html),
        });

        var outcome = Sync(Settings(retries: 1));

        Assert.Equal(SyncStatus.Refused, outcome.Status);
        Assert.Contains(reason, outcome.Error, StringComparison.Ordinal);
        Assert.Equal(kind == "wrong-root" ? 1 : 2, outcome.Attempts); // the reader's refusals are not retried
        Assert.Equal(before, Store());
        var refused = _db.QuerySingle<(string Status, string Error, string ArchivePath)>(
            "SELECT status, error, archive_path FROM snapshots ORDER BY id DESC LIMIT 1");
        Assert.Equal("refused", refused.Status);
        Assert.Contains(reason, refused.Error, StringComparison.Ordinal);
        Assert.Equal(refused.ArchivePath, Assert.Single(Rejected()));
        var state = State();
        Assert.Equal(("refused", "\"v1\""), (state.LastStatus, state.Etag));
        Assert.Contains(reason, state.LastError, StringComparison.Ordinal);
        if (kind == "html")
            Assert.Equal(html, File.ReadAllText(refused.ArchivePath));

        // The next good download is applied as if nothing had happened.
        _server.Script("sdn.csv", ListServer.Ok(V2, "\"v2\""));
        var next = Sync(Settings());
        Assert.Equal(SyncStatus.Accepted, next.Status);
        Assert.Equal((1, 0, 0), (next.Sync!.Added, next.Sync.Removed, next.Sync.Modified));
        Assert.Contains(next.Sync.Alerts, a => a is { Kind: AlertKind.Listed, WatchlistId: "ru-aviastar-sp" });
        Assert.Equal(("accepted", null), (State().LastStatus, State().LastError));
    }

    [Fact]
    public void Headers_that_do_not_come_within_the_timeout_are_retried_then_fail()
    {
        _server.Script("sdn.csv", async ctx =>
        {
            await Task.Delay(1500);
            await ListServer.Ok(V1)(ctx);
        });

        var outcome = Sync(Settings(retries: 1) with { Timeout = TimeSpan.FromMilliseconds(300) });

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains("no answer within Timeout", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(2, _server.RequestsTo("sdn.csv"));
        Assert.Equal(0, Snapshots());
        Assert.Empty(Rejected());
    }

    [Fact]
    public void A_source_of_several_files_is_downloaded_into_one_archived_folder()
    {
        var alt = "35345,1001,\"aka\",\"KURGAN MACHINE-BUILDING PLANT\",-0- \r\n\x1A";
        _server.Script("sdn.csv", ListServer.Ok(V1, "\"s1\""));
        _server.Script("alt.csv", ListServer.Ok(alt));
        var settings = Settings() with { Urls = [_server.Url("sdn.csv"), _server.Url("alt.csv")] };

        var outcome = Sync(settings);

        Assert.Equal(SyncStatus.Accepted, outcome.Status);
        Assert.Equal("sdn.csv", Path.GetFileName(outcome.ArchivePath));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(outcome.ArchivePath)!, "alt.csv")));
        var data = _db.ExecuteScalar<string>(
            "SELECT v.data FROM entries e JOIN entry_versions v ON v.id = e.version_id WHERE e.entry_id = '35345'");
        Assert.Contains("KURGAN MACHINE-BUILDING PLANT", data, StringComparison.Ordinal);

        // A change in a companion file alone is a change of the download: no conditional request, the hash decides.
        Assert.Equal(SyncStatus.Unchanged, Sync(settings).Status);
        _server.Script("alt.csv", ListServer.Ok(alt.Replace("PLANT", "WORKS", StringComparison.Ordinal)));
        Assert.Equal(SyncStatus.Accepted, Sync(settings).Status);
        Assert.All(_server.Requests, r => Assert.Null(r.IfNoneMatch));
    }

    [Fact]
    public void The_same_files_downloaded_or_synced_from_a_folder_are_one_unchanged_list()
    {
        // a download hashed its files one way, sync --file another, a refused body a third: the same CSV family was
        // "changed" whichever way it came second
        var alt = "35345,1001,\"aka\",\"KURGAN MACHINE-BUILDING PLANT\",-0- \r\n\x1A";
        _server.Script("sdn.csv", ListServer.Ok(V1));
        _server.Script("alt.csv", ListServer.Ok(alt));
        var downloaded = Sync(Settings() with { Urls = [_server.Url("sdn.csv"), _server.Url("alt.csv")] });
        Assert.Equal(SyncStatus.Accepted, downloaded.Status);

        var folder = _dir.File("by-hand");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ALT.CSV"), alt); // as OFAC's URLs name it
        File.WriteAllText(Path.Combine(folder, "sdn.csv"), V1);
        var importer = new SnapshotImporter(_db, new NameMatcher(), new Watchlist([], "w1", "test-watchlist.yaml"), new SyncSettings(), TimeProvider.System);
        var synced = importer.Import("ofac-sdn", new OfacReader(), Path.Combine(folder, "sdn.csv"), null);

        Assert.Equal(SyncStatus.Unchanged, synced.Status);
        Assert.Equal(
            FileSetHash.Of([Path.Combine(folder, "sdn.csv"), Path.Combine(folder, "ALT.CSV")]).Hash,
            _db.ExecuteScalar<string>("SELECT file_hash FROM snapshots WHERE status = 'accepted'"));
        Assert.Equal(FileSetHash.Of([Path.Combine(folder, "ALT.CSV"), Path.Combine(folder, "sdn.csv")]), FileSetHash.Of([Path.Combine(folder, "sdn.csv"), Path.Combine(folder, "ALT.CSV")]));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_mirror_serving_old_and_new_files_in_turn_raises_each_alert_once_and_delists_nothing(bool lastModified)
    {
        // Yesterday's file and today's, in turn (a CDN with a stale node): dated by Last-Modified where the server
        // sends it; without any date, an older file served again is recognised by its bytes.
        var march1 = new DateTimeOffset(2022, 3, 1, 18, 0, 0, TimeSpan.Zero);
        var march4 = new DateTimeOffset(2022, 3, 4, 2, 3, 0, TimeSpan.Zero);
        Func<System.Net.HttpListenerContext, Task> Serve(string content, DateTimeOffset modified) =>
            lastModified ? ListServer.Ok(content, modified) : ListServer.Ok(content);
        var statuses = new List<SyncStatus>();
        foreach (var (content, modified) in new[] { (V1, march1), (V2, march4), (V1, march1), (V2, march4), (V1, march1) })
        {
            _server.Script("sdn.csv", Serve(content, modified));
            statuses.Add(Sync(Settings()).Status);
        }

        Assert.Equal(
            [SyncStatus.Accepted, SyncStatus.Accepted, SyncStatus.Refused, SyncStatus.Unchanged, SyncStatus.Refused],
            statuses);
        var alerts = _db.Query<(string Kind, string EntryId)>("SELECT kind, entry_id FROM alerts ORDER BY id").ToList();
        Assert.Equal([("first-seen", "35345"), ("listed", "35347")], alerts);
        Assert.Equal(32, Store().Entries);
        Assert.Equal(0, _db.ExecuteScalar<long>("SELECT count(*) FROM changes WHERE kind = 'removed'"));
        var refusal = _db.ExecuteScalar<string>("SELECT error FROM snapshots WHERE status = 'refused' ORDER BY id LIMIT 1");
        Assert.Contains(lastModified ? "before the newest accepted snapshot" : "an older file served again", refusal, StringComparison.Ordinal);
        var dated = _db.ExecuteScalar<string>("SELECT taken_at || ' ' || dated_by FROM snapshots ORDER BY id LIMIT 1");
        Assert.Equal(lastModified ? "2022-03-01T18:00:00Z last-modified" : dated!.Split(' ')[0] + " checked", dated);
        Assert.Equal("refused", State().LastStatus);
    }

    [Fact]
    public void A_304_to_a_request_that_sent_no_validator_is_a_failed_download()
    {
        _server.Script("sdn.csv", ListServer.Status(304));

        var outcome = Sync(Settings());

        Assert.Equal(SyncStatus.Failed, outcome.Status);
        Assert.Contains("304 Not Modified to a request that sent no ETag or Last-Modified", outcome.Error, StringComparison.Ordinal);
        Assert.Null(_server.Requests.Single().IfNoneMatch);
        Assert.Equal(("failed", outcome.Error), (State().LastStatus, State().LastError));
        Assert.Equal(0, Snapshots());
    }

    [Fact]
    public async Task A_Retry_After_is_waited_for_on_the_clock_and_one_beyond_the_schedule_is_left_to_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        var settings = Settings(retries: 3) with
        {
            Timeout = TimeSpan.FromHours(1),
            BodyTimeout = TimeSpan.FromHours(1),
            MaxRetryWait = TimeSpan.FromHours(2),
        };

        // 503 with Retry-After: 120 s. The retry delay is 20 ms, but the second request waits the 120 s asked for.
        _server.Script("sdn.csv", RetryAfter(503, "120"), ListServer.Ok(V1));
        var sync = SyncAsync(settings, clock);
        var seen = new List<DateTimeOffset>();
        for (var i = 0; i < 400 && !sync.IsCompleted; i++)
        {
            await Task.Delay(20);
            while (seen.Count < _server.RequestsTo("sdn.csv"))
                seen.Add(clock.GetUtcNow());
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var outcome = await sync.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((SyncStatus.Accepted, 2), (outcome.Status, outcome.Attempts));
        Assert.InRange((seen[1] - seen[0]).TotalSeconds, 119.0, 240);

        // 429 with Retry-After: 3 h, beyond the 2 h to the next scheduled sync: not retried within seconds, failed now.
        _server.Script("sdn.csv", RetryAfter(429, "10800"), ListServer.Ok(V2));
        var before = _server.RequestsTo("sdn.csv");
        var limited = await SyncAsync(settings, clock).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((SyncStatus.Failed, 1), (limited.Status, limited.Attempts));
        Assert.Equal(before + 1, _server.RequestsTo("sdn.csv"));
        Assert.Contains("Retry-After 10800 s", limited.Error, StringComparison.Ordinal);
        Assert.Contains("next scheduled sync", limited.Error, StringComparison.Ordinal);
    }

    private static Func<System.Net.HttpListenerContext, Task> RetryAfter(int status, string value) => ctx =>
    {
        ctx.Response.StatusCode = status;
        ctx.Response.AddHeader("Retry-After", value);
        ctx.Response.Close();
        return Task.CompletedTask;
    };

    [Fact]
    public void A_body_over_MaxBytes_is_not_kept_and_refused_bodies_are_bounded_in_bytes()
    {
        _server.Script("sdn.csv", ListServer.Ok(V1, "\"v1\""));
        Sync(Settings());
        var big = new byte[300_000];
        Array.Fill(big, (byte)'A');
        _server.Script("sdn.csv", ListServer.Ok(big));

        var tooLarge = Sync(Settings() with { MaxBytes = 100_000 });

        Assert.Equal(SyncStatus.Failed, tooLarge.Status);
        Assert.Contains("larger than MaxBytes", tooLarge.Error, StringComparison.Ordinal);
        Assert.Empty(Rejected());
        Assert.Empty(Directory.GetDirectories(Path.Combine(ArchiveRoot, "ofac-sdn")));

        // Refused bodies (HTML pages here) are kept up to RejectedMaxBytes in all; a larger one is not kept at all.
        _archive = new ArchiveSettings(ArchiveRoot, 30) { RejectedMaxBytes = 10_000 };
        for (var i = 0; i < 5; i++)
        {
            _server.Script("sdn.csv", ListServer.Ok("<!DOCTYPE html><html>" + new string('x', 3000 + i) + "</html>"));
            Assert.Equal(SyncStatus.Refused, Sync(Settings(retries: 0), new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(i))).Status);
        }

        Assert.InRange(Rejected().Sum(f => new FileInfo(f).Length), 6000, 10_000);
        _server.Script("sdn.csv", ListServer.Ok("<!DOCTYPE html><html>" + new string('y', 20_000) + "</html>"));
        var huge = Sync(Settings(retries: 0));
        Assert.Equal(SyncStatus.Refused, huge.Status);
        Assert.Null(huge.ArchivePath);
        Assert.DoesNotContain(Rejected(), f => new FileInfo(f).Length > 10_000);
    }

    [SharedDataFact]
    public void A_real_OFAC_consolidated_file_is_streamed_archived_applied_and_then_not_modified()
    {
        var real = File.ReadAllBytes(SharedData.PathOf("data/ofac/cons-classic-2025-03-28.xml"));
        _server.Script("CONSOLIDATED.XML", ListServer.Ok(real, "\"2025-03-28\""));
        var settings = Settings("ofac-cons", "CONSOLIDATED.XML") with { BodyTimeout = TimeSpan.FromSeconds(30) };

        var first = Sync(settings);
        var second = Sync(settings);

        Assert.True(first.Status == SyncStatus.Accepted, first.Error);
        Assert.True(first.Sync!.EntryCount > 100, $"{first.Sync.EntryCount} entries");
        Assert.Equal(real, File.ReadAllBytes(first.ArchivePath!));
        Assert.EndsWith(".xml", first.ArchivePath, StringComparison.Ordinal);
        Assert.Equal(SyncStatus.NotModified, second.Status);
        Assert.Equal(first.Sync.EntryCount, _db.ExecuteScalar<long>("SELECT count(*) FROM entries WHERE source = 'ofac-cons'"));
    }

    [Fact]
    public void Archive_keeps_the_last_n_files_of_a_source()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        for (var i = 0; i < 7; i++)
        {
            _server.Script("sdn.csv", ListServer.Ok(OfacCsv.File([Kurgan, .. OfacCsv.Filler(30 + i)])));
            Assert.Equal(SyncStatus.Accepted, Sync(Settings(), clock).Status);
            clock.Advance(TimeSpan.FromHours(2));
        }

        Assert.Equal(5, Directory.GetFiles(Path.Combine(ArchiveRoot, "ofac-sdn")).Length);
        Assert.True(File.Exists(State().LastArchivePath));
    }

    [Fact]
    public void One_failing_source_does_not_stop_the_next()
    {
        _server.Script("sdn.csv", ListServer.Status(500));
        _server.Script("cons.csv", ListServer.Ok(V1));

        var failed = Sync(Settings("ofac-sdn", "sdn.csv", retries: 1));
        var applied = Sync(Settings("ofac-cons", "cons.csv"));

        Assert.Equal((SyncStatus.Failed, SyncStatus.Accepted), (failed.Status, applied.Status));
        Assert.Equal(31, _db.ExecuteScalar<long>("SELECT count(*) FROM entries WHERE source = 'ofac-cons'"));
    }

    public void Dispose()
    {
        _db.Dispose();
        _clients.Dispose();
        _server.Dispose();
        _dir.Dispose();
    }
}
