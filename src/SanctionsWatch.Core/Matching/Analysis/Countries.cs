namespace SanctionsWatch.Matching;

/// <summary>
/// The countries and territories of <c>Data/countries.txt</c> by their English names: a bracketed part of a firm's name
/// that is one of them names a national subsidiary (VTB BANK (AUSTRIA) AG), not a qualifier another publisher leaves out.
/// </summary>
internal static class Countries
{
    private static readonly HashSet<string> Names = Load();

    /// <summary>The most words a name of the list has (saint vincent and the grenadines).</summary>
    private const int MaxWords = 5;

    /// <summary>True when <paramref name="words"/> from <paramref name="from"/> on (a leading "the" aside) are a country's name.</summary>
    public static bool IsCountry(List<AnalysedWord> words, int from)
    {
        if (from < words.Count && words[from].Latin == "the")
            from++;
        if (from >= words.Count || words.Count - from > MaxWords)
            return false;
        return Names.Contains(words.Count - from == 1 ? words[from].Latin : string.Join(' ', words.Skip(from).Select(static w => w.Latin)));
    }

    private static HashSet<string> Load()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, line) in DataFiles.Lines("countries.txt"))
            names.Add(line.Trim());

        return names;
    }
}
