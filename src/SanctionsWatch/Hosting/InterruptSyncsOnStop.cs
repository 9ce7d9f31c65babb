using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace SanctionsWatch.Hosting;

/// <summary>
/// On SIGTERM / Ctrl+C, interrupts the running sync jobs: their downloads and retry waits are cancelled (nothing is
/// applied), while an import already inside its transaction completes — it does not look at the token. Without this,
/// a graceful stop would wait for every retry of a failing publisher (minutes for the EU service).
/// </summary>
internal sealed class InterruptSyncsOnStop(
    IReadOnlyList<string> sources,
    ISchedulerFactory schedulers,
    IHostApplicationLifetime lifetime,
    ILogger<InterruptSyncsOnStop> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() => InterruptAll().GetAwaiter().GetResult());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task InterruptAll()
    {
        var scheduler = await schedulers.GetScheduler().ConfigureAwait(false);
        foreach (var source in sources)
        {
            if (await scheduler.Interrupt(SyncScheduling.JobKeyFor(source)).ConfigureAwait(false))
                logger.LogInformation("Stopping: the running sync of {Source} is interrupted (a download is abandoned, an import under way completes)", source);
        }
    }
}
