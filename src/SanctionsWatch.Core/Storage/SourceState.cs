using System.Data.Common;
using Dapper;

namespace SanctionsWatch.Storage;

/// <summary>
/// What a source's stored list was last screened in full against (<c>source_state</c>): the watchlist's content hash
/// and the matcher's version. When either differs, the next import matches the whole list again.
/// </summary>
public static class SourceState
{
    public static (string WatchlistHash, string MatcherVersion)? Of(DbConnection db, DbTransaction? tx, string source) =>
        db.QuerySingleOrDefault<(string, string)?>(
            "SELECT watchlist_hash, matcher_version FROM source_state WHERE source = @source", new { source }, tx);

    public static void Save(DbConnection db, DbTransaction tx, string source, string watchlistHash, string matcherVersion) =>
        db.Execute(
            """
            INSERT INTO source_state (source, watchlist_hash, matcher_version) VALUES (@source, @watchlistHash, @matcherVersion)
            ON CONFLICT (source) DO UPDATE SET watchlist_hash = excluded.watchlist_hash, matcher_version = excluded.matcher_version
            """,
            new { source, watchlistHash, matcherVersion },
            tx);
}
