using System.CommandLine;
using SanctionsWatch.App;
using SanctionsWatch.Cli;

// Every file the program creates (database, logs, raw archive, alerts file, exports) is owner read-write, group read
// at most: the watchlist's hits and the analysts' notes are not for every local user.
FileModes.RestrictUmask();

var parse = Commands.Root().Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not Commands.HelpWithExamples)
{
    // One line: every parse error, then where to find the command's usage.
    var command = Commands.PathOf(parse.CommandResult);
    Console.Error.WriteLine(
        "error: " + UsageErrors.Describe(parse) + $" (see 'sanctionswatch {(command.Length > 0 ? command + " " : "")}--help')");
    return ExitCodes.BadUsage;
}

// No termination timeout: `run` is long-running and the host handles Ctrl+C / SIGTERM itself (graceful shutdown).
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
