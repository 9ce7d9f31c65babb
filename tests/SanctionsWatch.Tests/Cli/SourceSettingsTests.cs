using SanctionsWatch.App;
using SanctionsWatch.Sources.UsCsl;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>The download keys of <c>Sources:&lt;id&gt;</c> and <c>Archive</c>, as the configuration file gives them.</summary>
public sealed class SourceSettingsTests : IDisposable
{
    private readonly TempDir _dir = new();

    private AppSettings Load(string json) =>
        AppSettings.Load(_dir.Write(Path.Combine("config", "appsettings.json"), json), null, null);

    [Fact]
    public void Download_keys_are_read_with_their_units_and_urls_are_combined()
    {
        var settings = Load("""
            {
              "Database": { "Path": "../data/store.db" },
              "Sources": {
                "ofac-sdn": { "Url": "https://example.org/SDN.CSV", "Urls": ["https://example.org/ALT.CSV", "https://example.org/ADD.CSV"],
                              "Timeout": 30, "BodyTimeout": "00:02:00", "MaxBytes": 1000, "Retries": 0, "RetryDelay": 0.25 },
                "ofac-cons": { "Url": "lists/cons.xml", "Urls": "https://example.org/a.csv, https://example.org/b.csv" },
                "opensanctions": { "Url": "https://data.opensanctions.org/datasets/latest/{dataset}/targets.simple.csv", "Dataset": "sanctions" },
                "eu-fsf": { "Enabled": false }
              }
            }
            """);

        var sdn = settings.Sources["ofac-sdn"].Fetch!;
        Assert.Equal(["https://example.org/SDN.CSV", "https://example.org/ALT.CSV", "https://example.org/ADD.CSV"], sdn.Urls);
        Assert.Equal(
            (TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), 1000L, 0, TimeSpan.FromMilliseconds(250)),
            (sdn.Timeout, sdn.BodyTimeout, sdn.MaxBytes, sdn.Retries, sdn.RetryDelay));
        Assert.Equal(
            [_dir.File(Path.Combine("config", "lists", "cons.xml")), "https://example.org/a.csv", "https://example.org/b.csv"],
            settings.Sources["ofac-cons"].Fetch!.Urls);
        Assert.Equal(
            "https://data.opensanctions.org/datasets/latest/sanctions/targets.simple.csv",
            settings.Sources["opensanctions"].Fetch!.Urls[0]);
        Assert.False(settings.Sources["eu-fsf"].Enabled);
        Assert.Null(settings.Sources["eu-fsf"].Fetch);
        Assert.Equal((_dir.File(Path.Combine("data", "raw")), 30), (settings.Archive.Path, settings.Archive.Keep));
    }

    [Theory]
    [InlineData("Timeout", "\"soon\"")]
    [InlineData("BodyTimeout", "0")]
    [InlineData("MaxBytes", "-1")]
    [InlineData("Retries", "\"many\"")]
    public void A_bad_value_is_a_usage_error_naming_the_key(string key, string value)
    {
        var ex = Assert.Throws<UsageException>(() => Load($$"""{ "Sources": { "ofac-sdn": { "Url": "x", "{{key}}": {{value}} } } }"""));
        Assert.Contains($"{key}", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>The lists the us-csl reader of this configuration keeps.</summary>
    private UsCslChoice Choice(string json)
    {
        using var ws = new Workspace(Load(json), TimeProvider.System);
        return Assert.IsType<UsCslReader>(ws.ReaderFor("us-csl")).Choice;
    }

    [Fact]
    public void Lists_choose_the_lists_us_csl_keeps_from_an_array_or_a_string()
    {
        var choice = Choice("""
            {
              "Sources": {
                "us-csl": { "Url": "https://example.org/consolidated.csv",
                            "Lists": ["EL", " Military End User (MEU) List - Bureau of Industry and Security "] }
              }
            }
            """);

        Assert.Equal("EL, MEU", choice.ToString());
        Assert.Equal("EL, DPL, ISN", Choice("""{ "Sources": { "us-csl": { "Lists": "el, DPL; isn" } } }""").ToString());
        Assert.True(Choice("""{ "Sources": { "us-csl": { "Lists": "all" } } }""").Every);
        Assert.Same(UsCslChoice.Default, Choice("""{ "Sources": { "un-sc": { "Url": "x" } } }"""));
    }

    [Fact]
    public void The_shipped_configuration_reads_trade_gov_s_csv_keeping_the_lists_no_ofac_source_carries()
    {
        var settings = AppSettings.Load(Path.Combine(SharedData.ProjectRoot, "config", "appsettings.json"), null, null);
        using var ws = new Workspace(settings, TimeProvider.System);

        Assert.Equal(
            "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv",
            settings.Sources["us-csl"].Fetch!.Urls[0]);
        Assert.Equal(UsCslChoice.Default.Lists, Assert.IsType<UsCslReader>(ws.ReaderFor("us-csl")).Choice.Lists);
    }

    [Theory]
    [InlineData("us-csl", "[\"EL\", \"Entity Lst\"]", "configuration Sources:us-csl:Lists: unknown list 'Entity Lst'; the lists are EL, MEU, UVL")]
    [InlineData("ofac-sdn", "\"SDN\"", "configuration Sources:ofac-sdn:Lists: only us-csl has lists to choose, not ofac-sdn")]
    public void Unknown_lists_are_a_usage_error_naming_them(string source, string lists, string message)
    {
        var ex = Assert.Throws<UsageException>(() => Load($$"""{ "Sources": { "{{source}}": { "Url": "x", "Lists": {{lists}} } } }"""));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
