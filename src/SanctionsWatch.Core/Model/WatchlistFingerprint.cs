using System.Security.Cryptography;
using System.Text;

namespace SanctionsWatch.Model;

/// <summary>
/// What a screening reads of a watchlist, as hashes: per entity its id, kind, names (the name, then the aliases) and
/// identifiers; for the whole watchlist, its entities' hashes in id order. Notes, countries, comments and the order of
/// entities do not count: editing them changes nothing a screening finds. Two watchlists with the same fingerprint
/// find the same hits.
/// </summary>
public static class WatchlistFingerprint
{
    /// <summary>The fingerprint of one entity (sha256, hex).</summary>
    public static string Of(WatchlistEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var text = new StringBuilder();
        text.Append(entity.Id).Append('\n').Append(PartyTypes.Format(entity.Kind)).Append('\n');
        foreach (var name in entity.AllNames)
            text.Append("name\t").Append(name).Append('\n');
        foreach (var (type, value) in entity.Identifiers.OrderBy(i => i.Key, StringComparer.Ordinal))
            text.Append("id\t").Append(type).Append('\t').Append(value).Append('\n');
        return Hash(text.ToString());
    }

    /// <summary>Each entity's fingerprint by id.</summary>
    public static SortedDictionary<string, string> Entities(Watchlist watchlist)
    {
        ArgumentNullException.ThrowIfNull(watchlist);
        var entities = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in watchlist.Entities)
            entities[entity.Id] = Of(entity);
        return entities;
    }

    /// <summary>The fingerprint of a whole watchlist (sha256, hex).</summary>
    public static string Of(Watchlist watchlist) => OfEntities(Entities(watchlist));

    /// <summary>The fingerprint of a watchlist given its entities' fingerprints.</summary>
    public static string OfEntities(IReadOnlyDictionary<string, string> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var text = new StringBuilder();
        foreach (var (id, hash) in entities.OrderBy(e => e.Key, StringComparer.Ordinal))
            text.Append(id).Append('\t').Append(hash).Append('\n');
        return Hash(text.ToString());
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
