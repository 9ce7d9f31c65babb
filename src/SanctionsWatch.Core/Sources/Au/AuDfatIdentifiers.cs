using System.Text.RegularExpressions;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Au;

/// <summary>
/// The few identifiers DFAT writes into "Additional Information" in a recognisable form: IMO numbers, OGRN and
/// Russian tax numbers (INN). Passports and other numbers are free text and stay in the remarks.
/// </summary>
internal static partial class AuDfatIdentifiers
{
    public static IEnumerable<EntryIdentifier> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
            yield break;
        foreach (Match m in Imo().Matches(text))
            yield return new EntryIdentifier("imo", m.Groups[1].Value);
        foreach (Match m in Ogrn().Matches(text))
            yield return new EntryIdentifier("ogrn", m.Groups[1].Value, "Russia");
        foreach (Match m in Inn().Matches(text))
            yield return new EntryIdentifier("inn", m.Groups[1].Value, "Russia");
    }

    [GeneratedRegex(@"\bIMO(?:\s*(?:number|no\.?))?[\s:#.]*(\d{7})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imo();

    [GeneratedRegex(@"\bOGRN(?:IP)?[\s:#.№]*(\d{13}|\d{15})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ogrn();

    [GeneratedRegex(@"\b(?:INN|TIN|Tax ID(?: No\.?)?)[\s:#.№]*(\d{10}|\d{12})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Inn();
}
