using System.Security.Cryptography;
using System.Text;

namespace SanctionsWatch.Sources;

/// <summary>
/// The one rule for the hash of what a snapshot reads, wherever the files came from (a download, <c>sync --file</c>, a
/// refused body): one file is the sha256 of its bytes; several are the sha256 of their lines <c>name:sha256</c>, names
/// in lower case and in their order. So the same OFAC CSV family downloaded (SDN.CSV, ALT.CSV …) or synced from a folder
/// (sdn.csv, alt.csv …) is recognised as unchanged.
/// </summary>
public static class FileSetHash
{
    /// <summary>The hash of files whose own sha256 is known (a download hashes each file while streaming it).</summary>
    public static string Combine(IEnumerable<(string Name, string Hash)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var ordered = files.Select(f => (Name: f.Name.ToLowerInvariant(), f.Hash)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        if (ordered.Count == 1)
            return ordered[0].Hash;
        var text = string.Concat(ordered.Select(f => f.Name + ":" + f.Hash + "\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The hash of files on disk (named by their file names) and their total size.</summary>
    public static (string Hash, long Size) Of(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var hashes = new List<(string, string)>();
        long size = 0;
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(path);
            hashes.Add((Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(stream))));
            size += stream.Length;
        }

        return (Combine(hashes), size);
    }
}
