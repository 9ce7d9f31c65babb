using System.Text.RegularExpressions;
using System.Xml.Linq;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Eu;

/// <summary>
/// EU identification codes → identifier types. A Russian tax number of 10 or 12 digits is an INN, a Russian
/// registration number of 13 or 15 digits an OGRN (the EU files them as <c>tax</c> / <c>regnumber</c>); remarks
/// often carry them as text (<c>INN: 4501008142</c>, <c>OGRN 1024500508346</c>).
/// </summary>
public static partial class EuIdentifiers
{
    public static EntryIdentifier? FromIdentification(XElement identification)
    {
        var number = EuXmlReader.Attr(identification, "number");
        if (number is null)
            return null;
        var iso2 = EuXmlReader.Attr(identification, "countryIso2Code");
        var country = EuXmlReader.Country(identification);
        var code = EuXmlReader.Attr(identification, "identificationTypeCode")?.ToLowerInvariant() ?? "other";
        var description = EuXmlReader.Attr(identification, "identificationTypeDescription") ?? "";
        return new EntryIdentifier(TypeOf(code, description, number, iso2), number, country);
    }

    public static string TypeOf(string code, string description, string number, string? iso2)
    {
        var digits = number.All(char.IsAsciiDigit) ? number.Length : 0;
        var russian = iso2 == "RU";
        if (description.Contains("OGRN", StringComparison.OrdinalIgnoreCase) || (russian && code == "regnumber" && digits is 13 or 15))
            return "ogrn";
        if (description.Contains("INN", StringComparison.Ordinal) || (russian && code is "tax" or "fiscalcode" && digits is 10 or 12))
            return "inn";
        if (description.Contains("KPP", StringComparison.Ordinal))
            return "kpp";
        return code switch
        {
            "passport" => "passport",
            "id" or "nationalcard" => "national-id",
            "tax" or "fiscalcode" => "tax-id",
            "regnumber" => "registration",
            "swiftbic" or "swift" => "swift",
            "imo" => "imo",
            _ => code,
        };
    }

    public static IEnumerable<EntryIdentifier> FromRemarks(string? remarks)
    {
        if (remarks is null)
            yield break;
        foreach (Match m in InRemarks().Matches(remarks))
            yield return new EntryIdentifier(m.Groups[1].Value.ToLowerInvariant(), m.Groups[2].Value, "RUSSIAN FEDERATION");
    }

    [GeneratedRegex(@"\b(INN|OGRN|KPP)\b[\s.:(),a-zA-Z-]{0,20}?(\d{9,15})\b")]
    private static partial Regex InRemarks();
}
