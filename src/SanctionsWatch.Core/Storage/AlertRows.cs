using System.Data.Common;
using Dapper;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>
/// The one way an alert row is written, by the hit log and the related log alike: once per (hit, kind, snapshot), so an
/// import run again raises nothing twice.
/// </summary>
internal static class AlertRows
{
    /// <summary>Writes the alert; false when the hit already has an alert of this kind at this snapshot.</summary>
    public static bool Insert(
        DbConnection db,
        DbTransaction tx,
        RaisedAlert alert,
        long hitId,
        string source,
        long snapshotId,
        string snapshotAt,
        string now,
        long? changeId = null) =>
        db.Execute(
            """
            INSERT INTO alerts (kind, hit_id, watchlist_id, source, entry_id, entry_name, score, snapshot_id,
                                snapshot_at, created_at, deliver, detail, change_id)
            VALUES (@kind, @hitId, @watchlistId, @source, @entryId, @entryName, @score, @snapshotId, @snapshotAt, @now,
                    @deliver, @detail, @changeId)
            ON CONFLICT (hit_id, kind, snapshot_id) DO NOTHING
            """,
            new
            {
                kind = alert.Kind.ToText(),
                hitId,
                watchlistId = alert.WatchlistId,
                source,
                entryId = alert.EntryId,
                entryName = alert.EntryName,
                score = alert.Score,
                snapshotId,
                snapshotAt,
                now,
                deliver = alert.Delivered ? 1 : 0,
                detail = alert.Detail,
                changeId,
            },
            tx) == 1;
}
