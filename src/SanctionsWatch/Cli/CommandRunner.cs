using System.CommandLine;
using SanctionsWatch.App;
using SanctionsWatch.Storage;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Cli;

/// <summary>Runs a command's body with its workspace, and turns errors into one clear line and an exit code.</summary>
internal static class CommandRunner
{
    /// <summary>Writes a failure as one line on standard error (<c>error: …</c>, escaped) and returns <see cref="ExitCodes.Failure"/>.</summary>
    public static int Fail(string message)
    {
        Invocation.Error.WriteLine("error: " + ListText.Escape(message));
        return ExitCodes.Failure;
    }

    /// <summary>
    /// Sets a command's body. Only a command that <paramref name="createsStore"/> (sync, replay, run) creates a missing
    /// store; the others refuse it, so a mistyped --db is not read as an empty store.
    /// </summary>
    public static void SetAction(Command command, Func<Workspace, ParseResult, int> body, bool createsStore = false) =>
        SetAction(command, (ws, parse, _) => Task.FromResult(body(ws, parse)), createsStore);

    /// <summary>Sets a command's body that waits on the network (a sync downloads): awaited, never blocked on.</summary>
    public static void SetAction(Command command, Func<Workspace, ParseResult, CancellationToken, Task<int>> body, bool createsStore = false) =>
        command.SetAction((parse, ct) => RunAsync(parse, body, createsStore, ct));

    private static async Task<int> RunAsync(
        ParseResult parse, Func<Workspace, ParseResult, CancellationToken, Task<int>> body, bool createsStore, CancellationToken ct)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            var settings = AppSettings.Load(
                parse.GetValue(GlobalOptions.Config), parse.GetValue(GlobalOptions.Db), parse.GetValue(GlobalOptions.Watchlist));
            using var workspace = new Workspace(settings, TimeProvider.System, createsStore);
            return await body(workspace, parse, ct).ConfigureAwait(false);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            // the worker's host validating its configuration on start (the same rules AppSettings.Load applied)
            error.WriteLine("error: " + ListText.Escape(string.Join("; ", ex.Failures)));
            return ExitCodes.BadUsage;
        }
        catch (Exception ex) when (ex is UsageException or WatchlistException or FileNotFoundException or DirectoryNotFoundException
                                       or NotAStoreException)
        {
            error.WriteLine("error: " + ListText.Escape(ex.Message).Replace("\\u000a", "\n", StringComparison.Ordinal));
            if (parse.GetValue(GlobalOptions.Verbose))
                error.WriteLine(ex);
            return ExitCodes.BadUsage;
        }
        catch (InstanceLockedException ex)
        {
            error.WriteLine("error: " + ListText.Escape(ex.Message));
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var verbose = parse.GetValue(GlobalOptions.Verbose);
            error.WriteLine("error: " + ListText.Escape(ex.Message) + (verbose ? "" : " (--verbose shows the details)"));
            if (verbose)
                error.WriteLine(ex);
            return ExitCodes.Failure;
        }
    }
}
