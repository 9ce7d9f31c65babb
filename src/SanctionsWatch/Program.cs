using System.CommandLine;
using SanctionsWatch.Cli;

var parse = Commands.Root().Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine("error: " + error.Message);
    Console.Error.WriteLine("Try 'sanctionswatch --help'.");
    return CommandRunner.BadUsage;
}

// No termination timeout: `run` is long-running and the host handles Ctrl+C / SIGTERM itself (graceful shutdown).
return parse.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });
