using System.Diagnostics;
using System.Text;

namespace SanctionsWatch.Tests.Support;

/// <summary>The real CLI running <c>run</c> (the long-running worker) in a child process, with its output collected.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public WorkerProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sanctionswatch.dll"));
        start.ArgumentList.Add("run");
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("SANCTIONSWATCH_CONFIG");
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>
    /// True once the process has exited and its output has been read to the end: the lines it wrote last arrive after
    /// the exit (a test read an empty <see cref="Output"/> of a worker that had just exited, refused).
    /// </summary>
    public bool HasExited
    {
        get
        {
            if (!_process.HasExited)
                return false;
            _process.WaitForExit(); // without a timeout: also waits for the redirected output to reach its end
            return true;
        }
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Kills the process at once (no graceful stop), as a crash or power cut would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>Sends SIGTERM (what systemd sends) and waits for the process to exit; true when it did in time.</summary>
    public bool Terminate(TimeSpan timeout)
    {
        if (_process.HasExited)
            return true;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit(5_000);
        if (!_process.WaitForExit(timeout))
            return false;
        _process.WaitForExit();
        return true;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
