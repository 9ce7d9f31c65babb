namespace SanctionsWatch.Sources.Fetching;

/// <summary>How to download one source: its URLs and the limits of one download.</summary>
public sealed record FetchSettings
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);
    public static readonly TimeSpan DefaultBodyTimeout = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(5);
    public const long DefaultMaxBytes = 512L * 1024 * 1024;
    public const int DefaultRetries = 3;

    /// <summary>The source id.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// The list's URL (http, https, file, or a local path), then any further files of the same download (e.g. OFAC's
    /// alt.csv, add.csv, sdn_comments.csv beside sdn.csv). The first is the file handed to the reader.
    /// </summary>
    public required IReadOnlyList<string> Urls { get; init; }

    /// <summary>Until the response headers arrive, per attempt.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>To read the whole body, per attempt and file, once the headers arrived.</summary>
    public TimeSpan BodyTimeout { get; init; } = DefaultBodyTimeout;

    /// <summary>A body larger than this is abandoned.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Further attempts after a timeout, a network error, a 5xx or a body that is empty, cut short or HTML.</summary>
    public int Retries { get; init; } = DefaultRetries;

    /// <summary>The delay before the first retry; doubled for each further one, plus up to 50% jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = DefaultRetryDelay;

    /// <summary>
    /// The longest wait before a retry that a publisher's <c>Retry-After</c> may ask for (the source's schedule interval):
    /// a longer one is not waited for, the next scheduled sync tries again.
    /// </summary>
    public TimeSpan MaxRetryWait { get; init; } = DefaultMaxRetryWait;

    public static readonly TimeSpan DefaultMaxRetryWait = TimeSpan.FromHours(1);

    /// <summary>Whether the list itself is HTML (no source is yet): otherwise an HTML body is an error page.</summary>
    public bool HtmlExpected { get; init; }
}

/// <summary>Where raw downloads are kept, how many per source, and how many bytes of refused ones per source.</summary>
public sealed record ArchiveSettings(string Path, int Keep = ArchiveSettings.DefaultKeep)
{
    public const int DefaultKeep = 30;

    public const long DefaultRejectedMaxBytes = 128L * 1024 * 1024;

    /// <summary>The refused bodies kept per source (<c>rejected/</c>) take at most this many bytes; a larger one is not kept.</summary>
    public long RejectedMaxBytes { get; init; } = DefaultRejectedMaxBytes;
}
