using System.Diagnostics;
using SanctionsWatch.App;
using SanctionsWatch.Cli;

namespace SanctionsWatch.Tests.Support;

/// <summary>
/// Runs the real CLI: in this process (its entry, <see cref="CliMain"/>, with its own output, error, variables and
/// working directory: what the program does between reading its arguments and returning its exit code), or, with
/// <see cref="RunAsProcess(string, string[])"/>, as a child process (<c>dotnet sanctionswatch.dll</c>) for what only a
/// process shows: its exit on a signal, its terminal, its umask.
/// </summary>
public static class CliProcess
{
    // The umask the program sets first (process-wide, so once for every in-process run). In-process runs block a pool
    // thread each while the command runs (sync over async, as a test calls a command): a larger floor of pool threads
    // keeps the servers these tests start in this process (Kestrel, the HTTP receivers) answering on a busy machine.
    static CliProcess()
    {
        FileModes.RestrictUmask();
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
    }

    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(string workingDirectory, params string[] args) =>
        Run(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs the CLI in-process with extra environment variables (the test's own configuration variables hidden).</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["SANCTIONSWATCH_CONFIG"] = null,
            ["SANCTIONSWATCH_USER"] = null,
        };
        foreach (var (name, value) in environment)
            variables[name] = value;
        var output = new StringWriter();
        var error = new StringWriter();
        // On the thread pool: no test synchronisation context to block on.
        var code = Task.Run(() => Invocation.RunWith(output, error, variables, workingDirectory, () => CliMain.RunAsync([.. args])))
            .GetAwaiter().GetResult();
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the CLI as a child process.</summary>
    public static Result RunAsProcess(string workingDirectory, params string[] args) =>
        RunAsProcess(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs the CLI as a child process with extra environment variables.</summary>
    public static Result RunAsProcess(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
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
