using Refit;

namespace SanctionsWatch.Sources.Fetching;

/// <summary>
/// The one HTTP call of every publisher: GET a file, conditionally. A generated Refit client, one per base address
/// (scheme, host and port of a source's URL). The raw response is returned so the body streams and a 304 does not
/// throw; the caller disposes it.
/// </summary>
public interface IListDownloadApi
{
    [Get("/{**path}")]
    Task<HttpResponseMessage> Download(
        string path,
        [Query] IDictionary<string, string>? query,
        [Header("If-None-Match")] string? ifNoneMatch,
        [Header("If-Modified-Since")] string? ifModifiedSince,
        CancellationToken cancellationToken);
}
