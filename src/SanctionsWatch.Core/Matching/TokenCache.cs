using System.Collections.Concurrent;

namespace SanctionsWatch.Matching;

/// <summary>
/// Memoises the per-token steps of the analysis (romanisation, phonetic key, contraction split) while an index is
/// built: list names repeat their words, so each distinct word is analysed once and its strings are shared, and equal
/// tokens are one object (<see cref="Token"/>). Safe for concurrent use; lives as long as one index build.
/// </summary>
public sealed class TokenCache
{
    private static readonly List<string> NotAContraction = [];

    private readonly ConcurrentDictionary<string, string> latin = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<string>> contractions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Text, string Key, TokenKind Kind), PreparedToken> tokens = new();

    public string ToLatin(string token) => latin.GetOrAdd(token, static t => Transliterator.ToLatin(t));

    public string PhoneticKey(string latinToken) => keys.GetOrAdd(latinToken, static t => Transliterator.PhoneticKey(t));

    /// <summary>As <see cref="IndustrialVocabulary.SplitContraction"/>; the list returned must not be changed.</summary>
    public List<string>? SplitContraction(string latinToken)
    {
        var parts = contractions.GetOrAdd(latinToken, static t => IndustrialVocabulary.SplitContraction(t) ?? NotAContraction);
        return ReferenceEquals(parts, NotAContraction) ? null : parts;
    }

    /// <summary>The one shared token of this text, key and kind (made only the first time).</summary>
    public PreparedToken Token(string text, string key, TokenKind kind) =>
        tokens.TryGetValue((text, key, kind), out var token) ? token : tokens.GetOrAdd((text, key, kind), static k => new PreparedToken(k.Text, k.Key, k.Kind));
}
