using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SanctionsWatch.Alerts;

namespace SanctionsWatch.Hosting;

/// <summary>
/// Runs the alert dispatcher, and the scheduled digest when configured: a pass at start (resuming what a crash or stop
/// left), then every poll interval or when woken.
/// </summary>
internal sealed class DispatcherService(
    AlertDispatcher dispatcher,
    IReadOnlyList<DigestDispatcher> digests,
    DispatchSignal signal,
    DeliveryOptions options,
    TimeProvider time,
    ILogger<DispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation(
            "Alert dispatcher started: channels {Channels}, poll every {PollSeconds} s",
            string.Join(", ", dispatcher.Channels.Select(c => c.Name + (c.Digest ? " (digest)" : ""))), options.PollInterval.TotalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchOnceAsync(stoppingToken).ConfigureAwait(false);
                foreach (var digest in digests)
                    await digest.DispatchOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (System.Data.Common.DbException ex)
            {
                // The store is out of reach (a PostgreSQL server restarting, a full disk): one line; the next pass retries.
                logger.LogError("Alert dispatch pass failed, the store is out of reach: {Error}", ex.Message);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Alert dispatch pass failed: {Error}", ex.Message);
            }

            using var poll = new CancellationTokenSource(options.PollInterval, time);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, poll.Token);
            try
            {
                await signal.WaitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The poll interval has passed.
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
