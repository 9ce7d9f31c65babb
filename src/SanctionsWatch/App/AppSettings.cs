using System.Globalization;
using Microsoft.Extensions.Configuration;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sources.Fetching;
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
    string DatabasePath,
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

    /// <summary>The whole configuration (file, then SANCTIONSWATCH_ environment variables), for the worker's sections.</summary>
    public IConfiguration Configuration { get; init; } = new ConfigurationBuilder().Build();

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
            config = builder.AddEnvironmentVariables("SANCTIONSWATCH_").Build();
        }
        catch (InvalidDataException ex)
        {
            // Broken JSON is bad configuration (exit 2), said with the parser's line and position.
            throw new UsageException($"configuration file {path} is not valid JSON: {ex.InnerException?.Message ?? ex.Message}");
        }

        var baseDir = fullPath is null ? Invocation.CurrentDirectory : Path.GetDirectoryName(fullPath)!;
        string Resolve(string? cli, string key, string fallback) =>
            cli is not null ? Invocation.FullPath(cli) : Path.GetFullPath(config[key] ?? fallback, baseDir);

        var defaultGuard = Ratio(config, "Guard:MinEntryRatio", SnapshotGuard.DefaultMinEntryRatio);
        var sources = config.GetSection("Sources").GetChildren().ToDictionary(
            s => s.Key,
            s => new SourceSettings(
                s.Key,
                !string.Equals(s["Enabled"], "false", StringComparison.OrdinalIgnoreCase),
                LocalOrUrl(s["Url"], baseDir),
                s["Format"],
                s["Schedule"],
                Ratio(s, "MinEntryRatio", defaultGuard))
            {
                Urls = [.. UrlList(s).Select(u => LocalOrUrl(u, baseDir)!)],
                Dataset = s["Dataset"],
                Lists = ListNames(s),
                Timeout = Duration(s, "Timeout", FetchSettings.DefaultTimeout),
                BodyTimeout = Duration(s, "BodyTimeout", FetchSettings.DefaultBodyTimeout),
                MaxBytes = Number(s, "MaxBytes", FetchSettings.DefaultMaxBytes, 1),
                Retries = (int)Number(s, "Retries", FetchSettings.DefaultRetries, 0),
                RetryDelay = Duration(s, "RetryDelay", FetchSettings.DefaultRetryDelay),
            },
            StringComparer.Ordinal);

        foreach (var source in sources.Values.Where(s => s.Lists.Count > 0 && SourceCatalog.Default.TryGetReader(s.Id, out _)))
        {
            try
            {
                SourceCatalog.Default.ReaderFor(source.Id, source.Lists);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException($"configuration Sources:{source.Id}:Lists: {ex.Message}");
            }
        }

        var thresholds = new MatchThresholds(
            Ratio(config, "Matching:AlertThreshold", MatchThresholds.DefaultAlert),
            Ratio(config, "Matching:ReviewThreshold", MatchThresholds.DefaultReview));
        if (thresholds.Review > thresholds.Alert)
            throw new UsageException("Matching:ReviewThreshold must not be above Matching:AlertThreshold");

        var database = Resolve(databasePath, "Database:Path", Path.Combine("data", "sanctionswatch.db"));
        var archivePath = config["Archive:Path"] is { } archive
            ? Path.GetFullPath(archive, baseDir)
            : Path.Combine(Path.GetDirectoryName(database)!, "raw");
        return new AppSettings(
            fullPath,
            database,
            Resolve(watchlistPath, "Watchlist:Path", Path.Combine("config", "watchlist.yaml")),
            thresholds,
            sources)
        {
            Configuration = config,
            BaseDirectory = baseDir,
            MaterialChangesOnly = Flag(config, "Alerts:MaterialChangesOnly", true),
            Related = RelatedOf(config),
            Archive = new ArchiveSettings(archivePath, (int)Number(config, "Archive:Keep", ArchiveSettings.DefaultKeep, 0))
            {
                RejectedMaxBytes = Number(config, "Archive:RejectedMaxBytes", ArchiveSettings.DefaultRejectedMaxBytes, 0),
            },
        };
    }

    /// <summary>The <c>Related</c> section: a depth from 1 to <see cref="RelatedSettings.MaxDepth"/>, a default mode.</summary>
    private static RelatedSettings RelatedOf(IConfiguration config)
    {
        var depth = (int)Number(config, "Related:Depth", RelatedSettings.DefaultDepth, 1);
        if (depth > RelatedSettings.MaxDepth)
            throw new UsageException($"configuration Related:Depth must be at most {RelatedSettings.MaxDepth}, not {depth}");
        var mode = RelatedMode.Review;
        if (config["Related:Default"] is { } text && !RelatedModes.TryParse(text, out mode))
            throw new UsageException($"configuration Related:Default must be alert, review or off, not '{text}'");
        return new RelatedSettings(depth, mode);
    }

    /// <summary>A URL as it is; a local path resolved against the configuration's folder.</summary>
    private static string? LocalOrUrl(string? value, string baseDir) =>
        value is null || Uri.TryCreate(value, UriKind.Absolute, out var uri) && !uri.IsFile
            ? value
            : Path.GetFullPath(uri?.IsFile == true ? uri.LocalPath : value, baseDir);

    private static IEnumerable<string> UrlList(IConfigurationSection source)
    {
        var urls = source.GetSection("Urls");
        if (urls.Value is { } text)
            return text.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return urls.GetChildren().Select(c => c.Value).OfType<string>().Where(u => u.Length > 0);
    }

    /// <summary>The <c>Lists</c> of a source: an array, or one string separated by commas or semicolons (list names hold spaces).</summary>
    private static IReadOnlyList<string> ListNames(IConfigurationSection source)
    {
        var lists = source.GetSection("Lists");
        var names = lists.Value is { } text
            ? text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : lists.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(n => n.Length > 0);
        return [.. names];
    }

    /// <summary>A duration: seconds (<c>30</c>, <c>0.3</c>) or a TimeSpan (<c>00:01:30</c>); positive.</summary>
    private static TimeSpan Duration(IConfiguration config, string key, TimeSpan fallback)
    {
        var text = config[key];
        if (text is null)
            return fallback;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            return TimeSpan.FromSeconds(seconds);
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero)
            return value;
        throw new UsageException($"configuration {key} must be a positive number of seconds or a duration (00:01:30), not '{text}'");
    }

    private static bool Flag(IConfiguration config, string key, bool fallback) =>
        config[key] switch
        {
            null => fallback,
            var text when bool.TryParse(text, out var value) => value,
            var text => throw new UsageException($"configuration {key} must be true or false, not '{text}'"),
        };

    private static long Number(IConfiguration config, string key, long fallback, long min)
    {
        var text = config[key];
        if (text is null)
            return fallback;
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
            throw new UsageException($"configuration {key} must be a whole number of at least {min}, not '{text}'");
        return value;
    }

    private static double Ratio(IConfiguration config, string key, double fallback)
    {
        var text = config[key];
        if (text is null)
            return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1)
            throw new UsageException($"configuration {key} must be a number between 0 and 1, not '{text}'");
        return value;
    }
}

/// <summary>A mistake in how the program was called or configured: exit code 2, one clear line.</summary>
internal sealed class UsageException(string message) : Exception(message);
