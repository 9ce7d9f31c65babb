using System.Globalization;

namespace SanctionsWatch.Sources.Fetching;

/// <summary>
/// The raw files as downloaded, so any snapshot can be re-read: <c>&lt;Path&gt;/&lt;source&gt;/&lt;yyyyMMddTHHmmssZ&gt;-&lt;sha8&gt;.&lt;ext&gt;</c>
/// (a folder of that name for a download of several files), refused bodies under <c>&lt;source&gt;/rejected/</c>.
/// Downloads are written to a work folder beside them first, so archiving is a rename. The last
/// <see cref="ArchiveSettings.Keep"/> of each (0: all) are kept.
/// </summary>
public sealed class RawArchive(ArchiveSettings settings, TimeProvider? time = null)
{
    private const string WorkPrefix = ".incoming-";
    private const string Rejected = "rejected";
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string Root => settings.Path;

    /// <summary>
    /// A new, empty work folder for one download of <paramref name="source"/>. Work folders a crashed process left
    /// behind (older than a day) are removed on the way.
    /// </summary>
    public string NewWorkFolder(string source)
    {
        var sourceFolder = Path.Combine(settings.Path, source);
        if (Directory.Exists(sourceFolder))
        {
            foreach (var stale in Directory.EnumerateDirectories(sourceFolder, WorkPrefix + "*")
                         .Where(d => Directory.GetLastWriteTimeUtc(d) < _time.GetUtcNow().UtcDateTime.AddDays(-1)))
                Discard(stale);
        }

        var folder = Path.Combine(sourceFolder, WorkPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Moves what was downloaded into <paramref name="workFolder"/> (the files in it; <paramref name="primary"/> is
    /// the one read) into the archive, or its <c>rejected/</c> folder; returns the archived path of the primary file.
    /// </summary>
    public string? Keep(string source, string workFolder, string primary, string hash, DateTimeOffset at, bool rejected)
    {
        if (rejected && SizeOf(workFolder) > settings.RejectedMaxBytes)
        {
            Discard(workFolder); // larger than all the room refused bodies have: not kept
            return null;
        }

        var folder = rejected ? Path.Combine(settings.Path, source, Rejected) : Path.Combine(settings.Path, source);
        Directory.CreateDirectory(folder);
        var stem = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + hash[..Math.Min(8, hash.Length)];
        var files = Directory.GetFiles(workFolder);
        string result;
        if (files.Length == 1)
        {
            var target = Path.Combine(folder, stem + Path.GetExtension(primary).ToLowerInvariant());
            if (!File.Exists(target))
                File.Move(files[0], target);
            result = target;
        }
        else
        {
            var target = Path.Combine(folder, stem);
            if (!Directory.Exists(target))
                Directory.Move(workFolder, target);
            result = Path.Combine(target, Path.GetFileName(primary));
        }

        Discard(workFolder);
        Prune(folder, rejected ? settings.RejectedMaxBytes : long.MaxValue);
        return result;
    }

    private static long SizeOf(string path) =>
        Directory.Exists(path)
            ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
            : File.Exists(path) ? new FileInfo(path).Length : 0;

    /// <summary>Deletes a work folder (and what is left in it).</summary>
    public static void Discard(string workFolder)
    {
        try
        {
            if (Directory.Exists(workFolder))
                Directory.Delete(workFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next prune; never a reason to fail a sync.
        }
    }

    /// <summary>
    /// Keeps the newest <see cref="ArchiveSettings.Keep"/> archived downloads of a folder (0: all), and of those only
    /// the newest that fit in <paramref name="maxBytes"/> together.
    /// </summary>
    private void Prune(string folder, long maxBytes)
    {
        var entries = Directory.EnumerateFileSystemEntries(folder)
            .Where(p => Path.GetFileName(p) is var n && !n.StartsWith('.') && n != Rejected)
            .OrderByDescending(p => Path.GetFileName(p), StringComparer.Ordinal)
            .ToList();
        long total = 0;
        var dropped = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            total += maxBytes == long.MaxValue ? 0 : SizeOf(entries[i]);
            if ((settings.Keep > 0 && i >= settings.Keep) || total > maxBytes)
                dropped.Add(entries[i]);
        }

        foreach (var old in dropped)
        {
            try
            {
                if (Directory.Exists(old))
                    Directory.Delete(old, recursive: true);
                else
                    File.Delete(old);
            }
            catch (IOException)
            {
                // Tried again after the next download.
            }
        }
    }
}
