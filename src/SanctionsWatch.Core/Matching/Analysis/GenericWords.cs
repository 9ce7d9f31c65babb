namespace SanctionsWatch.Matching;

/// <summary>
/// Common English words (<c>Data/english-words.txt</c>, from SCOWL; see <c>scripts/make-english-words.sh</c>), held as
/// the phonetic keys of their stems: a word of a name whose stem is one of them describes the organisation (plant,
/// armament, productive, holding) rather than naming it. Russian and other brand words (Stupino, Vympel, Rostec) are not
/// in it; English brand words (Phoenix, Integral) are, and count as descriptors.
/// </summary>
public static class GenericWords
{
    private static readonly (HashSet<string> Stems, HashSet<string> Words) Lists = Load();

    /// <summary>How many distinct stems the list holds.</summary>
    public static int Count => Lists.Stems.Count;

    /// <summary>True when <paramref name="stemKey"/> (a <see cref="PreparedToken.Stem"/>) is the stem of a common English word.</summary>
    public static bool IsGeneric(string stemKey) => stemKey.Length >= 3 && Lists.Stems.Contains(stemKey);

    /// <summary>True when <paramref name="latinWord"/> (lower-case Latin, as written) is a common English word in some form.</summary>
    public static bool IsCommonWord(string latinWord) => IsGeneric(Key(latinWord));

    /// <summary>
    /// True when <paramref name="latinWord"/> (lower-case Latin, as written) is itself one of the list's words (polymers,
    /// automatics), not merely a word whose stem is one's: Polymedics stems to polym as polymer does, and is no form of it.
    /// </summary>
    public static bool IsListedWord(string latinWord) => Lists.Words.Contains(latinWord);

    private static string Key(string latinWord) => Transliterator.PhoneticKey(Stemmer.Stem(latinWord));

    private static (HashSet<string> Stems, HashSet<string> Words) Load()
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, line) in DataFiles.Lines("english-words.txt"))
        {
            if (line.Length < 3)
                continue;
            stems.Add(Key(line));
            words.Add(line);
        }

        return (stems, words);
    }
}
