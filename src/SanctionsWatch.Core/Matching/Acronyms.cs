namespace SanctionsWatch.Matching;

/// <summary>
/// Acronyms and the names they abbreviate, in either language: each token offers the initials it may be abbreviated by
/// (a word its first letter, or the first Cyrillic letter's romanisation: <c>tsentralnyy</c> → ts, <c>khimicheskikh</c>
/// → kh or h; a concept or legal form the initials of each of its spellings: завод → z, plant → p, конструкторское
/// бюро → kb, research institute → ri, нии → nii), and an acronym spells a run of tokens when its letters are those
/// initials in order: KVZ = Kazan Helicopter Plant (Казанский вертолётный завод), ODK = United Engine Corporation
/// (Объединённая двигателестроительная корпорация), NIIKhIT = Research Institute of Chemical Current Sources.
/// </summary>
public static class Acronyms
{
    /// <summary>Acronyms longer than this are not spelled out (a long token is a word).</summary>
    public const int MaxLength = 10;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Key, string Text), string[]> ConceptInitials = new();

    /// <summary>
    /// True for a one-token name that reads as an acronym rather than a word: three letters or fewer (ODK, RTI), or
    /// mostly consonants (UNTK, SKBM, VZPP); KAMAZ, NEFAZ, LOMO and AVIV are words.
    /// </summary>
    public static bool LooksLikeAcronym(string text)
    {
        if (text.Length <= 3)
            return true;
        int vowels = 0, run = 0, longestRun = 0;
        foreach (var ch in text)
        {
            if (ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                vowels++;
                run = 0;
            }
            else
            {
                longestRun = Math.Max(longestRun, ++run);
            }
        }

        return vowels * 3 < text.Length || (text.Length <= 5 && longestRun >= 3); // Kronstadt and Omsktransmash are words
    }

    /// <summary>The initials a token may be abbreviated by (none for numbers).</summary>
    public static IReadOnlyList<string> InitialsOf(PreparedToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        switch (token.Kind)
        {
            case TokenKind.Number:
                return [];
            case TokenKind.Concept or TokenKind.LegalForm:
                return ConceptInitials.GetOrAdd((token.Key, token.Text), static k =>
                {
                    var set = new HashSet<string>(StringComparer.Ordinal);
                    if (IndustrialVocabulary.Table.InitialsOf(k.Key) is { } concept)
                        set.UnionWith(concept);
                    if (LegalForms.Table.InitialsOf(k.Key) is { } legal)
                        set.UnionWith(legal);
                    var words = k.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    set.Add(string.Concat(words.Select(static w => w[0])));
                    if (words.Length == 1)
                        set.UnionWith(WordInitials(words[0]));
                    return [.. set];
                });

            default:
                return WordInitials(token.Text);
        }
    }

    /// <summary>
    /// The initials of one romanised word: its first letter, and the romanisation of a Cyrillic first letter written
    /// with two (ts, kh, ch, sh, zh, ya, yu, ye); kh may also be written h.
    /// </summary>
    private static string[] WordInitials(string latin)
    {
        if (latin.Length == 0)
            return [];
        if (latin.Length >= 2 && latin[1] is 'h' or 's' or 'a' or 'u' or 'e' && (latin[0], latin[1]) is ('t', 's') or ('k', 'h') or ('c', 'h') or ('s', 'h') or ('z', 'h') or ('y', 'a') or ('y', 'u') or ('y', 'e'))
            return latin[0] == 'k' ? [latin[..1], latin[..2], "h"] : [latin[..1], latin[..2]];
        return [latin[..1]];
    }

    /// <summary>
    /// Whether <paramref name="letters"/> (lower case) is spelled, whole, by the initials of
    /// <paramref name="tokens"/>[<paramref name="start"/> .. <paramref name="end"/>), one initial per token.
    /// </summary>
    public static bool Spells(string letters, IReadOnlyList<PreparedToken> tokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(tokens);
        if (end - start < 1 || end - start > letters.Length)
            return false;

        // reachable[k]: the first k letters are spelled by the tokens before the current one
        Span<bool> reachable = stackalloc bool[letters.Length + 1];
        Span<bool> next = stackalloc bool[letters.Length + 1];
        reachable[0] = true;
        for (var t = start; t < end; t++)
        {
            next.Clear();
            var any = false;
            var initials = InitialsOf(tokens[t]);
            for (var k = 0; k < letters.Length; k++)
            {
                if (!reachable[k])
                    continue;
                foreach (var initial in initials)
                {
                    if (k + initial.Length <= letters.Length && letters.AsSpan(k, initial.Length).SequenceEqual(initial))
                    {
                        next[k + initial.Length] = true;
                        any = true;
                    }
                }
            }

            if (!any)
                return false;
            next.CopyTo(reachable);
        }

        return reachable[letters.Length];
    }

    /// <summary>
    /// The acronyms a name may be known by (for the index): the first letters of its core tokens as written, and with
    /// each concept's Russian initials (Ramensky Instrument-Engineering Plant: rip, rpz). None for names of one core token
    /// or of more than eight.
    /// </summary>
    public static IEnumerable<string> Of(PreparedName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.CoreCount is < 2 or > 8)
            yield break;
        var written = new System.Text.StringBuilder();
        var native = new System.Text.StringBuilder();
        foreach (var t in name.Tokens)
        {
            if (t.Kind == TokenKind.LegalForm)
                continue;
            if (t.Kind == TokenKind.Number)
                yield break;
            foreach (var w in t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                written.Append(w[0]);
            native.Append(t.Kind == TokenKind.Concept ? IndustrialVocabulary.Table.NativeInitialsOf(t.Key) ?? t.Text[..1] : t.Text[..1]);
        }

        if (written.Length <= MaxLength)
            yield return written.ToString();
        if (native.Length <= MaxLength && !native.Equals(written.ToString().AsSpan()))
            yield return native.ToString();
    }
}
