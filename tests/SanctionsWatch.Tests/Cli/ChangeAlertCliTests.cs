using System.Globalization;
using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// Alerts that say what changed (issue 18, item 3) through the real binary on hand-written OFAC files: the change id
/// on a changed alert, a score that fell explained in hits show, material changes only by default, changes show word by
/// word, and changes --entity / --entry / --watched / --material.
/// </summary>
public sealed class ChangeAlertCliTests : IDisposable
{
    private const string WatchlistYaml = """
        entities:
          - id: ru-kurgan-holding
            name: Kurgan Defence Holding
            identifiers: {inn: "4501008142"}
          - id: ru-aviastar-sp
            name: Aviastar-SP
        """;

    private const string Boilerplate = "Executive Order 13662 Directive Determination - Subject to Directive 3; Registration ID 1117746521452; " +
        "For more information on directives, please visit the following link: http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives";

    private readonly TempDir _dir = new();
    private int _file;

    public ChangeAlertCliTests() => _dir.Write("watchlist.yaml", WatchlistYaml);

    public void Dispose() => _dir.Dispose();

    private CliProcess.Result Run(params string[] args) =>
        CliProcess.Run(_dir.Path, [.. args, "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml"), "--config", _dir.File("appsettings.json")]);

    private CliProcess.Result Sync(string asOf, params string[] rows)
    {
        var result = Run("sync", "--source", "ofac-sdn", "--file", _dir.Write($"v{++_file}/sdn.csv", OfacCsv.File([.. rows, .. OfacCsv.Filler(40)])), "--as-of", asOf);
        Assert.True(result.ExitCode == 0, result.Err);
        return result;
    }

    private static JsonElement Json(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    private static string Kurgan(string remarks) => OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: remarks);

    private static string Aviastar(string? remarks = null, string programs = "RUSSIA-EO14024") =>
        OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE", programs: programs, remarks: remarks);

    private void Config(bool materialOnly) =>
        _dir.Write("appsettings.json", $$"""{ "Alerts": { "MaterialChangesOnly": {{(materialOnly ? "true" : "false")}} } }""");

    [Fact]
    public void A_score_that_fell_because_a_field_changed_is_explained_in_hits_show_and_its_alert_names_the_change()
    {
        Config(materialOnly: true);
        Sync("2022-02-20T10:00Z", Kurgan("Tax ID No. 4501008142 (Russia)."), Aviastar());
        var fell = Sync("2022-04-29T18:52Z", Kurgan("Website www.kurganmash.ru."), Aviastar());
        Assert.Contains("ALERT changed    ru-kurgan-holding", fell.Out, StringComparison.Ordinal);

        var change = Json(Run("changes", "--entry", "ofac-sdn:35345", "--kind", "modified", "--format", "json")).EnumerateArray().Single();
        var changeId = change.GetProperty("id").GetInt64();
        var alert = Json(Run("alerts", "--kind", "changed", "--format", "json")).EnumerateArray().Single();
        Assert.Equal(changeId, alert.GetProperty("change_id").GetInt64());
        var hitId = Json(Run("hits", "--entity", "ru-kurgan-holding", "--format", "json"))[0].GetProperty("id").GetInt64();

        var json = Json(Run("hits", "show", hitId.ToString(CultureInfo.InvariantCulture), "--format", "json"));
        var history = Assert.Single(json.GetProperty("score_history").EnumerateArray());
        Assert.Equal(1.0, history.GetProperty("score_before").GetDouble());
        var after = history.GetProperty("score_after").GetDouble();
        Assert.True(after < 0.88, after.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(after, json.GetProperty("hit").GetProperty("score").GetDouble(), 3);
        Assert.Equal(changeId, history.GetProperty("change_id").GetInt64());
        Assert.Contains("identifiers", history.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("identifiers: -inn · 4501008142", history.GetProperty("diff").GetString(), StringComparison.Ordinal);

        // "1.000 → 0.721 on 2022-04-29: inn removed, change 10230"
        var table = Run("hits", "show", hitId.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"  was          1.000 → {after:0.000} on 2022-04-29: identifiers: -inn · 4501008142"),
            table.Out, StringComparison.Ordinal);
        Assert.Contains($", change {changeId}\n", table.Out, StringComparison.Ordinal);

        // The score a sync gave the fallen hit is the one screen gives the pair: words weighed by the list.
        var screened = Json(Run("screen", "Kurgan Defence Holding", "--threshold", "0.1", "--format", "json")).EnumerateArray()
            .Single(r => r.GetProperty("entry_id").GetString() == "35345");
        Assert.Equal(screened.GetProperty("score").GetDouble(), after, 3);
    }

    [Fact]
    public void Only_material_changes_raise_changed_alerts_by_default_and_every_change_with_the_option_off()
    {
        Config(materialOnly: true);
        Sync("2022-02-20T10:00Z", Kurgan("Tax ID No. 4501008142 (Russia)."), Aviastar(Boilerplate));
        var boilerplate = Sync("2022-04-29T18:52Z", Kurgan("Tax ID No. 4501008142 (Russia)."), Aviastar(Boilerplate.Replace("Directive 3;", "Directive 3; Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209;", StringComparison.Ordinal)));
        Assert.DoesNotContain("ALERT", boilerplate.Out, StringComparison.Ordinal);
        Assert.Single(Json(Run("changes", "--watched", "--since", "2022-04-29", "--format", "json")).EnumerateArray()); // recorded all the same
        Assert.Empty(Json(Run("changes", "--watched", "--material", "--since", "2022-04-29", "--format", "json")).EnumerateArray());

        var programme = Sync("2022-06-28T18:55Z", Kurgan("Tax ID No. 4501008142 (Russia)."), Aviastar(Boilerplate, "RUSSIA-EO14024] [UKRAINE-EO13662"));
        Assert.Contains("ALERT changed    ru-aviastar-sp", programme.Out, StringComparison.Ordinal);

        Config(materialOnly: false);
        var every = Sync("2022-07-01T00:00Z", Kurgan("Tax ID No. 4501008142 (Russia). Website www.kurganmash.ru."), Aviastar(Boilerplate, "RUSSIA-EO14024] [UKRAINE-EO13662"));
        Assert.Contains("ALERT changed    ru-kurgan-holding", every.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_show_diffs_a_long_field_word_by_word()
    {
        Config(materialOnly: true);
        Sync("2022-02-20T10:00Z", Kurgan("Tax ID No. 4501008142 (Russia)."), Aviastar(Boilerplate));
        Sync("2022-04-29T18:52Z", Kurgan("Tax ID No. 4501008142 (Russia)."), Aviastar(Boilerplate.Replace("Directive 3;", "Directive 4; Secondary sanctions risk;", StringComparison.Ordinal)));
        var id = Json(Run("changes", "--entry", "ofac-sdn:35347", "--kind", "modified", "--format", "json"))[0].GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        var text = Run("changes", "show", id);

        Assert.True(text.ExitCode == 0, text.Err);
        Assert.Contains("remarks:\n  … Directive Determination - Subject to Directive [-3;-] {+4; Secondary sanctions risk;+} Registration ID 1117746521452; For more information …\n", text.Out, StringComparison.Ordinal);
        Assert.Contains("(1 words removed, 4 added;", text.Out, StringComparison.Ordinal);
        var words = Json(Run("changes", "show", id, "--format", "json")).GetProperty("fields")[0].GetProperty("words").EnumerateArray()
            .Select(w => (w.GetProperty("op").GetString(), w.GetProperty("text").GetString())).ToList();
        Assert.Equal(("-", "3;"), words[1]);
        Assert.Equal(("+", "4; Secondary sanctions risk;"), words[2]);
        Assert.Equal(Boilerplate, string.Join(' ', words.Where(w => w.Item1 != "+").Select(w => w.Item2)));
    }

    [Fact]
    public void Changes_filter_by_entity_entry_watched_and_material()
    {
        Config(materialOnly: true);
        Sync("2022-02-20T10:00Z", Kurgan("Tax ID No. 4501008142 (Russia)."), Aviastar("A."), OfacCsv.Row(50000, "OTHER PARTY"));
        Sync("2022-03-01T00:00Z", Kurgan("Tax ID No. 4501008142 (Russia). B."), Aviastar("B.", "RUSSIA-EO14024] [UKRAINE-EO13662"), OfacCsv.Row(50000, "OTHER PARTY", remarks: "B."));
        long[] Ids(params string[] filter) =>
            [.. Json(Run(["changes", "--kind", "modified", .. filter, "--format", "json"])).EnumerateArray().Select(c => long.Parse(c.GetProperty("entry_id").GetString()!, CultureInfo.InvariantCulture))];

        Assert.Equal([50000, 35347, 35345], Ids().Order().Reverse());
        Assert.Equal([35345], Ids("--entity", "ru-kurgan-holding"));
        Assert.Equal([35347], Ids("--entry", "ofac-sdn:35347"));
        Assert.Equal([35347, 35345], Ids("--watched").Order().Reverse());
        Assert.Equal([35347], Ids("--watched", "--material"));

        var aviastarHit = Json(Run("hits", "--entity", "ru-aviastar-sp", "--format", "json"))[0].GetProperty("id").GetInt64();
        Assert.Equal(0, Run("hits", "dismiss", aviastarHit.ToString(CultureInfo.InvariantCulture), "--note", "other plant", "--by", "alice").ExitCode);
        Assert.Equal([35345], Ids("--watched")); // a dismissed hit is not watched

        var unknownEntry = Run("changes", "--entry", "ofac-sdn:99999");
        Assert.Equal(2, unknownEntry.ExitCode);
        Assert.Contains("ofac-sdn has no entry 99999", unknownEntry.Err, StringComparison.Ordinal);
        var badEntry = Run("changes", "--entry", "35345");
        Assert.Equal(2, badEntry.ExitCode);
        Assert.Contains("is not SOURCE:ID", badEntry.Err, StringComparison.Ordinal);
        var unknownEntity = Run("changes", "--entity", "ru-kurgan-holdings");
        Assert.Equal(2, unknownEntity.ExitCode);
        Assert.Contains("(did you mean 'ru-kurgan-holding'?)", unknownEntity.Err, StringComparison.Ordinal);
    }
}
