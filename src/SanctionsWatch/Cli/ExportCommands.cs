using System.CommandLine;
using System.Text;
using SanctionsWatch.App;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Cli;

/// <summary><c>export hits|changes|alerts</c>: every row (no limit unless asked), with its snapshot, for auditors.</summary>
internal static class ExportCommands
{
    public static Command Export()
    {
        var command = new Command(
            "export",
            "Export hits, changes, alerts or reviews for auditors, as CSV (the default) or JSON (--format json), each row with the " +
            "list snapshot it came from (id, time, file name, SHA-256 of the file); hits with their latest review");
        command.Subcommands.Add(Sub("hits", "Every hit (direct and related) with the snapshots that first and last found it", (ws, f) => Reports.ExportHits(ws.Db, f with { Related = null }), kinds: null, byEntity: true));
        command.Subcommands.Add(Sub("changes", "Every change to the lists with its snapshot", (ws, f) => Reports.ExportChanges(ws.Db, f), kinds: ["added", "removed", "modified"], byEntity: false));
        command.Subcommands.Add(Sub("alerts", "Every alert with its snapshot and delivery state", (ws, f) => Reports.ExportAlerts(ws.Db, f), kinds: [.. AlertKinds.Words], byEntity: true));
        command.Subcommands.Add(Sub(
            "reviews",
            "Every review of a hit (the audit trail): who, what, when, the note, the hit, and the list snapshot the hit stood on " +
            "when it was decided; --since/--until apply to the review's time, --kind to its action",
            (ws, f) => Reports.ExportReviews(ws.Db, f),
            kinds: ["confirm", "dismiss", "reopen"],
            byEntity: true));
        return command;
    }

    private static Command Sub<T>(string name, string description, Func<Workspace, QueryFilter, List<T>> rows, string[]? kinds, bool byEntity)
    {
        var source = new Option<string?>("--source") { Description = "Only this source" };
        var entity = new Option<string?>("--entity") { Description = "Only this watchlist entity id" };
        var since = new Option<string?>("--since") { Description = "From this date or date-time (UTC), inclusive; or relative: 7d, 24h, today, yesterday" };
        var until = new Option<string?>("--until") { Description = "Before this date or date-time (UTC); or relative: 7d, 24h, today, yesterday" };
        var kind = new Option<string?>("--kind") { Description = kinds is null ? "(not used)" : "Only this kind: " + string.Join(", ", kinds) };
        if (kinds is not null)
            kind.AcceptOnlyFromAmong(kinds);
        var limit = QueryCommands.Positive(new Option<int?>("--limit") { Description = "At most this many rows, newest first (default: all)" });
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (replaced whole once complete) instead of standard output" };
        var command = new Command(name, description);
        foreach (var option in new Option[] { source, since, until, limit, output })
            command.Options.Add(option);
        if (byEntity)
            command.Options.Add(entity);
        if (kinds is not null)
            command.Options.Add(kind);
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var filter = new QueryFilter
            {
                Source = Filters.Source(ws, parse.GetValue(source)),
                WatchlistId = Filters.Entity(ws, parse.GetValue(entity)),
                Since = UserTime.Parse(parse.GetValue(since), "--since", ws.Time.GetUtcNow()),
                Until = UserTime.Parse(parse.GetValue(until), "--until", ws.Time.GetUtcNow()),
                Kind = parse.GetValue(kind),
                Limit = parse.GetValue(limit) ?? int.MaxValue,
            };
            var format = parse.GetValue(GlobalOptions.Format) == OutputFormat.Json ? OutputFormat.Json : OutputFormat.Csv;
            var data = rows(ws, filter);
            if (parse.GetValue(limit) is { } cut)
                QueryCommands.SayIfCut(parse, data.Count, cut, () => rows(ws, filter with { Limit = int.MaxValue }).Count);
            if (parse.GetValue(output) is not { } path)
            {
                Output.Write(Invocation.Out, data, format);
                return ExitCodes.Ok;
            }

            var full = Invocation.FullPath(path);
            var partial = full + ".partial";
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var writer = new StreamWriter(partial, false, new UTF8Encoding(false)))
                Output.Write(writer, data, format);
            File.Move(partial, full, overwrite: true);
            Invocation.Error.WriteLine($"exported {data.Count} {name} to {ListText.Escape(full)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
