using System.Xml.Linq;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ofac;

/// <summary>
/// Reads OFAC's advanced XML (<c>SDN_ADVANCED.XML</c>, <c>CONS_ADVANCED.XML</c>: root <c>Sanctions</c>, schema
/// <c>sdn_advanced.xsd</c>) in one streaming pass: the reference value sets, locations and ID documents come first
/// and are kept as small tables; each <c>DistinctParty</c> becomes an entry (EntryId = its FixedRef, the classic uid);
/// the <c>SanctionsEntries</c> that follow add the programmes by profile id. Entries map as the classic reader's do.
/// <c>ProfileRelationships</c> become links (<see cref="OfacRelations"/>), with the other party's FixedRef as its id.
/// </summary>
public sealed class OfacAdvancedXmlReader : IListReader
{
    public const string FormatName = "ofac-advanced-xml";

    public const string Root = "Sanctions";

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        var tables = new OfacAdvancedTables();
        var parties = new List<OfacAdvancedParty>();
        var byProfile = new Dictionary<string, OfacAdvancedParty>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var relations = new List<XElement>();
        DateTimeOffset? publishedAt = null;
        foreach (var (e, line) in XmlRecords.Read(path, Root, IsRecord, null, cancellationToken))
        {
            switch (e.Name.LocalName)
            {
                case "DateOfIssue":
                    publishedAt = OfacAdvancedTables.DateOf(e);
                    break;
                case "Location":
                    tables.AddLocation(e);
                    break;
                case "IDRegDocument":
                    tables.AddDocument(e);
                    break;
                case "DistinctParty":
                    var party = OfacAdvancedParty.Read(e, tables, sourceId, file, line);
                    if (!ids.Add(party.Entry.EntryId))
                        throw new ListFormatException($"{file} line {line}: duplicate FixedRef {party.Entry.EntryId}");
                    parties.Add(party);
                    byProfile[party.ProfileId] = party;
                    break;
                case "SanctionsEntry":
                    AddProgrammes(e, tables, byProfile);
                    break;
                case "ProfileRelationship":
                    relations.Add(e);
                    break;
                default:
                    tables.AddValue(e);
                    break;
            }
        }

        if (parties.Count == 0)
            throw new ListFormatException($"{file}: the file holds no DistinctParty");
        foreach (var relation in relations)
            OfacRelations.Add(relation, tables, byProfile);
        var entries = new ChunkedList<ListEntry>();
        foreach (var party in parties)
            entries.Add(party.Build());
        return new ListFile(entries, null, FormatName, publishedAt);
    }

    private static bool IsRecord(string name) =>
        name is "DateOfIssue" or "Location" or "IDRegDocument" or "DistinctParty" or "SanctionsEntry" or "ProfileRelationship"
        || OfacAdvancedTables.ValueElements.Contains(name);

    /// <summary>A sanctions entry's programmes: the comments of its measures of type "Program".</summary>
    private static void AddProgrammes(XElement entry, OfacAdvancedTables tables, Dictionary<string, OfacAdvancedParty> byProfile)
    {
        if ((string?)entry.Attribute("ProfileID") is not { } profileId || !byProfile.TryGetValue(profileId, out var party))
            return;
        foreach (var measure in XmlRecords.Children(entry, "SanctionsMeasure"))
        {
            if (tables.Value("SanctionsType", (string?)measure.Attribute("SanctionsTypeID")) == "Program"
                && XmlRecords.Child(measure, "Comment") is { } programme)
            {
                party.AddProgramme(programme);
            }
        }
    }
}
