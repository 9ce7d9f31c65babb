using System.CommandLine;
using SanctionsWatch.App;
using SanctionsWatch.Cli.Web;

namespace SanctionsWatch.Cli;

/// <summary><c>serve</c>: the web view of the hit log; <c>serve hash-password</c>: a password hash for <c>Web:Users</c>.</summary>
internal static class WebCommands
{
    public static Command Serve()
    {
        var urls = new Option<string?>("--urls") { Description = "Where to listen (default Web:Urls, http://127.0.0.1:5080)" };
        var command = new Command(
            "serve",
            "Serve the web view of the hit log (morning, hits, one hit, watchlist, timeline; reviews with the same trail as the CLI) " +
            "until Ctrl+C. Off unless Web:Users (or Web:TrustProxyUser) is configured; a non-loopback address without TLS is refused")
        {
            urls,
        };
        CommandRunner.SetAction(command, async (ws, parse, ct) =>
        {
            await using var app = WebApp.Build(ws.Settings, ws.Time, parse.GetValue(urls));
            ws.Dispose(); // each request opens its own workspace
            await app.StartAsync(ct).ConfigureAwait(false);
            Invocation.Out.WriteLine($"SanctionsWatch web view on {string.Join(", ", app.Urls)}; Ctrl+C stops it");
            try
            {
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Ok;
        });

        var hash = new Command(
            "hash-password",
            "Read a password from standard input (its first line) and print its hash for Web:Users (PBKDF2-SHA256, salted)");
        hash.SetAction(_ =>
        {
            var password = Console.In.ReadLine();
            if (string.IsNullOrEmpty(password))
            {
                Invocation.Error.WriteLine("error: no password on standard input");
                return ExitCodes.BadUsage;
            }

            Invocation.Out.WriteLine(PasswordHash.Make(password));
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(hash);
        return command;
    }
}
