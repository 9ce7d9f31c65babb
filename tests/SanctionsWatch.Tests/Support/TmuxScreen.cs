using System.Diagnostics;

namespace SanctionsWatch.Tests.Support;

/// <summary>
/// Runs the real CLI in a tmux pane of a given size (a real terminal: the CLI sees its width as a person's shell would)
/// and captures the screen, wrapped lines joined (<c>capture-pane -J</c>), with colours when asked (<c>-e</c>). Each run
/// has its own tmux server (its own socket), ended afterwards.
/// </summary>
public static class TmuxScreen
{
    private const string Done = "__SANCTIONSWATCH_DONE__";

    public static bool Available { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "tmux")));

    /// <summary>The screen after the CLI ran with <paramref name="args"/> in a pane <paramref name="width"/> columns wide.</summary>
    public static string Capture(int width, string workingDirectory, IReadOnlyDictionary<string, string> environment, bool colours, params string[] args)
    {
        var socket = "sw-test-" + Guid.NewGuid().ToString("N")[..12];
        var cli = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "sanctionswatch.dll") }.Concat(args).Select(Quote));
        var exports = string.Concat(environment.Select(e => $"export {e.Key}={Quote(e.Value)}; "));
        var shell = $"cd {Quote(workingDirectory)}; unset NO_COLOR SANCTIONSWATCH_CONFIG; export TERM=xterm-256color; {exports}{cli}; echo {Done}; sleep 120";
        Tmux(socket, "new-session", "-d", "-x", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-y", "150", "bash", "-c", shell);
        try
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
            string screen;
            do
            {
                Thread.Sleep(150);
                screen = Tmux(socket, colours ? ["capture-pane", "-p", "-J", "-e", "-S", "-", "-t", "0"] : ["capture-pane", "-p", "-J", "-S", "-", "-t", "0"]);
            }
            while (!screen.Contains(Done, StringComparison.Ordinal) && DateTime.UtcNow < deadline);

            Assert.True(screen.Contains(Done, StringComparison.Ordinal), "the CLI did not finish in the tmux pane:\n" + screen);
            return screen[..screen.IndexOf(Done, StringComparison.Ordinal)].TrimEnd('\n', ' ') + "\n";
        }
        finally
        {
            Tmux(socket, "kill-server");
        }
    }

    private static string Tmux(string socket, params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(socket);
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add("/dev/null");
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

/// <summary>A fact that needs tmux (a real terminal of a chosen width).</summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (!TmuxScreen.Available)
            Skip = "needs tmux on the PATH to run the CLI in a terminal of a chosen width";
    }
}

/// <summary>A theory that needs tmux.</summary>
public sealed class TmuxTheoryAttribute : TheoryAttribute
{
    public TmuxTheoryAttribute()
    {
        if (!TmuxScreen.Available)
            Skip = "needs tmux on the PATH to run the CLI in a terminal of a chosen width";
    }
}
