using System.Globalization;

namespace SanctionsWatch.Sources;

/// <summary>
/// Checks the files a read would consume before anything opens them: a file of size 0 is empty, or not a regular
/// file at all (<c>/dev/zero</c>, a pipe: reading one would never end, or block), and a file over the size limit is
/// not read either.
/// </summary>
public static class ListInput
{
    /// <summary>The sha256 of no bytes.</summary>
    public const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <returns>Null when every file may be read, else why not.</returns>
    public static string? Check(IEnumerable<string> paths, long maxBytes)
    {
        foreach (var path in paths)
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new FileNotFoundException($"no such file: {path}", path);
            if (info.Length == 0)
                return $"{info.Name}: the file is empty (or not a regular file: a device or a pipe is not read)";
            if (info.Length > maxBytes)
            {
                return string.Create(
                    CultureInfo.InvariantCulture, $"{info.Name}: the file is {info.Length} bytes, over the limit of {maxBytes} (MaxBytes)");
            }
        }

        return null;
    }
}
