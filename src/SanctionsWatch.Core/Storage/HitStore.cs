using System.Data.Common;
using Dapper;

namespace SanctionsWatch.Storage;

/// <summary>
/// The <c>hits</c> table as a sync writes it (inside the snapshot's transaction): the hit log decides, this writes.
/// Times are ISO 8601 strings; an explanation is its JSON.
/// </summary>
public static class HitStore
{
    /// <summary>The direct (not related) hits of a source.</summary>
    public static List<HitRow> DirectHits(DbConnection db, DbTransaction tx, string source) =>
        [.. db.Query<HitRow>(
            $"SELECT {HitRow.Columns} FROM hits h WHERE h.source = @source AND h.related = 0", new { source }, tx)];

    /// <summary>A new hit, first and last seen at <paramref name="snapshotId"/>; its id.</summary>
    public static long Insert(
        DbConnection db, DbTransaction tx, string watchlistId, string source, string entryId, string name, double score,
        string explanation, long snapshotId, string now) =>
        db.ExecuteScalar<long>(
            """
            INSERT INTO hits (watchlist_id, source, entry_id, entry_name, score, explanation,
                              first_snapshot_id, last_snapshot_id, created_at, updated_at)
            VALUES (@watchlistId, @source, @entryId, @name, @score, @explanation, @snapshotId, @snapshotId, @now, @now)
            RETURNING id
            """,
            new { watchlistId, source, entryId, name, score, explanation, snapshotId, now },
            tx);

    /// <summary>A hit matched again: its entry's name, score and explanation now, listed or not, reopened (status new) or not.</summary>
    public static void Update(
        DbConnection db, DbTransaction tx, long hitId, string name, double score, string explanation, bool listed, bool reopen,
        long snapshotId, string now) =>
        db.Execute(
            """
            UPDATE hits SET entry_name = @name, score = @score, explanation = @explanation, listed = @listed,
                            status = CASE WHEN @reopen = 1 THEN 'new' ELSE status END,
                            last_snapshot_id = @snapshotId, updated_at = @now
            WHERE id = @hitId
            """,
            new { hitId, name, score, explanation, listed = listed ? 1 : 0, reopen, snapshotId, now },
            tx);

    /// <summary>The hit's entry left the list.</summary>
    public static void MarkDelisted(DbConnection db, DbTransaction tx, long hitId, long snapshotId, string now) =>
        db.Execute(
            "UPDATE hits SET listed = 0, last_snapshot_id = @snapshotId, updated_at = @now WHERE id = @hitId",
            new { hitId, snapshotId, now },
            tx);

    /// <summary>A dismissed hit back to <c>new</c> (its entry changed in a way that matters).</summary>
    public static void Reopen(DbConnection db, DbTransaction tx, long hitId, long snapshotId, string now) =>
        db.Execute(
            "UPDATE hits SET status = 'new', last_snapshot_id = @snapshotId, updated_at = @now WHERE id = @hitId",
            new { hitId, snapshotId, now },
            tx);

    /// <summary>Keeps a change of a hit's score with the list change behind it (<c>hits show</c> explains a fall).</summary>
    public static void RecordScoreChange(
        DbConnection db, DbTransaction tx, long hitId, long snapshotId, long? changeId, double before, double after, string at) =>
        db.Execute(
            """
            INSERT INTO hit_score_changes (hit_id, snapshot_id, change_id, score_before, score_after, at)
            VALUES (@hitId, @snapshotId, @changeId, @before, @after, @at)
            """,
            new { hitId, snapshotId, changeId, before, after, at },
            tx);

    public static double ScoreOf(DbConnection db, DbTransaction tx, long hitId) =>
        db.ExecuteScalar<double>("SELECT score FROM hits WHERE id = @hitId", new { hitId }, tx);
}
