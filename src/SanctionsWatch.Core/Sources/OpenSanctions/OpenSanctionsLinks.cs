using System.Text.Json;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.OpenSanctions;

/// <summary>
/// FollowTheMoney's relation entities as links on the parties they join, with the other party's OpenSanctions id:
/// <c>Ownership</c> (owner, asset) → the asset's owner (or, when the asset is not in the file, the owner's
/// subsidiary); <c>Directorship</c> (director, organization) → a director of the organization (or, when it is not in
/// the file, the director is linked to it); <c>UnknownLink</c> (subject, object, role) → the subject is linked to the
/// object (or the object to the subject). The other party's name is its caption in the file; for a party the file does
/// not hold, the name quoted in the role ("Associate of 'Rostec'"), else none (the link keeps the id).
/// </summary>
internal static class OpenSanctionsLinks
{
    /// <summary>One relation entity: who carries the link, the other party, the link's type and the inverse.</summary>
    public sealed record Relation(string From, string To, LinkType Type, LinkType Inverse, string? Role);

    /// <summary>The relation an entity states, or null when it is not a relation (or names no parties).</summary>
    public static Relation? RelationOf(JsonElement entity)
    {
        var schema = OpenSanctionsJsonReader.String(entity, "schema");
        if (schema is not ("Ownership" or "Directorship" or "UnknownLink")
            || !entity.TryGetProperty("properties", out var p) || p.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? First(string name) => OpenSanctionsJsonReader.Values(p, name).FirstOrDefault();
        var role = First("role");
        return schema switch
        {
            "Ownership" when First("asset") is { } asset && First("owner") is { } owner =>
                new Relation(asset, owner, LinkType.Owner, LinkType.Subsidiary, role),
            "Directorship" when First("organization") is { } organization && First("director") is { } director =>
                new Relation(organization, director, LinkType.Director, LinkType.LinkedTo, role),
            "UnknownLink" when First("subject") is { } subject && First("object") is { } obj =>
                new Relation(subject, obj, LinkType.LinkedTo, LinkType.LinkedTo, role),
            _ => null,
        };
    }

    /// <summary>The entries with the relations' links added (after the links of their notes), in file order.</summary>
    public static List<ListEntry> Attach(List<ListEntry> entries, IReadOnlyList<Relation> relations)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
            index[entries[i].EntryId] = i;
        var added = new Dictionary<int, List<EntryLink>>();
        foreach (var r in relations)
        {
            if (r.From == r.To)
                continue;
            var (carrier, other, type) = index.ContainsKey(r.From) ? (r.From, r.To, r.Type)
                : index.ContainsKey(r.To) ? (r.To, r.From, r.Inverse)
                : (null, null, default(LinkType));
            if (carrier is null || other is null)
                continue;
            var name = index.TryGetValue(other, out var o) ? entries[o].PrimaryName : QuotedName(r.Role);
            var link = new EntryLink(type, name, other);
            var list = added.TryGetValue(index[carrier], out var l) ? l : added[index[carrier]] = [];
            if (!list.Contains(link))
                list.Add(link);
        }

        foreach (var (i, links) in added)
            entries[i] = entries[i] with { Links = [.. entries[i].Links, .. links.Where(l => !entries[i].Links.Contains(l))] };
        return entries;
    }

    /// <summary>The name a role quotes: "Associate of 'Rostec'" → Rostec; null when it quotes none.</summary>
    internal static string? QuotedName(string? role)
    {
        if (role is null)
            return null;
        var open = role.IndexOfAny(['\'', '‘', '"', '“']);
        var close = role.LastIndexOfAny(['\'', '’', '"', '”']);
        return open >= 0 && close > open + 1 ? ReaderText.Clean(role[(open + 1)..close]) : null;
    }
}
