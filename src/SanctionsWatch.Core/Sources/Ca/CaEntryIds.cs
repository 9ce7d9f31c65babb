namespace SanctionsWatch.Sources.Ca;

/// <summary>
/// The stable id of a SEMA record: <c>imo-NNNNNNN</c> for a ship with an IMO number, else the regime key and the name
/// key (lower case, accents removed, runs of other characters as one <c>-</c>): <c>russia/kurganmashzavod-pjsc</c>.
/// </summary>
public static class CaEntryIds
{
    /// <summary>The regime's name in English: the part before " / " (the French follows it).</summary>
    public static string RegimeName(string country)
    {
        var slash = country.IndexOf(" / ", StringComparison.Ordinal);
        return ReaderText.Clean(slash < 0 ? country : country[..slash])!;
    }

    public static string Of(string country, string primaryName, string? imo) =>
        imo is not null ? "imo-" + Key(imo) : RegimeKey(country) + "/" + Key(primaryName);

    /// <summary>
    /// The regime's key: its English name without a parenthesis, Burma and "Myanmar (Burma)" both <c>myanmar</c>
    /// (the regime was renamed between 2020 and 2025).
    /// </summary>
    public static string RegimeKey(string country)
    {
        var name = RegimeName(country);
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        var key = Key(paren > 0 ? name[..paren] : name);
        return key == "burma" ? "myanmar" : key;
    }

    public static string Key(string text) => ReaderText.IdKey(text);
}
