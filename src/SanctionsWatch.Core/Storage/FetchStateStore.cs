using System.Data.Common;
using Dapper;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>Reads and writes <see cref="FetchState"/>, inside the caller's transaction where there is one.</summary>
public static class FetchStateStore
{
    public static FetchState Get(DbConnection db, string source, DbTransaction? tx = null) =>
        db.QuerySingleOrDefault<FetchState>(
            """
            SELECT source, etag, last_modified, last_check_at, last_change_at, last_status, last_error, last_hash,
                   last_archive_path
            FROM source_fetch_state WHERE source = @source
            """,
            new { source },
            tx) ?? new FetchState { Source = source };

    public static void Save(DbConnection db, FetchState state, DbTransaction? tx = null) =>
        db.Execute(
            """
            INSERT INTO source_fetch_state (source, etag, last_modified, last_check_at, last_change_at, last_status,
                                            last_error, last_hash, last_archive_path)
            VALUES (@Source, @Etag, @LastModified, @LastCheckAt, @LastChangeAt, @LastStatus, @LastError, @LastHash,
                    @LastArchivePath)
            ON CONFLICT (source) DO UPDATE SET
                etag = excluded.etag, last_modified = excluded.last_modified, last_check_at = excluded.last_check_at,
                last_change_at = excluded.last_change_at, last_status = excluded.last_status,
                last_error = excluded.last_error, last_hash = excluded.last_hash,
                last_archive_path = excluded.last_archive_path
            """,
            state,
            tx);

    public static List<FetchState> All(DbConnection db) =>
        [.. db.Query<FetchState>(
            """
            SELECT source, etag, last_modified, last_check_at, last_change_at, last_status, last_error, last_hash,
                   last_archive_path
            FROM source_fetch_state ORDER BY source
            """)];
}
