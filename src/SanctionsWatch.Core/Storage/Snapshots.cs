using Dapper;
using Microsoft.Data.Sqlite;

namespace SanctionsWatch.Storage;

/// <summary>The <c>snapshots</c> table: every file offered for a source, applied, unchanged or refused.</summary>
public static class Snapshots
{
    /// <summary>Why a snapshot was refused (null for one that was not).</summary>
    public static string? ErrorOf(SqliteConnection db, long snapshotId, SqliteTransaction? tx = null) =>
        db.ExecuteScalar<string?>("SELECT error FROM snapshots WHERE id = @snapshotId", new { snapshotId }, tx);

    /// <summary>Records where the snapshot's raw file is kept.</summary>
    public static void SetArchivePath(SqliteConnection db, long snapshotId, string? path, SqliteTransaction? tx = null) =>
        db.Execute("UPDATE snapshots SET archive_path = @path WHERE id = @snapshotId", new { path, snapshotId }, tx);
}
