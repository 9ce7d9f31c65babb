using System.Diagnostics;

namespace SanctionsWatch.Tests.Support;

/// <summary>Runs the real CLI (sanctionswatch.dll, built beside the tests) in a child process.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(string workingDirectory, params string[] args) =>
        Run(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs the CLI with extra environment variables.</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunProgram(workingDirectory, "dotnet", [Path.Combine(AppContext.BaseDirectory, "sanctionswatch.dll"), .. args], environment);

    /// <summary>
    /// Runs any program (dotnet pack, an installed tool) as the CLI is run: output collected, the test's own
    /// configuration variables removed, killed after two minutes.
    /// </summary>
    public static Result RunProgram(string workingDirectory, string program, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("SANCTIONSWATCH_CONFIG");
        start.Environment.Remove("SANCTIONSWATCH_USER");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(program + " " + string.Join(' ', args) + " did not finish in 2 minutes");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
