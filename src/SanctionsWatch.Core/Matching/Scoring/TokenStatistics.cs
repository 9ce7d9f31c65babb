namespace SanctionsWatch.Matching;

/// <summary>Document frequencies of token keys over indexed names, for IDF weighting.</summary>
public sealed class TokenStatistics : ICorpusStatistics
{
    private readonly Dictionary<string, int> documentFrequency;

    public TokenStatistics(Dictionary<string, int> documentFrequency, int nameCount)
    {
        this.documentFrequency = documentFrequency;
        NameCount = nameCount;
    }

    public int NameCount { get; }

    /// <summary>Counts, for each token key, the names it occurs in (legal forms left out, as the index does).</summary>
    public static TokenStatistics Measure(IEnumerable<MatchSubject> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = 0;
        foreach (var subject in corpus)
        {
            foreach (var name in new PreparedSubject(subject).Names)
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

        return new TokenStatistics(df, names);
    }

    public int DocumentFrequency(string key) => documentFrequency.TryGetValue(key, out var df) ? df : 0;

    /// <summary>1 + ln((N + 1) / (df + 1)): a word in one name of 40,000 weighs ≈ 11, one in every tenth ≈ 3.3.</summary>
    public double Idf(string key) => 1.0 + Math.Log((NameCount + 1.0) / (DocumentFrequency(key) + 1.0));
}
