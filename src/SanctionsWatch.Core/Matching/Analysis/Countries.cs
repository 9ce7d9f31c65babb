namespace SanctionsWatch.Matching;

/// <summary>
/// The countries and territories of <c>Data/countries.txt</c> by their English names: a bracketed part of a firm's name
/// that is one of them names a national subsidiary (VTB BANK (AUSTRIA) AG), not a qualifier another publisher leaves out.
/// </summary>
public static class Countries
{
    private static readonly HashSet<string> Names = Load();

    /// <summary>How many names the list holds.</summary>
    public static int Count => Names.Count;

    /// <summary>True when <paramref name="words"/> (lower-case Latin words, a leading "the" aside) are a country's name.</summary>
    public static bool IsCountry(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var from = words.Count > 0 && words[0] == "the" ? 1 : 0;
        return words.Count > from && Names.Contains(string.Join(' ', words.Skip(from)));
    }

    private static HashSet<string> Load()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("SanctionsWatch.Matching.Data.countries.txt")
            ?? throw new InvalidOperationException("the embedded resource Data/countries.txt is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                names.Add(line.Trim());
        }

        return names;
    }
}
