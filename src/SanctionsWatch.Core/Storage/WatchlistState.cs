using System.Data.Common;
using System.Text.Json;
using Dapper;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>A watchlist a store was screened against, as recorded (tables <c>watchlists</c>, <c>source_screenings</c>).</summary>
public sealed record ScreenedWatchlist(
    string Fingerprint,
    string Path,
    string ContentHash,
    int EntityCount,
    IReadOnlyDictionary<string, string> Entities,
    string FirstScreenedAt,
    string LastScreenedAt);

/// <summary>How one watchlist differs from another, by entity id (what a screening reads: names, identifiers, kind).</summary>
public sealed record WatchlistDifference(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>"2 entities added (ru-a, ru-b), 1 removed (ru-c), 1 changed (ru-d)"; a few ids each, then "…".</summary>
    public string Describe()
    {
        static string Part(IReadOnlyList<string> ids, string what) =>
            ids.Count == 0 ? "" : $"{ids.Count} {what} ({string.Join(", ", ids.Take(3))}{(ids.Count > 3 ? ", …" : "")})";
        var parts = new[] { Part(Added, "added"), Part(Removed, "removed"), Part(Changed, "changed") }.Where(p => p.Length > 0).ToList();
        if (parts.Count == 0)
            return "the same entities";
        var first = parts[0];
        parts[0] = first.Insert(first.IndexOf(' ', StringComparison.Ordinal), Added.Count + Removed.Count + Changed.Count == 1 ? " entity" : " entities");
        return string.Join(", ", parts);
    }
}

/// <summary>
/// What a store knows of its watchlist: every watchlist it was screened against (path, content hash, fingerprint, the
/// entities), which one each source was last screened against in full, and so which is the store's (the last
/// screened). Written inside the screening's transaction.
/// </summary>
public static class WatchlistState
{
    /// <summary>Records that <paramref name="source"/>'s current entries were screened against <paramref name="watchlist"/>.</summary>
    public static void RecordScreening(DbConnection db, DbTransaction tx, string source, Watchlist watchlist, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var fingerprint = Record(db, tx, watchlist, now);
        db.Execute(
            """
            INSERT INTO source_screenings (source, watchlist_fingerprint, screened_at) VALUES (@source, @fingerprint, @at)
            ON CONFLICT (source) DO UPDATE SET watchlist_fingerprint = excluded.watchlist_fingerprint, screened_at = excluded.screened_at
            """,
            new { source, fingerprint, at = Iso.Format(now) },
            tx);
    }

    /// <summary>Records <paramref name="watchlist"/> as the store's (the last screened); returns its fingerprint.</summary>
    public static string Record(DbConnection db, DbTransaction? tx, Watchlist watchlist, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(watchlist);
        var entities = WatchlistFingerprint.Entities(watchlist);
        var fingerprint = WatchlistFingerprint.OfEntities(entities);
        db.Execute(
            """
            INSERT INTO watchlists (fingerprint, path, content_hash, entity_count, entities, first_screened_at, last_screened_at, screening)
            VALUES (@fingerprint, @path, @hash, @count, @entities, @at, @at, (SELECT coalesce(max(screening), 0) + 1 FROM watchlists))
            ON CONFLICT (fingerprint) DO UPDATE SET path = excluded.path, content_hash = excluded.content_hash,
                last_screened_at = excluded.last_screened_at, screening = excluded.screening
            """,
            new
            {
                fingerprint,
                path = Path.GetFullPath(watchlist.Path),
                hash = watchlist.ContentHash,
                count = entities.Count,
                entities = JsonSerializer.Serialize(entities),
                at = Iso.Format(now),
            },
            tx);
        return fingerprint;
    }

    /// <summary>The store's watchlist: the one it was last screened against; null for a store never screened (or screened before it was recorded).</summary>
    public static ScreenedWatchlist? Current(DbConnection db, DbTransaction? tx = null) =>
        db.Query<Row>("SELECT * FROM watchlists ORDER BY screening DESC LIMIT 1", transaction: tx).Select(r => r.ToRecord()).FirstOrDefault();

    /// <summary>Per source holding entries: the watchlist its entries were last screened against in full, or null when unknown.</summary>
    public static Dictionary<string, ScreenedWatchlist?> BySource(DbConnection db, Watchlist current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var watchlists = db.Query<Row>("SELECT * FROM watchlists").Select(r => r.ToRecord()).ToDictionary(w => w.Fingerprint, StringComparer.Ordinal);
        var screened = db.Query<(string Source, string Fingerprint)>("SELECT source, watchlist_fingerprint FROM source_screenings")
            .ToDictionary(s => s.Source, s => s.Fingerprint, StringComparer.Ordinal);
        var legacy = db.Query<(string Source, string Hash)>("SELECT source, watchlist_hash FROM source_state")
            .ToDictionary(s => s.Source, s => s.Hash, StringComparer.Ordinal);
        var result = new Dictionary<string, ScreenedWatchlist?>(StringComparer.Ordinal);
        foreach (var source in Queries.SourcesWithEntries(db))
        {
            if (screened.TryGetValue(source, out var fingerprint) && watchlists.TryGetValue(fingerprint, out var w))
            {
                result[source] = w;
            }
            else if (legacy.TryGetValue(source, out var hash) && hash == current.ContentHash)
            {
                // A store from before watchlists were recorded, screened against this very file.
                var entities = WatchlistFingerprint.Entities(current);
                result[source] = new ScreenedWatchlist(
                    WatchlistFingerprint.OfEntities(entities), current.Path, hash, entities.Count, entities, "", "");
            }
            else
            {
                result[source] = null;
            }
        }

        return result;
    }

    /// <summary>
    /// Per entity of <paramref name="current"/>: the sources holding entries that have not screened it as it is now (it
    /// was not on the watchlist then, or its names, identifiers or kind were different). Empty for an entity screened
    /// against every stored list; every source for one never screened. A store with no list screens nobody.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<string>> NotScreened(DbConnection db, Watchlist current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var bySource = BySource(db, current);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var entity in current.Entities)
        {
            var fingerprint = WatchlistFingerprint.Of(entity);
            result[entity.Id] = [.. bySource
                .Where(s => s.Value is not { } w || !w.Entities.TryGetValue(entity.Id, out var f) || f != fingerprint)
                .Select(s => s.Key)];
        }

        return result;
    }

    /// <summary>How <paramref name="current"/> differs from a recorded watchlist.</summary>
    public static WatchlistDifference Compare(ScreenedWatchlist stored, Watchlist current)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var now = WatchlistFingerprint.Entities(current);
        return new WatchlistDifference(
            [.. now.Keys.Where(id => !stored.Entities.ContainsKey(id))],
            [.. stored.Entities.Keys.Where(id => !now.ContainsKey(id)).Order(StringComparer.Ordinal)],
            [.. now.Where(e => stored.Entities.TryGetValue(e.Key, out var f) && f != e.Value).Select(e => e.Key)]);
    }

    private sealed class Row
    {
        public string Fingerprint { get; init; } = "";

        public string Path { get; init; } = "";

        public string ContentHash { get; init; } = "";

        public long EntityCount { get; init; }

        public string Entities { get; init; } = "{}";

        public string FirstScreenedAt { get; init; } = "";

        public string LastScreenedAt { get; init; } = "";

        public long Screening { get; init; }

        public ScreenedWatchlist ToRecord() => new(
            Fingerprint, Path, ContentHash, (int)EntityCount,
            JsonSerializer.Deserialize<Dictionary<string, string>>(Entities) ?? [],
            FirstScreenedAt, LastScreenedAt);
    }
}
