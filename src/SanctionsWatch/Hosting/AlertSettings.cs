using System.Globalization;
using Microsoft.Extensions.Configuration;
using SanctionsWatch.Alerts;
using SanctionsWatch.App;
using SanctionsWatch.Model;

namespace SanctionsWatch.Hosting;

/// <summary>
/// The <c>Alerts</c> section: <c>Webhook:{Url,Secret,Format,TimeoutSeconds}</c>,
/// <c>Email:{Host,Port,From,To,User,Password,StartTls,Mode}</c>, <c>File:Path</c>,
/// <c>Delivery:{PollIntervalSeconds,BaseDelaySeconds,MaxDelaySeconds,MaxAttempts,QueueSince}</c>. A channel is on when its
/// <c>Url</c> / <c>Host</c> / <c>Path</c> is set; the log channel is always on.
/// </summary>
internal sealed record AlertSettings(WebhookOptions? Webhook, EmailOptions? Email, string? FilePath, DeliveryOptions Delivery)
{
    /// <summary><c>Alerts:Digest:{Every,At,Day,Channels}</c>: the scheduled digest, off unless <c>Every</c> is set.</summary>
    public DigestOptions? Digest { get; init; }

    public static AlertSettings From(AppSettings settings)
    {
        var alerts = settings.Configuration.GetSection("Alerts");
        var webhook = ParseWebhook(alerts.GetSection("Webhook"));
        var email = ParseEmail(alerts.GetSection("Email"));
        return new AlertSettings(webhook, email,
            string.IsNullOrWhiteSpace(alerts["File:Path"]) ? null : settings.ResolvePath(alerts["File:Path"]!),
            ParseDelivery(alerts.GetSection("Delivery")))
        {
            Digest = ParseDigest(alerts.GetSection("Digest"), webhook is not null, email is not null),
        };
    }

    private static DigestOptions? ParseDigest(IConfigurationSection s, bool webhook, bool email)
    {
        if (string.IsNullOrWhiteSpace(s["Every"]))
            return null;
        var every = s["Every"]!.Trim().ToLowerInvariant();
        if (every is not ("daily" or "weekly"))
            throw new UsageException($"{s.Path}:Every must be daily or weekly, not '{s["Every"]}'");
        var at = s["At"] is not { Length: > 0 } a ? TimeSpan.FromHours(7)
            : TimeSpan.TryParseExact(a, @"hh\:mm", CultureInfo.InvariantCulture, out var t) && t < TimeSpan.FromDays(1) ? t
            : throw new UsageException($"{s.Path}:At must be a time of day (UTC) such as 07:00, not '{a}'");
        var day = s["Day"] is not { Length: > 0 } d ? DayOfWeek.Monday
            : Enum.TryParse<DayOfWeek>(d, ignoreCase: true, out var w) && Enum.IsDefined(w) && !int.TryParse(d, out _) ? w
            : throw new UsageException($"{s.Path}:Day must be a day of the week such as monday, not '{d}'");
        var channels = s.GetSection("Channels").GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (channels.Count == 0 && s["Channels"] is { } list)
            channels = [.. list.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        if (channels.Count == 0)
            channels = [.. new[] { email ? "email" : null, webhook ? "webhook" : null }.OfType<string>()];
        foreach (var channel in channels)
        {
            var configured = channel switch { "email" => email, "webhook" => webhook, _ => throw new UsageException($"{s.Path}:Channels: '{channel}' is not email or webhook") };
            if (!configured)
                throw new UsageException($"{s.Path}:Channels names {channel}, but Alerts:{(channel == "email" ? "Email:Host" : "Webhook:Url")} is not set");
        }

        if (channels.Count == 0)
            throw new UsageException($"{s.Path} needs a channel: set Alerts:Email or Alerts:Webhook");
        return new DigestOptions { Every = every, At = at, Day = day, Channels = [.. channels.Distinct(StringComparer.Ordinal)] };
    }

    private static WebhookOptions? ParseWebhook(IConfigurationSection s)
    {
        if (string.IsNullOrWhiteSpace(s["Url"]))
            return null;
        if (!Uri.TryCreate(s["Url"], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new UsageException($"Alerts:Webhook:Url: '{s["Url"]}' is not an http(s) URL");
        var format = s["Format"] ?? "json";
        if (format is not ("json" or "slack"))
            throw new UsageException($"Alerts:Webhook:Format must be json or slack, not '{format}'");
        return new WebhookOptions
        {
            Url = url,
            Secret = s["Secret"],
            Format = format,
            Timeout = Seconds(s, "TimeoutSeconds", 30),
        };
    }

    private static EmailOptions? ParseEmail(IConfigurationSection s)
    {
        if (string.IsNullOrWhiteSpace(s["Host"]))
            return null;
        var to = s.GetSection("To").GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (to.Count == 0 && s["To"] is { } list)
            to = [.. list.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        if (string.IsNullOrWhiteSpace(s["From"]) || to.Count == 0)
            throw new UsageException("Alerts:Email needs From and To (an address, a comma-separated list or an array) beside Host");
        var mode = s["Mode"] ?? "per-alert";
        if (mode is not ("per-alert" or "digest"))
            throw new UsageException($"Alerts:Email:Mode must be per-alert or digest, not '{mode}'");
        var startTls = (s["StartTls"] ?? "auto").ToLowerInvariant();
        if (startTls is not ("auto" or "always" or "true" or "false" or "none" or "ssl"))
            throw new UsageException($"Alerts:Email:StartTls must be auto, always, ssl or none, not '{s["StartTls"]}'");
        return new EmailOptions
        {
            Host = s["Host"]!,
            Port = Int(s, "Port", 587),
            From = s["From"]!,
            To = to,
            User = s["User"],
            Password = s["Password"],
            StartTls = startTls,
            Mode = mode,
            Timeout = Seconds(s, "TimeoutSeconds", 60),
        };
    }

    private static DeliveryOptions ParseDelivery(IConfigurationSection s) => new()
    {
        PollInterval = Seconds(s, "PollIntervalSeconds", 10),
        BaseDelay = Seconds(s, "BaseDelaySeconds", 30),
        MaxDelay = Seconds(s, "MaxDelaySeconds", 3600),
        MaxAttempts = Int(s, "MaxAttempts", 12),
        QueueSince = s["QueueSince"] is not { Length: > 0 } since ? null
            : Iso.TryParseUser(since, out var t) ? t
            : throw new UsageException($"{s.Path}:QueueSince: '{since}' is not an ISO 8601 date or date-time"),
    };

    private static TimeSpan Seconds(IConfigurationSection s, string key, double fallback)
    {
        var text = s[key];
        if (text is null)
            return TimeSpan.FromSeconds(fallback);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0
            ? TimeSpan.FromSeconds(v)
            : throw new UsageException($"{s.Path}:{key} must be a positive number of seconds, not '{text}'");
    }

    private static int Int(IConfigurationSection s, string key, int fallback)
    {
        var text = s[key];
        if (text is null)
            return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0
            ? v
            : throw new UsageException($"{s.Path}:{key} must be a positive whole number, not '{text}'");
    }
}
