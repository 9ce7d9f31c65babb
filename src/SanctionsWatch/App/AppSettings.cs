using Microsoft.Extensions.Configuration;
using SanctionsWatch.Matching;
using SanctionsWatch.Sources.Fetching;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;

namespace SanctionsWatch.App;

/// <summary>The settings of one source, from <c>Sources:&lt;id&gt;</c>.</summary>
internal sealed record SourceSettings(
    string Id, bool Enabled, string? Url, string? Format, string? Schedule, double MinEntryRatio)
{
    /// <summary>Further files of the same download (<c>Urls</c>: an array, or one string separated by spaces or commas).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>The OpenSanctions dataset, substituted for <c>{dataset}</c> in the URLs.</summary>
    public string? Dataset { get; init; }

    /// <summary>The lists to keep of a source that publishes several in one file (us-csl); empty for its default.</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];

    public TimeSpan Timeout { get; init; } = FetchSettings.DefaultTimeout;

    public TimeSpan BodyTimeout { get; init; } = FetchSettings.DefaultBodyTimeout;

    public long MaxBytes { get; init; } = FetchSettings.DefaultMaxBytes;

    public int Retries { get; init; } = FetchSettings.DefaultRetries;

    public TimeSpan RetryDelay { get; init; } = FetchSettings.DefaultRetryDelay;

    /// <summary>How to download the source, or null when it has no <c>Url</c>.</summary>
    public FetchSettings? Fetch => string.IsNullOrWhiteSpace(Url)
        ? null
        : new FetchSettings
        {
            Source = Id,
            Urls = [.. new[] { Url }.Concat(Urls).Select(u => Dataset is null ? u : u.Replace("{dataset}", Dataset, StringComparison.OrdinalIgnoreCase))],
            Timeout = Timeout,
            BodyTimeout = BodyTimeout,
            MaxBytes = MaxBytes,
            Retries = Retries,
            RetryDelay = RetryDelay,
            MaxRetryWait = ScheduleInterval() ?? FetchSettings.DefaultMaxRetryWait,
        };

    /// <summary>The time between two scheduled syncs (a Retry-After longer than that is left to the next one).</summary>
    private TimeSpan? ScheduleInterval()
    {
        try
        {
            var cron = Hosting.SourceSchedule.CronFor(this);
            return Hosting.SourceSchedule.Interval(Hosting.SourceSchedule.Parse(Id, cron), DateTimeOffset.UtcNow);
        }
        catch (UsageException)
        {
            return null; // 'run' and 'sources' report the schedule; a one-off sync still goes on
        }
    }
}

/// <summary>
/// Configuration: <c>config/appsettings.json</c> (or <c>--config</c>, or SANCTIONSWATCH_CONFIG), then environment
/// variables prefixed SANCTIONSWATCH_ (e.g. SANCTIONSWATCH_Database__Path). Relative paths in a configuration file are
/// relative to that file's folder; relative paths on the command line are relative to the working directory.
/// </summary>
internal sealed record AppSettings(
    string? ConfigPath,
    StoreAddress Store,
    string WatchlistPath,
    MatchThresholds Thresholds,
    IReadOnlyDictionary<string, SourceSettings> Sources)
{
    /// <summary>How related parties are looked for: <c>Related:Depth</c> (1 to 5, default 2), <c>Related:Default</c> (alert, review, off; default review).</summary>
    public RelatedSettings Related { get; init; } = new();

    /// <summary>Where raw downloads are archived (<c>Archive:Path</c>, default <c>raw</c> beside the database) and how many are kept.</summary>
    public ArchiveSettings Archive { get; init; } = new(Path.Combine("data", "raw"));

    public const string ConfigEnvironmentVariable = "SANCTIONSWATCH_CONFIG";

    /// <summary><c>Alerts:MaterialChangesOnly</c> (default true): <c>changed</c> alerts only for material changes.</summary>
    public bool MaterialChangesOnly { get; init; } = true;

    /// <summary>The configuration bound and validated (<see cref="SettingsOptions"/>): what the settings above are made of.</summary>
    public SettingsOptions Options { get; init; } = new();

    /// <summary>The whole configuration (file, then SANCTIONSWATCH_ environment variables), for the worker's sections.</summary>
    public IConfiguration Configuration { get; init; } = new ConfigurationBuilder().Build();

    /// <summary>
    /// The folder of the store's files: the SQLite file's folder, or for a PostgreSQL store the folder of
    /// <c>Database:Path</c> (default <c>data</c>), where the logs and the raw archive go by default.
    /// </summary>
    public string DataDirectory { get; init; } = Path.GetFullPath("data");

    /// <summary>The folder relative paths in the configuration are relative to.</summary>
    public string BaseDirectory { get; init; } = Invocation.CurrentDirectory;

    /// <summary>Resolves a path from the configuration against <see cref="BaseDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, BaseDirectory);

    public SyncSettings SyncSettingsFor(string source) => new()
    {
        Thresholds = Thresholds,
        MaterialChangesOnly = MaterialChangesOnly,
        MinEntryRatio = Sources.TryGetValue(source, out var s) ? s.MinEntryRatio : SnapshotGuard.DefaultMinEntryRatio,
        MaxFileBytes = Sources.TryGetValue(source, out var m) ? m.MaxBytes : FetchSettings.DefaultMaxBytes,
        Related = Related,
    };

    public static AppSettings Load(string? configPath, string? databasePath, string? watchlistPath)
    {
        var path = configPath ?? Invocation.Variable(ConfigEnvironmentVariable);
        if (path is null && File.Exists(Invocation.FullPath(Path.Combine("config", "appsettings.json"))))
            path = Path.Combine("config", "appsettings.json");
        var fullPath = path is null ? null : Invocation.FullPath(path);
        if (fullPath is not null && !File.Exists(fullPath))
            throw new UsageException($"configuration file not found: {path}");

        var builder = new ConfigurationBuilder();
        if (fullPath is not null)
            builder.AddJsonFile(fullPath, optional: false, reloadOnChange: false);
        IConfigurationRoot config;
        try
        {
            config = builder.AddEnvironmentVariables("SANCTIONSWATCH_")
                .AddInMemoryCollection(Invocation.ConfigurationVariables("SANCTIONSWATCH_"))
                .Build();
        }
        catch (InvalidDataException ex)
        {
            // Broken JSON is bad configuration (exit 2), said with the parser's line and position.
            throw new UsageException($"configuration file {path} is not valid JSON: {ex.InnerException?.Message ?? ex.Message}");
        }

        var baseDir = fullPath is null ? Invocation.CurrentDirectory : Path.GetDirectoryName(fullPath)!;
        var options = SettingsRegistration.Resolve(config);
        string Resolve(string? cli, string? configured, string fallback) =>
            cli is not null ? Invocation.FullPath(cli) : Path.GetFullPath(configured ?? fallback, baseDir);

        var sources = options.Sources.ToDictionary(
            s => s.Key,
            s => new SourceSettings(
                s.Key,
                s.Value.Enabled,
                LocalOrUrl(s.Value.Url, baseDir),
                s.Value.Format,
                s.Value.Schedule,
                s.Value.MinEntryRatio ?? options.Guard.MinEntryRatio)
            {
                Urls = [.. s.Value.Urls.Select(u => LocalOrUrl(u, baseDir)!)],
                Dataset = s.Value.Dataset,
                Lists = s.Value.Lists,
                Timeout = DurationOr(s.Value.Timeout, FetchSettings.DefaultTimeout),
                BodyTimeout = DurationOr(s.Value.BodyTimeout, FetchSettings.DefaultBodyTimeout),
                MaxBytes = s.Value.MaxBytes,
                Retries = s.Value.Retries,
                RetryDelay = DurationOr(s.Value.RetryDelay, FetchSettings.DefaultRetryDelay),
            },
            StringComparer.Ordinal);

        // --db names a SQLite file and wins over the configuration (a copy of a cluster's store can be read that way).
        var database = Resolve(databasePath, options.Database.Path, Path.Combine("data", "sanctionswatch.db"));
        var store = databasePath is null && options.Database.Provider == StoreProvider.PostgreSql
            ? StoreAddress.PostgreSql(options.Database.ConnectionString!)
            : StoreAddress.Sqlite(database);
        var dataDirectory = Path.GetDirectoryName(database)!;
        var archivePath = options.Archive.Path is { } archive
            ? Path.GetFullPath(archive, baseDir)
            : Path.Combine(dataDirectory, "raw");
        return new AppSettings(
            fullPath,
            store,
            Resolve(watchlistPath, options.Watchlist.Path, Path.Combine("config", "watchlist.yaml")),
            new MatchThresholds(options.Matching.AlertThreshold, options.Matching.ReviewThreshold),
            sources)
        {
            Configuration = config,
            Options = options,
            BaseDirectory = baseDir,
            DataDirectory = dataDirectory,
            MaterialChangesOnly = options.Alerts.MaterialChangesOnly,
            Related = new RelatedSettings(options.Related.Depth, options.Related.Default),
            Archive = new ArchiveSettings(archivePath, options.Archive.Keep) { RejectedMaxBytes = options.Archive.RejectedMaxBytes },
        };
    }

    private static TimeSpan DurationOr(string? text, TimeSpan fallback) => text is null ? fallback : SettingsMapping.Duration(text) ?? fallback;

    /// <summary>A URL as it is; a local path resolved against the configuration's folder.</summary>
    private static string? LocalOrUrl(string? value, string baseDir) =>
        value is null || Uri.TryCreate(value, UriKind.Absolute, out var uri) && !uri.IsFile
            ? value
            : Path.GetFullPath(uri?.IsFile == true ? uri.LocalPath : value, baseDir);
}

/// <summary>A mistake in how the program was called or configured: exit code 2, one clear line.</summary>
internal sealed class UsageException(string message) : Exception(message);
