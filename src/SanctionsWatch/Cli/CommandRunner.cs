using System.CommandLine;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Cli;

/// <summary>Runs a command's body with its workspace, and turns errors into one clear line and an exit code.</summary>
internal static class CommandRunner
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadUsage = 2;

    /// <summary>Writes a failure as one line on standard error (<c>error: …</c>, escaped) and returns <see cref="Failure"/>.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine("error: " + Output.Escape(message));
        return Failure;
    }

    public static void SetAction(Command command, Func<Workspace, ParseResult, int> body) =>
        command.SetAction(parse => Run(parse, body));

    public static int Run(ParseResult parse, Func<Workspace, ParseResult, int> body)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            var settings = AppSettings.Load(
                parse.GetValue(GlobalOptions.Config), parse.GetValue(GlobalOptions.Db), parse.GetValue(GlobalOptions.Watchlist));
            using var workspace = new Workspace(settings, TimeProvider.System);
            return body(workspace, parse);
        }
        catch (Exception ex) when (ex is UsageException or WatchlistException or FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine("error: " + Output.Escape(ex.Message).Replace("\\u000a", "\n", StringComparison.Ordinal));
            if (parse.GetValue(GlobalOptions.Verbose))
                error.WriteLine(ex);
            return BadUsage;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var verbose = parse.GetValue(GlobalOptions.Verbose);
            error.WriteLine("error: " + Output.Escape(ex.Message) + (verbose ? "" : " (--verbose shows the details)"));
            if (verbose)
                error.WriteLine(ex);
            return Failure;
        }
    }
}
