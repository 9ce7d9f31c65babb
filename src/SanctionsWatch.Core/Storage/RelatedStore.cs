using System.Data.Common;
using Dapper;

namespace SanctionsWatch.Storage;

/// <summary>A related hit to write: the entry, its score and explanation (JSON), the first link's type, depth and path (JSON).</summary>
public sealed record NewRelatedHit(
    string WatchlistId, string EntryId, string EntryName, double Score, string Explanation, string LinkType, int Depth, string Path);

/// <summary>
/// What the related log keeps (inside the snapshot's transaction): the related hits (<c>hits</c> with
/// <c>related = 1</c>) and, per source, the state its relations were last worked out in (<c>related_state</c>).
/// </summary>
public static class RelatedStore
{
    /// <summary>
    /// Whether the store has read this source's links (an import by this build has applied a file of it): until then, a
    /// link on an entry is not news.
    /// </summary>
    public static bool HasState(DbConnection db, DbTransaction tx, string source) =>
        db.ExecuteScalar<long>("SELECT count(*) FROM related_state WHERE source = @source", new { source }, tx) > 0;

    public static (string Settings, string Targets)? State(DbConnection db, DbTransaction tx, string source) =>
        db.QuerySingleOrDefault<(string Settings, string Targets)?>(
            "SELECT settings, targets FROM related_state WHERE source = @source", new { source }, tx);

    public static void SaveState(DbConnection db, DbTransaction tx, string source, string state, string fingerprint) =>
        db.Execute(
            """
            INSERT INTO related_state (source, settings, targets) VALUES (@source, @state, @fingerprint)
            ON CONFLICT (source) DO UPDATE SET settings = excluded.settings, targets = excluded.targets
            """,
            new { source, state, fingerprint },
            tx);

    /// <summary>The direct hits relations may end at: listed, not dismissed, in entity and entry order.</summary>
    public static List<(string WatchlistId, string EntryId, double Score, string Explanation)> Targets(
        DbConnection db, DbTransaction tx, string source) =>
        [.. db.Query<(string WatchlistId, string EntryId, double Score, string Explanation)>(
            """
            SELECT watchlist_id, entry_id, score, explanation FROM hits
            WHERE source = @source AND related = 0 AND listed = 1 AND status <> 'dismissed'
            ORDER BY watchlist_id, entry_id
            """,
            new { source },
            tx)];

    public static List<HitRow> RelatedHits(DbConnection db, DbTransaction tx, string source) =>
        [.. db.Query<HitRow>(
            $"SELECT {HitRow.Columns} FROM hits h WHERE h.source = @source AND h.related = 1",
            new { source },
            tx)];

    /// <summary>The paths (JSON) of the source's listed related hits.</summary>
    public static List<string?> ListedPaths(DbConnection db, DbTransaction tx, string source) =>
        [.. db.Query<string?>("SELECT path FROM hits WHERE source = @source AND related = 1 AND listed = 1", new { source }, tx)];

    /// <summary>
    /// Whether any of <paramref name="removedIdsJson"/> (a JSON array of entry ids: one parameter, not one per entry, as a
    /// list of 70,000 entries may lose more than SQLite's 32,766) had links in the version this snapshot ended.
    /// </summary>
    public static bool AnyRemovedHadLinks(DbConnection db, DbTransaction tx, string source, long snapshotId, string removedIdsJson) =>
        db.ExecuteScalar<long>(
            $"""
            SELECT count(*) FROM entry_versions
            WHERE source = @source AND to_snapshot_id = @snapshotId AND data LIKE '%"links":%'
                  AND entry_id IN (SELECT j.value FROM {SqlDialect.Of(db).JsonArrayValues("@removedIdsJson", "j")})
            """,
            new { source, snapshotId, removedIdsJson },
            tx) > 0;

    /// <summary>The source's applied snapshot before <paramref name="snapshotId"/>, if any.</summary>
    public static long? PreviousApplied(DbConnection db, DbTransaction tx, string source, long snapshotId) =>
        db.ExecuteScalar<long?>(
            "SELECT max(id) FROM snapshots WHERE source = @source AND status IN ('accepted', 'unchanged') AND id < @snapshotId",
            new { source, snapshotId },
            tx);

    /// <summary>The kind of a hit's last alert.</summary>
    public static string? LastAlertKind(DbConnection db, DbTransaction tx, long hitId) =>
        db.ExecuteScalar<string?>("SELECT kind FROM alerts WHERE hit_id = @hitId ORDER BY id DESC LIMIT 1", new { hitId }, tx);

    public static string? EntryNameOf(DbConnection db, DbTransaction tx, long hitId) =>
        db.ExecuteScalar<string>("SELECT entry_name FROM hits WHERE id = @hitId", new { hitId }, tx);

    /// <summary>The explanation (JSON) of an entity's direct hit on an entry, if there is one.</summary>
    public static string? DirectExplanation(DbConnection db, DbTransaction tx, string source, string? entryId, string entityId) =>
        db.ExecuteScalar<string>(
            "SELECT explanation FROM hits WHERE source = @source AND entry_id = @entryId AND watchlist_id = @entityId AND related = 0",
            new { source, entryId, entityId },
            tx);

    /// <summary>A new related hit, first and last seen at <paramref name="snapshotId"/>; its id.</summary>
    public static long Insert(DbConnection db, DbTransaction tx, string source, NewRelatedHit hit, long snapshotId, string now) =>
        db.ExecuteScalar<long>(
            """
            INSERT INTO hits (watchlist_id, source, entry_id, entry_name, score, explanation, first_snapshot_id,
                              last_snapshot_id, created_at, updated_at, related, link_type, depth, path)
            VALUES (@WatchlistId, @source, @EntryId, @EntryName, @Score, @Explanation, @snapshotId, @snapshotId, @now, @now,
                    1, @LinkType, @Depth, @Path)
            RETURNING id
            """,
            new { hit.WatchlistId, source, hit.EntryId, hit.EntryName, hit.Score, hit.Explanation, snapshotId, now, hit.LinkType, hit.Depth, hit.Path },
            tx);

    /// <summary>A related hit found again: its entry, score, explanation and path now, listed or not, reopened or not.</summary>
    public static void Update(
        DbConnection db, DbTransaction tx, long hitId, NewRelatedHit hit, bool listed, bool reopen, long snapshotId, string now) =>
        db.Execute(
            """
            UPDATE hits SET entry_name = @EntryName, score = @Score, explanation = @Explanation, listed = @listed,
                            status = CASE WHEN @reopen = 1 THEN 'new' ELSE status END, link_type = @LinkType, depth = @Depth,
                            path = @Path, last_snapshot_id = @snapshotId, updated_at = @now
            WHERE id = @hitId
            """,
            new
            {
                hitId,
                hit.EntryName,
                hit.Score,
                hit.Explanation,
                listed = listed ? 1 : 0,
                reopen,
                hit.LinkType,
                hit.Depth,
                hit.Path,
                snapshotId,
                now,
            },
            tx);
}
