using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;

namespace SanctionsWatch.Sources.UsCsl;

/// <summary>
/// The rows of one party (one entry id) merged into one entry. The rows are taken in the order of their content, so
/// the entry is the same whatever the order of the rows in the file: names, alt names, addresses, programmes, ids and
/// citations are the distinct values of all rows, the start date the earliest.
/// </summary>
internal static class UsCslParty
{
    public static ListEntry Build(string sourceId, string entryId, IReadOnlyList<UsCslRow> fileRows)
    {
        var rows = fileRows.OrderBy(r => r.SortKey, StringComparer.Ordinal).ToList();
        var primary = rows[0].Name;
        var names = new List<EntryName> { new(primary, NameType.Primary) };
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { primary };
        var candidates = rows.Select(r => r.Name)
            .Concat(rows.SelectMany(r => Items(r.AltNames).Select(AltName)))
            .SelectMany(n => (IEnumerable<EntryName>)[new EntryName(n, NameType.Alias), .. InBrackets(n)]);
        foreach (var name in candidates)
        {
            if (name.Text.Length > 0 && known.Add(name.Text))
                names.Add(name);
        }

        var addresses = Distinct(rows.SelectMany(r => Items(r.Addresses)));
        var countries = Distinct(
            addresses.Select(CountryOf).OfType<string>()
                .Concat(rows.SelectMany(r => Items(r.Nationalities).Concat(Items(r.Citizenships)))));
        return new ListEntry
        {
            Source = sourceId,
            EntryId = entryId,
            PartyType = rows.Select(r => PartyTypeOf(r.Type)).FirstOrDefault(t => t != PartyType.Unknown),
            Names = names,
            Programmes = Distinct(rows.SelectMany(r => Items(r.Programs))),
            Identifiers = [.. rows.SelectMany(r => Items(r.Ids)).Select(IdentifierOf).OfType<EntryIdentifier>().Distinct()],
            Addresses = addresses,
            Countries = countries,
            ListedOn = rows.Select(r => ReaderText.IsoDate(r.StartDate)).Where(d => d is not null).Min(),
            Remarks = Remarks(rows),
            Link = rows.Select(r => r.SourceListUrl).FirstOrDefault(u => u is not null),
            SubList = rows[0].SubList,
            Citation = Distinct(rows.Select(r => r.FederalRegisterNotice).OfType<string>()) is { Count: > 0 } citations
                ? string.Join("; ", citations)
                : null,
        };
    }

    /// <summary>The remarks, then what the model has no field for, one line each: title, birth, end date, licence terms, vessel.</summary>
    private static string? Remarks(List<UsCslRow> rows)
    {
        var lines = new List<string>();
        foreach (var r in rows)
        {
            lines.Add(r.Remarks ?? "");
            lines.Add(Labelled("Title", r.Title));
            lines.Add(Labelled("Date of birth", r.DatesOfBirth));
            lines.Add(Labelled("Place of birth", r.PlacesOfBirth));
            lines.Add(Labelled("End date", r.EndDate));
            lines.Add(Labelled("Standard order", r.StandardOrder));
            lines.Add(Labelled("License requirement", r.LicenseRequirement));
            lines.Add(Labelled("License policy", r.LicensePolicy));
            lines.Add(Labelled("Vessel", ReaderText.Join(", ", r.VesselType, Labelled("flag", r.VesselFlag), Labelled("call sign", r.CallSign), Labelled("owner", r.VesselOwner))));
        }

        var kept = Distinct(lines.Where(l => !string.IsNullOrEmpty(l)));
        return kept.Count == 0 ? null : string.Join("\n", kept);
    }

    private static string Labelled(string label, string? value) => value is null ? "" : label + ": " + value;

    /// <summary>The Entity List writes its last alias "and X" (from "a.k.a. the following two aliases: X; and Y").</summary>
    private static string AltName(string name) =>
        name.StartsWith("and ", StringComparison.Ordinal) ? name[4..].Trim() : name;

    /// <summary>
    /// The names a name holds in brackets, as the Entity List writes them: the name without the brackets ("Rostec
    /// (Russian Technologies State Corporation)" → Rostec) and a bracketed name of three words or more, or one marked
    /// a.k.a. (an alias) or f.k.a. (a former name). Acronyms and places in brackets ("(ROE)", "(HK)") stay in the name.
    /// </summary>
    internal static IEnumerable<EntryName> InBrackets(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : name.IndexOf(')', open + 1);
        if (open <= 0 || close < 0)
            yield break;
        if (ReaderText.Clean(name[..open] + " " + name[(close + 1)..])?.TrimEnd(',', ' ') is { Length: > 0 } outside)
            yield return new EntryName(outside, NameType.Alias);
        var inside = name[(open + 1)..close].Trim();
        NameType? marked = inside.StartsWith("a.k.a.", StringComparison.OrdinalIgnoreCase) ? NameType.Alias
            : inside.StartsWith("f.k.a.", StringComparison.OrdinalIgnoreCase) ? NameType.FormerName
            : null;
        if (marked is not null)
            inside = inside[6..].TrimStart(',', ' ');
        if (inside.Length > 0 && (marked is not null || inside.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3))
            yield return new EntryName(inside, marked ?? NameType.Alias);
    }

    /// <summary>An address ending in a two-letter country code ("…, Moscow, 119048, RU"; or only "SY").</summary>
    private static string? CountryOf(string address)
    {
        var comma = address.LastIndexOf(',');
        var last = address.AsSpan(comma + 1).Trim();
        return last.Length == 2 && char.IsAsciiLetterUpper(last[0]) && char.IsAsciiLetterUpper(last[1]) ? last.ToString() : null;
    }

    private static PartyType PartyTypeOf(string? type) => type switch
    {
        "Individual" => PartyType.Person,
        "Entity" => PartyType.Organization,
        "Vessel" => PartyType.Vessel,
        "Aircraft" => PartyType.Aircraft,
        _ => PartyType.Unknown, // the Commerce and State lists do not say
    };

    /// <summary>
    /// One item of the <c>ids</c> column: "[country, ][issued, expires, ]number, type" ("RU, 7328032711, Tax ID No.";
    /// "JO, 2014-08-30, 2009-08-31, K475336, Passport"), typed as OFAC's labels are; null for Gender, Website and other
    /// items that are no identifier.
    /// </summary>
    private static EntryIdentifier? IdentifierOf(string item)
    {
        var parts = item.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
            return null;
        var country = parts.Length > 2 && parts[0].Length == 2 && parts[0].All(char.IsAsciiLetterUpper) ? parts[0] : null;
        // OfacRemarks knows a Russian tax or registration number by the country's name, as OFAC writes it.
        var id = OfacRemarks.Identifier(parts[^1], parts[^2], country == "RU" ? "Russia" : country);
        return id is null ? null : id with { Country = country };
    }

    /// <summary>The <c>;</c>-separated items of a cell.</summary>
    private static IEnumerable<string> Items(string? cell) =>
        cell is null ? [] : cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static List<string> Distinct(IEnumerable<string> items) => [.. items.Distinct(StringComparer.Ordinal)];
}
