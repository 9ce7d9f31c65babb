namespace SanctionsWatch.Matching;

/// <summary>
/// English number words, cardinal and ordinal (four, fourth, forty, fortieth, hundred, thousand), and the Russian and
/// Ukrainian ordinals first to tenth in their endings, Cyrillic or romanised (Pervyy Kanal = Channel One, Pyatyy
/// Element = Fifth Element).
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Values = Build();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BySpan = Values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value of one number word, or −1.</summary>
    public static long Value(ReadOnlySpan<char> word) => BySpan.TryGetValue(word, out var v) ? v : -1;

    // the stems of the Russian (and Ukrainian: persh-, shost-) ordinals as romanised: a stem is an ordinal only with
    // one of the endings below, whole, so surnames and other words that begin alike stay words (Tretyakov, Desyatova,
    // Pervouralsk, Pershing, Shestakov)
    private static readonly (string Stem, int Value, bool Soft)[] SlavicOrdinalStems =
    [
        ("perv", 1, false), ("persh", 1, false), ("vtor", 2, false), ("tret", 3, true), ("chetvert", 4, false),
        ("chetvyort", 4, false), ("pyat", 5, false), ("piat", 5, false), ("pjat", 5, false), ("shest", 6, false),
        ("shost", 6, false), ("sedm", 7, false), ("vosm", 8, false), ("devyat", 9, false), ("deviat", 9, false),
        ("devjat", 9, false), ("desyat", 10, false), ("desiat", 10, false), ("desjat", 10, false),
    ];

    // an adjective's endings in every case and gender as the usual romanisations write them (-yy, -yi, -yj, -iy, -oy,
    // -aya, -aia, -oye, -ogo, -oho …) but the genitive plural, which is a surname's ending (Pyatykh, Galina); the soft
    // stem of the third (tretiy, tretya, tretye, tretyego)
    private static readonly HashSet<string> HardEndings = new(
        ["y", "yy", "yi", "yj", "iy", "ii", "ij", "i", "oy", "oi", "oj", "aya", "aia", "aja", "oe", "oye", "oje", "oie", "ogo",
            "oho", "omu", "om", "ym", "im", "uyu", "uiu", "uju", "ye", "yye", "yie", "iye", "ie"], StringComparer.Ordinal);

    private static readonly HashSet<string> SoftEndings = new(
        ["iy", "ii", "ij", "i", "ya", "ia", "ja", "ye", "ie", "je", "yego", "ego", "iego", "jego", "yemu", "emu", "yey", "ey",
            "ei", "yi", "yu", "iu", "ju", "yim", "im"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HardEndingBySpan = HardEndings.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SoftEndingBySpan = SoftEndings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The value (1–10) of a Russian or Ukrainian ordinal, one lower-case word, Cyrillic or romanised (pervyy, первая,
    /// pyatogo, tretya, п'ятий); −1 for any other word.
    /// </summary>
    public static int SlavicOrdinal(ReadOnlySpan<char> word)
    {
        if (word.Length is < 4 or > 14)
            return -1;
        if (word[0] is >= '\u0400' and <= '\u04FF')
        {
            // only the letters the ordinals begin with are romanised to look further (п в т ч ш с д)
            return word[0] is 'п' or 'в' or 'т' or 'ч' or 'ш' or 'с' or 'д' ? SlavicOrdinal(Transliterator.ToLatin(word.ToString())) : -1;
        }

        if (word[0] is not ('p' or 'v' or 't' or 'c' or 's' or 'd'))
            return -1;
        foreach (var (stem, value, soft) in SlavicOrdinalStems)
        {
            if (word.Length > stem.Length && word.StartsWith(stem, StringComparison.Ordinal)
                && (soft ? SoftEndingBySpan : HardEndingBySpan).Contains(word[stem.Length..]))
                return value;
        }

        return -1;
    }

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] unitOrdinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] tenOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        for (var i = 0; i < units.Length; i++)
        {
            map[units[i]] = i;
            map[unitOrdinals[i]] = i;
        }

        for (var i = 0; i < tens.Length; i++)
        {
            map[tens[i]] = 20 + (10 * i);
            map[tenOrdinals[i]] = 20 + (10 * i);
        }

        map["hundred"] = map["hundredth"] = 100;
        map["thousand"] = map["thousandth"] = 1000;
        map.Remove("zeroth");
        return map;
    }
}
