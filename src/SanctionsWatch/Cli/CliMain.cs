using System.CommandLine;
using SanctionsWatch.App;

namespace SanctionsWatch.Cli;

/// <summary>
/// The CLI's entry: parses the arguments and runs the command, with the output, error, variables and working
/// directory of the current <see cref="Invocation"/> (the process's own, or a test's in-process one).
/// </summary>
internal static class CliMain
{
    /// <summary>The command tree, built once: its options are shared objects, so two trees must not be built at once.</summary>
    public static RootCommand Tree => LazyTree.Value;

    private static readonly Lazy<RootCommand> LazyTree = new(Commands.Root);

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Tree.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not Commands.HelpWithExamples)
        {
            // One line: every parse error, then where to find the command's usage.
            var command = Commands.PathOf(parse.CommandResult);
            await Invocation.Error.WriteLineAsync(
                "error: " + UsageErrors.Describe(parse) + $" (see 'sanctionswatch {(command.Length > 0 ? command + " " : "")}--help')").ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        // No termination timeout: `run` is long-running and the host handles Ctrl+C / SIGTERM itself (graceful shutdown).
        return await parse.InvokeAsync(new InvocationConfiguration
        {
            Output = Invocation.Out,
            Error = Invocation.Error,
            ProcessTerminationTimeout = null,
        }).ConfigureAwait(false);
    }
}
