using System.Globalization;
using System.Net;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Fetching;

/// <summary>What one download brought: nothing new (304), or the files in the work folder.</summary>
public sealed record DownloadResult(bool NotModified, string Primary, string Hash, long Size, string? Etag, string? LastModified);

/// <summary>
/// One attempt at downloading a source: every URL of it into a work folder, conditionally (the stored ETag /
/// Last-Modified) when the source is one file, each with a deadline for the headers and another for the body. Local paths are copied the
/// same way, so every file read comes from the archive.
/// </summary>
public sealed class Downloader(DownloadClients clients, TimeProvider time)
{
    public async Task<DownloadResult> DownloadAsync(
        FetchSettings settings, FetchState state, string workFolder, CancellationToken ct)
    {
        string? etag = null, lastModified = null;
        var hashes = new List<(string Name, string Hash)>();
        long size = 0;
        string primary = "";
        for (var i = 0; i < settings.Urls.Count; i++)
        {
            var url = settings.Urls[i];
            var target = Path.Combine(workFolder, FileNameOf(url, i));
            if (i == 0)
                primary = target;
            (string Hash, long Size) written;
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                // Several files: a change may be in a companion file alone, so all are fetched and the hash decides.
                var conditional = settings.Urls.Count == 1;
                using var response = await SendAsync(uri, conditional ? state : null, settings, ct).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    // "Not modified" only means something against a validator we sent: else there is no file at all.
                    if (conditional && (state.Etag is not null || state.LastModified is not null))
                        return new DownloadResult(true, "", "", 0, state.Etag, state.LastModified);
                    throw new DownloadFailure(
                        $"{UrlRedaction.Redact(url)}: HTTP 304 Not Modified to a request that sent no ETag or Last-Modified: no file", false, false);
                }

                if (i == 0)
                {
                    etag = response.Headers.ETag?.ToString();
                    lastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture);
                }

                var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                    written = await BodyWriter.WriteAsync(body, target, response.Content.Headers.ContentLength, settings, time, ct).ConfigureAwait(false);
            }
            else
            {
                var local = uri is { IsFile: true } ? uri.LocalPath : url;
                if (!File.Exists(local))
                    throw new DownloadFailure($"no such file: {local}", false, false);
                var stream = File.OpenRead(local);
                await using (stream.ConfigureAwait(false))
                    written = await BodyWriter.WriteAsync(stream, target, stream.Length, settings, time, ct).ConfigureAwait(false);
            }

            hashes.Add((Path.GetFileName(target), written.Hash));
            size += written.Size;
        }

        return new DownloadResult(false, primary, FileSetHash.Combine(hashes), size, etag, lastModified);
    }

    private async Task<HttpResponseMessage> SendAsync(Uri uri, FetchState? conditional, FetchSettings settings, CancellationToken ct)
    {
        using var deadline = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        var (path, query) = DownloadClients.Split(uri);
        HttpResponseMessage response;
        try
        {
            response = await clients.For(uri)
                .Download(path, query, conditional?.Etag, conditional?.LastModified, linked.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new DownloadFailure($"{UrlRedaction.Redact(uri)}: no answer within Timeout {settings.Timeout}", true, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DownloadFailure(
                $"{UrlRedaction.Redact(uri)}: network error: {UrlRedaction.RedactUrlsIn((ex.InnerException ?? ex).Message)}", true, false, ex);
        }

        var code = (int)response.StatusCode;
        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified)
            return response;
        var retryAfter = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            ? RetryAfter(response)
            : null;
        response.Dispose();
        var retryable = code >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
        throw new DownloadFailure(
            $"{UrlRedaction.Redact(uri)}: HTTP {code} {response.ReasonPhrase}" +
            (retryAfter is { } wait ? string.Create(CultureInfo.InvariantCulture, $" (Retry-After {wait.TotalSeconds:0} s)") : ""),
            retryable,
            false)
        { RetryAfter = retryAfter };
    }

    /// <summary>The wait a 429 or 503 asks for (<c>Retry-After</c>: seconds or an HTTP date), or null.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>The file name a URL's body is saved under (its last path segment), unique within the download.</summary>
    private static string FileNameOf(string url, int index)
    {
        var name = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Path.GetFileName(Uri.UnescapeDataString(uri.AbsolutePath)) : Path.GetFileName(url);
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            name = "list";
        return index == 0 ? name : name.Equals("list", StringComparison.Ordinal) ? $"list{index}" : name;
    }
}
