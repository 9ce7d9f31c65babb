using SanctionsWatch.App;
using SanctionsWatch.Sources;

namespace SanctionsWatch.Hosting;

/// <summary>One scheduled source: its cron, its interval, its last check and whether it runs at start-up.</summary>
internal sealed record SourcePlan(string SourceId, string Cron, TimeSpan Interval, DateTimeOffset? LastCheck, bool CatchUpNow);

/// <summary>Decides what the worker schedules: every enabled, known source with a URL.</summary>
internal static class SchedulePlanner
{
    public static List<SourcePlan> Plan(
        IEnumerable<SourceSettings> sources, IReadOnlyDictionary<string, DateTimeOffset> lastChecks, DateTimeOffset now,
        SourceCatalog? catalog = null)
    {
        var known = catalog ?? SourceCatalog.Default;
        var plans = new List<SourcePlan>();
        foreach (var source in sources.Where(s => s.Enabled && known.TryGetReader(s.Id, out _) && !string.IsNullOrWhiteSpace(s.Url)))
        {
            var cron = SourceSchedule.CronFor(source);
            var interval = SourceSchedule.Interval(SourceSchedule.Parse(source.Id, cron), now);
            DateTimeOffset? last = lastChecks.TryGetValue(source.Id, out var l) ? l : null;
            plans.Add(new SourcePlan(source.Id, cron, interval, last, SourceSchedule.IsDue(last, now, interval)));
        }

        return plans;
    }
}
