using Dapper;
using Microsoft.Data.Sqlite;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Storage;

/// <summary>
/// The migration to related parties rebuilds <c>hits</c> and <c>alerts</c>: a store written by the build before it
/// (schema 4, its own migrations run on a real SQLite file) keeps every row and id, and the rows pointing at them.
/// </summary>
public sealed class RelatedMigrationTests
{
    [Fact]
    public void A_store_from_before_related_parties_keeps_its_hits_alerts_deliveries_and_reviews()
    {
        using var dir = new TempDir();
        var path = dir.File("old.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            old.Execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");
            var assembly = typeof(Database).Assembly;
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Migrations.00", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var version = int.Parse(name.Split(".Migrations.")[1][..3], System.Globalization.CultureInfo.InvariantCulture);
                if (version > 4)
                    continue;
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                old.Execute(reader.ReadToEnd());
                old.Execute($"PRAGMA user_version = {version}");
            }

            old.Execute(
                """
                INSERT INTO snapshots (id, source, taken_at, recorded_at, status) VALUES (1, 'ofac-sdn', '2022-06-28T18:55:00Z', '2026-11-01T08:00:00Z', 'accepted');
                INSERT INTO hits (id, watchlist_id, source, entry_id, entry_name, score, status, listed, explanation, first_snapshot_id, last_snapshot_id, created_at, updated_at)
                VALUES (7, 'ru-rostec', 'ofac-sdn', '17260', 'STATE CORPORATION ROSTEC', 1.0, 'dismissed', 1, '{}', 1, 1, 'c', 'u'),
                       (9, 'ru-uac', 'ofac-sdn', '36431', 'UAC', 0.95, 'new', 0, '{}', 1, 1, 'c', 'u');
                INSERT INTO alerts (id, kind, hit_id, watchlist_id, source, entry_id, entry_name, score, snapshot_id, snapshot_at, created_at)
                VALUES (3, 'listed', 7, 'ru-rostec', 'ofac-sdn', '17260', 'STATE CORPORATION ROSTEC', 1.0, 1, '2022-06-28T18:55:00Z', 'c'),
                       (4, 'delisted', 9, 'ru-uac', 'ofac-sdn', '36431', 'UAC', 0.95, 1, '2022-06-28T18:55:00Z', 'c');
                INSERT INTO alert_deliveries (alert_id, channel, status, attempts, next_attempt_at, created_at) VALUES (3, 'webhook', 'delivered', 1, 'n', 'c');
                INSERT INTO hit_reviews (hit_id, action, status_before, status_after, note, reviewer, at) VALUES (7, 'dismiss', 'new', 'dismissed', 'test', 'alice', 'a');
                """);
        }

        using var db = Database.Open(path);

        Assert.Equal(Database.SchemaVersion, db.ExecuteScalar<long>("PRAGMA user_version"));
        Assert.Equal(
            [(7L, "dismissed", 1L, 0L), (9L, "new", 0L, 0L)],
            db.Query<(long, string, long, long)>("SELECT id, status, listed, related FROM hits ORDER BY id"));
        Assert.Equal(
            [(3L, "listed", 7L, 1L), (4L, "delisted", 9L, 1L)],
            db.Query<(long, string, long, long)>("SELECT id, kind, hit_id, deliver FROM alerts ORDER BY id"));
        Assert.Equal(1, db.ExecuteScalar<long>("SELECT count(*) FROM alert_deliveries WHERE alert_id = 3"));
        Assert.Equal(7, db.ExecuteScalar<long>("SELECT hit_id FROM hit_reviews"));
        Assert.Empty(db.Query("PRAGMA foreign_key_check"));
        Assert.Equal("ok", db.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Empty(db.Query("SELECT name FROM sqlite_temp_master WHERE type = 'table'"));

        // The rebuilt tables keep their rules: an alert of an unknown hit, or of an unknown kind, is refused.
        Assert.Throws<SqliteException>(() => db.Execute(
            "INSERT INTO alerts (kind, hit_id, watchlist_id, source, entry_id, entry_name, score, snapshot_id, snapshot_at, created_at) VALUES ('listed', 99, 'w', 's', 'e', 'n', 1, 1, 't', 'c')"));
        Assert.Throws<SqliteException>(() => db.Execute(
            "INSERT INTO alerts (kind, hit_id, watchlist_id, source, entry_id, entry_name, score, snapshot_id, snapshot_at, created_at) VALUES ('moved', 7, 'w', 's', 'e', 'n', 1, 1, 't', 'c')"));
        db.Execute(
            "INSERT INTO alerts (kind, hit_id, watchlist_id, source, entry_id, entry_name, score, snapshot_id, snapshot_at, created_at, deliver) VALUES ('related-listed', 7, 'w', 's', 'e', 'n', 1, 1, 't', 'c', 0)");
        // A direct and a related hit of one entity on one entry may both exist; two related ones may not.
        db.Execute(
            "INSERT INTO hits (watchlist_id, source, entry_id, entry_name, score, explanation, first_snapshot_id, last_snapshot_id, created_at, updated_at, related) VALUES ('ru-rostec', 'ofac-sdn', '17260', 'x', 1, '{}', 1, 1, 'c', 'u', 1)");
        Assert.Throws<SqliteException>(() => db.Execute(
            "INSERT INTO hits (watchlist_id, source, entry_id, entry_name, score, explanation, first_snapshot_id, last_snapshot_id, created_at, updated_at, related) VALUES ('ru-rostec', 'ofac-sdn', '17260', 'x', 1, '{}', 1, 1, 'c', 'u', 1)"));
        Assert.Throws<SqliteException>(() => db.Execute("DELETE FROM hit_reviews"));
    }
}
