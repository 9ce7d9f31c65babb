using System.Globalization;
using Microsoft.Extensions.Configuration;
using SanctionsWatch.Matching;
using SanctionsWatch.Sync;

namespace SanctionsWatch.Cli;

/// <summary>The settings of one source, from <c>Sources:&lt;id&gt;</c>.</summary>
internal sealed record SourceSettings(
    string Id, bool Enabled, string? Url, string? Format, string? Schedule, double MinEntryRatio);

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
    public const string ConfigEnvironmentVariable = "SANCTIONSWATCH_CONFIG";

    /// <summary>The whole configuration (file, then SANCTIONSWATCH_ environment variables), for the worker's sections.</summary>
    public IConfiguration Configuration { get; init; } = new ConfigurationBuilder().Build();

    /// <summary>The folder relative paths in the configuration are relative to.</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Resolves a path from the configuration against <see cref="BaseDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, BaseDirectory);

    public SyncSettings SyncSettingsFor(string source) => new()
    {
        Thresholds = Thresholds,
        MinEntryRatio = Sources.TryGetValue(source, out var s) ? s.MinEntryRatio : SnapshotGuard.DefaultMinEntryRatio,
    };

    public static AppSettings Load(string? configPath, string? databasePath, string? watchlistPath)
    {
        var path = configPath ?? Environment.GetEnvironmentVariable(ConfigEnvironmentVariable);
        if (path is null && File.Exists(Path.Combine("config", "appsettings.json")))
            path = Path.Combine("config", "appsettings.json");
        if (path is not null && !File.Exists(path))
            throw new UsageException($"configuration file not found: {path}");

        var builder = new ConfigurationBuilder();
        if (path is not null)
            builder.AddJsonFile(Path.GetFullPath(path), optional: false, reloadOnChange: false);
        var config = builder.AddEnvironmentVariables("SANCTIONSWATCH_").Build();
        var baseDir = path is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(path))!;
        string Resolve(string? cli, string key, string fallback) =>
            cli is not null ? Path.GetFullPath(cli) : Path.GetFullPath(config[key] ?? fallback, baseDir);

        var defaultGuard = Ratio(config, "Guard:MinEntryRatio", SnapshotGuard.DefaultMinEntryRatio);
        var sources = config.GetSection("Sources").GetChildren().ToDictionary(
            s => s.Key,
            s => new SourceSettings(
                s.Key,
                !string.Equals(s["Enabled"], "false", StringComparison.OrdinalIgnoreCase),
                ResolveUrl(s["Url"], baseDir),
                s["Format"],
                s["Schedule"],
                Ratio(s, "MinEntryRatio", defaultGuard)),
            StringComparer.Ordinal);

        var thresholds = new MatchThresholds(
            Ratio(config, "Matching:AlertThreshold", MatchThresholds.DefaultAlert),
            Ratio(config, "Matching:ReviewThreshold", MatchThresholds.DefaultReview));
        if (thresholds.Review > thresholds.Alert)
            throw new UsageException("Matching:ReviewThreshold must not be above Matching:AlertThreshold");

        return new AppSettings(
            path is null ? null : Path.GetFullPath(path),
            Resolve(databasePath, "Database:Path", Path.Combine("data", "sanctionswatch.db")),
            Resolve(watchlistPath, "Watchlist:Path", Path.Combine("config", "watchlist.yaml")),
            thresholds,
            sources)
        {
            Configuration = config,
            BaseDirectory = baseDir,
        };
    }

    /// <summary>An http(s) URL as it is; a local path relative to the configuration's folder.</summary>
    private static string? ResolveUrl(string? url, string baseDir) =>
        string.IsNullOrWhiteSpace(url) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile)
            ? url
            : Path.GetFullPath(url, baseDir);

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
