using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// Older files, concurrent writers and wrong inputs, through the real CLI on a real SQLite file: a stale list is refused
/// (never applied backwards), the store is written by one sync at a time, and inputs that are not lists are refused.
/// </summary>
public sealed class StaleListCliTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string[] _common;

    public StaleListCliTests()
    {
        _dir.Write("watchlist.yaml", AlertStore.WatchlistYaml);
        _common = ["--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")];
    }

    private CliProcess.Result Run(params string[] args) => CliProcess.Run(_dir.Path, [.. args, .. _common]);

    private T Scalar<T>(string sql)
    {
        using var db = new SqliteConnection($"Data Source={_dir.File("store.db")};Pooling=False");
        db.Open();
        return db.ExecuteScalar<T>(sql)!;
    }

    [SharedDataFact]
    public void An_older_publication_is_refused_with_its_reason_and_allow_older_applies_it()
    {
        var current = SharedData.PathOf("data/ofac/cons-classic-2025-03-28.xml");
        var old = SharedData.PathOf("data/ofac/cons-classic-2018-04.xml");

        var first = Run("sync", "--source", "ofac-cons", "--file", current);
        Assert.True(first.ExitCode == 0, first.Err);
        var entries = Scalar<long>("SELECT count(*) FROM entries");
        Assert.Equal("2025-03-28T00:00:00Z", Scalar<string>("SELECT taken_at || ' ' || dated_by FROM snapshots").Split(' ')[0]);
        Assert.Equal("published", Scalar<string>("SELECT dated_by FROM snapshots"));

        // Synced by mistake without --as-of: dated by its Publish_Date (2018-04-06), so refused, nothing applied.
        var stale = Run("sync", "--source", "ofac-cons", "--file", old, "--format", "json");
        Assert.Equal(1, stale.ExitCode);
        using (var json = JsonDocument.Parse(stale.Out))
        {
            var row = json.RootElement.EnumerateArray().Single();
            Assert.Equal("refused", row.GetProperty("status").GetString());
            Assert.Equal("2018-04-06T00:00:00Z", row.GetProperty("snapshot_at").GetString());
            Assert.Contains("before the newest accepted snapshot", row.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Contains("--allow-older", row.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(entries, Scalar<long>("SELECT count(*) FROM entries"));
        Assert.Equal(0, Scalar<long>("SELECT count(*) FROM changes WHERE snapshot_id > 1"));
        Assert.Equal(1, Scalar<long>("SELECT count(*) FROM snapshots WHERE status = 'refused'"));

        // Again: refused again, never applied.
        Assert.Equal(1, Run("sync", "--source", "ofac-cons", "--file", old).ExitCode);
        Assert.Equal(entries, Scalar<long>("SELECT count(*) FROM entries"));

        // The operator's override applies it (the guard still checks it).
        var forced = Run("sync", "--source", "ofac-cons", "--file", old, "--allow-older");
        Assert.True(forced.ExitCode == 0, forced.Err);
        Assert.NotEqual(entries, Scalar<long>("SELECT count(*) FROM entries"));
        Assert.Equal(2, Scalar<long>("SELECT count(*) FROM snapshots WHERE status = 'accepted'"));
    }

    [Fact]
    public async Task Four_processes_syncing_at_once_apply_each_file_once_and_never_backwards()
    {
        var kurgan = OfacXml.Entry(35345, "KURGANMASHZAVOD");
        var aviastar = OfacXml.Entry(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE");
        var older = _dir.Write("older/sdn.xml", OfacXml.File("2022-03-01", [kurgan, .. OfacXml.Filler(3000)]));
        var newer = _dir.Write("newer/sdn.xml", OfacXml.File("2022-03-04", [kurgan, aviastar, .. OfacXml.Filler(3000)]));
        var same = _dir.Write("same/sdn.xml", OfacXml.File("2022-03-04", [kurgan, aviastar, .. OfacXml.Filler(3000)]));

        // Four processes on one new store, at once: the same file twice, the older file twice.
        var runs = new[] { newer, older, same, older }
            .Select(f => Task.Run(() => Run("sync", "--source", "ofac-sdn", "--file", f, "--format", "json")))
            .ToArray();
        var results = await Task.WhenAll(runs).WaitAsync(TimeSpan.FromMinutes(3));
        var statuses = results.Select(r =>
        {
            Assert.True(r.ExitCode is 0 or 1 && r.Out.StartsWith('[') && !r.Err.Contains("error:", StringComparison.Ordinal), r.Err);
            using var json = JsonDocument.Parse(r.Out);
            return json.RootElement.EnumerateArray().Single().GetProperty("status").GetString();
        }).ToList();

        // However the four were interleaved: the newer list is the current one, applied once; the older one is never
        // applied after it; nothing was delisted and Aviastar-SP was raised once.
        Assert.Equal(4, Scalar<long>("SELECT count(*) FROM snapshots"));
        Assert.Equal(3002, Scalar<long>("SELECT count(*) FROM entries"));
        Assert.Equal(1, Scalar<long>("SELECT count(*) FROM entries WHERE entry_id = '35347'"));
        Assert.Equal(0, Scalar<long>("SELECT count(*) FROM alerts WHERE kind = 'delisted'"));
        Assert.Equal(1, Scalar<long>("SELECT count(*) FROM alerts WHERE entry_id = '35347'"));
        Assert.Equal(1, Scalar<long>("SELECT count(*) FROM alerts WHERE entry_id = '35345'"));
        var newerHash = Scalar<string>("SELECT file_hash FROM snapshots WHERE taken_at = '2022-03-04T00:00:00Z' ORDER BY id LIMIT 1");
        Assert.Equal(1, Scalar<long>($"SELECT count(*) FROM snapshots WHERE status = 'accepted' AND file_hash = '{newerHash}'"));
        Assert.Equal(1, Scalar<long>($"SELECT count(*) FROM snapshots WHERE status = 'unchanged' AND file_hash = '{newerHash}'"));
        Assert.Equal(
            0,
            Scalar<long>(
                "SELECT count(*) FROM snapshots o JOIN snapshots n ON n.status = 'accepted' AND n.taken_at > o.taken_at " +
                "WHERE o.status = 'accepted' AND o.id > n.id"));
        Assert.Equal(4, statuses.Count(s => s is "accepted" or "unchanged" or "refused"));
    }

    [Fact]
    public void An_as_of_in_the_future_is_refused_as_bad_usage_and_nothing_is_written()
    {
        var list = _dir.Write("v1/sdn.csv", OfacCsv.File([AlertStore.Kurgan, .. OfacCsv.Filler(30)]));

        var future = Run("sync", "--source", "ofac-sdn", "--file", list, "--as-of", "9999-12-31");

        Assert.Equal(2, future.ExitCode);
        Assert.Contains("later than now", future.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("store.db")) && Scalar<long>("SELECT count(*) FROM snapshots") > 0);

        // A replayed file named in the future is refused (not applied, so it holds nothing back) and the next is applied.
        _dir.Write("history/sdn_2022-02-20T1000.csv", OfacCsv.File([AlertStore.Kurgan, .. OfacCsv.Filler(30)]));
        _dir.Write("history/sdn_9999-01-01T0000.csv", OfacCsv.File([AlertStore.Kurgan, .. OfacCsv.Filler(31)]));
        var replay = Run("replay", "--source", "ofac-sdn", _dir.File("history"));
        Assert.Equal(1, replay.ExitCode);
        Assert.Contains("never dated in the future", replay.Err, StringComparison.Ordinal);
        var now = Run("sync", "--source", "ofac-sdn", "--file", _dir.Write("v2/sdn.csv", OfacCsv.File([AlertStore.Kurgan, AlertStore.Aviastar, .. OfacCsv.Filler(30)])));
        Assert.True(now.ExitCode == 0, now.Err);
        Assert.Contains("ALERT listed", now.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("fifo")]
    public void A_device_or_a_pipe_given_as_a_list_file_is_refused_at_once(string file)
    {
        if (file == "fifo")
        {
            file = _dir.File("list.csv");
            using var mkfifo = Process.Start("mkfifo", [file]);
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var watch = Stopwatch.StartNew();
        var result = Run("sync", "--source", "ofac-sdn", "--file", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not a regular file", result.Err, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed.TotalSeconds:0} s");
        Assert.Equal(0, Scalar<long>("SELECT count(*) FROM entries"));
    }

    [Fact]
    public void A_file_over_MaxBytes_is_not_read()
    {
        _dir.Write("appsettings.json", """{ "Sources": { "ofac-sdn": { "MaxBytes": 1000 } } }""");
        var list = _dir.Write("v1/sdn.csv", OfacCsv.File([AlertStore.Kurgan, .. OfacCsv.Filler(30)]));

        var result = Run("sync", "--source", "ofac-sdn", "--file", list, "--config", _dir.File("appsettings.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("over the limit of 1000", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("sources")]
    [InlineData("alerts")]
    [InlineData("hits")]
    [InlineData("changes")]
    public void A_read_command_on_a_store_that_does_not_exist_is_refused_and_creates_nothing(string command)
    {
        var missing = _dir.File("no/such/dir/x.db");

        var result = CliProcess.Run(_dir.Path, command, "--db", missing, "--watchlist", _dir.File("watchlist.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no SanctionsWatch store at", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.False(Directory.Exists(_dir.File("no")));
    }

    [Fact]
    public void Another_applications_sqlite_file_is_refused_untouched()
    {
        var foreign = _dir.File("notes.db");
        using (var db = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            db.Open();
            db.Execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me')");
        }

        var before = File.ReadAllBytes(foreign);
        var list = _dir.Write("v1/sdn.csv", OfacCsv.File([AlertStore.Kurgan, .. OfacCsv.Filler(30)]));

        var status = CliProcess.Run(_dir.Path, "status", "--db", foreign, "--watchlist", _dir.File("watchlist.yaml"));
        var sync = CliProcess.Run(_dir.Path, "sync", "--file", list, "--db", foreign, "--watchlist", _dir.File("watchlist.yaml"));

        Assert.All([status, sync], r => Assert.Equal(2, r.ExitCode));
        Assert.Contains("is not a SanctionsWatch store", sync.Err, StringComparison.Ordinal);
        Assert.Contains("notes", sync.Err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(foreign));
        Assert.False(File.Exists(foreign + "-wal") && new FileInfo(foreign + "-wal").Length > 0);
    }

    public void Dispose() => _dir.Dispose();
}
