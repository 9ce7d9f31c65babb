using System.Xml.Linq;
using SanctionsWatch.Model;
using static SanctionsWatch.Sources.XmlRecords;

namespace SanctionsWatch.Sources.Ch;

/// <summary>
/// SECO names: a <c>name</c> is its <c>name-part</c> values in <c>order</c>; the main identity's
/// <c>primary-name</c> is the primary, a name of <c>quality="low"</c> a weak alias, a former name
/// (<c>name-type</c> containing "former") a former name, a spelling variant in a non-Latin script an original-script
/// name; everything else an alias.
/// </summary>
public static class ChNames
{
    public static IReadOnlyList<EntryName> Of(IReadOnlyList<XElement> identitiesMainFirst)
    {
        var names = new List<EntryName>();
        foreach (var identity in identitiesMainFirst)
        {
            foreach (var name in Children(identity, "name"))
            {
                var parts = Children(name, "name-part")
                    .OrderBy(p => int.TryParse((string?)p.Attribute("order"), out var o) ? o : int.MaxValue)
                    .ToList();
                var text = ReaderText.Join(" ", parts.Select(p => Child(p, "value")).ToArray());
                if (text is null)
                    continue;
                var nameType = ((string?)name.Attribute("name-type"))?.ToLowerInvariant() ?? "";
                var type = nameType == "primary-name" && !names.Any(n => n.Type == NameType.Primary) ? NameType.Primary
                    : nameType.Contains("former", StringComparison.Ordinal) ? NameType.FormerName
                    : (string?)name.Attribute("quality") == "low" ? NameType.WeakAlias
                    : NameType.Alias;
                names.Add(new EntryName(text, type));
                foreach (var variant in parts.SelectMany(p => Children(p, "spelling-variant")))
                {
                    if (ReaderText.Clean(variant.Value) is { } v)
                        names.Add(new EntryName(v, NameScript.IsMostlyNonLatin(v) ? NameType.OriginalScript : NameType.Alias));
                }
            }
        }

        if (names.Count > 0 && !names.Any(n => n.Type == NameType.Primary))
            names[0] = names[0] with { Type = NameType.Primary };
        return names.Distinct().ToArray();
    }
}
