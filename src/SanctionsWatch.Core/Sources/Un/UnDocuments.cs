using System.Xml.Linq;
using SanctionsWatch.Model;
using static SanctionsWatch.Sources.XmlRecords;

namespace SanctionsWatch.Sources.Un;

/// <summary>
/// <c>INDIVIDUAL_DOCUMENT</c> → identifier. The type is free text in several languages ("Passport", "Numéro de
/// passeport", "National Identification Number", "Afghan national identification card (tazkira) number", …).
/// </summary>
public static class UnDocuments
{
    public static EntryIdentifier? Identifier(XElement document)
    {
        var number = ReaderText.Clean(Child(document, "NUMBER"));
        if (number is null)
            return null;
        var country = ReaderText.Clean(Child(document, "ISSUING_COUNTRY")) ?? ReaderText.Clean(Child(document, "COUNTRY_OF_ISSUE"));
        return new EntryIdentifier(TypeOf(Child(document, "TYPE_OF_DOCUMENT")), number, country);
    }

    public static string TypeOf(string? text)
    {
        var t = (text ?? "").ToLowerInvariant();
        if (t.Contains("pass", StringComparison.Ordinal) || t.Contains("pasaporte", StringComparison.Ordinal))
            return "passport";
        if (t.Contains("identi", StringComparison.Ordinal))
            return "national-id";
        if (t.Contains("tax", StringComparison.Ordinal))
            return "tax-id";
        return "other";
    }
}
