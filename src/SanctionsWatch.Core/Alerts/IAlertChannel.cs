namespace SanctionsWatch.Alerts;

/// <summary>
/// A way to tell people about alerts. A channel throws when delivery fails; the dispatcher records the error and
/// retries later. Delivery is at least once: receivers dedupe by <see cref="AlertMessage.IdempotencyKey"/>.
/// </summary>
public interface IAlertChannel
{
    /// <summary>The channel's name in the delivery table: log, webhook, email, file.</summary>
    string Name { get; }

    /// <summary>True: the alerts of one sync (snapshot) are delivered together, as one digest.</summary>
    bool Digest { get; }

    /// <summary>Delivers one alert, or the alerts of one snapshot when <see cref="Digest"/> is true.</summary>
    Task DeliverAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken);
}
