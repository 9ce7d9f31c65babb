using System.Globalization;
using System.Text.RegularExpressions;

namespace SanctionsWatch.Sync;

/// <summary>
/// The files of a replay, in name order, each with its snapshot time: the ISO date-time in its name
/// (<c>sdn_2022-03-04T0203.csv</c> → 2022-03-04T02:03Z; a date alone means midnight UTC), else the file's mtime.
/// </summary>
public static partial class ReplayFiles
{
    public static List<(string Path, DateTimeOffset TakenAt)> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path).Where(f => !Path.GetFileName(f).StartsWith('.')));
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new FileNotFoundException($"no such file or folder: {path}", path);
        }

        return [.. files
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(f => (f, TimeOf(f)))];
    }

    public static DateTimeOffset TimeOf(string path) =>
        FromName(Path.GetFileName(path)) ?? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);

    public static DateTimeOffset? FromName(string fileName)
    {
        var m = Stamp().Match(fileName);
        if (!m.Success)
            return null;
        var date = m.Groups["date"].Value;
        var hour = m.Groups["h"].Success ? m.Groups["h"].Value : "00";
        var minute = m.Groups["m"].Success ? m.Groups["m"].Value : "00";
        var second = m.Groups["s"].Success ? m.Groups["s"].Value : "00";
        return DateTimeOffset.TryParseExact(
            $"{date}T{hour}:{minute}:{second}Z", "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;
    }

    [GeneratedRegex(@"(?<date>\d{4}-\d{2}-\d{2})(?:[T_ ](?<h>\d{2}):?(?<m>\d{2})(?::?(?<s>\d{2}))?)?")]
    private static partial Regex Stamp();
}
