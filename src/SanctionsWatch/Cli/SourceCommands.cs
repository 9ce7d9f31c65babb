using System.CommandLine;
using Quartz;
using SanctionsWatch.App;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Fetching;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Cli;

/// <summary><c>sources</c>: every configured source (and every source with a reader), and how its downloads went.</summary>
internal static class SourceCommands
{
    public static Command Sources()
    {
        var command = new Command(
            "sources",
            "Each source: enabled, last check, last change, entries, status, last error, next run (from its Schedule)");
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            Output.Write(Invocation.Out, Rows(ws), parse.GetValue(GlobalOptions.Format)); // JSON: every field, null or not
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static List<SourceRow> Rows(Workspace ws)
    {
        var states = FetchStateStore.All(ws.Db).ToDictionary(s => s.Source, StringComparer.Ordinal);
        var entries = Queries.EntryCounts(ws.Db);
        var snapshots = Queries.SnapshotTimes(ws.Db);
        var ids = ws.Settings.Sources.Keys.Concat(ws.Sources.Ids).Concat(states.Keys).Concat(entries.Keys)
            .Distinct(StringComparer.Ordinal);
        var now = ws.Time.GetUtcNow();
        var rows = new List<SourceRow>();
        foreach (var id in ids)
        {
            ws.Settings.Sources.TryGetValue(id, out var settings);
            states.TryGetValue(id, out var state);
            var synced = snapshots.TryGetValue(id, out var snap);
            var hasReader = ws.Sources.TryGetReader(id, out _);
            var enabled = settings?.Enabled == true;
            var status = !hasReader ? "no reader yet"
                : state?.LastStatus ?? (synced ? "synced from a file" : "never synced");
            rows.Add(new SourceRow(
                id,
                enabled,
                Latest(state?.LastCheckAt, snap.LastCheck),
                Latest(state?.LastChangeAt, snap.LastChange),
                entries.GetValueOrDefault(id),
                status,
                state?.LastError,
                enabled && hasReader ? NextRun(settings!.Schedule, now) : null,
                settings?.Schedule,
                settings?.Fetch?.Urls[0] is { } url ? UrlRedaction.Redact(url) : null,
                state?.LastArchivePath));
        }

        return rows;
    }

    /// <summary>The next time the Quartz cron <paramref name="schedule"/> fires after <paramref name="now"/>, or null.</summary>
    internal static string? NextRun(string? schedule, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(schedule))
            return null;
        try
        {
            var cron = new CronExpression(schedule, TimeZoneInfo.Utc);
            return cron.GetNextValidTimeAfter(now) is { } next ? Iso.Format(next) : null;
        }
        catch (FormatException)
        {
            return "invalid Schedule";
        }
    }

    private static string? Latest(string? a, string? b) =>
        a is null ? b : b is null ? a : string.CompareOrdinal(a, b) >= 0 ? a : b;
}

/// <summary>One source, as <c>sources</c> prints it (the JSON names are a contract).</summary>
internal sealed record SourceRow(
    string Source,
    bool Enabled,
    string? LastCheckAt,
    string? LastChangeAt,
    long Entries,
    string Status,
    string? LastError,
    string? NextRunAt,
    string? Schedule,
    string? Url,
    string? LastArchive);
