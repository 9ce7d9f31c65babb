using System.CommandLine;
using SanctionsWatch.Cli;

var root = new RootCommand(
    "SanctionsWatch: watches public sanctions lists for the firms, agencies and people of a watchlist.\n" +
    "Exit codes: 0 ok, 1 failure (e.g. a refused list file), 2 bad usage or configuration.");
GlobalOptions.AddTo(root);
root.Subcommands.Add(SyncCommands.Run());
root.Subcommands.Add(SyncCommands.Sync());
root.Subcommands.Add(SyncCommands.Replay());
root.Subcommands.Add(SourceCommands.Sources());
root.Subcommands.Add(HitCommands.Hits());
root.Subcommands.Add(QueryCommands.Alerts());
root.Subcommands.Add(QueryCommands.Changes());
root.Subcommands.Add(QueryCommands.Snapshots());
root.Subcommands.Add(QueryCommands.Screen());
root.Subcommands.Add(MatchCommands.Compare());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine("error: " + error.Message);
    Console.Error.WriteLine("Try 'sanctionswatch --help'.");
    return CommandRunner.BadUsage;
}

// No termination timeout: `run` is long-running and the host handles Ctrl+C / SIGTERM itself (graceful shutdown).
return parse.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });
