using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.App;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// The store knows its watchlist (issue 18, item 1), through the real binary on a real SQLite file: another watchlist
/// warns, a sync with it is refused unless --watchlist-changed-ok, 'watchlist apply' screens the stored lists after an
/// edit, and an entity that was never screened is 'not yet screened', not 'never matched'.
/// </summary>
public sealed class StoreWatchlistCliTests : IDisposable
{
    private const string Mine = """
        entities:
          - id: ru-kurganmashzavod
            name: Kurganmashzavod
            identifiers: {inn: "4501008142"}
          - id: ru-tulamashzavod
            name: Tulamashzavod
        """;

    private const string Theirs = """
        entities:
          - id: ru-aviastar-sp
            name: Aviastar-SP
          - id: ru-uralvagonzavod
            name: Uralvagonzavod
        """;

    private static readonly string Kurgan = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia).");
    private static readonly string Aviastar = OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE");
    private static readonly string Uvz = OfacCsv.Row(16885, "URALVAGONZAVOD");

    private readonly TempDir _dir = new();

    public StoreWatchlistCliTests()
    {
        _dir.Write("mine.yaml", Mine);
        _dir.Write("theirs.yaml", Theirs);
    }

    public void Dispose() => _dir.Dispose();

    private CliProcess.Result Run(string watchlist, params string[] args) =>
        CliProcess.Run(_dir.Path, [.. args, "--db", _dir.File("store.db"), "--watchlist", _dir.File(watchlist)]);

    private string List(string name, params string[] rows) => _dir.Write(name, OfacCsv.File([.. rows, .. OfacCsv.Filler(30)]));

    private T Scalar<T>(string sql)
    {
        using var db = Database.Open(_dir.File("store.db"));
        return db.ExecuteScalar<T>(sql)!;
    }

    private static JsonElement Json(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    /// <summary>The store screened against mine.yaml: one sync of a list holding Kurganmashzavod, Aviastar-SP and UVZ.</summary>
    private void FirstSync()
    {
        var sync = Run("mine.yaml", "sync", "--source", "ofac-sdn", "--file", List("v1/sdn.csv", Kurgan, Aviastar, Uvz), "--as-of", "2022-03-04T02:03Z");
        Assert.True(sync.ExitCode == 0, sync.Err);
        Assert.Contains("ALERT first-seen ru-kurganmashzavod", sync.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sync_with_another_watchlist_is_refused_and_changes_nothing_unless_told_to_adopt_it()
    {
        FirstSync();
        var v2 = List("v2/sdn.csv", Kurgan, Aviastar, Uvz, OfacCsv.Row(40000, "NEW PARTY"));

        var refused = Run("theirs.yaml", "sync", "--source", "ofac-sdn", "--file", v2, "--as-of", "2022-04-01T00:00Z");

        Assert.Equal(2, refused.ExitCode);
        var error = Assert.Single(refused.Err.Trim().Split('\n'));
        Assert.StartsWith("error: the watchlist ", error, StringComparison.Ordinal);
        Assert.Contains("2 entities added (ru-aviastar-sp, ru-uralvagonzavod), 2 removed (ru-kurganmashzavod, ru-tulamashzavod)", error, StringComparison.Ordinal);
        Assert.Contains("--watchlist " + _dir.File("mine.yaml"), error, StringComparison.Ordinal);
        Assert.Contains("--watchlist-changed-ok", error, StringComparison.Ordinal);
        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM snapshots"));
        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM alerts"));

        // Replay and run --once are refused alike.
        Assert.Equal(2, Run("theirs.yaml", "replay", "--source", "ofac-sdn", v2).ExitCode);
        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM snapshots"));

        // The store's own file goes on; told to adopt the other, the stored list is screened against it first.
        var adopted = Run("theirs.yaml", "sync", "--source", "ofac-sdn", "--file", v2, "--as-of", "2022-04-01T00:00Z", "--watchlist-changed-ok");
        Assert.True(adopted.ExitCode == 0, adopted.Err);
        Assert.Contains("screening the stored lists against it first", adopted.Out, StringComparison.Ordinal);
        Assert.Contains("ofac-sdn: 33 entries as of 2022-03-04T02:03:00Z screened, 2 alerts", adopted.Out, StringComparison.Ordinal);
        var alerts = Json(Run("theirs.yaml", "alerts", "--format", "json")).EnumerateArray()
            .Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("watchlist_id").GetString(), a.GetProperty("snapshot_at").GetString()))
            .ToHashSet();
        Assert.Contains(("first-seen", "ru-aviastar-sp", "2022-03-04T02:03:00Z"), alerts); // as of the stored list, not the new file
        Assert.Contains(("first-seen", "ru-uralvagonzavod", "2022-03-04T02:03:00Z"), alerts);
        Assert.Equal(2L, Scalar<long>("SELECT count(*) FROM snapshots WHERE status = 'accepted'"));

        // Now theirs.yaml is the store's: a sync with it goes on, mine.yaml is refused.
        Assert.Equal(0, Run("theirs.yaml", "sync", "--source", "ofac-sdn", "--file", v2, "--as-of", "2022-04-02T00:00Z").ExitCode);
        Assert.Equal(2, Run("mine.yaml", "sync", "--source", "ofac-sdn", "--file", v2, "--as-of", "2022-04-03T00:00Z").ExitCode);
    }

    [Fact]
    public void Read_commands_with_another_watchlist_warn_and_say_not_yet_screened_not_never_matched()
    {
        FirstSync();

        var mine = Json(Run("mine.yaml", "watchlist", "--format", "json")).EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("state").GetString());
        Assert.Equal("listed", mine["ru-kurganmashzavod"]);
        Assert.Equal("never matched", mine["ru-tulamashzavod"]); // screened: nothing found

        var theirs = Run("theirs.yaml", "watchlist", "--format", "json");
        Assert.Equal(0, theirs.ExitCode);
        Assert.StartsWith("warning: the watchlist ", theirs.Err, StringComparison.Ordinal);
        Assert.Contains("is not the one this store was last screened against", theirs.Err, StringComparison.Ordinal);
        var states = Json(theirs).EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("state").GetString());
        Assert.Equal("not yet screened", states["ru-aviastar-sp"]); // on the list, but never screened for
        Assert.Equal("not yet screened", states["ru-uralvagonzavod"]);
        Assert.Equal("no longer watched", states["ru-kurganmashzavod"]);

        var status = Json(Run("theirs.yaml", "status", "--format", "json")).GetProperty("watchlist");
        Assert.Equal("changed since the last screening", status.GetProperty("state").GetString());
        Assert.Equal(_dir.File("mine.yaml"), status.GetProperty("last_screened_path").GetString());
        Assert.Equal(["ru-aviastar-sp", "ru-uralvagonzavod"], status.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
        var table = Run("theirs.yaml", "status");
        Assert.Contains("watchlist changed since the last screening", table.Out, StringComparison.Ordinal);
        Assert.Contains("'watchlist apply' screens the stored lists against it", table.Out, StringComparison.Ordinal);
        Assert.Contains("screened against every stored list", Run("mine.yaml", "status").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Watchlist_apply_screens_the_stored_lists_after_an_edit_without_a_new_sync()
    {
        FirstSync();
        _dir.Write("mine.yaml", Mine + "\n  - id: ru-aviastar-sp\n    name: Aviastar-SP\n");

        Assert.Equal("not yet screened", Json(Run("mine.yaml", "watchlist", "--format", "json")).EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == "ru-aviastar-sp").GetProperty("state").GetString());
        Assert.Equal(2, Run("mine.yaml", "sync", "--source", "ofac-sdn", "--file", List("v2/sdn.csv", Kurgan), "--as-of", "2022-04-01T00:00Z").ExitCode);

        var apply = Run("mine.yaml", "watchlist", "apply");

        Assert.True(apply.ExitCode == 0, apply.Err);
        Assert.Contains("1 entity added (ru-aviastar-sp) since it was last screened", apply.Out, StringComparison.Ordinal);
        Assert.Contains("ALERT first-seen ru-aviastar-sp ← ofac-sdn 35347", apply.Out, StringComparison.Ordinal);
        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM snapshots")); // no re-sync, no new snapshot
        Assert.Equal("2022-03-04T02:03:00Z", Scalar<string>("SELECT snapshot_at FROM alerts WHERE watchlist_id = 'ru-aviastar-sp'"));
        Assert.Equal("screened", Json(Run("mine.yaml", "status", "--format", "json")).GetProperty("watchlist").GetProperty("state").GetString());
        Assert.Equal("listed", Json(Run("mine.yaml", "watchlist", "--format", "json")).EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == "ru-aviastar-sp").GetProperty("state").GetString());

        // Again: nothing to do, nothing raised.
        var again = Json(Run("mine.yaml", "watchlist", "apply", "--format", "json"));
        var source = Assert.Single(again.GetProperty("sources").EnumerateArray());
        Assert.False(source.GetProperty("screened").GetBoolean());
        Assert.Empty(source.GetProperty("alerts").EnumerateArray());
        Assert.Equal(2L, Scalar<long>("SELECT count(*) FROM alerts"));

        // Now a sync goes on.
        Assert.Equal(0, Run("mine.yaml", "sync", "--source", "ofac-sdn", "--file", List("v3/sdn.csv", Kurgan, Aviastar, Uvz), "--as-of", "2022-04-01T00:00Z").ExitCode);
    }

    [Fact]
    public void Notes_and_comments_are_not_a_change_of_the_watchlist()
    {
        FirstSync();
        _dir.Write("mine.yaml", "# my watchlist\n" + Mine + "\n    notes: a note added later\n");

        var sync = Run("mine.yaml", "sync", "--source", "ofac-sdn", "--file", List("v2/sdn.csv", Kurgan, Aviastar), "--as-of", "2022-04-01T00:00Z");

        Assert.True(sync.ExitCode == 0, sync.Err);
        Assert.DoesNotContain("warning", sync.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_worker_refuses_another_watchlist_file_at_start_and_adopts_edits_of_its_own_at_its_next_sync()
    {
        FirstSync();
        var config = _dir.Write("appsettings.json", """
            { "Sources": { "ofac-sdn": { "Url": "sdn-v2.csv" } } }
            """);
        _dir.Write("sdn-v2.csv", OfacCsv.File([Kurgan, Aviastar, Uvz, .. OfacCsv.Filler(30)]));

        var run = CliProcess.Run(_dir.Path, "run", "--config", config, "--db", _dir.File("store.db"), "--watchlist", _dir.File("theirs.yaml"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("A worker would screen the lists against it", run.Err, StringComparison.Ordinal);
        Assert.Equal(2, CliProcess.Run(_dir.Path, "run", "--once", "--config", config, "--db", _dir.File("store.db"), "--watchlist", _dir.File("theirs.yaml")).ExitCode);

        // The worker's own file edited while it runs: its next scheduled sync screens the stored list against it first.
        _dir.Write("mine.yaml", Mine + "\n  - id: ru-uralvagonzavod\n    name: Uralvagonzavod\n");
        var settings = AppSettings.Load(config, _dir.File("store.db"), _dir.File("mine.yaml"));
        using var ws = new Workspace(settings, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var outcome = await SourceSync.RunScheduledAsync(ws, "ofac-sdn");

        var alert = Assert.Single(outcome.Alerts);
        Assert.Equal(("first-seen", "ru-uralvagonzavod"), (alert.Kind.ToText(), alert.WatchlistId));
        Assert.Equal(2L, Scalar<long>("SELECT count(*) FROM snapshots"));
    }
}
