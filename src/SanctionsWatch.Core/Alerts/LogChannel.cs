using Microsoft.Extensions.Logging;

namespace SanctionsWatch.Alerts;

/// <summary>Always on: writes each alert to the log as a structured event.</summary>
public sealed class LogChannel(ILogger<LogChannel> logger) : IAlertChannel
{
    public string Name => "log";

    public bool Digest => false;

    public Task DeliverAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken)
    {
        foreach (var a in alerts)
        {
            if (a.IsRelated)
            {
                logger.LogWarning(
                    "ALERT {AlertKind} {WatchlistId} related {Source} {EntryId} {EntryName} path {RelatedPath} snapshot {SnapshotAt} alert {AlertId}",
                    a.Kind, a.WatchlistId, a.Source, a.EntryId, a.EntryName, a.Path, a.SnapshotAt, a.Id);
                continue;
            }

            if (a.Change is { } change)
            {
                logger.LogWarning(
                    "ALERT {AlertKind} {WatchlistId} matches {Source} {EntryId} {EntryName} score {Score:0.000} snapshot {SnapshotAt} alert {AlertId} change {ChangeId}: {ChangeDiff}",
                    a.Kind, a.WatchlistId, a.Source, a.EntryId, a.EntryName, a.Score, a.SnapshotAt, a.Id, change.Id, change.Diff);
                continue;
            }

            logger.LogWarning(
                "ALERT {AlertKind} {WatchlistId} matches {Source} {EntryId} {EntryName} score {Score:0.000} snapshot {SnapshotAt} alert {AlertId}",
                a.Kind, a.WatchlistId, a.Source, a.EntryId, a.EntryName, a.Score, a.SnapshotAt, a.Id);
        }

        return Task.CompletedTask;
    }
}
