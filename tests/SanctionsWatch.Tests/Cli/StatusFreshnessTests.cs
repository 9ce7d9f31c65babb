using SanctionsWatch.Cli;

namespace SanctionsWatch.Tests.Cli;

/// <summary>How <c>status</c> judges a source's freshness from its last check and its schedule.</summary>
public sealed class StatusFreshnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static SourceRow Row(string? lastCheck, string status = "accepted", bool enabled = true) =>
        new("ofac-sdn", enabled, lastCheck, lastCheck, 100, status, null, null, null, null, null);

    [Theory]
    [InlineData("2026-11-28T09:00:00Z", "0 0 */4 * * ?", "ok")]       // every 4 h, checked 3 h ago
    [InlineData("2026-11-28T03:00:00Z", "0 0 */4 * * ?", "stale")]    // 9 h ago: more than twice 4 h
    [InlineData("2026-11-27T13:00:00Z", "0 0 18 * * ?", "ok")]        // daily, 23 h ago
    [InlineData("2026-11-26T11:00:00Z", "0 0 18 * * ?", "stale")]     // daily, 49 h ago
    [InlineData("2026-11-26T13:00:00Z", null, "ok")]                   // no schedule: a day, twice
    public void A_source_is_stale_when_not_checked_within_twice_its_interval(string lastCheck, string? schedule, string expected) =>
        Assert.Equal(expected, StatusCommands.Freshness(Row(lastCheck), schedule, Now));

    [Fact]
    public void Failing_disabled_and_never_synced_sources_say_so()
    {
        Assert.Equal("failing", StatusCommands.Freshness(Row("2026-11-28T11:00:00Z", "failed"), "0 0 * * * ?", Now));
        Assert.Equal("failing", StatusCommands.Freshness(Row("2026-11-28T11:00:00Z", "refused"), "0 0 * * * ?", Now));
        Assert.Equal("disabled", StatusCommands.Freshness(Row("2026-11-28T11:00:00Z", enabled: false), null, Now));
        Assert.Equal("never synced", StatusCommands.Freshness(Row(null), null, Now));
    }

    [Theory]
    [InlineData("2026-11-28T11:48:00Z", "12m")]
    [InlineData("2026-11-28T08:30:00Z", "3h 30m")]
    [InlineData("2026-11-25T10:00:00Z", "3d 2h")]
    public void Age_is_short_and_readable(string time, string expected) => Assert.Equal(expected, StatusCommands.Age(time, Now));
}
