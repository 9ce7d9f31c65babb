using System.Security.Cryptography;

namespace SanctionsWatch.Sources.Fetching;

/// <summary>
/// Streams a response body into a file within a deadline and a size limit, hashing it (sha256) on the way, and checks
/// what needs no reader: not empty, not cut short of its Content-Length, not an HTML page where a list was expected.
/// </summary>
public static class BodyWriter
{
    private const int BufferSize = 81920;

    /// <summary>Writes <paramref name="body"/> to <paramref name="target"/>; returns the sha256 (hex) and the size.</summary>
    public static async Task<(string Hash, long Size)> WriteAsync(
        Stream body, string target, long? contentLength, FetchSettings settings, TimeProvider time, CancellationToken ct)
    {
        using var deadline = new CancellationTokenSource(settings.BodyTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long size = 0;
        var name = Path.GetFileName(target);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = BufferSize,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = Storage.Database.PrivateFile; // the raw archive is these files, renamed
        await using (var file = new FileStream(target, options))
        {
            try
            {
                int read;
                while ((read = await body.ReadAsync(buffer, linked.Token).ConfigureAwait(false)) > 0)
                {
                    size += read;
                    if (size > settings.MaxBytes)
                    {
                        // Not kept for inspection: a body refused for its size would fill the disk (a gzip bomb).
                        throw new DownloadFailure($"{name}: the body is larger than MaxBytes ({settings.MaxBytes} bytes): abandoned, not kept", false, false);
                    }
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), linked.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                throw new DownloadFailure(
                    $"{name}: the body did not arrive within BodyTimeout {settings.BodyTimeout} ({size} bytes received" +
                    (contentLength is { } n ? $" of {n}" : "") + ")",
                    true, true);
            }
            catch (IOException ex)
            {
                throw new DownloadFailure(
                    $"{name}: the body was cut short ({size} bytes received" + (contentLength is { } n ? $" of {n}" : "") +
                    $"): {ex.Message}",
                    true, true, ex);
            }
        }

        if (contentLength is { } expected && size < expected)
            throw new DownloadFailure($"{name}: the body was cut short ({size} bytes received of {expected})", true, true);
        if (size == 0)
            throw new DownloadFailure($"{name}: the body is empty (0 bytes with status 200)", true, true);
        if (!settings.HtmlExpected && LooksLikeHtml(target))
            throw new DownloadFailure($"{name}: the body is an HTML page, not the list (an error or maintenance page?)", true, true);
        return (Convert.ToHexStringLower(sha.GetHashAndReset()), size);
    }

    /// <summary>Whether the file starts (after a byte order mark and whitespace) with <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c>.</summary>
    public static bool LooksLikeHtml(string path)
    {
        var head = new byte[1024];
        int read;
        using (var stream = File.OpenRead(path))
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = System.Text.Encoding.UTF8.GetString(head, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
