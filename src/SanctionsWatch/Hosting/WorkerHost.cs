using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using Quartz;
using SanctionsWatch.Alerts;
using SanctionsWatch.App;
using SanctionsWatch.Sources;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Watchlists;
using Serilog;

namespace SanctionsWatch.Hosting;

/// <summary>
/// The long-running worker (<c>run</c>): the Generic Host with Quartz (one job per source), the alert dispatcher,
/// Serilog, and systemd integration (Type=notify) when started by systemd. SIGTERM or Ctrl+C stops it gracefully:
/// running syncs complete (or roll back: each import is one transaction), deliveries resume at the next start.
/// </summary>
internal static class WorkerHost
{
    /// <summary>
    /// The worker's host. <paramref name="sources"/>: the sources it knows (the product's by default; a test may add a
    /// fake one), injected into the syncs.
    /// </summary>
    public static IHost Build(
        AppSettings settings, TimeProvider time, Action<IServiceCollection>? configure = null, SourceCatalog? sources = null)
    {
        var catalog = sources ?? SourceCatalog.Default;
        var alertSettings = AlertSettings.From(settings);
        List<SourcePlan> plans;
        Dictionary<string, (DateTimeOffset At, int Entries)> lastGood;
        using (var db = Database.Open(settings.Store))
        {
            plans = SchedulePlanner.Plan(settings.Sources.Values, Queries.LastChecks(db), time.GetUtcNow(), catalog);
            lastGood = Queries.LastGoodSyncs(db);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = settings.BaseDirectory,
        });
        ((IConfigurationBuilder)builder.Configuration).AddConfiguration(settings.Configuration);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
        builder.Services.AddSystemd();
        builder.Services.AddSerilog(LoggingSetup.Create(settings), dispose: true);

        builder.Services.AddSettings(builder.Configuration); // validated again on start (ValidateOnStart)
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(time);
        builder.Services.AddMetrics(); // the SanctionsWatch meter: syncs, alerts, entries, age of the last good sync, deliveries
        builder.Services.AddSingleton(sp =>
        {
            var metrics = ActivatorUtilities.CreateInstance<SyncMetrics>(sp);
            metrics.Seed(lastGood); // the gauges hold from the start, not from each source's first sync after it
            return metrics;
        });
        builder.Services.AddSingleton<DeliveryMetrics>();
        if (settings.Options.Metrics.PrometheusUrl is { Length: > 0 } url)
        {
            // the meter through OpenTelemetry, served for Prometheus at the URL (its path, or /metrics)
            var scrape = new Uri(url);
            builder.Services.AddOpenTelemetry().WithMetrics(m => m
                .AddMeter(DeliveryMetrics.MeterName)
                .AddPrometheusHttpListener(o =>
                {
                    o.Host = scrape.Host;
                    o.Port = scrape.Port;
                    o.ScrapeEndpointPath = scrape.AbsolutePath is "/" or "" ? "/metrics" : scrape.AbsolutePath;
                }));
        }
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(alertSettings.Delivery);
        builder.Services.AddSingleton<DispatchSignal>();
        builder.Services.AddSingleton<ISourceSync, UrlSourceSync>();
        builder.Services.AddSingleton(sp => Channels(sp, alertSettings));
        builder.Services.AddSingleton(sp => new AlertDispatcher(
            settings.Store,
            sp.GetRequiredService<IReadOnlyList<IAlertChannel>>(),
            alertSettings.Delivery,
            time,
            sp.GetRequiredService<ILogger<AlertDispatcher>>(),
            EntityNames(settings.WatchlistPath),
            sp.GetRequiredService<DeliveryMetrics>(),
            settings.Options.Cluster.NodeIdOrDefault));
        builder.Services.AddSingleton<IReadOnlyList<DigestDispatcher>>(sp => alertSettings.Digest is { } digest
            ?
            [
                new DigestDispatcher(
                    settings.Store,
                    digest,
                    [.. sp.GetRequiredService<IReadOnlyList<IAlertChannel>>().OfType<IDigestChannel>().Where(c => digest.Channels.Contains(c.Name))],
                    alertSettings.Delivery,
                    time,
                    sp.GetRequiredService<ILogger<DigestDispatcher>>(),
                    EntityNames(settings.WatchlistPath),
                    settings.Options.Cluster.NodeIdOrDefault),
            ]
            : []);
        builder.Services.AddHostedService<DispatcherService>();
        builder.Services.AddQuartz(q =>
        {
            if (!settings.Store.IsSqlite)
                SyncScheduling.Cluster(q, settings.Store.Location, settings.Options.Cluster);
            SyncScheduling.Configure(q, plans);
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        if (!settings.Store.IsSqlite)
        {
            builder.Services.AddHostedService(sp => new PruneStoredSyncs(
                [.. plans.Select(p => p.SourceId)], sp.GetRequiredService<ISchedulerFactory>(), sp.GetRequiredService<ILogger<PruneStoredSyncs>>()));
        }

        builder.Services.AddHostedService(sp => new InterruptSyncsOnStop(
            [.. plans.Select(p => p.SourceId)],
            sp.GetRequiredService<ISchedulerFactory>(),
            sp.GetRequiredService<IHostApplicationLifetime>(),
            sp.GetRequiredService<ILogger<InterruptSyncsOnStop>>()));
        builder.Services.AddHostedService(sp => new StartupReport(plans, settings, sp.GetRequiredService<ILogger<StartupReport>>()));
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>Runs the worker until it is stopped; <paramref name="configure"/> adds services (<c>run --web</c>: the web view).</summary>
    public static int Run(AppSettings settings, TimeProvider time, Action<IServiceCollection>? configure = null)
    {
        // On SQLite, one worker per store; it frees the delivery claims a stopped or crashed worker left behind. On
        // PostgreSQL, the nodes of a cluster share the store: Quartz's cluster shares the syncs out, and a claim left by
        // a dead node expires by itself (Alerts:Delivery:ClaimTimeout) and is taken over.
        using var instance = settings.Store.IsSqlite ? InstanceLock.Acquire(settings.Store.Location) : null;
        if (settings.Store.IsSqlite)
        {
            using var db = Database.Open(settings.Store);
            AlertOutbox.ReleaseClaims(db);
        }
        using var host = Build(settings, time, configure);
        host.Run();
        return ExitCodes.Ok;
    }

    private static IReadOnlyList<IAlertChannel> Channels(IServiceProvider sp, AlertSettings settings)
    {
        var channels = new List<IAlertChannel> { new LogChannel(sp.GetRequiredService<ILogger<LogChannel>>()) };
        if (settings.Webhook is { } webhook)
            channels.Add(new WebhookChannel(webhook));
        if (settings.Email is { } email)
            channels.Add(new EmailChannel(email));
        if (settings.FilePath is { } path)
            channels.Add(new FileChannel(path));
        return channels;
    }

    private static Func<string, string?> EntityNames(string watchlistPath)
    {
        var names = new Lazy<Dictionary<string, string>>(() =>
        {
            try
            {
                return WatchlistLoader.Load(watchlistPath).Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
            }
            catch (Exception ex) when (ex is WatchlistException or IOException)
            {
                return new Dictionary<string, string>(StringComparer.Ordinal);
            }
        });
        return id => names.Value.GetValueOrDefault(id);
    }

    /// <summary>Says once, at start, what is scheduled and where the data is.</summary>
    private sealed class StartupReport(List<SourcePlan> plans, AppSettings settings, ILogger<StartupReport> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogInformation("SanctionsWatch worker: database {Database}, watchlist {Watchlist}", settings.Store, settings.WatchlistPath);
            if (plans.Count == 0)
                logger.LogWarning("No source is scheduled: enable one with Sources:<id>:Enabled and Sources:<id>:Url");
            foreach (var p in plans)
            {
                logger.LogInformation(
                    "Source {Source} on '{Schedule}' (every {Interval}); last check {LastCheck}; {CatchUp}",
                    p.SourceId, p.Cron, p.Interval, p.LastCheck?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "never",
                    p.CatchUpNow ? "due: syncing now" : "not due");
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
