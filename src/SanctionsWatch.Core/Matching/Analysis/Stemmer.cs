namespace SanctionsWatch.Matching;

/// <summary>
/// A light stemmer for the words of organisation names, in Latin letters (Cyrillic romanised first): English plural and
/// derivational endings (<c>missiles</c>, <c>production</c>, <c>productive</c>, <c>automatics</c>, <c>machinery</c>) and
/// the case and gender endings of romanised Russian adjectives and nouns (<c>elektronnoy</c>, <c>tekhniki</c>,
/// <c>predpriyatiye</c>, <c>zavoda</c>), so that the forms of one word, and an English word and its romanised Russian
/// cognate (<c>electronic</c> / <c>elektronnoy</c>), meet. Not for people's names: Ivanov and Ivanova are two names.
/// Words shorter than <see cref="MinLength"/> are their own stem; a stem keeps at least four letters.
/// </summary>
public static class Stemmer
{
    /// <summary>Shorter words are not stemmed.</summary>
    public const int MinLength = 5;

    private const int MinStem = 4;

    // longest first within each list; one ending of each list is taken off at most
    private static readonly string[] Plural = ["ies", "es", "s"];

    private static readonly string[] Derivational =
    [
        "izations", "ization", "ational", "ations", "ation", "itions", "ition", "ements", "ement", "ments", "ment", "ically",
        "ical", "ives", "ive", "ions", "ion", "ings", "ing", "ics", "ery", "ory", "ary", "ers", "ate", "er", "ed", "ic", "al",
        "at",
    ];

    // participles in -irovann-, whose English cognates end in -ized or -ed (spetsializirovannyy / specialized,
    // kombinirovannaya / combined): the stem before -irovann-, as the English one before -ed; a derivation, not an
    // inflection (Garantirovannyy is no form of the brand Garant)
    private static readonly string[] RussianParticiple =
    [
        "irovannyye", "irovannaya", "irovannogo", "irovannomu", "irovannoye", "irovannykh", "irovannymi", "irovannuyu",
        "irovannaia", "irovannaja", "irovannyy", "irovannyi", "irovannyj", "irovanniy", "irovannoe", "irovannoy", "irovannoi",
        "irovannye", "irovannym", "irovannom", "irovanny",
    ];

    // romanised Russian endings (adjectives in every case and gender, the common noun endings), longest first
    private static readonly string[] Russian =
    [
        // adjectives in -icheskiy, whose English cognates end in -ic or -ical (arkticheskaya / arctic, strategicheskikh /
        // strategic): the stem before -ich-, as the English one before -ic
        "icheskiye", "icheskaya", "icheskogo", "icheskomu", "icheskoye", "icheskikh", "icheskimi", "icheskiy", "icheskii",
        "icheskij", "icheskoe", "icheskoy", "icheskoi", "icheskie", "icheskim", "icheskom", "icheskuyu", "icheskaia", "ichesky",
        "icheski",
        // relational adjectives in -ov-/-ev- made of a noun (pressovyy / press, titanovaya / titan): the noun; only the
        // forms no surname in -ov takes (Tereshkovoy, Ivanovym, Ivanovykh stay as they are)
        "ovyye", "ovaya", "ovogo", "ovomu", "ovoye", "ovuyu", "ovaia", "ovyy", "oviy", "ovyi", "ovii", "ovyj", "ovoe", "ovye",
        "evyye", "evaya", "evogo", "evomu", "evoye", "evuyu", "evaia", "evyy", "eviy", "evyi", "evii", "evyj", "evoe", "evye",
        "iyami", "iyakh", "skaya", "skogo", "skomu", "skoye", "skiye", "iyam", "iyakh", "iya", "iye", "iyu", "iyu", "ogo", "ego", "omu", "emu",
        "aya", "aia", "yaya", "oye", "oe", "yye", "ye", "ie", "ykh", "ikh", "ymi", "imi", "ami", "yami", "akh", "yakh", "yy", "iy", "ii", "yi",
        "ij", "oy", "oi", "ey", "ei", "uyu", "yu", "ia", "ya", "om", "em", "ym", "im", "a", "y", "i", "u", "e", "o",
    ];

    /// <summary>The stem of a lower-case Latin word (itself when short, a number, or nothing is taken off).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinLength || NameNormalizer.IsDigits(word))
            return word;
        var s = word.AsSpan();
        s = Strip(s, Plural, plural: true);
        s = Strip(s, Derivational, plural: false);
        s = Strip(s, Derivational, plural: false); // engineering → engineer → engine, automatics → automat → autom
        var participle = Strip(s, RussianParticiple, plural: false);
        s = participle.Length < s.Length ? participle : Strip(s, Russian, plural: false);
        return s.Length == word.Length ? word : s.ToString();
    }

    /// <summary>
    /// True when the stem of <paramref name="word"/> is the word itself or the word less one inflection: a plural
    /// (<c>urals</c>) or a Russian case ending (<c>makeyeva</c>, <c>tekhniki</c>). A stem reached by a derivational ending
    /// or by two endings (<c>inforion</c> → infor, <c>inforos</c> → infor) is a guess that holds for words of the language
    /// only, not for brands.
    /// </summary>
    public static bool IsInflection(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsInflectionOf(word, Stem(word));
    }

    private static bool IsInflectionOf(string word, ReadOnlySpan<char> stem) =>
        stem.Length == word.Length || stem.SequenceEqual(Strip(word, Plural, plural: true)) || stem.SequenceEqual(Strip(word, Russian, plural: false));

    /// <summary>
    /// True when <paramref name="word"/> is its stem less one inflection (<see cref="IsInflection"/>) or a Russian
    /// participle in -irovann- (<c>kombinirovannaya</c>): a form of a word, whether or not a brand shares its stem.
    /// </summary>
    public static bool IsWordForm(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stem = Stem(word);
        return IsInflectionOf(word, stem) || stem.AsSpan().SequenceEqual(Strip(word, RussianParticiple, plural: false));
    }

    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> s, string[] endings, bool plural)
    {
        foreach (var ending in endings)
        {
            if (s.Length - ending.Length < MinStem || !s.EndsWith(ending, StringComparison.Ordinal))
                continue;
            if (plural && ending == "s" && s[^2] is 's' or 'u' or 'i')
                return s; // glass, virus, basis: no plural
            return s[..^ending.Length];
        }

        return s;
    }
}
