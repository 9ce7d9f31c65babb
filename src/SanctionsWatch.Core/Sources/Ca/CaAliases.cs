using System.Text.RegularExpressions;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ca;

/// <summary>
/// Splits SEMA's free-text <c>Aliases</c>: by <c>;</c> when there is one (then commas belong to the names:
/// <c>NGO "Izhbs", LLC; НПО "Ижбс", ООО</c>), else by <c>,</c>, keeping a legal form that follows a comma with its
/// name; a language label (<c>Belarusian:</c>, <c>Russian :</c>) is dropped; a name mostly in Cyrillic (or another
/// non-Latin script) is an <see cref="NameType.OriginalScript"/> name.
/// </summary>
public static partial class CaAliases
{
    public static IEnumerable<EntryName> Split(string? aliases)
    {
        if (string.IsNullOrWhiteSpace(aliases))
            yield break;
        var parts = aliases.Split(aliases.Contains(';', StringComparison.Ordinal) ? ';' : ',');
        var kept = new List<string>();
        foreach (var raw in parts)
        {
            var part = ReaderText.Clean(LanguageLabel().Replace(raw.Trim(), ""));
            if (part is null)
                continue;
            if (kept.Count > 0 && LegalForm().IsMatch(part))
                kept[^1] += ", " + part;
            else
                kept.Add(part);
        }

        foreach (var name in kept)
            yield return new EntryName(name, NameScript.IsMostlyNonLatin(name) ? NameType.OriginalScript : NameType.Alias);
    }

    /// <summary>Ship types written where a person's title goes (<c>Oil Tanker</c>, <c>General Cargo / Multi Purpose</c>).</summary>
    public static bool IsShipType(string? title) => title is not null && ShipType().IsMatch(title);

    [GeneratedRegex(@"^(?:Belarusian|Belarussian|Russian|Ukrainian|Chinese|Arabic|Farsi|Persian|Burmese)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageLabel();

    [GeneratedRegex(@"^(?:LLC|Ltd\.?|Limited|Inc\.?|JSC|PJSC|OJSC|CJSC|S\.A\.|SA|GmbH|LLP|Co\.|ООО|ОАО|АО|ПАО|ЗАО|TOO|ТОО)$", RegexOptions.IgnoreCase)]
    private static partial Regex LegalForm();

    [GeneratedRegex(@"tanker|cargo|ro-ro|carrier|container|vessel|\bfso\b|\bship\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShipType();
}
