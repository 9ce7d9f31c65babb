namespace SanctionsWatch.Matching;

/// <summary>
/// A Latin acronym written out by its letters' names, as Russian registries write one in Cyrillic and it is romanised
/// back: ЮЭСЭМ = YUESEM = USM, ЭС ЭФ ДЖИ = ESEFDZHI = SFG, АЙТИСИ = AITISI = ITC. Each letter has the names Russian gives
/// the English letter, romanised; a word spells an acronym of three letters or more when it is, whole, one name of each
/// of its letters in order.
/// </summary>
public static class LetterNames
{
    private static readonly string[][] Names =
    [
        ["ey", "ei"], ["bi"], ["si"], ["di"], ["i"], ["ef"], ["dzhi", "dzhy", "ji"], ["eych", "eich", "eitch"], ["ay", "ai"],
        ["dzhey", "dzhei", "jey"], ["key", "kei"], ["el"], ["em"], ["en"], ["ou", "o"], ["pi"], ["kyu", "kiu"], ["ar"], ["es"],
        ["ti"], ["yu", "iu"], ["vi"], ["dablyu", "dabl"], ["eks", "iks"], ["uay", "uai", "vay"], ["zed", "zet", "zi"],
    ];

    /// <summary>By the first letter of a name: each name beginning with it and the letter it names.</summary>
    private static readonly (string Name, char Letter)[][] ByFirst = BuildByFirst();

    private static (string Name, char Letter)[][] BuildByFirst()
    {
        var lists = Enumerable.Range(0, 26).Select(static _ => new List<(string, char)>()).ToArray();
        for (var letter = 0; letter < Names.Length; letter++)
        {
            foreach (var name in Names[letter])
                lists[name[0] - 'a'].Add((name, (char)('a' + letter)));
        }

        return [.. lists.Select(static l => l.ToArray())];
    }

    /// <summary>The fewest letters an acronym written out must have (US, written yues, is too often a word).</summary>
    public const int MinLetters = 3;

    /// <summary>
    /// Whether <paramref name="word"/> (lower-case Latin) is, whole, the names of the letters of <paramref name="letters"/>
    /// (lower-case Latin, <see cref="MinLetters"/> to <see cref="Acronyms.MaxLength"/> letters) in order.
    /// </summary>
    public static bool Spell(string word, string letters)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(letters);
        if (letters.Length is < MinLetters or > Acronyms.MaxLength || word.Length <= letters.Length || word.Length > 6 * letters.Length)
            return false;
        Span<bool> reachable = stackalloc bool[word.Length + 1];
        Span<bool> next = stackalloc bool[word.Length + 1];
        reachable[0] = true;
        foreach (var letter in letters)
        {
            if (letter is < 'a' or > 'z')
                return false;
            next.Clear();
            var any = false;
            for (var k = 0; k < word.Length; k++)
            {
                if (!reachable[k])
                    continue;
                foreach (var name in Names[letter - 'a'])
                {
                    if (word.AsSpan(k).StartsWith(name, StringComparison.Ordinal))
                    {
                        next[k + name.Length] = true;
                        any = true;
                    }
                }
            }

            if (!any)
                return false;
            next.CopyTo(reachable);
        }

        return reachable[word.Length];
    }

    /// <summary>Whether <paramref name="word"/> is, whole, names of letters (no list made: most words are not).</summary>
    private static bool Parses(string word)
    {
        Span<bool> reachable = stackalloc bool[word.Length + 1];
        reachable[0] = true;
        for (var k = 0; k < word.Length; k++)
        {
            if (!reachable[k] || word[k] is < 'a' or > 'z')
                continue;
            foreach (var (name, _) in ByFirst[word[k] - 'a'])
            {
                if (word.AsSpan(k).StartsWith(name, StringComparison.Ordinal))
                    reachable[k + name.Length] = true;
            }
        }

        return reachable[word.Length];
    }

    /// <summary>
    /// The acronyms (<see cref="MinLetters"/> letters or more) <paramref name="word"/> may write out, at most
    /// <paramref name="most"/> of them, fewest letters first: usually one (yuesem: usm).
    /// </summary>
    public static List<string> Decodings(string word, int most)
    {
        ArgumentNullException.ThrowIfNull(word);
        var found = new List<string>();
        if (word.Length < MinLetters + 1 || word.Length > 6 * Acronyms.MaxLength || !Parses(word))
            return found;

        // the shortest letters reaching each position, and the others reaching it, breadth first: a few at most
        var at = new List<string>[word.Length + 1];
        at[0] = [""];
        for (var k = 0; k < word.Length; k++)
        {
            if (at[k] is not { } here || word[k] is < 'a' or > 'z')
                continue;
            foreach (var (name, letter) in ByFirst[word[k] - 'a'])
            {
                if (!word.AsSpan(k).StartsWith(name, StringComparison.Ordinal))
                    continue;
                var target = at[k + name.Length] ??= [];
                foreach (var prefix in here)
                {
                    if (target.Count < most && prefix.Length < Acronyms.MaxLength)
                        target.Add(prefix + letter);
                }
            }
        }

        foreach (var letters in at[word.Length] ?? [])
        {
            if (letters.Length >= MinLetters && !found.Contains(letters))
                found.Add(letters);
        }

        return found;
    }
}
