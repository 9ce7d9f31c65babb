using System.Text;
using SanctionsWatch.Model;

namespace SanctionsWatch.Matching;

/// <summary>
/// Identifier normalisation and type compatibility: inn ~ tax-id, ogrn ~ registration, swift ~ bic, … A match of one
/// normalised value of compatible types is decisive.
/// </summary>
public static class IdentifierMatching
{
    private static readonly Dictionary<string, string> Families = new(StringComparer.Ordinal)
    {
        ["inn"] = "tax",
        ["tax-id"] = "tax",
        ["taxid"] = "tax",
        ["tax"] = "tax",
        ["tin"] = "tax",
        ["vat"] = "tax",
        ["ogrn"] = "registration",
        ["registration"] = "registration",
        ["registration-number"] = "registration",
        ["registration-id"] = "registration",
        ["company-number"] = "registration",
        ["ogrnip"] = "registration",
        ["swift"] = "swift",
        ["bic"] = "swift",
        ["swift-bic"] = "swift",
        ["imo"] = "imo",
        ["vessel-imo"] = "imo",
        ["lei"] = "lei",
        ["isin"] = "isin",
        ["passport"] = "passport",
        ["national-id"] = "national-id",
        ["kpp"] = "kpp",
    };

    /// <summary>Upper-case letters and digits only.</summary>
    public static string NormalizeValue(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            if (char.IsAsciiLetterOrDigit(ch))
                sb.Append(char.ToUpperInvariant(ch));
        }

        return sb.ToString();
    }

    /// <summary>The family of an identifier type: compatible types share one.</summary>
    public static string FamilyOf(string type)
    {
        var t = type.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
        return Families.TryGetValue(t, out var family) ? family : t;
    }

    /// <summary>The first pair of identifiers that match decisively, or null.</summary>
    public static (EntryIdentifier Query, EntryIdentifier Candidate)? FindMatch(
        IReadOnlyList<EntryIdentifier> query, IReadOnlyList<EntryIdentifier> candidate, int minLength)
    {
        foreach (var q in query)
        {
            var qv = NormalizeValue(q.Value);
            if (qv.Length < minLength)
                continue;
            var qf = FamilyOf(q.Type);
            foreach (var c in candidate)
            {
                if (string.Equals(qv, NormalizeValue(c.Value), StringComparison.Ordinal)
                    && string.Equals(qf, FamilyOf(c.Type), StringComparison.Ordinal))
                    return (q, c);
            }
        }

        return null;
    }
}
