using System.CommandLine;
using SanctionsWatch.Hosting;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sync;

namespace SanctionsWatch.Cli;

/// <summary><c>sync</c>, <c>replay</c> and <c>run</c>: bring list files into the store.</summary>
internal static class SyncCommands
{
    private static readonly Option<string> Source = new("--source")
    {
        Description = "Source id: " + string.Join(", ", SourceCatalog.Ids),
        DefaultValueFactory = _ => "ofac-sdn",
    };

    public static Command Sync()
    {
        var file = new Option<string?>("--file") { Description = "Read this list file instead of downloading it" };
        var asOf = new Option<string?>("--as-of") { Description = "Snapshot time (ISO 8601, UTC unless an offset is given); default now" };
        var command = new Command("sync", "Sync one source from its configured URL, or from a file (--file), and report alerts")
        {
            Source, file, asOf,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var source = CheckSource(parse.GetValue(Source)!);
            DateTimeOffset? takenAt = null;
            if (parse.GetValue(asOf) is { } text)
            {
                takenAt = Iso.TryParseUser(text, out var t)
                    ? t
                    : throw new UsageException($"--as-of: '{text}' is not an ISO 8601 date or date-time");
            }

            var outcome = parse.GetValue(file) is { } path
                ? ws.ImporterFor(source).Import(source, SourceCatalog.ReaderFor(source), RequireFile(path), takenAt)
                : SyncFromConfiguredUrl(ws, source, takenAt);
            Report(parse, [outcome]);
            return outcome.Refused ? CommandRunner.Failure : CommandRunner.Ok;
        });
        return command;
    }

    public static Command Replay()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "List files or folders of them, applied in name order",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command(
            "replay",
            "Apply successive versions of a list in name order; each snapshot's time is the ISO date-time in its file name " +
            "(sdn_2022-03-04T0203.csv → 2022-03-04T02:03Z), else the file's mtime")
        {
            Source, paths,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var source = CheckSource(parse.GetValue(Source)!);
            var reader = SourceCatalog.ReaderFor(source);
            var importer = ws.ImporterFor(source);
            var outcomes = new List<SyncOutcome>();
            foreach (var outcome in Replayer.Replay(importer, source, reader, ReplayFiles.Expand(parse.GetValue(paths)!)))
            {
                outcomes.Add(outcome);
                if (parse.GetValue(GlobalOptions.Format) == OutputFormat.Table)
                    ReportOne(Console.Out, outcome);
            }

            if (parse.GetValue(GlobalOptions.Format) != OutputFormat.Table)
                Report(parse, outcomes);
            var refused = outcomes.Count(o => o.Refused);
            if (parse.GetValue(GlobalOptions.Format) == OutputFormat.Table)
            {
                Console.WriteLine(
                    $"replayed {outcomes.Count} files: {outcomes.Count(o => o.Status == SnapshotStatus.Accepted)} accepted, " +
                    $"{outcomes.Count(o => o.Status == SnapshotStatus.Unchanged)} unchanged, {refused} refused, " +
                    $"{outcomes.Sum(o => o.Alerts.Count)} alerts");
            }

            return refused > 0 ? CommandRunner.Failure : CommandRunner.Ok;
        });
        return command;
    }

    public static Command Run()
    {
        var once = new Option<bool>("--once")
        {
            Description = "One sync of every enabled source from its configured URL, then exit (no scheduler, no alert delivery)",
        };
        var command = new Command(
            "run",
            "Run the worker in the foreground: each enabled source synced on its schedule (Sources:<id>:Schedule), " +
            "alerts delivered to the configured channels; Ctrl+C or SIGTERM stops it gracefully")
        {
            once,
        };
        CommandRunner.SetAction(command, (ws, parse) => parse.GetValue(once) ? RunOnce(ws, parse) : WorkerHost.Run(ws.Settings, ws.Time));
        return command;
    }

    private static int RunOnce(Workspace ws, ParseResult parse)
    {
        var enabled = ws.Settings.Sources.Values.Where(s => s.Enabled && SourceCatalog.TryGetReader(s.Id, out _)).ToList();
        Console.Error.WriteLine(
            $"sanctionswatch run --once: one sync of each enabled source ({string.Join(", ", enabled.Select(s => s.Id))}), " +
            "then exit. Database: " + ws.Settings.DatabasePath);
        var outcomes = new List<SyncOutcome>();
        var failed = 0;
        foreach (var source in enabled)
        {
            try
            {
                outcomes.Add(SyncFromConfiguredUrl(ws, source.Id, null));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                failed++;
                Console.Error.WriteLine($"{source.Id}: download failed: {ex.Message}");
            }
        }

        Report(parse, outcomes);
        return failed > 0 || outcomes.Any(o => o.Refused) ? CommandRunner.Failure : CommandRunner.Ok;
    }

    internal static SyncOutcome SyncFromConfiguredUrl(
        Workspace ws, string source, DateTimeOffset? takenAt, CancellationToken cancellationToken = default)
    {
        if (!ws.Settings.Sources.TryGetValue(source, out var settings) || string.IsNullOrWhiteSpace(settings.Url))
            throw new UsageException($"source {source} has no Sources:{source}:Url in the configuration; use --file PATH");
        using var download = ListDownload.Fetch(settings.Url, source);
        return ws.ImporterFor(source).Import(source, SourceCatalog.ReaderFor(source), download.Path, takenAt, cancellationToken);
    }

    private static string CheckSource(string source) =>
        SourceCatalog.TryGetReader(source, out _)
            ? source
            : throw new UsageException($"unknown source '{source}'; known sources: {string.Join(", ", SourceCatalog.Ids)}");

    private static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"no such file: {path}", path);

    private static void Report(ParseResult parse, IReadOnlyList<SyncOutcome> outcomes)
    {
        var format = parse.GetValue(GlobalOptions.Format);
        if (format == OutputFormat.Table)
        {
            foreach (var outcome in outcomes)
                ReportOne(Console.Out, outcome);
            return;
        }

        var rows = outcomes.Select(o => new
        {
            snapshot_id = o.SnapshotId,
            source = o.Source,
            file = o.FileName,
            status = o.Status.ToString().ToLowerInvariant(),
            snapshot_at = Iso.Format(o.TakenAt),
            entries = o.EntryCount,
            added = o.Added,
            removed = o.Removed,
            modified = o.Modified,
            alerts = o.Alerts.Count,
            error = o.Error,
        }).ToList();
        Output.Write(Console.Out, rows, format);
    }

    private static void ReportOne(TextWriter writer, SyncOutcome o)
    {
        var when = Iso.Format(o.TakenAt);
        switch (o.Status)
        {
            case SnapshotStatus.Refused:
                Console.Error.WriteLine($"{o.Source} {when} {o.FileName}: REFUSED: {o.Error}. Nothing was changed.");
                break;
            case SnapshotStatus.Unchanged:
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
            writer.WriteLine(
                $"  ALERT {alert.Kind,-10} {alert.WatchlistId} ← {o.Source} {alert.EntryId} " +
                $"{Output.Escape(alert.EntryName)} (score {alert.Score:0.000})");
        }
    }
}
