namespace SanctionsWatch.Matching;

/// <summary>
/// The cities and provinces firms are named after (<c>Data/places.txt</c>), held as phonetic keys, with a Russian place's
/// adjective (Kazan: kazansk, the key of Kazanskiy; Tula: tulsk): two of them are two places, not one misspelled.
/// </summary>
internal static class Places
{
    private static readonly (Dictionary<string, int> Keys, List<string> Clashes) Lists = Load();

    /// <summary>The spellings whose key another place's spelling has (none, or the file names one place twice).</summary>
    public static IReadOnlyList<string> Clashes => Lists.Clashes;

    /// <summary>
    /// Whether two words name two places of the list (Krasnoyarsk, Krasnodar; Novosibirsk, Novorossiysk): other
    /// places, however alike they are spelled. False where either is no place of the list, or both name one place.
    /// </summary>
    public static bool AreOtherPlaces(PreparedToken a, PreparedToken b) =>
        a.Kind == TokenKind.Word && b.Kind == TokenKind.Word && Lists.Keys.TryGetValue(a.Key, out var x) && Lists.Keys.TryGetValue(b.Key, out var y) && x != y;

    /// <summary>Whether a word is a place of the list or its Russian adjective (Kazan, Kazanskiy).</summary>
    public static bool IsPlace(PreparedToken t) => t.Kind == TokenKind.Word && Lists.Keys.ContainsKey(t.Key);

    private static (Dictionary<string, int> Keys, List<string> Clashes) Load()
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var clashing = new List<string>();
        var place = 0;
        foreach (var (_, line) in DataFiles.Lines("places.txt"))
        {
            place++;
            foreach (var spelling in line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var key = Transliterator.PhoneticKey(spelling.Replace("-", "", StringComparison.Ordinal));
                Add(key, spelling);
                if (!key.EndsWith("sk", StringComparison.Ordinal))
                    Add((key[^1] is 'a' or 'e' or 'i' or 'o' or 'u' ? key[..^1] : key) + "sk", spelling + " (adjective)"); // Kazan: kazansk; Tula: tulsk
            }
        }

        return (keys, clashing);

        void Add(string key, string spelling)
        {
            if (!keys.TryAdd(key, place) && keys[key] != place)
                clashing.Add(spelling);
        }
    }
}
