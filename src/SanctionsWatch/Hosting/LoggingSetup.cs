using Microsoft.Extensions.Configuration;
using SanctionsWatch.App;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace SanctionsWatch.Hosting;

/// <summary>
/// Serilog for the worker. With a <c>Serilog</c> section in the configuration, that section (Serilog.Settings.Configuration;
/// relative <c>path</c> arguments of sinks are relative to the configuration file). Without one: the console for people
/// and a daily rolling compact-JSON file (<c>logs/sanctionswatch-YYYYMMDD.clef</c> beside the database) for machines.
/// </summary>
internal static class LoggingSetup
{
    public static Serilog.ILogger Create(AppSettings settings)
    {
        var config = settings.Configuration;
        var logger = new LoggerConfiguration().Enrich.FromLogContext().Enrich.With<EscapeListText>();
        if (config.GetSection("Serilog").Exists())
            return logger.ReadFrom.Configuration(WithResolvedPaths(settings)).CreateLogger();

        return logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(settings.DataDirectory, "logs", "sanctionswatch-.clef"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31)
            .CreateLogger();
    }

    private static IConfiguration WithResolvedPaths(AppSettings settings)
    {
        var overrides = new Dictionary<string, string?>();
        foreach (var sink in settings.Configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            if (sink["Args:path"] is { } path && !Path.IsPathRooted(path))
                overrides[sink.Path + ":Args:path"] = settings.ResolvePath(path);
        }

        return new ConfigurationBuilder().AddConfiguration(settings.Configuration).AddInMemoryCollection(overrides).Build();
    }
}
