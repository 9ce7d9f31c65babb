using System.Diagnostics;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>A fact that runs the real binary on a pseudo-terminal, through util-linux <c>script</c>.</summary>
public sealed class PtyFactAttribute : FactAttribute
{
    public PtyFactAttribute()
    {
        if (!TerminalTests.ScriptAvailable)
            Skip = "needs util-linux 'script' on the PATH to give the CLI a pseudo-terminal";
    }
}

/// <summary>
/// The real binary as a person sees it on a terminal (a pseudo-terminal made by <c>script</c>): tables with borders and
/// colour, a progress bar during a replay; and, piped, none of it.
/// </summary>
public sealed class TerminalTests : IDisposable
{
    private readonly TempDir _dir = new();

    public static bool ScriptAvailable { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "script")));

    public void Dispose() => _dir.Dispose();

    /// <summary>Runs the CLI under <c>script</c> (a pty 200 columns wide) and returns what the terminal received.</summary>
    private string OnTerminal(params string[] args)
    {
        var cli = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "sanctionswatch.dll") }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _dir.Path };
        foreach (var a in new[] { "-qec", $"stty cols 200 rows 40; {cli}", "/dev/null" })
            start.ArgumentList.Add(a);
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("SANCTIONSWATCH_CONFIG");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI on a pty did not finish in 2 minutes");
        }

        Assert.True(process.ExitCode == 0, output.Result);
        return output.Result;
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private string[] Store() => ["--db", _dir.File("store.db"), "--watchlist", _dir.Write("watchlist.yaml", "entities:\n  - id: ru-kurganmashzavod\n    name: Kurganmashzavod\n")];

    private string[] TwoFiles() =>
    [
        _dir.Write("sdn_2022-02-20T1000.csv", OfacCsv.File([OfacCsv.Row(35345, "KURGANMASHZAVOD"), .. OfacCsv.Filler(30)])),
        _dir.Write("sdn_2022-03-04T0203.csv", OfacCsv.File([OfacCsv.Row(35345, "KURGANMASHZAVOD"), .. OfacCsv.Filler(31)])),
    ];

    [PtyFact]
    public void On_a_terminal_tables_have_borders_and_colour_and_a_replay_shows_a_progress_bar()
    {
        var replay = OnTerminal(["replay", "--source", "ofac-sdn", .. TwoFiles(), .. Store()]);
        Assert.Contains("replaying 2 files", replay, StringComparison.Ordinal);
        Assert.Contains("100%", replay, StringComparison.Ordinal);
        Assert.Contains("━", replay, StringComparison.Ordinal); // the bar
        Assert.Contains("replayed 2 files: 2 accepted", replay, StringComparison.Ordinal);

        var hits = OnTerminal(["hits", .. Store()]);
        Assert.Contains("╭", hits, StringComparison.Ordinal);
        Assert.Contains("KURGANMASHZAVOD", hits, StringComparison.Ordinal);
        Assert.Contains("│", hits, StringComparison.Ordinal);
        Assert.Contains("\u001b[", hits, StringComparison.Ordinal); // colour
    }

    [Fact]
    public void Piped_the_same_commands_print_plain_text()
    {
        var replay = CliProcess.Run(_dir.Path, ["replay", "--source", "ofac-sdn", .. TwoFiles(), .. Store()]);
        Assert.True(replay.ExitCode == 0, replay.Err);
        Assert.DoesNotContain("━", replay.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', replay.Out);
        var hits = CliProcess.Run(_dir.Path, ["hits", .. Store()]);
        Assert.StartsWith("ID  WATCHLIST_ID", hits.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', hits.Out);
    }
}
