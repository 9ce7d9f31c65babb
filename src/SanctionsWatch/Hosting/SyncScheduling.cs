using Quartz;
using SanctionsWatch.App;

namespace SanctionsWatch.Hosting;

/// <summary>
/// Registers one Quartz job per source (its key is per source, so [DisallowConcurrentExecution] keeps one run of a
/// source at a time), a cron trigger (UTC; a misfire fires once now, then the schedule continues), and a start-up
/// trigger for a source that is due.
/// </summary>
internal static class SyncScheduling
{
    public const string Group = "sources";

    public static JobKey JobKeyFor(string sourceId) => new("sync-" + sourceId, Group);

    public static TriggerKey CronTriggerKeyFor(string sourceId) => new("cron-" + sourceId, Group);

    public static TriggerKey CatchUpTriggerKeyFor(string sourceId) => new("catch-up-" + sourceId, Group);

    /// <summary>The cron schedule of a source: UTC, misfire policy "fire once now, then proceed".</summary>
    public static CronScheduleBuilder CronSchedule(string cron) =>
        CronScheduleBuilder.Create(cron).InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);

    /// <summary>
    /// Quartz's clustered ADO.NET job store in the PostgreSQL store's database (its standard tables, <c>qrtz_*</c>,
    /// created when missing): each source's sync runs on one node at a time, a dead node's running sync is recovered by
    /// another (the jobs request recovery), and a trigger missed during an outage fires once for the cluster.
    /// </summary>
    public static void Cluster(IQuartzBuilder quartz, string connectionString, ClusterOptions options)
    {
        quartz.ConfigureScheduler(s => s.InstanceId = options.NodeIdOrDefault);
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.UseSystemTextJsonSerializer();
            store.ProvisionSchema();
            store.UseClustering(c =>
            {
                c.CheckinInterval = TimeSpan.FromSeconds(options.CheckinSeconds);
                c.CheckinMisfireThreshold = TimeSpan.FromSeconds(options.CheckinSeconds * 2);
            });
        });
    }

    public static void Configure(IQuartzBuilder quartz, IEnumerable<SourcePlan> plans)
    {
        foreach (var plan in plans)
        {
            var job = JobKeyFor(plan.SourceId);
            quartz.AddJob<SyncJob>(j => j
                .WithIdentity(job)
                .DisallowConcurrentExecution()
                .RequestRecovery()
                .StoreDurably()
                .UsingJobData(SyncJob.SourceKey, plan.SourceId)
                .WithDescription($"sync {plan.SourceId} on '{plan.Cron}'"));
            quartz.AddTrigger(t => t
                .ForJob(job)
                .WithIdentity(CronTriggerKeyFor(plan.SourceId))
                .WithSchedule(CronSchedule(plan.Cron)));
            if (plan.CatchUpNow)
            {
                quartz.AddTrigger(t => t
                    .ForJob(job)
                    .WithIdentity(CatchUpTriggerKeyFor(plan.SourceId))
                    .StartNow()
                    .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)));
            }
        }
    }
}
