using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SanctionsWatch.App;
using SanctionsWatch.Hosting;
using SanctionsWatch.Model;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.App;

/// <summary>
/// The configuration bound by the Options pattern and validated: a wrong value is refused with its key, what it must be
/// and what it is, whether the binder cannot convert it or the validator finds it out of range; the worker's host
/// validates on start.
/// </summary>
public sealed class SettingsOptionsTests : IDisposable
{
    private readonly TempDir _dir = new();

    private AppSettings Load(string json) => AppSettings.Load(_dir.Write("appsettings.json", json), null, null);

    [Theory]
    [InlineData("""{ "Matching": { "AlertThreshold": 1.5 } }""", "configuration Matching:AlertThreshold must be a number between 0 and 1, not '1.5'")]
    [InlineData("""{ "Matching": { "AlertThreshold": "high" } }""", "configuration Matching:AlertThreshold must be a number, not 'high'")]
    [InlineData("""{ "Matching": { "AlertThreshold": 0.7, "ReviewThreshold": 0.8 } }""", "configuration Matching:ReviewThreshold must not be above Matching:AlertThreshold")]
    [InlineData("""{ "Guard": { "MinEntryRatio": -1 } }""", "configuration Guard:MinEntryRatio must be a number between 0 and 1, not '-1'")]
    [InlineData("""{ "Related": { "Depth": 9 } }""", "configuration Related:Depth must be a whole number from 1 to 5, not '9'")]
    [InlineData("""{ "Related": { "Default": "sometimes" } }""", "configuration Related:Default must be one of review, alert, off, not 'sometimes'")]
    [InlineData("""{ "Archive": { "Keep": "all" } }""", "configuration Archive:Keep must be a whole number, not 'all'")]
    [InlineData("""{ "Alerts": { "MaterialChangesOnly": "yes" } }""", "configuration Alerts:MaterialChangesOnly must be true or false, not 'yes'")]
    [InlineData("""{ "Alerts": { "Delivery": { "MaxAttempts": "abc" } } }""", "configuration Alerts:Delivery:MaxAttempts must be a whole number, not 'abc'")]
    [InlineData("""{ "Alerts": { "Delivery": { "MaxAttempts": 0 } } }""", "configuration Alerts:Delivery:MaxAttempts must be a whole number of at least 1, not '0'")]
    [InlineData("""{ "Alerts": { "Delivery": { "PollIntervalSeconds": 0 } } }""", "configuration Alerts:Delivery:PollIntervalSeconds must be a positive number of seconds, not '0'")]
    [InlineData("""{ "Alerts": { "Delivery": { "QueueSince": "last week" } } }""", "configuration Alerts:Delivery:QueueSince must be an ISO 8601 date or date-time, not 'last week'")]
    [InlineData("""{ "Alerts": { "Webhook": { "Url": "ftp://127.0.0.1/h" } } }""", "configuration Alerts:Webhook:Url must be an http(s) URL, not 'ftp://127.0.0.1/h'")]
    [InlineData("""{ "Alerts": { "Webhook": { "Url": "http://127.0.0.1:9/h", "Format": "xml" } } }""", "configuration Alerts:Webhook:Format must be one of json, slack, not 'xml'")]
    [InlineData("""{ "Alerts": { "Email": { "Host": "127.0.0.1", "From": "a@example.org" } } }""", "configuration Alerts:Email needs From and To")]
    [InlineData("""{ "Alerts": { "Email": { "Host": "127.0.0.1", "From": "a@example.org", "To": "b@example.org", "Mode": "hourly" } } }""", "configuration Alerts:Email:Mode must be per-alert or digest, not 'hourly'")]
    [InlineData("""{ "Sources": { "ofac-sdn": { "Enabled": "maybe" } } }""", "configuration Sources:ofac-sdn:Enabled must be true or false, not 'maybe'")]
    [InlineData("""{ "Sources": { "ofac-sdn": { "Timeout": "soon" } } }""", "configuration Sources:ofac-sdn:Timeout must be a positive number of seconds or a duration (00:01:30), not 'soon'")]
    [InlineData("""{ "Sources": { "ofac-sdn": { "Retries": -1 } } }""", "configuration Sources:ofac-sdn:Retries must be a whole number of at least 0, not '-1'")]
    [InlineData("""{ "Metrics": { "PrometheusUrl": "http://0.0.0.0:9464/metrics" } }""", "configuration Metrics:PrometheusUrl must be an http URL to serve the metrics at (http://127.0.0.1:9464/metrics), not 'http://0.0.0.0:9464/metrics'")]
    [InlineData("""{ "Metrics": { "PrometheusUrl": "127.0.0.1:9464" } }""", "configuration Metrics:PrometheusUrl must be an http URL to serve the metrics at (http://127.0.0.1:9464/metrics), not '127.0.0.1:9464'")]
    public void A_wrong_value_is_refused_naming_its_key_what_it_must_be_and_what_it_is(string json, string expected)
    {
        var error = Assert.Throws<UsageException>(() => Load(json));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_written_as_null_or_empty_keeps_its_default()
    {
        var settings = Load("""
            { "Sources": { "ofac-sdn": { "Url": "https://example.org/SDN.CSV", "Enabled": null, "Retries": null, "Timeout": "" } },
              "Guard": { "MinEntryRatio": null }, "Matching": { "ReviewThreshold": null, "AlertThreshold": null },
              "Related": { "Depth": null, "Default": "" }, "Archive": { "Keep": null, "RejectedMaxBytes": null },
              "Alerts": { "MaterialChangesOnly": null, "Delivery": { "MaxAttempts": null },
                          "Email": { "Host": "127.0.0.1", "From": "a@example.org", "To": "b@example.org", "StartTls": null, "Mode": null } } }
            """);

        var sdn = settings.Sources["ofac-sdn"];
        Assert.True(sdn.Enabled);
        Assert.Equal((0.5, 3), (sdn.MinEntryRatio, sdn.Retries));
        Assert.Equal((0.88, 0.75), (settings.Thresholds.Alert, settings.Thresholds.Review));
        Assert.Equal((2, RelatedMode.Review), (settings.Related.Depth, settings.Related.Default));
        Assert.True(settings.MaterialChangesOnly);
        Assert.Equal(SanctionsWatch.Sources.Fetching.ArchiveSettings.DefaultKeep, settings.Archive.Keep);
        var alerts = AlertSettings.From(settings);
        Assert.Equal(("auto", "per-alert", 12), (alerts.Email!.StartTls, alerts.Email.Mode, alerts.Delivery.MaxAttempts));
    }

    [Fact]
    public void An_empty_list_empties_it_and_an_empty_source_is_a_source()
    {
        var settings = Load("""
            { "Sources": { "un-sc": {}, "us-csl": { "Lists": "" } },
              "Alerts": { "Email": { "Host": "127.0.0.1", "From": "a@example.org", "To": "b@example.org" },
                          "Webhook": { "Url": "http://127.0.0.1:9/h" }, "Digest": { "Every": "daily", "Channels": "" } } }
            """);

        Assert.Contains("un-sc", settings.Sources.Keys);
        Assert.Empty(settings.Sources["us-csl"].Lists);
        Assert.Equal(["email", "webhook"], AlertSettings.From(settings).Digest!.Channels); // no channel named: every one set
    }

    [Theory]
    [InlineData("""{ "Related": { "Default": "1" } }""", "configuration Related:Default must be one of review, alert, off, not '1'")]
    [InlineData("""{ "Alerts": { "Webhook": { "Url": "http://127.0.0.1:9/h", "Format": "0" } } }""", "configuration Alerts:Webhook:Format must be one of json, slack, not '0'")]
    public void A_mode_is_written_by_its_name_not_its_number(string json, string expected) =>
        Assert.StartsWith(expected, Assert.Throws<UsageException>(() => Load(json)).Message, StringComparison.Ordinal);

    [Fact]
    public void Every_wrong_value_is_said_at_once()
    {
        var error = Assert.Throws<UsageException>(() => Load("""{ "Matching": { "AlertThreshold": 2 }, "Alerts": { "Delivery": { "MaxAttempts": 0 } } }"""));

        Assert.Contains("Matching:AlertThreshold", error.Message, StringComparison.Ordinal);
        Assert.Contains("Alerts:Delivery:MaxAttempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_configuration_binds_the_product_defaults_and_lists_bind_from_an_array_or_one_string()
    {
        var defaults = Load("{}");
        Assert.Equal((0.88, 0.75), (defaults.Thresholds.Alert, defaults.Thresholds.Review));
        Assert.Equal((2, RelatedMode.Review), (defaults.Related.Depth, defaults.Related.Default));
        Assert.True(defaults.MaterialChangesOnly);
        var alerts = AlertSettings.From(defaults);
        Assert.Equal((TimeSpan.FromSeconds(10), 12), (alerts.Delivery.PollInterval, alerts.Delivery.MaxAttempts));
        Assert.Null(alerts.Webhook);

        var settings = Load("""
            { "Alerts": { "Email": { "Host": "127.0.0.1", "From": "a@example.org", "To": "b@example.org; c@example.org" },
                          "Webhook": { "Url": "http://127.0.0.1:9/h", "Format": "Slack" },
                          "Digest": { "Every": "weekly", "Day": "friday", "Channels": ["webhook"] } },
              "Related": { "Default": "alert" } }
            """);
        alerts = AlertSettings.From(settings);
        Assert.Equal(["b@example.org", "c@example.org"], alerts.Email!.To);
        Assert.Equal("slack", alerts.Webhook!.Format);
        Assert.Equal(("weekly", DayOfWeek.Friday), (alerts.Digest!.Every, alerts.Digest.Day));
        Assert.Equal(["webhook"], alerts.Digest.Channels);
        Assert.Equal(RelatedMode.Alert, settings.Related.Default);
    }

    [Fact]
    public async Task A_host_with_the_settings_registered_refuses_to_start_on_a_wrong_value()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Alerts:Delivery:MaxAttempts"] = "0" });
        builder.Services.AddSettings(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("configuration Alerts:Delivery:MaxAttempts must be a whole number of at least 1, not '0'", error.Failures);
    }

    public void Dispose() => _dir.Dispose();
}
