using System.Data.Common;
using Microsoft.Extensions.Logging;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Alerts;

/// <summary>
/// Delivers the outbox: each pass queues every alert that has no delivery row for a channel, then sends what is due,
/// per channel, recording each attempt. A failure is retried with exponential backoff (<see cref="DeliveryOptions"/>)
/// until <see cref="DeliveryOptions.MaxAttempts"/>, then marked failed. All state is in the database, so a restart
/// (or a crash mid-delivery) resumes where it stopped: delivery is at least once.
/// </summary>
public sealed class AlertDispatcher(
    StoreAddress store,
    IReadOnlyList<IAlertChannel> channels,
    DeliveryOptions options,
    TimeProvider time,
    ILogger<AlertDispatcher> logger,
    Func<string, string?>? entityName = null,
    DeliveryMetrics? metrics = null,
    string? node = null)
{
    /// <summary>The name this dispatcher claims deliveries under: its cluster node's id, else host and process.</summary>
    public string Node { get; } = node ?? DeliveryOptions.ThisProcess;

    public IReadOnlyList<IAlertChannel> Channels => channels;

    /// <summary>One pass over every channel; returns the number of deliveries that succeeded.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        using var db = Database.Open(store);
        var delivered = 0;
        foreach (var channel in channels)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var queued = AlertOutbox.Queue(db, channel.Name, time.GetUtcNow(), options.QueueSince);
            if (queued > 0)
                logger.LogInformation("Queued {Count} alerts for channel {Channel}", queued, channel.Name);
            var due = AlertOutbox.Due(db, channel.Name, time.GetUtcNow());
            var batches = channel.Digest
                ? due.GroupBy(d => d.Alert.SnapshotId).Select(g => g.ToList())
                : due.Select(d => new List<DueDelivery> { d });
            foreach (var batch in batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await DeliverAsync(db, channel, batch, cancellationToken).ConfigureAwait(false))
                    delivered += batch.Count;
            }
        }

        return delivered;
    }

    /// <summary>The change behind a changed alert, with its one-line diff.</summary>
    private static AlertChange? ChangeOf(DbConnection db, long? changeId) =>
        changeId is { } id && Reports.Change(db, id) is { } detail
            ? new AlertChange(id, [.. detail.Fields.Select(f => f.Field)], ChangeText.OneLine(detail.Fields))
            : null;

    private async Task<bool> DeliverAsync(
        DbConnection db, IAlertChannel channel, List<DueDelivery> batch, CancellationToken cancellationToken)
    {
        var claimedAt = time.GetUtcNow();
        var ids = AlertOutbox.Claim(db, channel.Name, batch.Select(d => d.Id), claimedAt, claimedAt + options.ClaimFor, Node);
        if (ids.Count == 0)
            return false; // another dispatcher on this store took them
        batch = [.. batch.Where(d => ids.Contains(d.Id))];
        var attempt = batch.Max(d => d.Attempts) + 1;
        try
        {
            await channel.DeliverAsync([.. batch.Select(d => AlertMessage.Of(d, entityName?.Invoke(d.Alert.WatchlistId)) with { Change = ChangeOf(db, d.Alert.ChangeId) })], cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            DateTimeOffset? next = attempt >= options.MaxAttempts ? null : now + options.BackoffAfter(attempt);
            AlertOutbox.FailedAttempt(db, channel.Name, ids, ex.Message, next, Node);
            metrics?.Record(channel.Name, next is null ? "failed" : "retry", ids.Count);
            logger.LogWarning(
                "Delivery of alerts {AlertIds} by {Channel} failed (attempt {Attempt}): {Error}; {Next}",
                ids, channel.Name, attempt, ex.Message, next is null ? "giving up (alerts retry ID re-queues it)" : "next attempt at " + next.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            return false;
        }

        AlertOutbox.Succeeded(db, channel.Name, ids, time.GetUtcNow());
        metrics?.Record(channel.Name, "delivered", ids.Count);
        logger.LogInformation("Delivered alerts {AlertIds} by {Channel} (attempt {Attempt})", ids, channel.Name, attempt);
        return true;
    }
}
