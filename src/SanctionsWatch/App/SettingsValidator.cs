using System.Globalization;
using Microsoft.Extensions.Options;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;

namespace SanctionsWatch.App;

/// <summary>
/// Validates <see cref="SettingsOptions"/>: every wrong value is a failure that names its key, says what it must be, and
/// quotes what it is (<c>configuration Alerts:Delivery:MaxAttempts must be a whole number of at least 1, not '0'</c>).
/// </summary>
internal sealed class SettingsValidator : IValidateOptions<SettingsOptions>
{
    public ValidateOptionsResult Validate(string? name, SettingsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        void Fail(string key, string what, object? value) =>
            failures.Add($"configuration {key} must be {what}, not '{Convert.ToString(value, CultureInfo.InvariantCulture)}'");
        void Ratio(string key, double value)
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
                Fail(key, "a number between 0 and 1", value);
        }

        void AtLeast(string key, long value, long min)
        {
            if (value < min)
                Fail(key, $"a whole number of at least {min}", value);
        }

        void Positive(string key, double value)
        {
            if (!(value > 0))
                Fail(key, "a positive number of seconds", value);
        }

        Ratio("Matching:AlertThreshold", options.Matching.AlertThreshold);
        Ratio("Matching:ReviewThreshold", options.Matching.ReviewThreshold);
        if (options.Matching.ReviewThreshold > options.Matching.AlertThreshold)
            failures.Add("configuration Matching:ReviewThreshold must not be above Matching:AlertThreshold");
        Ratio("Guard:MinEntryRatio", options.Guard.MinEntryRatio);

        if (options.Related.Depth is < 1 or > RelatedSettings.MaxDepth)
            Fail("Related:Depth", $"a whole number from 1 to {RelatedSettings.MaxDepth}", options.Related.Depth);
        if (!Enum.IsDefined(options.Related.Default))
            Fail("Related:Default", "alert, review or off", options.Related.Default);
        if (!Enum.IsDefined(options.Database.Provider))
            Fail("Database:Provider", "sqlite or postgresql", options.Database.Provider);
        if (options.Database.Provider == StoreProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.Database.ConnectionString))
            {
                failures.Add("configuration Database:ConnectionString must be set when Database:Provider is postgresql " +
                             "(e.g. Host=db.example;Database=sanctionswatch;Username=sanctionswatch; the password from Passfile or SANCTIONSWATCH_Database__ConnectionString)");
            }
            else if (!PostgreSqlStore.Readable(options.Database.ConnectionString, out var problem))
            {
                // The value itself is not quoted: it may hold a password.
                failures.Add($"configuration Database:ConnectionString is not a PostgreSQL connection string: {problem}");
            }
        }

        if (!(options.Cluster.CheckinSeconds is >= 1 and <= 3600))
            Fail("Cluster:CheckinSeconds", "a number of seconds from 1 to 3600", options.Cluster.CheckinSeconds);
        if (options.Cluster.NodeId is { Length: > 0 } node && (node.Length > 100 || node.Any(char.IsControl)))
            Fail("Cluster:NodeId", "at most 100 characters, none a control character", node);

        AtLeast("Archive:Keep", options.Archive.Keep, 0);
        AtLeast("Archive:RejectedMaxBytes", options.Archive.RejectedMaxBytes, 0);

        foreach (var (id, source) in options.Sources)
        {
            var key = "Sources:" + id;
            if (source.MinEntryRatio is { } ratio)
                Ratio(key + ":MinEntryRatio", ratio);
            AtLeast(key + ":MaxBytes", source.MaxBytes, 1);
            AtLeast(key + ":Retries", source.Retries, 0);
            foreach (var (field, text) in new[] { ("Timeout", source.Timeout), ("BodyTimeout", source.BodyTimeout), ("RetryDelay", source.RetryDelay) })
            {
                if (text is not null && SettingsMapping.Duration(text) is null)
                    Fail($"{key}:{field}", "a positive number of seconds or a duration (00:01:30)", text);
            }

            if (source.Lists.Count > 0 && SourceCatalog.Default.TryGetReader(id, out _))
            {
                try
                {
                    SourceCatalog.Default.ReaderFor(id, source.Lists);
                }
                catch (ArgumentException ex)
                {
                    failures.Add($"configuration {key}:Lists: {ex.Message}");
                }
            }
        }

        if (options.Metrics.PrometheusUrl is { Length: > 0 } metricsUrl
            && !(Uri.TryCreate(metricsUrl, UriKind.Absolute, out var scrape) && scrape.Scheme == Uri.UriSchemeHttp
                 && scrape.Host is not ("0.0.0.0" or "[::]")))
            Fail("Metrics:PrometheusUrl", "an http URL to serve the metrics at (http://127.0.0.1:9464/metrics)", metricsUrl);
        ValidateAlerts(options.Alerts, failures, Fail, Positive);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAlerts(
        AlertsOptions alerts, List<string> failures, Action<string, string, object?> fail, Action<string, double> positive)
    {
        var webhook = alerts.Webhook;
        if (!string.IsNullOrWhiteSpace(webhook.Url))
        {
            if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                fail("Alerts:Webhook:Url", "an http(s) URL", webhook.Url);
            if (!Enum.IsDefined(webhook.Format))
                fail("Alerts:Webhook:Format", "json or slack", webhook.Format);
            positive("Alerts:Webhook:TimeoutSeconds", webhook.TimeoutSeconds);
        }

        var email = alerts.Email;
        if (!string.IsNullOrWhiteSpace(email.Host))
        {
            if (string.IsNullOrWhiteSpace(email.From) || email.To.Count == 0)
                failures.Add("configuration Alerts:Email needs From and To (an address, a comma-separated list or an array) beside Host");
            if (email.Port is < 1 or > 65535)
                fail("Alerts:Email:Port", "a port number (1 to 65535)", email.Port);
            if (email.Mode is not ("per-alert" or "digest"))
                fail("Alerts:Email:Mode", "per-alert or digest", email.Mode);
            if (email.StartTls.ToLowerInvariant() is not ("auto" or "always" or "true" or "false" or "none" or "ssl"))
                fail("Alerts:Email:StartTls", "auto, always, ssl or none", email.StartTls);
            positive("Alerts:Email:TimeoutSeconds", email.TimeoutSeconds);
        }

        var delivery = alerts.Delivery;
        positive("Alerts:Delivery:PollIntervalSeconds", delivery.PollIntervalSeconds);
        positive("Alerts:Delivery:BaseDelaySeconds", delivery.BaseDelaySeconds);
        positive("Alerts:Delivery:MaxDelaySeconds", delivery.MaxDelaySeconds);
        var longestSend = Math.Max(
            string.IsNullOrWhiteSpace(alerts.Webhook.Url) ? 0 : alerts.Webhook.TimeoutSeconds,
            string.IsNullOrWhiteSpace(alerts.Email.Host) ? 0 : alerts.Email.TimeoutSeconds);
        if (!(delivery.ClaimSeconds > longestSend))
        {
            // A lease shorter than a send could run out while the send is still going: another node would send it again.
            fail("Alerts:Delivery:ClaimSeconds", $"a number of seconds above the channels' longest timeout ({longestSend.ToString(CultureInfo.InvariantCulture)} s)", delivery.ClaimSeconds);
        }

        if (delivery.MaxAttempts < 1)
            fail("Alerts:Delivery:MaxAttempts", "a whole number of at least 1", delivery.MaxAttempts);
        if (delivery.QueueSince is { Length: > 0 } since && !Iso.TryParseUser(since, out _))
            fail("Alerts:Delivery:QueueSince", "an ISO 8601 date or date-time", since);

        var digest = alerts.Digest;
        if (string.IsNullOrWhiteSpace(digest.Every))
            return;
        if (SettingsMapping.DigestEvery(digest.Every) is null)
            fail("Alerts:Digest:Every", "daily or weekly", digest.Every);
        if (digest.At is { Length: > 0 } at && SettingsMapping.TimeOfDay(at) is null)
            fail("Alerts:Digest:At", "a time of day (UTC) such as 07:00", at);
        if (digest.Day is { Length: > 0 } day && SettingsMapping.Day(day) is null)
            fail("Alerts:Digest:Day", "a day of the week such as monday", day);
        var (hasWebhook, hasEmail) = (!string.IsNullOrWhiteSpace(webhook.Url), !string.IsNullOrWhiteSpace(email.Host));
        foreach (var channel in digest.Channels)
        {
            if (channel is not ("email" or "webhook"))
                fail("Alerts:Digest:Channels", "email or webhook", channel);
            else if (!(channel == "email" ? hasEmail : hasWebhook))
                failures.Add($"configuration Alerts:Digest:Channels names {channel}, but Alerts:{(channel == "email" ? "Email:Host" : "Webhook:Url")} is not set");
        }

        if (digest.Channels.Count == 0 && !hasEmail && !hasWebhook)
            failures.Add("configuration Alerts:Digest needs a channel: set Alerts:Email or Alerts:Webhook");
    }
}
