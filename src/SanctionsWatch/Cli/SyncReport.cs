using SanctionsWatch.App;
using SanctionsWatch.Model;
using SanctionsWatch.Sync;

namespace SanctionsWatch.Cli;

/// <summary>How a sync is reported: a line per source and per alert on a terminal, a row in JSON or CSV.</summary>
internal static class SyncReport
{
    /// <summary>One line per source (alerts below it); failures on stderr, one line each.</summary>
    public static void Report(TextWriter writer, TextWriter errors, FetchOutcome o)
    {
        switch (o.Status)
        {
            case SyncStatus.Accepted or SyncStatus.Unchanged:
                WriteSync(writer, errors, o.Sync!);
                if (o.Error is { } unrecorded)
                    errors.WriteLine($"{o.Source}: warning: {ListText.Escape(unrecorded)}");
                break;
            case SyncStatus.NotModified:
                writer.WriteLine($"{o.Source}: not modified since the last download (HTTP 304)");
                break;
            case SyncStatus.NoReader:
                writer.WriteLine($"{o.Source}: skipped, no reader yet");
                break;
            case SyncStatus.Refused:
                errors.WriteLine($"{o.Source}: REFUSED: {ListText.Escape(o.Error ?? "")}. Nothing was changed." +
                    (o.ArchivePath is null ? "" : $" Kept as {o.ArchivePath}"));
                break;
            default:
                errors.WriteLine($"{o.Source}: FAILED: {ListText.Escape(o.Error ?? "")}. Nothing was changed.");
                break;
        }
    }

    /// <summary>What one file did to a source (a refusal on stderr), then one line per alert it raised.</summary>
    public static void WriteSync(TextWriter writer, TextWriter errors, SyncOutcome o)
    {
        var when = Iso.Format(o.TakenAt);
        switch (o.Status)
        {
            case SyncStatus.Refused:
                errors.WriteLine($"{o.Source} {when} {o.FileName}: REFUSED: {ListText.Escape(o.Error ?? "")}. Nothing was changed.");
                break;
            case SyncStatus.Unchanged:
                writer.WriteLine($"{o.Source} {when} {o.FileName}: unchanged ({o.EntryCount} entries)");
                break;
            default:
                writer.WriteLine(
                    $"{o.Source} {when} {o.FileName}: {o.EntryCount} entries, {o.Added} added, {o.Removed} removed, " +
                    $"{o.Modified} modified");
                break;
        }

        foreach (var alert in o.Alerts)
        {
            if (alert.Detail is { } path)
            {
                writer.WriteLine(
                    $"  {(alert.Delivered ? "ALERT " : "REVIEW")} {alert.Kind.ToText(),-10} {alert.WatchlistId} ← {o.Source} {alert.EntryId} " +
                    $"{ListText.Escape(alert.EntryName)}: {ListText.Escape(path)}");
                continue;
            }

            writer.WriteLine(
                $"  ALERT {alert.Kind.ToText(),-10} {alert.WatchlistId} ← {o.Source} {alert.EntryId} " +
                $"{ListText.Escape(alert.EntryName)} (score {alert.Score:0.000})");
        }
    }

    /// <summary>The row of <c>sync --format json|csv</c>.</summary>
    public static SyncRow Row(FetchOutcome o) => new(
        o.Sync?.SnapshotId,
        o.Source,
        o.Sync?.FileName,
        o.Status.ToText(),
        o.Sync is { } s ? Iso.Format(s.TakenAt) : null,
        o.Sync?.EntryCount,
        o.Sync?.Added,
        o.Sync?.Removed,
        o.Sync?.Modified,
        o.Sync?.Alerts.Count ?? 0,
        o.Error,
        o.ArchivePath,
        o.Attempts);
}

/// <summary>One source's sync, as <c>sync --format json|csv</c> prints it.</summary>
internal sealed record SyncRow(
    long? SnapshotId,
    string Source,
    string? File,
    string Status,
    string? SnapshotAt,
    int? Entries,
    int? Added,
    int? Removed,
    int? Modified,
    int Alerts,
    string? Error,
    string? ArchivePath,
    int Attempts);
