using System.Data.Common;
using Dapper;

namespace SanctionsWatch.Storage;

/// <summary>The <c>snapshots</c> table: every file offered for a source, applied, unchanged or refused.</summary>
public static class Snapshots
{
    /// <summary>The archive of snapshots of these bytes (<paramref name="hash"/>) that have none: imports whose download a kill left unrecorded.</summary>
    public static void SetMissingArchivePaths(DbConnection db, string source, string hash, string path, DbTransaction tx) =>
        db.Execute(
            "UPDATE snapshots SET archive_path = @path WHERE source = @source AND file_hash = @hash AND archive_path IS NULL AND status <> 'refused'",
            new { path, source, hash },
            tx);

    /// <summary>Records where the snapshot's raw file is kept.</summary>
    public static void SetArchivePath(DbConnection db, long snapshotId, string? path, DbTransaction? tx = null) =>
        db.Execute("UPDATE snapshots SET archive_path = @path WHERE id = @snapshotId", new { path, snapshotId }, tx);

    /// <summary>A snapshot to record.</summary>
    public sealed record NewSnapshot(
        string Source, string TakenAt, string RecordedAt, string FileName, string Hash, long Size, string? Format, bool? Complete,
        int? EntryCount, string Status, string? Error, string DatedBy);

    /// <summary>The last accepted or unchanged snapshot of a source, in the order they were applied.</summary>
    public sealed class AppliedSnapshot
    {
        public long Id { get; init; }

        public string? FileHash { get; init; }

        public long EntryCount { get; init; }

        public long? Complete { get; init; }

        public string TakenAt { get; init; } = "";
    }

    /// <summary>Records a snapshot; its id.</summary>
    public static long Insert(DbConnection db, DbTransaction tx, NewSnapshot s) =>
        db.ExecuteScalar<long>(
            """
            INSERT INTO snapshots (source, taken_at, recorded_at, file_name, file_hash, file_size, format, complete,
                                   entry_count, status, error, dated_by)
            VALUES (@Source, @TakenAt, @RecordedAt, @FileName, @Hash, @Size, @Format, @Complete, @EntryCount, @Status, @Error,
                    @DatedBy)
            RETURNING id
            """,
            s,
            tx);

    /// <summary>How many entries an accepted snapshot added, removed and modified.</summary>
    public static void SetCounts(DbConnection db, DbTransaction tx, long snapshotId, int added, int removed, int modified) =>
        db.Execute(
            "UPDATE snapshots SET added = @added, removed = @removed, modified = @modified WHERE id = @snapshotId",
            new { added, removed, modified, snapshotId },
            tx);

    public static AppliedSnapshot? LastApplied(DbConnection db, DbTransaction? tx, string source) =>
        db.QuerySingleOrDefault<AppliedSnapshot>(
            """
            SELECT id, file_hash, entry_count, complete, taken_at FROM snapshots
            WHERE source = @source AND status IN ('accepted', 'unchanged') ORDER BY id DESC LIMIT 1
            """,
            new { source },
            tx);

    /// <summary>The applied snapshot of a source dated latest by a date of its own (not when it was checked).</summary>
    public static (long Id, string TakenAt, string DatedBy)? NewestDated(DbConnection db, DbTransaction tx, string source) =>
        db.QuerySingleOrDefault<(long Id, string TakenAt, string DatedBy)?>(
            """
            SELECT id, taken_at, dated_by FROM snapshots
            WHERE source = @source AND status IN ('accepted', 'unchanged') AND dated_by <> 'checked'
            ORDER BY taken_at DESC, id DESC LIMIT 1
            """,
            new { source },
            tx);

    /// <summary>The latest accepted snapshot of a source with these bytes, before snapshot <paramref name="beforeId"/>.</summary>
    public static (long Id, string TakenAt)? AcceptedBefore(DbConnection db, DbTransaction tx, string source, string hash, long beforeId) =>
        db.QuerySingleOrDefault<(long Id, string TakenAt)?>(
            """
            SELECT id, taken_at FROM snapshots
            WHERE source = @source AND status = 'accepted' AND file_hash = @hash AND id < @beforeId
            ORDER BY id DESC LIMIT 1
            """,
            new { source, hash, beforeId },
            tx);
}
