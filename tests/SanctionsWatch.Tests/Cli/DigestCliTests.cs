using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// <c>digest</c> (issue 18, item 4) through the real binary: the watched entries newly listed, changed materially and
/// delisted in a period, then the counts per source; the period by the lists' time or by when each list was recorded,
/// relative dates included.
/// </summary>
public sealed class DigestCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public DigestCliTests()
    {
        _dir.Write("watchlist.yaml", AlertStore.WatchlistYaml);
        _dir.Write("appsettings.json", "{}");
    }

    public void Dispose() => _dir.Dispose();

    private static readonly string Boilerplate = "Secondary sanctions risk: see Section 11 of Executive Order 14024.";

    /// <summary>
    /// Five lists: Kurganmashzavod first seen (02-20); Aviastar-SP listed and a remarks-only edit of Kurganmashzavod
    /// (03-04, not material); Kurganmashzavod's INN changed (04-29, material); Aviastar-SP delisted (05-10). Each list is
    /// recorded <paramref name="recordedAgo"/>[i] before now.
    /// </summary>
    internal static void Build(TempDir dir, string db, DateTimeOffset now, TimeSpan[] recordedAgo)
    {
        string Kurgan(string remarks) => OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: remarks);
        string[][] lists =
        [
            [Kurgan("Tax ID No. 4501008142 (Russia).")],
            [Kurgan("Tax ID No. 4501008142 (Russia). " + Boilerplate), AlertStore.Aviastar],
            [Kurgan("Tax ID No. 4501008143 (Russia). " + Boilerplate), AlertStore.Aviastar],
            [Kurgan("Tax ID No. 4501008143 (Russia). " + Boilerplate)],
        ];
        string[] times = ["2022-02-20T10:00:00Z", "2022-03-04T02:03:00Z", "2022-04-29T15:00:00Z", "2022-05-10T12:00:00Z"];
        var clock = new FakeTimeProvider();
        using var store = Database.Open(db);
        for (var i = 0; i < lists.Length; i++)
        {
            clock.SetUtcNow(now - recordedAgo[i]);
            var importer = new SnapshotImporter(store, new NameMatcher(), AlertStore.Watchlist(), new SyncSettings(), clock);
            var file = dir.Write($"lists/v{i}/sdn.csv", OfacCsv.File([.. lists[i], .. OfacCsv.Filler(30)]));
            var outcome = importer.Import("ofac-sdn", new OfacReader(), file, Iso.Parse(times[i]));
            Assert.Null(outcome.Error);
        }
    }

    private CliProcess.Result Run(params string[] args) =>
        CliProcess.Run(_dir.Path, [.. args, "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml"), "--config", _dir.File("appsettings.json")]);

    private static JsonElement Json(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void A_digest_names_the_watched_entries_listed_changed_materially_and_delisted_then_counts_per_source()
    {
        Build(_dir, _dir.File("store.db"), DateTimeOffset.UtcNow, [TimeSpan.FromDays(40), TimeSpan.FromDays(30), TimeSpan.FromDays(20), TimeSpan.FromDays(10)]);

        var digest = Json(Run("digest", "--since", "2022-03-01", "--until", "2022-06-01", "--format", "json"));

        Assert.Equal("2022-03-01T00:00:00Z", digest.GetProperty("since").GetString());
        Assert.Equal("list", digest.GetProperty("basis").GetString());
        var listed = Assert.Single(digest.GetProperty("listed").EnumerateArray());
        Assert.Equal("ru-aviastar-sp", listed.GetProperty("watchlist_id").GetString());
        Assert.Equal("Aviastar-SP", listed.GetProperty("entity_name").GetString());
        Assert.Equal("35347", listed.GetProperty("entry_id").GetString());
        // The remarks-only edit of 03-04 is not material; the INN change of 04-29 is, with its diff.
        var changed = Assert.Single(digest.GetProperty("changed").EnumerateArray());
        Assert.Equal("ru-kurganmashzavod", changed.GetProperty("watchlist_id").GetString());
        Assert.Equal("2022-04-29T15:00:00Z", changed.GetProperty("snapshot_at").GetString());
        Assert.Contains("identifiers", changed.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("4501008143", changed.GetProperty("diff").GetString(), StringComparison.Ordinal);
        var delisted = Assert.Single(digest.GetProperty("delisted").EnumerateArray());
        Assert.Equal("35347", delisted.GetProperty("entry_id").GetString());
        var source = Assert.Single(digest.GetProperty("sources").EnumerateArray());
        Assert.Equal("ofac-sdn", source.GetProperty("source").GetString());
        Assert.Equal(3, source.GetProperty("snapshots").GetInt64());
        Assert.Equal(1, source.GetProperty("added").GetInt64());
        Assert.Equal(1, source.GetProperty("removed").GetInt64());
        Assert.Equal(2, source.GetProperty("modified").GetInt64());
        Assert.Equal(1, source.GetProperty("material_modified").GetInt64());
        Assert.Equal(31, source.GetProperty("entries").GetInt64());

        // Kurganmashzavod was on the first list read: already listed then, not newly listed (a first-seen alert said so).
        var whole = Json(Run("digest", "--since", "2022-01-01", "--until", "2022-06-01", "--format", "json"));
        Assert.Equal(["ru-aviastar-sp"], whole.GetProperty("listed").EnumerateArray().Select(i => i.GetProperty("watchlist_id").GetString()));

        var table = Run("digest", "--since", "2022-03-01", "--until", "2022-06-01");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("1 listed, 1 changed, 1 delisted", table.Out, StringComparison.Ordinal);
        Assert.Contains("Changed materially: 1", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_period_by_recording_time_takes_only_what_arrived_in_it()
    {
        // Recorded 40, 30, 5 and 2 days ago: the last 7 days hold the INN change and the delisting.
        Build(_dir, _dir.File("store.db"), DateTimeOffset.UtcNow, [TimeSpan.FromDays(40), TimeSpan.FromDays(30), TimeSpan.FromDays(5), TimeSpan.FromDays(2)]);

        var digest = Json(Run("digest", "--since", "7d", "--recorded", "--format", "json"));

        Assert.Equal("recorded", digest.GetProperty("basis").GetString());
        Assert.Empty(digest.GetProperty("listed").EnumerateArray());
        Assert.Single(digest.GetProperty("changed").EnumerateArray());
        Assert.Single(digest.GetProperty("delisted").EnumerateArray());
        Assert.Equal(2, Assert.Single(digest.GetProperty("sources").EnumerateArray()).GetProperty("snapshots").GetInt64());

        // By the lists' own time, the last 7 days (in 2026) hold nothing.
        var byList = Json(Run("digest", "--since", "7d", "--format", "json"));
        Assert.Empty(byList.GetProperty("changed").EnumerateArray());
        Assert.Empty(byList.GetProperty("sources").EnumerateArray());
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_bad_usage()
    {
        Build(_dir, _dir.File("store.db"), DateTimeOffset.UtcNow, [TimeSpan.FromDays(4), TimeSpan.FromDays(3), TimeSpan.FromDays(2), TimeSpan.FromDays(1)]);

        var result = Run("digest", "--since", "yesterday", "--until", "2022-01-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("must be after --since", result.Err, StringComparison.Ordinal);
    }
}
