using System.Collections.Concurrent;

namespace SanctionsWatch.Matching;

/// <summary>
/// Memoises the per-token steps of the analysis (romanisation, phonetic key, contraction split) while an index is
/// built: list names repeat their words, so each distinct word is analysed once and its strings are shared, and equal
/// tokens are one object (<see cref="Share"/>). Safe for concurrent use; lives as long as one index build.
/// </summary>
public sealed class TokenCache
{
    private static readonly List<string> NotAContraction = [];

    private readonly ConcurrentDictionary<string, string> latin = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<string>> contractions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<PreparedToken, PreparedToken> tokens = new();

    public string ToLatin(string token) => latin.GetOrAdd(token, static t => Transliterator.ToLatin(t));

    public string PhoneticKey(string latinToken) => keys.GetOrAdd(latinToken, static t => Transliterator.PhoneticKey(t));

    /// <summary>As <see cref="NameAnalyzer.SplitCompound"/>; the list returned must not be changed.</summary>
    public List<string>? SplitContraction(string latinToken)
    {
        var parts = contractions.GetOrAdd(latinToken, static t => NameAnalyzer.SplitCompound(t) ?? NotAContraction);
        return ReferenceEquals(parts, NotAContraction) ? null : parts;
    }

    /// <summary>The one shared object equal to <paramref name="token"/>.</summary>
    public PreparedToken Share(PreparedToken token) => tokens.GetOrAdd(token, token);
}
