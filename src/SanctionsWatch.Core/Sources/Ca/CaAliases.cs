using System.Text.RegularExpressions;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ca;

/// <summary>
/// Splits SEMA's free-text <c>Aliases</c>: by <c>;</c> when there is one (then commas belong to the names:
/// <c>NGO "Izhbs", LLC; НПО "Ижбс", ООО</c>), else by <c>,</c>, keeping a legal form that follows a comma with its
/// name; a language label (<c>Belarusian:</c>, <c>Russian :</c>) is dropped; a name mostly in Cyrillic (or another
/// non-Latin script) is an <see cref="NameType.OriginalScript"/> name, and such names side by side with a slash are
/// each a name.
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
        {
            if (!NameScript.IsMostlyNonLatin(name))
            {
                yield return new EntryName(name, NameType.Alias);
                continue;
            }

            foreach (var alternative in Alternatives(name))
                yield return new EntryName(alternative, NameType.OriginalScript);
        }
    }

    /// <summary>
    /// The names a name in Cyrillic (or another non-Latin script) stands for: names side by side with a slash are
    /// alternatives (the Russian and the Ukrainian form, the full and the short name: ООО "ТРАНСОЙЛ" / ОБЩЕСТВО С
    /// ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "ТРАНСОЙЛ"); in Latin a slash joins variants of one word (Aleksander/ Aleksandr or
    /// Alexander), so those are not given here.
    /// </summary>
    public static IEnumerable<string> Alternatives(string name)
    {
        foreach (var alternative in name.Split('/'))
        {
            if (ReaderText.Clean(alternative) is { } part && part.Any(char.IsLetter))
                yield return part;
        }
    }

    /// <summary>
    /// A name that carries its aliases in brackets (<c>Kurganpribor JSC (also known as Scientific-Production
    /// Association “Kurganpribor”)</c>, 26 of them in 2025): the name before the bracket, and the aliases in it
    /// (split by commas like <c>Aliases</c>; "formerly known as" gives former names).
    /// </summary>
    public static (string Name, IReadOnlyList<EntryName> Aliases) FromName(string name)
    {
        var m = KnownAs().Match(name);
        if (!m.Success)
            return (name, []);
        var former = m.Groups[2].Value.StartsWith("formerly", StringComparison.OrdinalIgnoreCase);
        var aliases = Split(m.Groups[3].Value)
            .Select(a => former && a.Type == NameType.Alias ? a with { Type = NameType.FormerName } : a)
            .ToArray();
        return (m.Groups[1].Value.Trim(), aliases);
    }

    /// <summary>Whether <paramref name="text"/> is only a legal form (<c>JSC</c>, <c>ООО</c>): what follows a firm's name after a comma.</summary>
    public static bool IsLegalForm(string text) => LegalForm().IsMatch(text);

    /// <summary>Ship types written where a person's title goes (<c>Oil Tanker</c>, <c>General Cargo / Multi Purpose</c>).</summary>
    public static bool IsShipType(string? title) => title is not null && ShipType().IsMatch(title);

    [GeneratedRegex(@"^(?:Belarusian|Belarussian|Russian|Ukrainian|Chinese|Arabic|Farsi|Persian|Burmese)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageLabel();

    [GeneratedRegex(@"^(?:LLC|Ltd\.?|Limited|Inc\.?|JSC|PJSC|OJSC|CJSC|S\.A\.|SA|GmbH|LLP|Co\.|ООО|ОАО|АО|ПАО|ЗАО|TOO|ТОО)$", RegexOptions.IgnoreCase)]
    private static partial Regex LegalForm();

    [GeneratedRegex(@"^(.+?)\s*\((also known as|formerly known as)\s+(.+)\)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex KnownAs();

    [GeneratedRegex(@"tanker|cargo|ro-ro|carrier|container|vessel|\bfso\b|\bship\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShipType();
}
