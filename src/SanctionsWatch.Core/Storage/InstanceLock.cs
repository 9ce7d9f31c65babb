using System.Globalization;

namespace SanctionsWatch.Storage;

/// <summary>
/// The one worker of a store: an exclusive lock on <c>&lt;database&gt;.lock</c> beside the database (the database's
/// real path: a symbolic link leads to the same lock), held while the worker runs and released by the system when its
/// process ends, however it ends. A second worker on the same store would deliver every alert twice.
/// </summary>
public sealed class InstanceLock : IDisposable
{
    private readonly FileStream _stream;

    private InstanceLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Takes the lock, or throws <see cref="InstanceLockedException"/> when another worker holds it.</summary>
    public static InstanceLock Acquire(string databasePath)
    {
        var database = System.IO.Path.GetFullPath(databasePath);
        if (new FileInfo(database).LinkTarget is not null)
            database = new FileInfo(database).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? database;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(database)!);
        var path = database + ".lock";
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = Database.PrivateFile;
        FileStream stream;
        try
        {
            stream = new FileStream(path, options); // FileShare.None: an exclusive lock (flock on Linux)
        }
        catch (IOException ex)
        {
            throw new InstanceLockedException(
                $"another worker is already running on {database} (it holds {path}): a second 'run' on one store would " +
                "deliver every alert twice; stop the other one first", ex);
        }

        stream.SetLength(0);
        var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        stream.Write(pid);
        stream.Flush();
        return new InstanceLock(stream, path);
    }

    public void Dispose() => _stream.Dispose();
}

/// <summary>Another worker runs on this store.</summary>
public sealed class InstanceLockedException(string message, Exception inner) : IOException(message, inner);
