using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ofac;

/// <summary>
/// Reads the identifiers, the weak aliases and the links OFAC writes into an entry's remarks, e.g.
/// <c>Tax ID No. 4501008142 (Russia); Registration Number 1027739118659 (Russia); a.k.a. 'OJSC IL'.</c> or
/// <c>…; Linked To: STATE CORPORATION ROSTEC.</c> (the consolidated list writes <c>(Linked To: X)</c>).
/// </summary>
public static class OfacRemarks
{
    /// <summary>
    /// What the remarks carry: identifiers, names (remarks a.k.a. are weak aliases, f.k.a. former names) and links
    /// (<c>Linked To: X</c>: linked-to; <c>Owned or Controlled By: X</c>: owner; OFAC gives the other party's name,
    /// which is the primary name of another entry of its list, not its id).
    /// </summary>
    public sealed record Parsed(IReadOnlyList<EntryIdentifier> Identifiers, IReadOnlyList<EntryName> Names)
    {
        public IReadOnlyList<EntryLink> Links { get; init; } = [];
    }

    private static readonly Parsed None = new([], []);

    // "Owned or Controlled By" is also the start of a North Korea directive clause ("Transactions Prohibited For
    // Persons Owned or Controlled By U.S. Financial Institutions: …"), about 590 times in 2024: only the label with
    // its colon right after it, at the start of a clause, is a link.
    private static readonly (string Label, LinkType Type)[] LinkLabels =
    [
        ("Linked To:", LinkType.LinkedTo),
        ("Owned or Controlled By:", LinkType.Owner),
    ];

    /// <summary>The longest name a link may have: anything longer is a remark run together, not a name.</summary>
    private const int MaxLinkName = 256;

    // Labels OFAC uses, longest first where one is the prefix of another.
    private static readonly string[] Labels =
    [
        "Aircraft Manufacturer's Serial Number (MSN)",
        "Vessel Registration Identification",
        "Business Registration Number",
        "Government Gazette Number",
        "Identification Number",
        "Company Number",
        "Legal Entity Number",
        "Registration Number",
        "Registration ID",
        "National ID No.",
        "Tax ID No.",
        "SWIFT/BIC",
        "Passport",
        "ISIN",
        "IMO",
    ];

    /// <summary>Parses the <c>;</c>-separated clauses of a remarks text.</summary>
    public static Parsed Parse(string? remarks)
    {
        if (string.IsNullOrWhiteSpace(remarks))
            return None;
        List<EntryIdentifier>? identifiers = null;
        List<EntryName>? names = null;
        List<EntryLink>? links = null;
        foreach (var range in remarks.AsSpan().Split(';'))
        {
            var clause = remarks.AsSpan(range).Trim();
            if (clause.Length > 10 && clause[0] is 'L' or 'O' or '(' && LinkOf(clause, range.End.GetOffset(remarks.Length) == remarks.Length) is { } link)
            {
                (links ??= []).Add(link);
                continue;
            }

            if (clause.StartsWith("alt. ", StringComparison.Ordinal))
                clause = clause[5..];
            if (clause.Length < 8)
                continue;
            if (clause[0] is 'a' or 'f' or 'n' && clause[1..].StartsWith(".k.a. '", StringComparison.Ordinal))
            {
                var name = AliasOf(clause);
                if (name is not null)
                    (names ??= []).Add(name);
                continue;
            }

            var identifier = IdentifierOf(clause);
            if (identifier is not null)
                (identifiers ??= []).Add(identifier);
        }

        return identifiers is null && names is null && links is null
            ? None
            : new Parsed(Distinct(identifiers), Distinct(names)) { Links = Distinct(links) };
    }

    /// <summary>
    /// The link a clause states (<c>Linked To: X.</c>, <c>(Linked To: X)</c>, <c>Owned or Controlled By: X</c>), or
    /// null. The full stop that ends the last clause of the remarks is not part of the name; a bracket left open, an
    /// empty or overlong name make no link (and no error).
    /// </summary>
    private static EntryLink? LinkOf(ReadOnlySpan<char> clause, bool last)
    {
        var bracketed = clause[0] == '(';
        if (bracketed)
            clause = clause[1..].TrimStart();
        foreach (var (label, type) in LinkLabels)
        {
            if (!clause.StartsWith(label, StringComparison.Ordinal))
                continue;
            var name = clause[label.Length..].Trim();
            if (bracketed && name.EndsWith(')'))
                name = name[..^1].TrimEnd();
            if (last && !bracketed && name.EndsWith('.'))
                name = name[..^1].TrimEnd();
            if (name.IsEmpty || name.Length > MaxLinkName || !HasLetter(name))
                return null;
            return new EntryLink(type, name.ToString());
        }

        return null;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
                return true;
        }

        return false;
    }

    /// <summary>The distinct items of a short list, in order.</summary>
    internal static T[] Distinct<T>(List<T>? items)
    {
        if (items is null || items.Count == 0)
            return [];
        if (items.Count == 1)
            return [items[0]];
        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (!kept.Contains(item))
                kept.Add(item);
        }

        return kept.ToArray();
    }

    /// <summary>
    /// Maps one OFAC identifier (a remarks clause's label or a classic XML <c>idType</c>) to the normalised
    /// identifier, or null when it is not one (Website, Gender, directive notes, unknown kinds).
    /// </summary>
    public static EntryIdentifier? Identifier(string label, string value, string? country)
    {
        label = label.Trim();
        value = value.Trim();
        if (value.Length == 0)
            return null;
        var russia = string.Equals(country, "Russia", StringComparison.OrdinalIgnoreCase);
        switch (label)
        {
            case "Tax ID No.":
                return new(russia ? "inn" : "tax-id", value, country);
            case "Registration ID" or "Registration Number" or "Business Registration Number":
                var ogrn = russia && value.Length is 13 or 15 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
                return new(ogrn ? "ogrn" : "registration", value, country);
            case "Government Gazette Number":
                return new(russia ? "okpo" : "gazette", value, country);
            case "Legal Entity Number":
                return new("lei", value, country);
            case "SWIFT/BIC":
                return new("swift", value, country);
            case "Passport":
                return new("passport", value, country);
            case "National ID No.":
                return new("national-id", value, country);
            case "ISIN":
                return new("isin", value, country);
            case "Aircraft Manufacturer's Serial Number (MSN)":
                return new("msn", value, country);
            case "IMO":
                return Imo(value, country);
            case "Vessel Registration Identification" or "Identification Number" or "Company Number":
                // Only their "IMO 1234567" form is an identifier we know.
                return value.StartsWith("IMO ", StringComparison.Ordinal) ? Imo(value[4..], country) : null;
            default:
                return null;
        }
    }

    private static EntryIdentifier? Imo(string value, string? country)
    {
        var digits = string.Concat(value.Where(char.IsAsciiDigit));
        return digits.Length == 0 ? null : new("imo", digits, country);
    }

    private static EntryName? AliasOf(ReadOnlySpan<char> clause)
    {
        // a.k.a. 'X' / f.k.a. 'X' / n.k.a. 'X'; the name runs from the first to the last quote (names hold apostrophes).
        var open = clause.IndexOf('\'');
        var close = clause.LastIndexOf('\'');
        if (close <= open + 1)
            return null;
        var text = clause[(open + 1)..close].Trim();
        if (text.IsEmpty)
            return null;
        return new EntryName(text.ToString(), clause[0] == 'f' ? NameType.FormerName : NameType.WeakAlias);
    }

    private static EntryIdentifier? IdentifierOf(ReadOnlySpan<char> clause)
    {
        var first = clause[0];
        if (first is not ('A' or 'B' or 'C' or 'G' or 'I' or 'L' or 'N' or 'P' or 'R' or 'S' or 'T' or 'V'))
            return null;
        foreach (var label in Labels)
        {
            if (label[0] != first || clause.Length <= label.Length + 1 || clause[label.Length] != ' ' ||
                !clause.StartsWith(label, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = clause[(label.Length + 1)..].Trim();
            string? country = null;
            var paren = rest.IndexOf(" (", StringComparison.Ordinal);
            if (paren >= 0)
            {
                var closeParen = rest[(paren + 2)..].IndexOf(')');
                if (closeParen > 0)
                    country = rest.Slice(paren + 2, closeParen).Trim().ToString();
                rest = rest[..paren];
            }
            else
            {
                rest = rest.TrimEnd('.');
                var issued = rest.IndexOf(" issued ", StringComparison.Ordinal);
                if (issued > 0)
                    rest = rest[..issued];
            }

            return Identifier(label, rest.ToString(), country);
        }

        return null;
    }
}
