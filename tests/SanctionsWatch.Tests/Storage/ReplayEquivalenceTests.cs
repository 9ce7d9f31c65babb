using System.Data.Common;
using Dapper;
using SanctionsWatch.Matching;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Storage;

/// <summary>
/// The 308 real OFAC SDN versions replayed with the default watchlist into PostgreSQL give what the shared SQLite replay
/// gave: the same snapshots, entry versions, changes, hits and alerts, row for row (the run's own clock aside). Other
/// tests read the shared replay's store and may offer it its last file again (an unchanged snapshot after the replay's):
/// only the rows of the replay's own snapshots are compared.
/// </summary>
public sealed class ReplayEquivalenceTests
{
    private static readonly (string Name, string Sql)[] Tables =
    [
        ("snapshots", "SELECT id, source, taken_at, file_name, file_hash, file_size, complete, entry_count, status, error, added, removed, modified, dated_by FROM snapshots WHERE id <= @last ORDER BY id"),
        ("entry_versions", "SELECT id, source, entry_id, content_hash, data, from_snapshot_id, to_snapshot_id FROM entry_versions WHERE from_snapshot_id <= @last ORDER BY id"),
        ("entries", "SELECT source, entry_id, version_id, content_hash, name, party_type, listed_snapshot_id FROM entries ORDER BY source, entry_id"),
        ("changes", "SELECT id, snapshot_id, source, entry_id, kind, name, fields, old_version_id, new_version_id FROM changes WHERE snapshot_id <= @last ORDER BY id"),
        ("hits", "SELECT id, watchlist_id, source, entry_id, entry_name, score, status, listed, explanation, first_snapshot_id, last_snapshot_id, related, link_type, depth, path FROM hits WHERE first_snapshot_id <= @last ORDER BY id"),
        ("alerts", "SELECT id, kind, hit_id, watchlist_id, source, entry_id, entry_name, score, snapshot_id, snapshot_at, deliver, detail, change_id FROM alerts WHERE snapshot_id <= @last ORDER BY id"),
        ("hit_score_changes", "SELECT id, hit_id, snapshot_id, change_id, score_before, score_after FROM hit_score_changes WHERE snapshot_id <= @last ORDER BY id"),
    ];

    [PostgresSharedDataFact]
    public void The_OFAC_history_gives_the_same_hits_changes_and_alerts_on_PostgreSQL_as_on_SQLite()
    {
        var replay = DefaultWatchlistReplay.Get();
        using var pg = TestPostgres.CreateDatabase();
        using (var db = Database.Open(StoreAddress.PostgreSql(pg.ConnectionString)))
        {
            var importer = new SnapshotImporter(db, new NameMatcher(), replay.Watchlist, new SyncSettings(), TimeProvider.System);
            var outcomes = Replayer.Replay(importer, "ofac-sdn", new OfacReader(), replay.Files).ToList();
            Assert.Equal(replay.Outcomes.Select(o => (o.Status, o.Alerts.Count)), outcomes.Select(o => (o.Status, o.Alerts.Count)));
        }

        var last = replay.Outcomes.Max(o => o.SnapshotId);
        using var sqlite = Database.Open(replay.DatabasePath);
        using var postgres = Database.Open(StoreAddress.PostgreSql(pg.ConnectionString));
        foreach (var (name, sql) in Tables)
        {
            var a = Rows(sqlite, sql, last);
            var b = Rows(postgres, sql, last);
            Assert.True(a.Count > 0 || name == "hit_score_changes", name + " is empty");
            Assert.True(a.Count == b.Count, $"{name}: {a.Count} rows on SQLite, {b.Count} on PostgreSQL");
            var first = a.Zip(b).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First != x.p.Second);
            Assert.True(first.p == default, $"{name} row {first.i} differs:\nSQLite:     {first.p.First}\nPostgreSQL: {first.p.Second}");
        }
    }

    /// <summary>Each row as one line of text: every value by its invariant text (a flag 0/1, a score as written).</summary>
    private static List<string> Rows(DbConnection db, string sql, long last) =>
        [.. db.Query(sql, new { last }).Select(r => string.Join(
            "|",
            ((IDictionary<string, object?>)r).Values.Select(v => v is null ? "∅" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))];
}
