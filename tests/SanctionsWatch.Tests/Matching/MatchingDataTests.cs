using SanctionsWatch.Matching;

namespace SanctionsWatch.Tests.Matching;

/// <summary>
/// The embedded phrase tables (legal forms, vocabulary): a spelling stands for one class or concept only. A table reads
/// a spelling as the first line that lists it, so a second listing is dead and hides a translation (management, listed
/// under control and under management, kept Upravlyayushchaya Kompaniya from meeting Management Company).
/// </summary>
public sealed class MatchingDataTests
{
    [Theory]
    [InlineData("legal-forms.tsv")]
    [InlineData("vocabulary.tsv")]
    public void No_spelling_stands_for_two_lines(string file)
    {
        var lines = Lines(file);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var twice = new List<string>();
        foreach (var (key, spellings) in lines)
        {
            foreach (var spelling in spellings)
            {
                if (owner.TryGetValue(spelling, out var first) && first != key)
                    twice.Add($"{spelling}: {first} and {key}");
                owner.TryAdd(spelling, key);
            }
        }

        Assert.True(lines.Count > 5, $"{file}: {lines.Count} lines read");
        Assert.Empty(twice);
    }

    [Fact]
    public void An_adjective_stem_is_a_spelling_of_one_word()
    {
        // a trailing ~ gives a stem a Russian adjective's endings (PhraseTable.AdjectiveForms): a phrase has none to take
        var phrases = Lines("vocabulary.tsv").SelectMany(static l => l.Spellings).Where(static s => s.EndsWith('~')).ToList();
        Assert.NotEmpty(phrases);
        Assert.DoesNotContain(phrases, static s => s.Contains(' ', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("#institute", true)]
    [InlineData("#plant", true)]
    [InlineData("#foundation", true)]
    [InlineData("#research", false)]
    [InlineData("#instrument", false)]
    public void The_kinds_of_body_are_the_lines_marked_so(string concept, bool kind) =>
        Assert.Equal(kind, IndustrialVocabulary.IsKindOfBody(concept));

    [Theory]
    [InlineData("NII Tochnoy Mekhaniki Zelvanor", "ZELVANOR RESEARCH INSTITUTE OF PRECISION MECHANICS")] // tochnyy in its endings
    public void The_oblique_forms_of_adjectives_meet_their_translation(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("Zelvanor Management Company", "UPRAVLYAYUSHCHAYA KOMPANIYA ZELVANOR")]
    [InlineData("ООО «Управляющая компания Зелванор»", "ZELVANOR MANAGEMENT COMPANY LLC")]
    public void A_management_company_meets_its_russian_name(string query, string candidate) =>
        Alerts(query, candidate);

    private static void Alerts(string query, string candidate)
    {
        var result = new NameMatcher().Compare(MatchSubject.FromName(query), MatchSubject.FromName(candidate));

        Assert.True(result.Score >= MatchThresholds.DefaultAlert, $"{query} vs {candidate}: {result.Score:F3}");
    }

    private static List<(string Key, string[] Spellings)> Lines(string file)
    {
        using var stream = typeof(NameMatcher).Assembly.GetManifestResourceStream("SanctionsWatch.Matching.Data." + file)
            ?? throw new InvalidOperationException($"no embedded Data/{file}");
        using var reader = new StreamReader(stream);
        var lines = new List<(string, string[])>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var parts = line.Split('\t');
            lines.Add((parts[0], parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }

        return lines;
    }
}
