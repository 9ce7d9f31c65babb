using System.Data.Common;
using Microsoft.Extensions.Logging;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Alerts;

/// <summary>
/// The scheduled digest (<c>Alerts:Digest</c>), run by the worker's dispatcher beside the alerts: each pass makes the
/// digest of every period that has ended (<see cref="DigestOutbox.MakeDue"/>) and sends the due ones by their channels,
/// retrying a failure with the alerts' backoff (<see cref="DeliveryOptions"/>) until it is delivered or failed.
/// </summary>
public sealed class DigestDispatcher(
    StoreAddress store,
    DigestOptions options,
    IReadOnlyList<IDigestChannel> channels,
    DeliveryOptions delivery,
    TimeProvider time,
    ILogger<DigestDispatcher> logger,
    Func<string, string?>? entityName = null,
    string? node = null)
{
    /// <summary>The name this dispatcher claims digest deliveries under: its cluster node's id, else host and process.</summary>
    public string Node { get; } = node ?? DeliveryOptions.ThisProcess;

    /// <summary>One pass; returns the number of digest deliveries that succeeded.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        using var db = Database.Open(store);
        var now = time.GetUtcNow();
        var made = DigestOutbox.MakeDue(db, options.LastBoundary(now), options.Period, channels.Select(c => c.Name), now, entityName);
        if (made.Count > 0)
            logger.LogInformation("Made digests {DigestIds} for channels {Channels}", made, string.Join(", ", channels.Select(c => c.Name)));
        var delivered = 0;
        foreach (var channel in channels)
        {
            foreach (var (id, attempts, digest) in DigestOutbox.Due(db, channel.Name, time.GetUtcNow()))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await DeliverAsync(db, channel, id, attempts + 1, digest, cancellationToken).ConfigureAwait(false))
                    delivered++;
            }
        }

        return delivered;
    }

    private async Task<bool> DeliverAsync(
        DbConnection db, IDigestChannel channel, long id, int attempt, Digest digest, CancellationToken cancellationToken)
    {
        var claimedAt = time.GetUtcNow();
        if (!DigestOutbox.Claim(db, id, channel.Name, claimedAt, claimedAt + delivery.ClaimFor, Node))
            return false; // another dispatcher (another node) took it
        try
        {
            await channel.DeliverDigestAsync(id, digest, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            DateTimeOffset? next = attempt >= delivery.MaxAttempts ? null : now + delivery.BackoffAfter(attempt);
            DigestOutbox.Failed(db, id, channel.Name, ex.Message, next, Node);
            logger.LogWarning(
                "Delivery of digest {DigestId} by {Channel} failed (attempt {Attempt}): {Error}; {Next}",
                id, channel.Name, attempt, ex.Message, next is null ? "giving up" : "next attempt at " + next.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            return false;
        }

        DigestOutbox.Succeeded(db, id, channel.Name, time.GetUtcNow());
        logger.LogInformation("Delivered digest {DigestId} ({Since} to {Until}) by {Channel}", id, digest.Since, digest.Until, channel.Name);
        return true;
    }
}
