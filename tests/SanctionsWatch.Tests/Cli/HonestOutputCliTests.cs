using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// Honest output (issue 18, item 7) through the real binary: a listing cut by --limit says so on standard error (a
/// JSON object with --format json, the array on standard output unchanged); an unknown entity or source is an error
/// with the nearest name, not an empty result; a hit says when it last changed and when its entry was last seen.
/// </summary>
public sealed class HonestOutputCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public HonestOutputCliTests()
    {
        _dir.Write("watchlist.yaml", AlertStore.WatchlistYaml);
        _dir.Write("appsettings.json", "{}");
        // Kurganmashzavod first seen 02-20, remarks edit 03-04, INN change 04-29; Aviastar-SP listed 03-04, delisted 05-10.
        DigestCliTests.Build(_dir, _dir.File("store.db"), DateTimeOffset.UtcNow, [TimeSpan.FromDays(4), TimeSpan.FromDays(3), TimeSpan.FromDays(2), TimeSpan.FromDays(1)]);
    }

    public void Dispose() => _dir.Dispose();

    private CliProcess.Result Run(params string[] args) =>
        CliProcess.Run(_dir.Path, [.. args, "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml"), "--config", _dir.File("appsettings.json")]);

    [Theory]
    [InlineData("hits", "1 of 2 shown (--limit 1;")]
    [InlineData("changes", "2 of 35 shown (--limit 2;")]
    [InlineData("snapshots", "3 of 4 shown (--limit 3;")]
    [InlineData("alerts", "1 of ")]
    public void A_listing_cut_by_limit_says_how_many_of_how_many_were_shown(string command, string expected)
    {
        var limit = expected[..expected.IndexOf(' ', StringComparison.Ordinal)];

        var table = Run(command, "--limit", limit);
        var json = Run(command, "--limit", limit, "--format", "json");
        var all = Run(command, "--limit", "1000");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains(expected, table.Err, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using (var rows = JsonDocument.Parse(json.Out))
            Assert.Equal(int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture), rows.RootElement.GetArrayLength());
        using (var meta = JsonDocument.Parse(json.Err))
        {
            Assert.True(meta.RootElement.GetProperty("truncated").GetBoolean());
            Assert.Equal(int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture), meta.RootElement.GetProperty("shown").GetInt32());
            Assert.True(meta.RootElement.GetProperty("total").GetInt64() > meta.RootElement.GetProperty("shown").GetInt64());
        }

        Assert.Equal(0, all.ExitCode);
        Assert.Equal("", all.Err);
    }

    [Fact]
    public void An_export_cut_by_limit_says_so_and_a_whole_one_says_nothing_more()
    {
        var cut = Run("export", "changes", "--limit", "5");
        var whole = Run("export", "changes");

        Assert.Contains("5 of 35 shown (--limit 5;", cut.Err, StringComparison.Ordinal);
        Assert.Equal("", whole.Err);
    }

    [Theory]
    [InlineData("unknown source 'ofac-sdm' (did you mean 'ofac-sdn'?)", "hits", "--source", "ofac-sdm")]
    [InlineData("no entity 'ru-kurganmashzavd'", "alerts", "--entity", "ru-kurganmashzavd")]
    [InlineData("(did you mean 'ru-kurganmashzavod'?)", "changes", "--entity", "ru-kurganmashzavd")]
    [InlineData("unknown source 'ofac'", "export", "hits", "--source", "ofac")]
    public void A_filter_naming_an_unknown_entity_or_source_is_an_error_not_an_empty_result(string expected, params string[] args)
    {
        var result = Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_hit_says_when_it_last_changed_and_when_its_entry_was_last_seen()
    {
        using var doc = JsonDocument.Parse(Run("hits", "--format", "json").Out);
        var hits = doc.RootElement.EnumerateArray().ToDictionary(h => h.GetProperty("watchlist_id").GetString()!);

        // Kurganmashzavod: changed last by the INN change of 04-29 (its score), seen on every list since, the last 05-10.
        var kurgan = hits["ru-kurganmashzavod"];
        Assert.Equal("2022-05-10T12:00:00Z", kurgan.GetProperty("last_seen_at").GetString());
        Assert.Equal(kurgan.GetProperty("last_snapshot_at").GetString(), kurgan.GetProperty("last_changed_at").GetString());
        Assert.NotEqual("2022-05-10T12:00:00Z", kurgan.GetProperty("last_changed_at").GetString());
        // Aviastar-SP: delisted 05-10 (its last change), last seen on the list before, 04-29.
        var aviastar = hits["ru-aviastar-sp"];
        Assert.Equal("2022-05-10T12:00:00Z", aviastar.GetProperty("last_changed_at").GetString());
        Assert.Equal("2022-04-29T15:00:00Z", aviastar.GetProperty("last_seen_at").GetString());

        var show = Run("hits", "show", aviastar.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("last changed", show.Out, StringComparison.Ordinal);
        Assert.Contains("2022-04-29T15:00:00Z (the last list it was on)", show.Out, StringComparison.Ordinal);
    }
}
