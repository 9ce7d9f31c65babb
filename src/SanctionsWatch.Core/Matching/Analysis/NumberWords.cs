namespace SanctionsWatch.Matching;

/// <summary>
/// English number words, cardinal and ordinal (four, fourth, forty, fortieth, hundred, thousand), and the Russian ordinals
/// first to tenth and twentieth with their adjective endings, in Cyrillic and romanised (пятый, pyatyy, pervaya, vtorogo),
/// and двадцать / dvadtsat (twenty): Pyatyy Element = Fifth Element, Dvadtsat Pervyy Vek = 21st Century.
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Values = Build();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BySpan = Values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value of one number word, or −1.</summary>
    public static long Value(ReadOnlySpan<char> word) => BySpan.TryGetValue(word, out var v) ? v : RussianValue(word);

    // the stems in the romanisations ordinals are written in (a Cyrillic word is romanised first, so that Третья and
    // Tret'ya, Первый and Pervyj meet)
    private static readonly (string Stem, int Value)[] RussianStems =
    [
        ("perv", 1), ("vtor", 2), ("tret", 3), ("chetvert", 4), ("chetvyort", 4), ("chetviort", 4), ("chetvjort", 4),
        ("pyat", 5), ("piat", 5), ("pjat", 5), ("shest", 6), ("sedm", 7), ("vosm", 8), ("devyat", 9), ("deviat", 9), ("devjat", 9),
        ("desyat", 10), ("desiat", 10), ("desjat", 10), ("dvadtsat", 20), ("dvadcat", 20),
    ];

    // the endings of a Russian (or Ukrainian, Belarusian, Bulgarian) adjective, ordinals being adjectives, romanised; not the
    // plural genitive -ykh, which is also a surname's ending (Pyatykh, Pervykh, Sedykh)
    private static readonly HashSet<string> Endings =
    [
        "yy", "yi", "yj", "y", "iy", "ii", "ij", "i", "oy", "oi", "oj", "aya", "aia", "aja", "ya", "ia", "ja", "oye", "oe", "oje",
        "ye", "je", "e", "ie", "iye", "ogo", "ego", "yego", "iego", "om", "em", "uyu", "uiu", "uju", "yu", "iu", "ju", "yye", "yie",
    ];

    /// <summary>The first two letters of the romanised stems.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Heads =
        RussianStems.Select(static s => s.Stem[..2]).ToHashSet().GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EndingsBySpan = Endings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value of a Russian ordinal (or двадцать), or −1: a stem of <see cref="RussianStems"/> and an adjective's ending.</summary>
    private static long RussianValue(ReadOnlySpan<char> word)
    {
        // the first two letters of a stem, Latin or Cyrillic: most words stop here, no romanisation made
        if (word.Length < 4 || !(Heads.Contains(word[..2]) || word[..2] is "пе" or "вт" or "тр" or "че" or "пя" or "ше" or "се" or "во" or "де" or "дв"))
            return -1;
        var latin = word[0] < 'z' ? word : Transliterator.ToLatin(word.ToString()).AsSpan();
        foreach (var (stem, value) in RussianStems)
        {
            if (!latin.StartsWith(stem, StringComparison.Ordinal))
                continue;
            var ending = latin[stem.Length..];
            // двадцать / dvadtsat is a cardinal, with no ending
            if (value == 20 ? ending.IsEmpty || EndingsBySpan.Contains(ending) : ending.Length > 0 && EndingsBySpan.Contains(ending))
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
