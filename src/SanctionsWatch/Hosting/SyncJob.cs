using Microsoft.Extensions.Logging;
using Quartz;
using SanctionsWatch.App;
using SanctionsWatch.Sync;

namespace SanctionsWatch.Hosting;

/// <summary>
/// One scheduled sync of one source. Never two at once for a source (the job key is per source). The import is one
/// transaction: a run cut short by shutdown rolls back. After a sync that raised alerts the dispatcher is woken.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SyncJob(ISourceSync sync, DispatchSignal signal, TimeProvider time, ILogger<SyncJob> logger, SyncMetrics? metrics = null) : IJob
{
    public const string SourceKey = "source";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var source = context.MergedJobDataMap.GetString(SourceKey) ?? throw new InvalidOperationException("job without a source");
        var started = time.GetTimestamp();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Source"] = source, ["Trigger"] = context.Trigger.Key.Name });
        try
        {
            var o = await sync.SyncAsync(source, cancellationToken).ConfigureAwait(false);
            var ms = (long)time.GetElapsedTime(started).TotalMilliseconds;
            metrics?.Record(source, o);
            var outcome = o.Status.ToText();
            if (o.Refused)
            {
                logger.LogWarning(
                    "Sync {Source} snapshot {SnapshotId} {Outcome}: {Error} ({File}, {DurationMs} ms)",
                    source, o.SnapshotId, outcome, o.Error, o.FileName, ms);
            }
            else
            {
                logger.LogInformation(
                    "Sync {Source} snapshot {SnapshotId} {Outcome}: {Entries} entries, {Added} added, {Removed} removed, {Modified} modified, {Alerts} alerts ({File}, taken {TakenAt:O}, {DurationMs} ms)",
                    source, o.SnapshotId, outcome, o.EntryCount, o.Added, o.Removed, o.Modified, o.Alerts.Count, o.FileName, o.TakenAt, ms);
            }

            if (!o.Refused && o.Error is { } unrecorded)
                logger.LogWarning("Sync {Source}: {Error}", source, unrecorded);
            if (o.Alerts.Count > 0)
                signal.Wake();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Sync {Source} {Outcome}: cancelled by shutdown, nothing applied", source, "cancelled");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutException or OperationCanceledException or UsageException)
        {
            // A download or configuration problem: one line, no stack trace; the next scheduled run tries again.
            metrics?.Failed(source);
            logger.LogError(
                "Sync {Source} {Outcome} after {DurationMs} ms: {Error}",
                source, "failed", (long)time.GetElapsedTime(started).TotalMilliseconds, ex.Message);
        }
        catch (Exception ex)
        {
            metrics?.Failed(source);
            logger.LogError(
                ex, "Sync {Source} {Outcome} after {DurationMs} ms: {Error}",
                source, "failed", (long)time.GetElapsedTime(started).TotalMilliseconds, ex.Message);
        }
    }
}
