using SanctionsWatch.App;
using SanctionsWatch.Cli;

namespace SanctionsWatch.Tests.Cli;

/// <summary>Relative dates (7d, 24h, yesterday) are read against the given clock, ISO 8601 as before.</summary>
public sealed class UserTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7d", "2026-11-28T09:30:00Z")]
    [InlineData("7 days", "2026-11-28T09:30:00Z")]
    [InlineData("24h", "2026-12-04T09:30:00Z")]
    [InlineData("30m", "2026-12-05T09:00:00Z")]
    [InlineData("2w", "2026-11-21T09:30:00Z")]
    [InlineData("today", "2026-12-05T00:00:00Z")]
    [InlineData("Yesterday", "2026-12-04T00:00:00Z")]
    [InlineData("now", "2026-12-05T09:30:00Z")]
    [InlineData("2022-06-28", "2022-06-28T00:00:00Z")]
    [InlineData("2022-06-28T18:55+02:00", "2022-06-28T16:55:00Z")]
    public void A_date_or_a_time_ago_is_read_against_the_clock(string text, string expected)
    {
        Assert.Equal(expected, UserTime.Parse(text, "--since", Now));
    }

    [Theory]
    [InlineData("7x")]
    [InlineData("-7d")]
    [InlineData("last week")]
    [InlineData("2022-13-01")]
    public void Anything_else_is_a_usage_error_naming_the_option(string text)
    {
        var ex = Assert.Throws<UsageException>(() => UserTime.Parse(text, "--since", Now));

        Assert.StartsWith($"--since: '{text}' is not a date", ex.Message, StringComparison.Ordinal);
    }
}
