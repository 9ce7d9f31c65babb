
namespace SanctionsWatch.Model;

/// <summary>
/// Which changes of a list entry are news for an analyst: what identifies the party (names, identifiers, programmes,
/// party type: <see cref="EntryContent.IsMaterial"/>), its links to other parties (owner, subsidiary, linked to: since the
/// related parties of issue 15) or the listing itself (the list it is on, its date, its citation,
/// e.g. an amended Federal Register notice). An edit of the remarks, addresses, countries or the link alone is not:
/// OFAC's 2022-04-29 edit added a "Secondary sanctions risk" sentence to the remarks of hundreds of entries.
/// <c>changed</c> alerts are raised for material changes only unless <c>Alerts:MaterialChangesOnly</c> is false; the
/// digest and <c>changes --material</c> use the same rule.
/// </summary>
public static class ChangeMateriality
{
    /// <summary>The fields whose change is material, as the JSON form names them.</summary>
    public static readonly IReadOnlyList<string> Fields = ["names", "identifiers", "programmes", "party_type", "sub_list", "listed_on", "citation", "links"];

    public static bool IsMaterial(IEnumerable<string> changedFields)
    {
        ArgumentNullException.ThrowIfNull(changedFields);
        return changedFields.Any(f => Fields.Contains(f, StringComparer.Ordinal));
    }
}
