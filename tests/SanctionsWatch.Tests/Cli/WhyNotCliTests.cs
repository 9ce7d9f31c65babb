using System.Globalization;
using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// Why not? (issue 18, item 2) through the real binary: <c>watchlist explain ID</c> and <c>screen --near</c> show the
/// nearest entries below the band with their score and the reason, and a pair scores the same in <c>screen</c> and in
/// <c>compare --source</c> (the list's word weights), while plain <c>compare</c> says its words weigh alike.
/// </summary>
public sealed class WhyNotCliTests : IDisposable
{
    private const string WatchlistYaml = """
        entities:
          - id: ru-kurganmashzavod
            name: Kurganmashzavod
            identifiers: {inn: "4501008142"}
          - id: ru-aviastar-tu
            name: Aviastar-TU
        """;

    private readonly TempDir _dir = new();

    public WhyNotCliTests()
    {
        _dir.Write("watchlist.yaml", WatchlistYaml);
        var list = _dir.Write("sdn.csv", OfacCsv.File(
        [
            OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia)."),
            OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE"),
            .. OfacCsv.Filler(40),
        ]));
        var sync = Run("sync", "--source", "ofac-sdn", "--file", list, "--as-of", "2022-03-04T02:03Z");
        Assert.True(sync.ExitCode == 0, sync.Err);
    }

    public void Dispose() => _dir.Dispose();

    private CliProcess.Result Run(params string[] args) =>
        CliProcess.Run(_dir.Path, [.. args, "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")]);

    private static JsonElement Json(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Watchlist_explain_shows_each_lists_hits_and_the_nearest_entries_with_the_reason_they_stayed_below()
    {
        var lookAlike = Json(Run("watchlist", "explain", "ru-aviastar-tu", "--format", "json"));

        Assert.Empty(lookAlike.GetProperty("sources_not_screened").EnumerateArray());
        var sdn = Assert.Single(lookAlike.GetProperty("sources").EnumerateArray());
        Assert.Equal(("ofac-sdn", 42, true), (sdn.GetProperty("source").GetString(), sdn.GetProperty("entries").GetInt32(), sdn.GetProperty("screened").GetBoolean()));
        Assert.Empty(sdn.GetProperty("hits").EnumerateArray());
        var nearest = sdn.GetProperty("near")[0];
        Assert.Equal("35347", nearest.GetProperty("entry_id").GetString());
        var score = nearest.GetProperty("score").GetDouble();
        Assert.True(score is > 0 and < 0.88, score.ToString(CultureInfo.InvariantCulture));
        var reason = nearest.GetProperty("reason").GetString()!;
        Assert.StartsWith(score.ToString("0.000", CultureInfo.InvariantCulture) + ", below ", reason, StringComparison.Ordinal);
        Assert.Contains("tu", reason, StringComparison.Ordinal); // the word of the entity the list name lacks
        Assert.Equal("token-alignment", nearest.GetProperty("explanation").GetProperty("rule").GetString());
        Assert.NotEmpty(nearest.GetProperty("explanation").GetProperty("tokens").EnumerateArray());
        Assert.All(sdn.GetProperty("near").EnumerateArray(), n => Assert.True(n.GetProperty("score").GetDouble() < 0.88));

        var table = Run("watchlist", "explain", "ru-aviastar-tu");
        Assert.True(table.ExitCode == 0, table.Err);
        Assert.Contains("ofac-sdn (42 entries)\n  hits\n    (none)\n", table.Out, StringComparison.Ordinal);
        Assert.Contains("35347 AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE: " + reason, table.Out, StringComparison.Ordinal);
        Assert.Contains("rule token-alignment: \"Aviastar-TU\" vs \"AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE\"", table.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n\s+WATCHLIST\s+LIST\s+SIMILARITY  WEIGHT\n", table.Out); // the table of hits show

        var found = Json(Run("watchlist", "explain", "ru-kurganmashzavod", "--format", "json")).GetProperty("sources")[0];
        Assert.Equal("35345", Assert.Single(found.GetProperty("hits").EnumerateArray()).GetProperty("entry_id").GetString());
        Assert.DoesNotContain(found.GetProperty("near").EnumerateArray(), n => n.GetProperty("entry_id").GetString() == "35345");

        var typo = Run("watchlist", "explain", "ru-aviastar-ty");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("no entity 'ru-aviastar-ty' in the watchlist", typo.Err, StringComparison.Ordinal);
        Assert.Contains("(did you mean 'ru-aviastar-tu'?)", typo.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_near_adds_the_nearest_entries_below_the_threshold_with_their_reason()
    {
        var plain = Json(Run("screen", "Aviastar-TU", "--format", "json")).EnumerateArray().ToList();
        Assert.All(plain, r => Assert.False(r.GetProperty("near").GetBoolean()));

        var rows = Json(Run("screen", "Aviastar-TU", "--near", "2", "--format", "json")).EnumerateArray().ToList();
        var near = rows.Where(r => r.GetProperty("near").GetBoolean()).ToList();
        Assert.InRange(near.Count, 1, 2);
        Assert.Equal("35347", near[0].GetProperty("entry_id").GetString());
        Assert.All(near, r =>
        {
            Assert.True(r.GetProperty("score").GetDouble() < 0.75);
            Assert.Equal("none", r.GetProperty("band").GetString());
            Assert.Contains(", below review (0.750)", r.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.NotEqual(JsonValueKind.Null, r.GetProperty("explanation").ValueKind);
        });
        Assert.Equal(plain.Count, rows.Count - near.Count);

        var table = Run("screen", "Aviastar-TU", "--near");
        Assert.True(table.ExitCode == 0, table.Err);
        Assert.Contains("nearest below 0.750, 3 per list:", table.Out, StringComparison.Ordinal);
        Assert.Contains("ofac-sdn 35347 AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE: " + near[0].GetProperty("reason").GetString(), table.Out, StringComparison.Ordinal);
        Assert.Contains("SIMILARITY  WEIGHT", table.Out, StringComparison.Ordinal);

        // a name found, and no other entry near it: "no other entry", not "no entry", shares a word
        var alone = Run("screen", "Aviastar-SP", "--near");
        Assert.True(alone.ExitCode == 0, alone.Err);
        Assert.Contains("ofac-sdn 35347 AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE", alone.Out, StringComparison.Ordinal);
        Assert.True(alone.Out.Contains("(none: no other entry shares a word with the name)", StringComparison.Ordinal), alone.Out);
        Assert.Contains("(none: no entry shares a word with the name)", Run("screen", "Zelvanor Korvalis", "--near").Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void A_pair_scores_the_same_in_screen_and_in_compare_with_the_list_named_and_plain_compare_says_words_weigh_alike()
    {
        using var dir = new TempDir();
        string[] store = ["--db", dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")];
        var replay = CliProcess.Run(dir.Path, ["replay", "--source", "ofac-sdn", OfacHistory.PathOf("sdn_2022-06-28T1855.csv"), .. store]);
        Assert.True(replay.ExitCode == 0, replay.Err);

        // The README's example: a one-word query against a longer firm name. Every firm screen finds, compared alone (as
        // organisations: compare gives both names one kind; OFAC writes a person's name "SURNAME, Given").
        var results = Json(CliProcess.Run(dir.Path, ["screen", "Ilyushin", "--threshold", "0.5", "--format", "json", .. store])).EnumerateArray()
            .Where(r => !r.GetProperty("name").GetString()!.Contains(',', StringComparison.Ordinal)).ToList();
        Assert.True(results.Count >= 2);
        foreach (var r in results)
        {
            var matched = r.GetProperty("matched_name").GetString()!;
            var same = Json(CliProcess.Run(dir.Path, ["compare", "Ilyushin", matched, "--kind", "organization", "--source", "ofac-sdn", "--format", "json", .. store]));
            Assert.Equal(r.GetProperty("score").GetDouble(), same.GetProperty("score").GetDouble());
            Assert.Equal("ofac-sdn", same.GetProperty("weights").GetProperty("source").GetString());
        }

        // Without --source every word weighs alike: another score for the same pair, and compare says so.
        var finance = results.Single(r => r.GetProperty("entry_id").GetString() == "35997");
        var alike = Json(CliProcess.Run(dir.Path, "compare", "Ilyushin", finance.GetProperty("matched_name").GetString()!, "--format", "json"));
        Assert.Equal(JsonValueKind.Null, alike.GetProperty("weights").ValueKind);
        Assert.NotEqual(finance.GetProperty("score").GetDouble(), alike.GetProperty("score").GetDouble());
        var text = CliProcess.Run(dir.Path, "compare", "Ilyushin", "ILYUSHIN FINANCE COMPANY");
        Assert.Contains("words weighed alike (no list): --source ID weighs them by a stored list, as screen and a sync do", text.Out, StringComparison.Ordinal);
        var weighed = CliProcess.Run(dir.Path, ["compare", "Ilyushin", "ILYUSHIN FINANCE COMPANY", "--source", "ofac-sdn", .. store]);
        Assert.Contains("words weighed by ofac-sdn (10,409 entries", weighed.Out, StringComparison.Ordinal);
    }
}
