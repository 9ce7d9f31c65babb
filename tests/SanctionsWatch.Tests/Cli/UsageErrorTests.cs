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

    [Theory]
    [InlineData("unknown option '--sinse' (did you mean '--since'?)", "hits", "--sinse", "7d")]
    [InlineData("unknown command 'hitz' (did you mean 'hits'?)", "hitz")]
    [InlineData("unknown command 'shwo' (did you mean 'show'?)", "hits", "shwo", "1")]
    [InlineData("--limit: 'abc' is not a whole number", "hits", "--limit", "abc")]
    [InlineData("--limit: '1.5' is not a whole number", "changes", "--limit", "1.5")]
    [InlineData("'abc' is not a whole number, as 'hits show' expects", "hits", "show", "abc")]
    [InlineData("'x' is not a whole number, as 'hits confirm' expects", "hits", "confirm", "1", "x", "--note", "n")]
    [InlineData("--kind: 'lsited' is not one of first-seen, listed, changed, delisted, related-first-seen, related-listed, related-changed, related-delisted (did you mean 'listed'?)", "alerts", "--kind", "lsited")]
    [InlineData("--since: '7x' is not a date (2022-06-28), a date-time (2022-06-28T18:55Z) or relative", "hits", "--since", "7x")]
    public void A_usage_error_says_what_is_wrong_in_words_and_suggests_the_nearest_name(string expected, params string[] args)
    {
        var result = Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Int64", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("hits", "--since", "7d")]
    [InlineData("alerts", "--since", "24h", "--until", "now")]
    [InlineData("changes", "--since", "yesterday")]
    [InlineData("export", "reviews", "--since", "2w")]
    public void A_relative_date_is_accepted_wherever_a_date_is(params string[] args)
    {
        var result = Run(args);

        Assert.True(result.ExitCode == 0, result.Err);
    }

    [Theory]
    [InlineData("{ \"Alerts\": { \"Digest\": { \"Every\": \"daily\", \"Channels\": [\"email\"] } } }", "Alerts:Digest:Channels names email, but Alerts:Email:Host is not set")]
    [InlineData("{ \"Alerts\": { \"Digest\": { \"Every\": \"hourly\" } } }", "Alerts:Digest:Every must be daily or weekly, not 'hourly'")]
    [InlineData("{ \"Alerts\": { \"Webhook\": { \"Url\": \"http://127.0.0.1:9/h\" }, \"Digest\": { \"Every\": \"weekly\", \"At\": \"25:00\" } } }", "Alerts:Digest:At must be a time of day (UTC) such as 07:00, not '25:00'")]
    public void A_scheduled_digest_without_a_channel_or_with_a_wrong_schedule_is_bad_configuration(string json, string expected)
    {
        var config = _dir.Write("appsettings.json", json);

        var result = Run("status", "--config", config);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
