using Dapper;
using Microsoft.Data.Sqlite;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Storage;

public sealed class DatabaseTests
{
    [Fact]
    public void Opening_creates_the_schema_in_wal_mode_and_records_its_version()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "nested", "store.db");

        using (var db = Database.Open(path))
        {
            Assert.Equal(Database.SchemaVersion, db.ExecuteScalar<long>("PRAGMA user_version"));
            Assert.Equal("wal", db.ExecuteScalar<string>("PRAGMA journal_mode"));
            var tables = db.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet();
            Assert.Superset(new HashSet<string> { "snapshots", "entry_versions", "entries", "changes", "hits", "alerts" }, tables);
            db.Execute("INSERT INTO source_state VALUES ('x', 'h', 'm')");
        }

        using var again = Database.Open(path);
        Assert.Equal(1, again.ExecuteScalar<long>("SELECT count(*) FROM source_state"));
    }

    [Fact]
    public void A_database_from_a_newer_build_is_refused_untouched()
    {
        using var dir = new TempDir();
        var path = dir.File("newer.db");
        using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            raw.Open();
            raw.Execute($"PRAGMA user_version = {Database.SchemaVersion + 1}");
        }

        var error = Assert.Throws<InvalidOperationException>(() => Database.Open(path).Dispose());

        Assert.Contains("newer than this build", error.Message, StringComparison.Ordinal);
    }
}
