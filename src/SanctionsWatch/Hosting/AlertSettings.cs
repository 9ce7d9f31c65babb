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
        var alerts = settings.Options.Alerts;
        var webhook = string.IsNullOrWhiteSpace(alerts.Webhook.Url) ? null : new WebhookOptions
        {
            Url = new Uri(alerts.Webhook.Url),
            Secret = alerts.Webhook.Secret,
            Format = alerts.Webhook.Format.ToString().ToLowerInvariant(),
            Timeout = TimeSpan.FromSeconds(alerts.Webhook.TimeoutSeconds),
        };
        var email = string.IsNullOrWhiteSpace(alerts.Email.Host) ? null : new EmailOptions
        {
            Host = alerts.Email.Host,
            Port = alerts.Email.Port,
            From = alerts.Email.From!,
            To = alerts.Email.To,
            User = alerts.Email.User,
            Password = alerts.Email.Password,
            StartTls = alerts.Email.StartTls.ToLowerInvariant(),
            Mode = alerts.Email.Mode,
            Timeout = TimeSpan.FromSeconds(alerts.Email.TimeoutSeconds),
        };
        var delivery = alerts.Delivery;
        return new AlertSettings(
            webhook,
            email,
            string.IsNullOrWhiteSpace(alerts.File.Path) ? null : settings.ResolvePath(alerts.File.Path),
            new DeliveryOptions
            {
                PollInterval = TimeSpan.FromSeconds(delivery.PollIntervalSeconds),
                BaseDelay = TimeSpan.FromSeconds(delivery.BaseDelaySeconds),
                MaxDelay = TimeSpan.FromSeconds(delivery.MaxDelaySeconds),
                MaxAttempts = delivery.MaxAttempts,
                ClaimFor = TimeSpan.FromSeconds(delivery.ClaimSeconds),
                QueueSince = delivery.QueueSince is { Length: > 0 } since && Iso.TryParseUser(since, out var t) ? t : null,
            })
        {
            Digest = DigestOf(alerts.Digest, webhook is not null, email is not null),
        };
    }

    private static DigestOptions? DigestOf(DigestSection digest, bool webhook, bool email)
    {
        if (string.IsNullOrWhiteSpace(digest.Every))
            return null;
        var channels = digest.Channels.Count > 0
            ? digest.Channels
            : [.. new[] { email ? "email" : null, webhook ? "webhook" : null }.OfType<string>()];
        return new DigestOptions
        {
            Every = SettingsMapping.DigestEvery(digest.Every)!,
            At = digest.At is { Length: > 0 } at ? SettingsMapping.TimeOfDay(at)!.Value : TimeSpan.FromHours(7),
            Day = digest.Day is { Length: > 0 } day ? SettingsMapping.Day(day)!.Value : DayOfWeek.Monday,
            Channels = [.. channels.Distinct(StringComparer.Ordinal)],
        };
    }
}
