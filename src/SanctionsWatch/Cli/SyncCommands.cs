using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SanctionsWatch.App;
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
        Description = "Source id: " + string.Join(", ", SourceCatalog.Default.Ids),
        DefaultValueFactory = _ => "ofac-sdn",
    };

    public static Command Sync()
    {
        var file = new Option<string?>("--file") { Description = "Read this list file instead of downloading it" };
        var asOf = new Option<string?>("--as-of") { Description = "Snapshot time (ISO 8601, UTC unless an offset is given; or relative: 2h, yesterday); default now" };
        var source = new Option<string?>("--source")
        {
            Description = "Only this source (default: every enabled source; ofac-sdn with --file). Readers: " +
                string.Join(", ", SourceCatalog.Default.Ids),
        };
        var allowOlder = new Option<bool>("--allow-older")
        {
            Description = "Apply the file even if it is older than the newest accepted one of its source, or an older file " +
                "served again (the operator's override; broken, empty or shrunken files are still refused)",
        };
        var command = new Command(
            "sync",
            "Download every enabled source (or --source ID) from its publisher and apply what changed, or apply a file " +
            "(--source ID --file PATH); report alerts. Exit 1 when any source failed or was refused")
        {
            source, file, asOf, allowOlder, GlobalOptions.WatchlistChangedOk,
        };
        CommandRunner.SetAction(command, async (ws, parse, ct) =>
        {
            ws.AllowOlder = parse.GetValue(allowOlder);
            if (parse.GetValue(file) is null)
            {
                if (parse.GetValue(asOf) is not null)
                    throw new UsageException("--as-of applies to --file only: a download is dated when it is made");
                return await SyncFromPublishersAsync(ws, parse, parse.GetValue(source), ct);
            }

            var id = CheckSource(ws, parse.GetValue(source) ?? "ofac-sdn");
            AdoptOrRefuse(ws, parse, "sync");
            DateTimeOffset? takenAt = null;
            if (parse.GetValue(asOf) is { } text)
            {
                takenAt = UserTime.TryParse(text, ws.Time.GetUtcNow(), out var t)
                    ? t
                    : throw new UsageException($"--as-of: '{text}' is not {UserTime.Accepted}");
            }

            if (takenAt > ws.Time.GetUtcNow() + SnapshotDate.Skew)
            {
                throw new UsageException(
                    $"--as-of: {Iso.Format(takenAt.Value)} is later than now ({Iso.Format(ws.Time.GetUtcNow())}): " +
                    "a list dated in the future would hold back every later file of its source");
            }

            var outcome = ws.ImporterFor(id).Import(id, ws.ReaderFor(id), RequireFile(parse.GetValue(file)!), takenAt);
            Report(parse, [outcome]);
            return outcome.Refused ? ExitCodes.Failure : ExitCodes.Ok;
        }, createsStore: true);
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
            Source, paths, GlobalOptions.WatchlistChangedOk,
        };
        CommandRunner.SetAction(command, async (ws, parse, _) =>
        {
            var source = CheckSource(ws, parse.GetValue(Source)!);
            var files = ReplayFiles.Expand([.. parse.GetValue(paths)!.Select(Invocation.FullPath)]);
            AdoptOrRefuse(ws, parse, "replay");
            var reader = ws.ReaderFor(source);
            var importer = ws.ImporterFor(source);
            var outcomes = new List<SyncOutcome>();
            var format = parse.GetValue(GlobalOptions.Format);
            await ProgressLines.ForEachAsync(
                ProgressLines.ConsoleFor(format),
                Invocation.Out,
                $"replaying {files.Count} files",
                files.Count,
                Replayer.Replay(importer, source, reader, files),
                o => o.FileName,
                (outcome, output) =>
                {
                    outcomes.Add(outcome);
                    if (format == OutputFormat.Table)
                        SyncReport.WriteSync(output, Invocation.Error, outcome);
                    return Task.CompletedTask;
                });

            if (parse.GetValue(GlobalOptions.Format) != OutputFormat.Table)
                Report(parse, outcomes);
            var refused = outcomes.Count(o => o.Refused);
            if (parse.GetValue(GlobalOptions.Format) == OutputFormat.Table)
            {
                Invocation.Out.WriteLine(
                    $"replayed {outcomes.Count} files: {outcomes.Count(o => o.Status == SyncStatus.Accepted)} accepted, " +
                    $"{outcomes.Count(o => o.Status == SyncStatus.Unchanged)} unchanged, {refused} refused, " +
                    $"{outcomes.Sum(o => o.Alerts.Count)} alerts");
            }

            return refused > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        }, createsStore: true);
        return command;
    }

    public static Command Run()
    {
        var once = new Option<bool>("--once")
        {
            Description = "One sync of every enabled source from its configured URL, then exit (no scheduler, no alert delivery)",
        };
        var web = new Option<bool>("--web") { Description = "Serve the web view beside the worker (as 'serve': Web:Urls, Web:Users)" };
        var command = new Command(
            "run",
            "Run the worker in the foreground: each enabled source synced on its schedule (Sources:<id>:Schedule), " +
            "alerts delivered to the configured channels; Ctrl+C or SIGTERM stops it gracefully")
        {
            once, web, GlobalOptions.WatchlistChangedOk,
        };
        CommandRunner.SetAction(
            command,
            (ws, parse, ct) => parse.GetValue(once) ? RunOnceAsync(ws, parse, ct) : Task.FromResult(RunWorker(ws, parse, parse.GetValue(web))),
            createsStore: true);
        return command;
    }

    /// <summary>
    /// The worker adopts edits of its own watchlist file (the stored lists are screened against the edited file at its
    /// next sync, logged): halting the syncs of an unattended worker until someone runs 'watchlist apply' would miss
    /// designations. Another file than the store's is refused at start, unless --watchlist-changed-ok.
    /// </summary>
    private static int RunWorker(Workspace ws, ParseResult parse, bool web)
    {
        var standing = WatchlistGuard.StandingOf(ws);
        if (standing.Changed && !standing.SamePath)
            AdoptOrRefuse(ws, parse, "worker");
        ws.Dispose(); // the worker opens its own connections
        if (!web)
            return WorkerHost.Run(ws.Settings, ws.Time);
        Web.WebApp.CheckSettings(ws.Settings.Options.Web); // refused before anything starts (exit 2)
        return WorkerHost.Run(ws.Settings, ws.Time, services => services.AddHostedService(_ => new Web.WebService(ws.Settings, ws.Time)));
    }

    /// <summary>Before a screening: the store's watchlist, or --watchlist-changed-ok to adopt another (see <see cref="WatchlistGuard"/>).</summary>
    private static void AdoptOrRefuse(Workspace ws, ParseResult parse, string command)
    {
        var report = parse.GetValue(GlobalOptions.Format) == OutputFormat.Table ? Invocation.Out : Invocation.Error;
        WatchlistGuard.BeforeScreening(ws, parse.GetValue(GlobalOptions.WatchlistChangedOk), report, command);
    }

    private static Task<int> RunOnceAsync(Workspace ws, ParseResult parse, CancellationToken ct)
    {
        Invocation.Error.WriteLine(
            $"sanctionswatch run --once: one sync of each enabled source ({string.Join(", ", SourceSync.Enabled(ws).Select(s => s.Id))}), " +
            "then exit. Database: " + ws.Settings.Store.ToString());
        return SyncFromPublishersAsync(ws, parse, null, ct);
    }

    /// <summary>Syncs one configured source, or every enabled one, through the download pipeline; 1 when any failed.</summary>
    private static async Task<int> SyncFromPublishersAsync(Workspace ws, ParseResult parse, string? only, CancellationToken ct)
    {
        if (only is null || ws.Settings.Sources.ContainsKey(only))
            AdoptOrRefuse(ws, parse, "sync");
        List<SourceSettings> sources;
        if (only is null)
        {
            sources = SourceSync.Enabled(ws);
        }
        else if (ws.Settings.Sources.TryGetValue(only, out var one))
        {
            sources = [one];
        }
        else
        {
            throw new UsageException(
                $"source {only} is not in the configuration (Sources:{only}:Url); configured: " +
                string.Join(", ", ws.Settings.Sources.Keys) + "; or use --file PATH");
        }

        var format = parse.GetValue(GlobalOptions.Format);
        var outcomes = new List<FetchOutcome>();
        await ProgressLines.ForEachAsync(
            ProgressLines.ConsoleFor(format),
            Invocation.Out,
            $"syncing {sources.Count} sources",
            sources.Count,
            sources,
            s => s.Id,
            async (source, output) =>
            {
                var outcome = await SourceSync.RunAsync(ws, source, ct);
                outcomes.Add(outcome);
                if (format == OutputFormat.Table)
                    SyncReport.Report(output, Invocation.Error, outcome);
                else if (outcome.IsFailure)
                    Invocation.Error.WriteLine($"{outcome.Source}: {outcome.Status.ToString().ToUpperInvariant()}: {outcome.Error}");
            });

        if (format != OutputFormat.Table)
            Output.Write(Invocation.Out, [.. outcomes.Select(SyncReport.Row)], format);
        return SourceSync.Failed(outcomes) ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private static string CheckSource(Workspace ws, string source) =>
        ws.Sources.TryGetReader(source, out _)
            ? source
            : throw new UsageException($"unknown source '{source}'; known sources: {string.Join(", ", ws.Sources.Ids)}");

    private static string RequireFile(string path) =>
        Invocation.FullPath(path) is var full && File.Exists(full) ? full : throw new FileNotFoundException($"no such file: {path}", path);

    private static void Report(ParseResult parse, IReadOnlyList<SyncOutcome> outcomes)
    {
        var format = parse.GetValue(GlobalOptions.Format);
        if (format == OutputFormat.Table)
        {
            foreach (var outcome in outcomes)
                SyncReport.WriteSync(Invocation.Out, Invocation.Error, outcome);
            return;
        }

        var rows = outcomes.Select(o => new
        {
            snapshot_id = o.SnapshotId,
            source = o.Source,
            file = o.FileName,
            status = o.Status.ToText(),
            snapshot_at = Iso.Format(o.TakenAt),
            entries = o.EntryCount,
            added = o.Added,
            removed = o.Removed,
            modified = o.Modified,
            alerts = o.Alerts.Count,
            error = o.Error,
        }).ToList();
        Output.Write(Invocation.Out, rows, format);
    }
}
