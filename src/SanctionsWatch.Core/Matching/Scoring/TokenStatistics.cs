namespace SanctionsWatch.Matching;

/// <summary>Document frequencies of token keys over indexed names, for IDF weighting.</summary>
public sealed class TokenStatistics : ICorpusStatistics
{
    private readonly Dictionary<string, int> documentFrequency;

    private readonly HashSet<(string, string)> acronymSynonyms;

    public TokenStatistics(Dictionary<string, int> documentFrequency, int nameCount, HashSet<(string, string)>? acronymSynonyms = null)
    {
        this.documentFrequency = documentFrequency;
        NameCount = nameCount;
        this.acronymSynonyms = acronymSynonyms ?? [];
        longestSynonym = this.acronymSynonyms.Count == 0 ? 0 : this.acronymSynonyms.Max(static p => p.Item1.Length);
    }

    /// <summary>The longest key among the synonyms (0: none): longer keys, most of a scoring's pairs, are not looked up.</summary>
    private readonly int longestSynonym;

    /// <summary>Whether the list gives these two acronym keys as names of one party (<see cref="AcronymSynonyms"/>: ODK, UEC).</summary>
    public bool AreAcronymSynonyms(string a, string b) =>
        a.Length <= longestSynonym && b.Length <= longestSynonym && acronymSynonyms.Contains((a, b));

    public int NameCount { get; }

    /// <summary>Counts, for each token key, the names it occurs in (legal forms left out, as the index does).</summary>
    public static TokenStatistics Measure(IEnumerable<MatchSubject> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = 0;
        var synonyms = new HashSet<(string, string)>();
        foreach (var subject in corpus)
        {
            var p = new PreparedSubject(subject);
            AcronymSynonyms.LearnFrom(p, synonyms);
            foreach (var name in p.Names)
            {
                names++;
                seen.Clear();
                foreach (var t in name.Tokens)
                {
                    if (t.Kind != TokenKind.LegalForm && seen.Add(t.Key))
                        df[t.Key] = df.TryGetValue(t.Key, out var n) ? n + 1 : 1;
                }
            }
        }

        return new TokenStatistics(df, names, synonyms);
    }

    public int DocumentFrequency(string key) => documentFrequency.TryGetValue(key, out var df) ? df : 0;

    /// <summary>Whether <paramref name="key"/> is in few of the list's names: at most one in 2,000, and at least two.</summary>
    public bool IsRare(string key) => DocumentFrequency(key) <= Math.Max(2, NameCount / 2000);

    /// <summary>1 + ln((N + 1) / (df + 1)): a word in one name of 40,000 weighs ≈ 11, one in every tenth ≈ 3.3.</summary>
    public double Idf(string key) => 1.0 + Math.Log((NameCount + 1.0) / (DocumentFrequency(key) + 1.0));
}
