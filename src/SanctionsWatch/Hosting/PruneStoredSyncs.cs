using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace SanctionsWatch.Hosting;

/// <summary>
/// A cluster keeps its jobs in the database, and Quartz only adds or replaces the jobs a node declares: a source
/// switched off or taken out of the configuration would go on being synced from the stored job. At start (after the
/// scheduler), a node deletes the stored sync jobs its configuration does not plan. The nodes of a cluster share one
/// configuration; a node on an older one stops the stored job too (its syncs refuse a source it has not enabled).
/// </summary>
internal sealed class PruneStoredSyncs(
    IReadOnlyList<string> planned,
    ISchedulerFactory schedulers,
    ILogger<PruneStoredSyncs> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var keep = planned.Select(SyncScheduling.JobKeyFor).ToHashSet();
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(SyncScheduling.Group), cancellationToken).ConfigureAwait(false))
        {
            if (keep.Contains(key))
                continue;
            if (await scheduler.DeleteJob(key, cancellationToken).ConfigureAwait(false))
                logger.LogWarning("Stored job {Job} deleted: its source is not enabled in this configuration", key.Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
