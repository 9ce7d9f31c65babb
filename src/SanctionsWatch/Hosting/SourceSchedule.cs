using Quartz;
using SanctionsWatch.App;

namespace SanctionsWatch.Hosting;

/// <summary>
/// When each source is checked: <c>Sources:&lt;id&gt;:Schedule</c> (a Quartz cron expression, UTC, with seconds), or the
/// publisher's default (OFAC every 2 h, UN every 4 h, EU and UK every 6 h, others every 6 h); and whether a source is
/// due at start-up (its last check is older than its interval).
/// </summary>
internal static class SourceSchedule
{
    public const string EveryTwoHours = "0 0 0/2 * * ?";
    public const string EveryFourHours = "0 0 0/4 * * ?";
    public const string EverySixHours = "0 0 0/6 * * ?";

    public static string DefaultCron(string sourceId) => Publisher(sourceId) switch
    {
        "ofac" => EveryTwoHours,
        "un" => EveryFourHours,
        _ => EverySixHours,
    };

    public static string CronFor(SourceSettings source) =>
        string.IsNullOrWhiteSpace(source.Schedule) ? DefaultCron(source.Id) : source.Schedule.Trim();

    public static CronExpression Parse(string sourceId, string cron) =>
        CronExpression.TryParse(cron, out _)
            ? new CronExpression(cron, TimeZoneInfo.Utc)
            : throw new UsageException(
                $"Sources:{sourceId}:Schedule: '{cron}' is not a Quartz cron expression (seconds minutes hours day month weekday, e.g. '{EveryTwoHours}')");

    /// <summary>The time between the next two fire times after <paramref name="now"/>; a schedule that does not fire twice more is bad configuration.</summary>
    public static TimeSpan Interval(CronExpression cron, DateTimeOffset now)
    {
        var next = cron.GetNextValidTimeAfter(now) ?? throw new UsageException($"Schedule '{cron.CronExpressionString}' never fires again (a year in the past?)");
        var after = cron.GetNextValidTimeAfter(next) ?? throw new UsageException($"Schedule '{cron.CronExpressionString}' fires only once more");
        return after - next;
    }

    /// <summary>Due at start-up: never checked, or the last check is at least one interval old.</summary>
    public static bool IsDue(DateTimeOffset? lastCheck, DateTimeOffset now, TimeSpan interval) =>
        lastCheck is null || now - lastCheck.Value >= interval;

    private static string Publisher(string sourceId)
    {
        var dash = sourceId.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? sourceId : sourceId[..dash]).ToLowerInvariant();
    }
}
