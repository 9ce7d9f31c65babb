namespace SanctionsWatch.Matching;

/// <summary>Document frequencies of token keys over indexed names, for IDF weighting.</summary>
public sealed class TokenStatistics
{
    private readonly Dictionary<string, int> documentFrequency;

    public TokenStatistics(Dictionary<string, int> documentFrequency, int nameCount)
    {
        this.documentFrequency = documentFrequency;
        NameCount = nameCount;
    }

    public int NameCount { get; }

    public int DocumentFrequency(string key) => documentFrequency.TryGetValue(key, out var df) ? df : 0;

    /// <summary>1 + ln((N + 1) / (df + 1)): a word in one name of 40,000 weighs ≈ 11, one in every tenth ≈ 3.3.</summary>
    public double Idf(string key) => 1.0 + Math.Log((NameCount + 1.0) / (DocumentFrequency(key) + 1.0));
}
