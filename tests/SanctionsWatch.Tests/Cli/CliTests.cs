using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>The CLI as a user runs it: the real binary, a real SQLite file, hand-written list files.</summary>
public sealed class CliTests : IDisposable
{
    private const string WatchlistYaml = """
        entities:
          - id: ru-kurganmashzavod
            name: Kurganmashzavod
            kind: organization
            country: RU
            aliases: ["Курганмашзавод", "Kurgan Machine-Building Plant"]
            identifiers: {inn: "4501008142"}
          - id: ru-aviastar-sp
            name: Aviastar-SP
            kind: organization
            aliases: ["Авиастар-СП"]
        """;

    private readonly TempDir _dir = new();
    private readonly string[] _common;

    public CliTests()
    {
        _dir.Write("watchlist.yaml", WatchlistYaml);
        _common = ["--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")];
    }

    private CliProcess.Result Run(params string[] args) => CliProcess.Run(_dir.Path, [.. args, .. _common]);

    private string ListFile(string name, params string[] rows) =>
        _dir.Write(name, OfacCsv.File([.. rows, .. OfacCsv.Filler(30)]));

    private static readonly string Kurgan = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia).");
    private static readonly string Aviastar = OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE");

    [Fact]
    public void The_program_as_a_process_says_what_the_in_process_runs_of_the_tests_say()
    {
        // The CLI tests run the program's entry in-process; this one runs the same commands as the program itself
        // (dotnet sanctionswatch.dll) and expects the same exit codes and output, relative paths included.
        ListFile("v1/sdn.csv", Kurgan);
        string[][] commands =
        [
            ["sync", "--source", "ofac-sdn", "--file", "v1/sdn.csv", "--as-of", "2022-02-20T10:00Z", "--db", "p.db", "--watchlist", "watchlist.yaml"],
            ["hits", "--format", "json", "--db", "p.db", "--watchlist", "watchlist.yaml"],
            ["hits", "--stauts", "new", "--db", "p.db"],
            ["screen", "Kurganmashzavod", "--db", "nowhere.db"],
        ];
        var asProcess = commands.Select(c => CliProcess.RunAsProcess(_dir.Path, c)).ToList();
        File.Delete(_dir.File("p.db"));
        var inProcess = commands.Select(c => CliProcess.Run(_dir.Path, c)).ToList();

        Assert.Equal([0, 0, 2, 2], asProcess.Select(r => r.ExitCode));
        Assert.Contains("35345", asProcess[1].Out, StringComparison.Ordinal);
        for (var i = 0; i < commands.Length; i++)
        {
            Assert.Equal(asProcess[i].ExitCode, inProcess[i].ExitCode);
            Assert.Equal(Normalised(asProcess[i].Out), Normalised(inProcess[i].Out));
            Assert.Equal(asProcess[i].Err, inProcess[i].Err);
        }

        // times of day differ between the two runs; what was found and said does not
        static string Normalised(string text) =>
            System.Text.RegularExpressions.Regex.Replace(text, @"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", "T");
    }

    [Fact]
    public void Sync_then_alerts_hits_and_changes_as_json_with_the_contract_fields()
    {
        var first = Run("sync", "--source", "ofac-sdn", "--file", ListFile("v1/sdn.csv", Kurgan), "--as-of", "2022-02-20T10:00Z");
        Assert.True(first.ExitCode == 0, first.Err);
        var second = Run("sync", "--source", "ofac-sdn", "--file", ListFile("v2/sdn.csv", Kurgan, Aviastar), "--as-of", "2022-03-04T02:03Z");
        Assert.True(second.ExitCode == 0, second.Err);
        Assert.Contains("ALERT listed", second.Out, StringComparison.Ordinal);

        using var alerts = JsonDocument.Parse(Run("alerts", "--format", "json").Out);
        var rows = alerts.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        foreach (var field in new[] { "id", "kind", "watchlist_id", "source", "entry_id", "entry_name", "score", "snapshot_at", "created_at" })
            Assert.All(rows, r => Assert.True(r.TryGetProperty(field, out _), field));
        Assert.Equal("listed", rows[0].GetProperty("kind").GetString());
        Assert.Equal("35347", rows[0].GetProperty("entry_id").GetString());
        Assert.Equal("2022-03-04T02:03:00Z", rows[0].GetProperty("snapshot_at").GetString());
        Assert.Equal("first-seen", rows[1].GetProperty("kind").GetString());

        using var hits = JsonDocument.Parse(Run("hits", "--format", "json").Out);
        var hit = hits.RootElement.EnumerateArray().First(h => h.GetProperty("entry_id").GetString() == "35345");
        foreach (var field in new[] { "watchlist_id", "source", "entry_id", "entry_name", "score", "status", "first_snapshot_at" })
            Assert.True(hit.TryGetProperty(field, out _), field);
        Assert.Equal("new", hit.GetProperty("status").GetString());
        Assert.Equal("2022-02-20T10:00:00Z", hit.GetProperty("first_snapshot_at").GetString());

        using var changes = JsonDocument.Parse(Run("changes", "--kind", "added", "--since", "2022-03-01", "--format", "json").Out);
        var change = Assert.Single(changes.RootElement.EnumerateArray());
        Assert.Equal(("35347", "added"), (change.GetProperty("entry_id").GetString(), change.GetProperty("kind").GetString()));
        Assert.Equal("AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE", change.GetProperty("name").GetString());

        var csv = Run("hits", "--format", "csv").Out.Split('\n')[0];
        Assert.StartsWith("id,watchlist_id,source,entry_id,entry_name,score,status", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_file_exits_1_with_the_reason_and_is_listed_as_refused()
    {
        Run("sync", "--file", ListFile("v1/sdn.csv", Kurgan), "--as-of", "2022-02-20");
        var empty = _dir.Write("v2/sdn.csv", "");

        var result = Run("sync", "--file", empty, "--as-of", "2022-02-21");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("REFUSED", result.Err, StringComparison.Ordinal);
        Assert.Contains("empty", result.Err, StringComparison.OrdinalIgnoreCase);
        using var snapshots = JsonDocument.Parse(Run("snapshots", "--status", "refused", "--format", "json").Out);
        Assert.Single(snapshots.RootElement.EnumerateArray());
        using var entries = JsonDocument.Parse(Run("changes", "--kind", "removed", "--format", "json").Out);
        Assert.Empty(entries.RootElement.EnumerateArray());
    }

    [Fact]
    public void Screen_finds_a_cyrillic_spelling_best_first()
    {
        Run("sync", "--file", ListFile("v1/sdn.csv", Kurgan, Aviastar), "--as-of", "2022-03-04");

        var result = Run("screen", "Курганмашзавод", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        var best = doc.RootElement.EnumerateArray().First();
        Assert.Equal("35345", best.GetProperty("entry_id").GetString());
        Assert.Equal("ofac-sdn", best.GetProperty("source").GetString());
        Assert.Equal("alert", best.GetProperty("band").GetString());
        Assert.True(best.GetProperty("score").GetDouble() >= 0.88);
    }

    [Fact]
    public void Screen_as_json_gives_only_the_review_and_alert_bands_best_first_and_keeps_look_alikes_out_of_alert()
    {
        Run("sync", "--file", ListFile("v1/sdn.csv", Kurgan, Aviastar), "--as-of", "2022-03-04");

        using var found = JsonDocument.Parse(Run("screen", "Aviastar SP", "--format", "json").Out);
        var rows = found.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.Equal("35347", rows[0].GetProperty("entry_id").GetString());
        foreach (var field in new[] { "source", "entry_id", "name", "score", "band" })
            Assert.All(rows, r => Assert.True(r.TryGetProperty(field, out _), field));
        Assert.All(rows, r => Assert.Contains(r.GetProperty("band").GetString(), new[] { "alert", "review" }));
        var scores = rows.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(x => x), scores);

        using var lookAlike = JsonDocument.Parse(Run("screen", "Aviastar-TU", "--format", "json").Out);
        Assert.DoesNotContain(lookAlike.RootElement.EnumerateArray(), r => r.GetProperty("band").GetString() == "alert");
    }

    [Fact]
    public void Compare_scores_two_names_with_band_and_explanation()
    {
        var match = Run("compare", "Kurgan Machine-Building Plant", "KURGANMASHZAVOD", "--kind", "organization", "--format", "json");

        Assert.True(match.ExitCode == 0, match.Err);
        using var doc = JsonDocument.Parse(match.Out);
        Assert.True(doc.RootElement.GetProperty("score").GetDouble() >= 0.88);
        Assert.Equal("alert", doc.RootElement.GetProperty("band").GetString());
        var explanation = doc.RootElement.GetProperty("explanation");
        Assert.Equal("token-alignment", explanation.GetProperty("rule").GetString());
        Assert.Equal("KURGANMASHZAVOD", explanation.GetProperty("candidate_name").GetString());
        Assert.NotEmpty(explanation.GetProperty("tokens").EnumerateArray());

        using var apart = JsonDocument.Parse(Run("compare", "Aviastar-TU", "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE", "--format", "json").Out);
        Assert.Equal("none", apart.RootElement.GetProperty("band").GetString());

        var table = Run("compare", "Рособоронэкспорт", "ROSOBORONEKSPORT OAO");
        Assert.True(table.ExitCode == 0, table.Err);
        Assert.Contains("alert", table.Out, StringComparison.Ordinal);
        Assert.Contains("rule ", table.Out, StringComparison.Ordinal);
        Assert.Contains("SIMILARITY", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_shows_a_phrase_of_several_concepts_as_the_one_word_it_was_written()
    {
        // NPO is three concepts (scientific, production, association): one row, and named once in the reason
        var met = Run("compare", "NPO Zelvanor Kompleksy", "JSC NPO ZELVANOR", "--kind", "organization");
        Assert.True(met.ExitCode == 0, met.Err);
        Assert.Single(met.Out.Split('\n'), l => l.TrimStart().StartsWith("npo ", StringComparison.Ordinal));

        var missed = Run("compare", "NPO Zelvanor", "ZELVANOR KORVALIS", "--kind", "organization");
        Assert.True(missed.ExitCode == 0, missed.Err);
        Assert.Contains("not on the list name: npo;", missed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_takes_each_snapshot_time_from_the_file_name()
    {
        ListFile("history/sdn_2022-02-20T1000.csv", Kurgan);
        ListFile("history/sdn_2022-03-04T0203.csv", Kurgan, Aviastar);

        var result = Run("replay", "--source", "ofac-sdn", _dir.File("history"));

        Assert.True(result.ExitCode == 0, result.Err);
        using var alerts = JsonDocument.Parse(Run("alerts", "--kind", "listed", "--format", "json").Out);
        var listed = Assert.Single(alerts.RootElement.EnumerateArray());
        Assert.Equal("2022-03-04T02:03:00Z", listed.GetProperty("snapshot_at").GetString());
    }

    [Fact]
    public void Bad_usage_exits_2_with_one_clear_line()
    {
        var unknownOption = Run("hits", "--no-such-option");
        var missingFile = Run("sync", "--file", _dir.File("nope.csv"));
        var unknownSource = Run("sync", "--source", "nowhere", "--file", ListFile("v1/sdn.csv", Kurgan));
        var badDate = Run("alerts", "--since", "yesterday-ish");

        Assert.All([unknownOption, missingFile, unknownSource, badDate], r => Assert.Equal(2, r.ExitCode));
        Assert.Contains("nope.csv", missingFile.Err, StringComparison.Ordinal);
        Assert.Contains("unknown source 'nowhere'", unknownSource.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", missingFile.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_watchlist_is_refused_with_file_and_line()
    {
        _dir.Write("watchlist.yaml", "entities:\n  - id: a\n    name: A\n  - id: a\n    name: B\n");

        var result = Run("sync", "--file", ListFile("v1/sdn.csv", Kurgan));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("watchlist.yaml:4", result.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
