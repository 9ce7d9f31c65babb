namespace SanctionsWatch.Sources.UsCsl;

/// <summary>
/// One list of the Consolidated Screening List.
/// </summary>
/// <param name="Code">Its abbreviation, as trade.gov's API names it (<c>EL</c>); the start of its entries' ids.</param>
/// <param name="Token">What the file's <c>source</c> column says in brackets (<c>EL</c>, <c>NS-MBS List</c>).</param>
/// <param name="Name">The file's <c>source</c> column for it.</param>
/// <param name="Label">Its name in alerts: <c>BIS Entity List</c>.</param>
/// <param name="InOfacSources">Whether <c>ofac-sdn</c> or <c>ofac-cons</c> carries it too (the Treasury lists).</param>
public sealed record UsCslList(string Code, string Token, string Name, string Label, bool InOfacSources);

/// <summary>
/// The lists the Consolidated Screening List merges, found in a row by the abbreviation in brackets in its
/// <c>source</c> column, and the choice of lists a reader keeps (<c>Sources:us-csl:Lists</c>).
/// </summary>
public static class UsCslLists
{
    public static readonly IReadOnlyList<UsCslList> Known =
    [
        new("EL", "EL", "Entity List (EL) - Bureau of Industry and Security", "BIS Entity List", false),
        new("MEU", "MEU", "Military End User (MEU) List - Bureau of Industry and Security", "BIS Military End-User List", false),
        new("UVL", "UVL", "Unverified List (UVL) - Bureau of Industry and Security", "BIS Unverified List", false),
        new("DPL", "DPL", "Denied Persons List (DPL) - Bureau of Industry and Security", "BIS Denied Persons List", false),
        new("ISN", "ISN", "Nonproliferation Sanctions (ISN) - State Department", "State Department Nonproliferation Sanctions", false),
        new("DTC", "DTC", "ITAR Debarred (DTC) - State Department", "State Department AECA/ITAR Debarred List", false),
        new("SDN", "SDN", "Specially Designated Nationals (SDN) - Treasury Department", "OFAC SDN List", true),
        new("SSI", "SSI", "Sectoral Sanctions Identifications List (SSI) - Treasury Department", "OFAC SSI List", true),
        new("FSE", "FSE", "Foreign Sanctions Evaders (FSE) - Treasury Department", "OFAC FSE List", true),
        new("PLC", "PLC", "Palestinian Legislative Council List (PLC) - Treasury Department", "OFAC PLC List", true),
        new("CAP", "CAP", "Capta List (CAP) - Treasury Department", "OFAC CAPTA List", true),
        new("CMIC", "CMIC", "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department", "OFAC NS-CMIC List", true),
        new("MBS", "NS-MBS List", "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department", "OFAC NS-MBS List", true),
    ];

    /// <summary>The lists no OFAC source carries (a designation is not alerted twice through two sources).</summary>
    public static IReadOnlyList<UsCslList> Default { get; } = [.. Known.Where(l => !l.InOfacSources)];

    /// <summary>
    /// The list of a row's <c>source</c> column: a known one by the abbreviation in its brackets, else a list of its
    /// own (code: that abbreviation, or the whole text as a key), which only <see cref="UsCslChoice.Every"/> keeps.
    /// </summary>
    public static UsCslList Of(string source)
    {
        var token = Token(source);
        foreach (var list in Known)
        {
            if (string.Equals(list.Token, token, StringComparison.OrdinalIgnoreCase))
                return list;
        }

        var code = ReaderText.IdKey(token ?? source).ToUpperInvariant();
        return new UsCslList(code, token ?? source, source, source, false);
    }

    /// <summary>The label alerts give a sub-list: <c>BIS Entity List</c> for the file's "Entity List (EL) - Bureau…".</summary>
    public static string LabelOf(string subList) => Of(subList).Label;

    /// <summary>The text in the first brackets ("Entity List (EL) - …" → EL), or null.</summary>
    private static string? Token(string source)
    {
        var open = source.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : source.IndexOf(')', open + 1);
        return close > open + 1 ? source[(open + 1)..close].Trim() : null;
    }
}

/// <summary>Which lists of the Consolidated Screening List a reader keeps.</summary>
/// <param name="Lists">The lists kept; each must have rows in a file (a list renamed or dropped is an error, not a mass delisting).</param>
/// <param name="Every">Every list in the file, lists not known yet too (<c>all</c>); none of them is required.</param>
public sealed record UsCslChoice(IReadOnlyList<UsCslList> Lists, bool Every)
{
    /// <summary>The lists no OFAC source carries: EL, MEU, UVL, DPL, ISN, DTC.</summary>
    public static UsCslChoice Default { get; } = new(UsCslLists.Default, false);

    public static UsCslChoice All { get; } = new(UsCslLists.Known, true);

    public bool Keeps(UsCslList list) => Every || Lists.Contains(list);

    /// <summary>
    /// The lists named in configuration: codes (<c>EL</c>), the bracketed abbreviation or the file's whole name, any
    /// case; <c>all</c> for every list. Throws <see cref="ArgumentException"/> naming an unknown list.
    /// </summary>
    public static UsCslChoice Parse(IEnumerable<string> names)
    {
        var given = names.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        if (given.Count == 0)
            return Default;
        if (given.Any(n => n is "*" || string.Equals(n, "all", StringComparison.OrdinalIgnoreCase)))
            return given.Count == 1 ? All : throw new ArgumentException("'all' stands alone: it already keeps every list");
        var lists = new List<UsCslList>();
        foreach (var name in given)
        {
            var list = UsCslLists.Known.FirstOrDefault(l =>
                    string.Equals(l.Code, name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(l.Token, name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(l.Name, ReaderText.Clean(name), StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException(
                    $"unknown list '{name}'; the lists are {string.Join(", ", UsCslLists.Known.Select(l => l.Code))} " +
                    "(or their names as the file writes them, e.g. 'Entity List (EL) - Bureau of Industry and Security'), or all");
            if (!lists.Contains(list))
                lists.Add(list);
        }

        return new UsCslChoice(lists, false);
    }

    public override string ToString() => Every ? "all" : string.Join(", ", Lists.Select(l => l.Code));
}
