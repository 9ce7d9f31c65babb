namespace SanctionsWatch.Matching;

/// <summary>English number words, cardinal and ordinal (four, fourth, forty, fortieth, hundred, thousand).</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Values = Build();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BySpan = Values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value of one number word, or −1.</summary>
    public static long Value(ReadOnlySpan<char> word) => BySpan.TryGetValue(word, out var v) ? v : -1;

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
