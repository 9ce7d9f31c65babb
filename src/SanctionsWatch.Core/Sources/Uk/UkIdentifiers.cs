using System.Text.RegularExpressions;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Uk;

/// <summary>
/// Identifiers in the UK list's free text: business registration numbers (<c>UK Company no. 06527449</c>,
/// <c>Tax Identification Number: INN 4501008142</c>, <c>OGRN 1024500508346</c>) and IMO numbers (<c>IMO9562233</c>).
/// </summary>
public static partial class UkIdentifiers
{
    /// <summary>INN / OGRN / KPP found in the text, else the whole text as a registration number.</summary>
    public static IEnumerable<EntryIdentifier> FromRegistration(string? text)
    {
        text = ReaderText.Clean(text);
        if (text is null)
            return [];
        var found = FromText(text).ToArray();
        return found.Length > 0 ? found : [new EntryIdentifier("registration", text)];
    }

    /// <summary>INN / OGRN / KPP numbers written in a text.</summary>
    public static IEnumerable<EntryIdentifier> FromText(string? text)
    {
        if (text is null)
            yield break;
        foreach (Match m in Russian().Matches(text))
            yield return new EntryIdentifier(m.Groups[1].Value.ToLowerInvariant(), m.Groups[2].Value, "Russia");
    }

    public static EntryIdentifier? Imo(string? text)
    {
        var m = ImoNumber().Match(text ?? "");
        return m.Success ? new EntryIdentifier("imo", m.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"\b(INN|OGRN|KPP)\b[^0-9]{0,25}?(\d{9,15})\b")]
    private static partial Regex Russian();

    [GeneratedRegex(@"(\d{7})")]
    private static partial Regex ImoNumber();
}
