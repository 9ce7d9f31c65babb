using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Fetching;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;

namespace SanctionsWatch.App;

/// <summary>
/// The whole configuration as the Options pattern binds it (<see cref="ConfigurationBinder"/>: one property per key,
/// its default the product's), validated by <see cref="SettingsValidator"/> with an error naming the key. The CLI and
/// the worker resolve it from the same registration (<see cref="SettingsRegistration.AddSettings"/>); the worker
/// validates it on start (<c>ValidateOnStart</c>). Durations of a source are text: seconds (<c>30</c>) or a TimeSpan
/// (<c>00:01:30</c>); a list is a JSON array or one string separated by commas.
/// </summary>
internal sealed class SettingsOptions
{
    public DatabaseOptions Database { get; set; } = new();

    public PathOptions Watchlist { get; set; } = new();

    public MatchingOptions Matching { get; set; } = new();

    public GuardOptions Guard { get; set; } = new();

    public RelatedOptions Related { get; set; } = new();

    public ArchiveOptions Archive { get; set; } = new();

    public AlertsOptions Alerts { get; set; } = new();

    public MetricsOptions Metrics { get; set; } = new();

    public ClusterOptions Cluster { get; set; } = new();

    public WebOptions Web { get; set; } = new();

    public Dictionary<string, SourceOptions> Sources { get; set; } = new(StringComparer.Ordinal);
}

/// <summary><c>Metrics:PrometheusUrl</c>: where <c>run</c> serves the SanctionsWatch meter for Prometheus (<c>http://127.0.0.1:9464/metrics</c>; off when not set).</summary>
internal sealed class MetricsOptions
{
    public string? PrometheusUrl { get; set; }
}

/// <summary>
/// <c>Database</c>: <c>Provider</c> <c>sqlite</c> (the default: the file <c>Path</c>) or <c>postgresql</c> (the Npgsql
/// <c>ConnectionString</c>; a cluster's nodes share it).
/// </summary>
internal sealed class DatabaseOptions
{
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    public string? Path { get; set; }

    public string? ConnectionString { get; set; }
}

/// <summary>
/// <c>Cluster</c>: how a <c>run</c> node on a PostgreSQL store takes part in Quartz's cluster. <c>NodeId</c> names the
/// node (default: the host's name and the process id: unique on one host, new at each start); <c>CheckinSeconds</c>
/// is how often it says it is alive; a node silent for twice that is taken for dead and its syncs recovered.
/// </summary>
internal sealed class ClusterOptions
{
    public string? NodeId { get; set; }

    public double CheckinSeconds { get; set; } = 10;

    public string NodeIdOrDefault => NodeId is { Length: > 0 } id ? id : Alerts.DeliveryOptions.ThisProcess;
}

/// <summary>
/// <c>Web</c>: the web view (<c>serve</c>, <c>run --web</c>). <c>Urls</c> where it listens (default
/// <c>http://127.0.0.1:5080</c>); <c>Users</c> who may log in (name and a <c>pbkdf2-sha256$…</c> hash from
/// <c>serve hash-password</c>); <c>TrustProxyUser</c>: the request header a reverse proxy sets to the logged-in user
/// (e.g. <c>X-Forwarded-User</c>; only on loopback); <c>AllowInsecureRemote</c>: listen on a non-loopback address
/// without TLS (refused otherwise: put TLS in front).
/// </summary>
internal sealed class WebOptions
{
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    public List<WebUser> Users { get; set; } = [];

    public string? TrustProxyUser { get; set; }

    public bool AllowInsecureRemote { get; set; }
}

internal sealed class WebUser
{
    public string Name { get; set; } = "";

    public string PasswordHash { get; set; } = "";
}

internal sealed class PathOptions
{
    public string? Path { get; set; }
}

internal sealed class MatchingOptions
{
    public double AlertThreshold { get; set; } = MatchThresholds.DefaultAlert;

    public double ReviewThreshold { get; set; } = MatchThresholds.DefaultReview;
}

internal sealed class GuardOptions
{
    public double MinEntryRatio { get; set; } = SnapshotGuard.DefaultMinEntryRatio;
}

internal sealed class RelatedOptions
{
    public int Depth { get; set; } = RelatedSettings.DefaultDepth;

    public RelatedMode Default { get; set; } = RelatedMode.Review;
}

internal sealed class ArchiveOptions
{
    public string? Path { get; set; }

    public int Keep { get; set; } = ArchiveSettings.DefaultKeep;

    public long RejectedMaxBytes { get; set; } = ArchiveSettings.DefaultRejectedMaxBytes;
}

internal sealed class SourceOptions
{
    public bool Enabled { get; set; } = true;

    public string? Url { get; set; }

    public List<string> Urls { get; set; } = [];

    public string? Format { get; set; }

    public string? Schedule { get; set; }

    /// <summary>Null: <c>Guard:MinEntryRatio</c>.</summary>
    public double? MinEntryRatio { get; set; }

    public string? Dataset { get; set; }

    public List<string> Lists { get; set; } = [];

    public string? Timeout { get; set; }

    public string? BodyTimeout { get; set; }

    public long MaxBytes { get; set; } = FetchSettings.DefaultMaxBytes;

    public int Retries { get; set; } = FetchSettings.DefaultRetries;

    public string? RetryDelay { get; set; }
}

internal sealed class AlertsOptions
{
    public bool MaterialChangesOnly { get; set; } = true;

    public WebhookSection Webhook { get; set; } = new();

    public EmailSection Email { get; set; } = new();

    public PathOptions File { get; set; } = new();

    public DeliverySection Delivery { get; set; } = new();

    public DigestSection Digest { get; set; } = new();
}

/// <summary>How a webhook's body is written.</summary>
internal enum WebhookFormat
{
    Json,
    Slack,
}

internal sealed class WebhookSection
{
    public string? Url { get; set; }

    public string? Secret { get; set; }

    public WebhookFormat Format { get; set; } = WebhookFormat.Json;

    public double TimeoutSeconds { get; set; } = 30;
}

internal sealed class EmailSection
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? From { get; set; }

    public List<string> To { get; set; } = [];

    public string? User { get; set; }

    public string? Password { get; set; }

    public string StartTls { get; set; } = "auto";

    public string Mode { get; set; } = "per-alert";

    public double TimeoutSeconds { get; set; } = 60;
}

internal sealed class DeliverySection
{
    public double PollIntervalSeconds { get; set; } = 10;

    public double BaseDelaySeconds { get; set; } = 30;

    public double MaxDelaySeconds { get; set; } = 3600;

    public int MaxAttempts { get; set; } = 12;

    public string? QueueSince { get; set; }

    /// <summary>How long a node holds the deliveries it is sending (its lease); past it, another node may take them over.</summary>
    public double ClaimSeconds { get; set; } = 600;
}

internal sealed class DigestSection
{
    public string? Every { get; set; }

    public string? At { get; set; }

    public string? Day { get; set; }

    public List<string> Channels { get; set; } = [];
}

/// <summary>The registration of <see cref="SettingsOptions"/>, and its resolution for the CLI.</summary>
internal static partial class SettingsRegistration
{
    /// <summary>Binds <see cref="SettingsOptions"/> to <paramref name="configuration"/>, validated on first use and on start.</summary>
    public static IServiceCollection AddSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SettingsOptions>().Configure(o => Bind(configuration, o)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SettingsOptions>, SettingsValidator>();
        return services;
    }

    /// <summary>The validated settings of <paramref name="configuration"/>, as the worker resolves them.</summary>
    /// <exception cref="UsageException">A key whose value is wrong, named with what it should be.</exception>
    public static SettingsOptions Resolve(IConfiguration configuration)
    {
        using var provider = new ServiceCollection().AddSettings(configuration).BuildServiceProvider();
        try
        {
            return provider.GetRequiredService<IOptions<SettingsOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            throw new UsageException(string.Join("; ", ex.Failures));
        }
    }

    /// <summary>
    /// The binder, with its conversion errors said in words (the key, what it should be, the value); a list given as one
    /// string (<c>"a@x, b@y"</c>) split at commas or semicolons, as an array binds.
    /// </summary>
    private static void Bind(IConfiguration configuration, SettingsOptions options)
    {
        // a key written as null or "" (JSON null, an empty environment variable) is a key not set: its default holds
        // (the binder would write default(T): 0, false, a guard off)
        var given = configuration;
        configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(configuration.AsEnumerable().Where(kv => !string.IsNullOrEmpty(kv.Value)))
            .Build();
        foreach (var (key, mode) in new[] { ("Related:Default", typeof(RelatedMode)), ("Alerts:Webhook:Format", typeof(WebhookFormat)) })
        {
            // the binder takes an enum's number too (Related:Default 1 = alert); a mode is written by its name
            if (configuration[key] is { } text && int.TryParse(text, out _))
                throw new UsageException($"configuration {key} must be {OneOf(mode)}, not '{text}'");
        }

        BindOrSay(configuration, options);
        // a list as given: "" empties it (an environment variable clearing the file's list)
        options.Alerts.Email.To = ListOf(given.GetSection("Alerts:Email:To"), [',', ';']);
        options.Alerts.Digest.Channels = ListOf(given.GetSection("Alerts:Digest:Channels"), [',', ';']);

        // each source bound on its own: the binder skips, silently, a dictionary's value it cannot convert
        options.Sources = new Dictionary<string, SourceOptions>(StringComparer.Ordinal);
        foreach (var section in given.GetSection("Sources").GetChildren()) // a source written as {} is a source too
        {
            var source = new SourceOptions();
            BindOrSay(configuration.GetSection(section.Path), source);
            source.Urls = ListOf(section.GetSection("Urls"), [' ', ',', '\n']);
            source.Lists = ListOf(section.GetSection("Lists"), [',', ';', '\n']); // list names hold spaces
            options.Sources[section.Key] = source;
        }
    }

    private static void BindOrSay(IConfiguration configuration, object options)
    {
        try
        {
            configuration.Bind(options);
        }
        catch (InvalidOperationException ex) when (ConversionError().Match(ex.Message) is { Success: true } m)
        {
            throw new UsageException(
                $"configuration {m.Groups["key"].Value} must be {Expected(m.Groups["type"].Value)}, not '{m.Groups["value"].Value}'");
        }
    }

    private static List<string> ListOf(IConfigurationSection section, char[] separators) =>
        section.Value is { } text
            ? [.. text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [.. section.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0)];

    /// <summary>What a value of a bound type must be, in words.</summary>
    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Double" => "a number",
        "System.Boolean" => "true or false",
        _ => (typeof(SettingsOptions).Assembly.GetType(type) ?? typeof(RelatedMode).Assembly.GetType(type)) is { IsEnum: true } e
            ? OneOf(e)
            : "a value of another kind",
    };

    private static string OneOf(Type mode) => "one of " + string.Join(", ", Enum.GetNames(mode).Select(n => n.ToLowerInvariant()));

    [GeneratedRegex("^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']*)' to type '(?<type>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex ConversionError();
}
