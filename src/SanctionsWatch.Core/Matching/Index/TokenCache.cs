using System.Collections.Concurrent;

namespace SanctionsWatch.Matching;

/// <summary>
/// Memoises the analysis of words while an index is built: list names repeat their words, so each distinct word (as
/// written, after folding) is analysed once into an <see cref="AnalysedWord"/> whose strings and tokens every name
/// shares; tokens of phrases are shared too (<see cref="Token"/>). Safe for concurrent use; lives as long as one index
/// build.
/// </summary>
public sealed class TokenCache
{
    private readonly ConcurrentDictionary<string, AnalysedWord> words;
    private readonly ConcurrentDictionary<string, AnalysedWord>.AlternateLookup<ReadOnlySpan<char>> wordsBySpan;
    private readonly ConcurrentDictionary<(string Text, string Key, TokenKind Kind), PreparedToken> tokens;

    /// <summary>A cache sized for about <paramref name="names"/> names (their distinct words are fewer).</summary>
    public TokenCache(int names = 0)
    {
        var capacity = Math.Max(31, names / 4);
        words = new(KeyMaps.ConcurrencyLevel, capacity, StringComparer.Ordinal);
        tokens = new(KeyMaps.ConcurrencyLevel, capacity);
        wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The analysis of one folded word (made a string only the first time it is seen).</summary>
    internal AnalysedWord Word(ReadOnlySpan<char> folded) =>
        wordsBySpan.TryGetValue(folded, out var word) ? word : words.GetOrAdd(folded.ToString(), static w => new AnalysedWord(Transliterator.ToLatin(w), Transliterator.IsAbjad(w), Kana.IsKatakana(w), NameAnalyzer.IsHanSyllable(w), w));

    /// <summary>The one shared token of this text, key and kind (made only the first time).</summary>
    public PreparedToken Token(string text, string key, TokenKind kind) =>
        tokens.TryGetValue((text, key, kind), out var token) ? token : tokens.GetOrAdd((text, key, kind), static k => new PreparedToken(k.Text, k.Key, k.Kind));
}
