using System.Xml.Linq;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ofac;

/// <summary>
/// The advanced XML's <c>ProfileRelationship</c> (<c>From-ProfileID</c>, <c>To-ProfileID</c>, <c>RelationTypeID</c>,
/// <c>Former</c>) as a link on one of the two parties, typed by the relation's name in the file's
/// <c>RelationTypeValues</c>: "Owned or Controlled By" → the From party's owner; "Leader or official of" and
/// "Principal Executive Officer" → a director of the To party; every other relation ("Linked To", "Associate Of",
/// "Acting for or on behalf of", "Providing support to", "Family member of", …) → the From party is linked to the To
/// party. A former relation, or one naming a profile the file does not hold, makes no link.
/// </summary>
internal static class OfacRelations
{
    public static void Add(XElement relation, OfacAdvancedTables tables, IReadOnlyDictionary<string, OfacAdvancedParty> byProfile)
    {
        if ((string?)relation.Attribute("Former") == "true"
            || (string?)relation.Attribute("From-ProfileID") is not { } fromId || !byProfile.TryGetValue(fromId, out var from)
            || (string?)relation.Attribute("To-ProfileID") is not { } toId || !byProfile.TryGetValue(toId, out var to)
            || ReferenceEquals(from, to))
        {
            return;
        }

        var name = tables.Value("RelationType", (string?)relation.Attribute("RelationTypeID")) ?? "";
        switch (name.Trim().ToLowerInvariant())
        {
            case "owned or controlled by":
                from.AddLink(new EntryLink(LinkType.Owner, to.Entry.PrimaryName, to.Entry.EntryId));
                break;
            case "leader or official of" or "principal executive officer":
                to.AddLink(new EntryLink(LinkType.Director, from.Entry.PrimaryName, from.Entry.EntryId));
                break;
            default:
                from.AddLink(new EntryLink(LinkType.LinkedTo, to.Entry.PrimaryName, to.Entry.EntryId));
                break;
        }
    }
}
