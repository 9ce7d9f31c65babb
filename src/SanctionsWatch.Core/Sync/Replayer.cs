using SanctionsWatch.Model;
using SanctionsWatch.Sources;

namespace SanctionsWatch.Sync;

/// <summary>
/// Applies successive files of one source in order, reading the next file on another thread while the current one
/// is applied (the store is written by one thread only).
/// </summary>
public static class Replayer
{
    public static IEnumerable<SyncOutcome> Replay(
        SnapshotImporter importer,
        string source,
        IListReader reader,
        IReadOnlyList<(string Path, DateTimeOffset TakenAt)> files,
        CancellationToken cancellationToken = default)
    {
        Task<ListFile>? next = null;
        for (var i = 0; i < files.Count; i++)
        {
            var current = next ?? ReadAsync(files[i].Path);
            next = i + 1 < files.Count ? ReadAsync(files[i + 1].Path) : null;
            yield return importer.Import(source, reader, files[i].Path, files[i].TakenAt, current, cancellationToken);
        }

        // A file the importer will not read (empty, a device, a pipe, too large) is not read ahead either.
        Task<ListFile> ReadAsync(string path) =>
            ListInput.Check(reader.InputFiles(path), long.MaxValue) is { } unreadable
                ? Task.FromException<ListFile>(new ListFormatException(unreadable))
                : Task.Run(() => reader.Read(path, source, cancellationToken), cancellationToken);
    }
}
