using System.Diagnostics;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// The "first five minutes" of README.md (issue 18, item 8) run as written: its shell block through bash, in a fresh
/// home, with <c>scripts/sanctionswatch</c> as the CLI built beside the tests and <c>../shared</c> as found.
/// </summary>
public sealed class ReadmeFirstFiveMinutesTests : IDisposable
{
    private readonly TempDir _home = new();

    public void Dispose() => _home.Dispose();

    private static string Block()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.ProjectRoot, "README.md"));
        var section = readme.IndexOf("## The first five minutes", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no 'The first five minutes' section");
        Assert.True(section < readme.IndexOf("## Quick start", StringComparison.Ordinal), "the first five minutes come before the worker");
        var start = readme.IndexOf("```sh\n", section, StringComparison.Ordinal) + 6;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [SharedDataFact]
    public void Every_command_of_the_first_five_minutes_works_as_written()
    {
        var shared = Path.GetDirectoryName(SharedData.PathOf("data"))!;
        var script = "set -euo pipefail\nsw() { dotnet \"$SW_DLL\" \"$@\"; }\n" +
            Block().Replace("scripts/sanctionswatch", "sw", StringComparison.Ordinal)
                   .Replace("../shared/", shared + "/", StringComparison.Ordinal);
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = SharedData.ProjectRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = _home.Path;
        start.Environment["SW_DLL"] = Path.Combine(AppContext.BaseDirectory, "sanctionswatch.dll");
        start.Environment["SANCTIONSWATCH_CONFIG"] = Path.Combine(SharedData.ProjectRoot, "config", "appsettings.json");
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("SANCTIONSWATCH_USER");

        using var bash = Process.Start(start)!;
        bash.StandardInput.Write(script);
        bash.StandardInput.Close();
        var stdout = bash.StandardOutput.ReadToEndAsync();
        var stderr = bash.StandardError.ReadToEndAsync();
        Assert.True(bash.WaitForExit(TimeSpan.FromMinutes(5)), "the first five minutes took more than five minutes");
        var output = stdout.Result;

        Assert.True(bash.ExitCode == 0, $"exit {bash.ExitCode}\n{stderr.Result}\n{output}");
        Assert.Contains("watchlist.yaml: valid, 3 entities", output, StringComparison.Ordinal);
        Assert.Contains("replayed 6 files: 6 accepted", output, StringComparison.Ordinal);
        Assert.Contains("ALERT listed     rostec ← ofac-sdn 17260 STATE CORPORATION ROSTEC", output, StringComparison.Ordinal);
        Assert.Contains("hit 27: rostec ← ofac-sdn 17260 STATE CORPORATION ROSTEC", output, StringComparison.Ordinal);
        Assert.Contains("same identifier: inn 7704274402", output, StringComparison.Ordinal);
        Assert.Contains("hit 2: new → dismissed", output, StringComparison.Ordinal);
        Assert.Contains("SanctionsWatch digest 2022-06-01 → 2022-07-01: 2 listed, 0 changed, 0 delisted", output, StringComparison.Ordinal);
        Assert.Contains("5 of 48 shown (--limit 5;", stderr.Result, StringComparison.Ordinal); // hits --related --limit 5 says it is cut
        Assert.True(File.Exists(Path.Combine(_home.Path, "sw-first", "store.db")), "the store is the one the README exports");
    }
}
