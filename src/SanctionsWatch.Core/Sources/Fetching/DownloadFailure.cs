namespace SanctionsWatch.Sources.Fetching;

/// <summary>
/// A download that did not bring a usable file, with the reason. <see cref="BodyReceived"/>: the publisher answered
/// 200 and sent something (empty, cut short, an HTML page, too slow): it is kept for inspection and recorded as a
/// refused snapshot; otherwise (no answer, 5xx, 4xx) only the source's state records the failure.
/// </summary>
public sealed class DownloadFailure(string message, bool retryable, bool bodyReceived, Exception? inner = null)
    : Exception(message, inner)
{
    public bool Retryable { get; } = retryable;

    public bool BodyReceived { get; } = bodyReceived;

    /// <summary>The wait the publisher asked for with <c>Retry-After</c> (on a 429 or 503), if any.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
