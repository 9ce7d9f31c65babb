using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>Bad usage and bad configuration exit 2 with one line, through the real CLI.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly TempDir _dir = new();

    public UsageErrorTests()
    {
        _dir.Write("watchlist.yaml", AlertStore.WatchlistYaml);
        SanctionsWatch.Storage.Database.Open(_dir.File("store.db")).Dispose();
    }

    private CliProcess.Result Run(params string[] args) =>
        CliProcess.Run(_dir.Path, [.. args, "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")]);

    [Theory]
    [InlineData("changes", "--limit", "-5")]
    [InlineData("alerts", "--limit", "0")]
    [InlineData("hits", "--limit", "-1")]
    [InlineData("snapshots", "--limit", "-5")]
    [InlineData("export", "changes", "--limit", "-5")]
    public void A_limit_below_one_is_bad_usage(params string[] args)
    {
        var result = Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--limit must be a whole number of at least 1", result.Err, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Broken_json_in_the_configuration_is_bad_configuration_with_where()
    {
        var config = _dir.Write("appsettings.json", "{ \"Sources\": { \"ofac-sdn\": { \"Url\": \"x\", } ");

        var result = Run("sources", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not valid JSON", result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Fact]
    public void A_schedule_that_never_fires_again_is_bad_configuration()
    {
        var config = _dir.Write("appsettings.json", """
            { "Sources": { "ofac-sdn": { "Url": "http://127.0.0.1:9/sdn.csv", "Schedule": "0 0 0 1 1 ? 2001" },
                           "ofac-cons": { "Enabled": false } } }
            """);

        var result = Run("run", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("never fires again", result.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
