using System.Data.Common;
using Dapper;
using Npgsql;

namespace SanctionsWatch.Storage;

/// <summary>
/// Opens a PostgreSQL store: checks that the database is SanctionsWatch's (or empty) and migrates it, under an advisory
/// lock, so nodes starting at once migrate it once, one after the other. Its schema version is the row of
/// <c>sanctionswatch_schema</c>; Quartz's tables (<c>qrtz_*</c>) beside it are Quartz's own.
/// </summary>
public static class PostgreSqlStore
{
    private const long MigrationLock = 0x53574155;

    /// <summary>Whether Npgsql reads <paramref name="connectionString"/>; <paramref name="problem"/> says why not (never quoting it).</summary>
    public static bool Readable(string connectionString, out string problem)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            problem = "";
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            problem = ex.Message;
            return false;
        }
    }

    internal static DbConnection Open(string connectionString, IReadOnlyList<(int Version, string Sql)> migrations)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new NotAStoreException($"Database:ConnectionString is not a PostgreSQL connection string: {ex.Message}");
        }

        // A host that dies mid-transaction leaves its session open until TCP notices: keepalives find it in a minute,
        // and a transaction left idle for ten minutes is ended by the server (imports are one transaction, but never
        // idle that long), so the writers' lock it held is not kept for hours.
        if (builder.KeepAlive == 0)
            builder.KeepAlive = 30;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            connection.Execute("SET idle_in_transaction_session_timeout = '10min'");
            Migrate(connection, migrations);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return connection;
    }

    private static void Migrate(NpgsqlConnection connection, IReadOnlyList<(int Version, string Sql)> migrations)
    {
        var latest = migrations[^1].Version;
        using var tx = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = MigrationLock }, tx);
        var tables = connection.Query<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name",
            transaction: tx).ToList();
        int current = 0;
        if (tables.Contains("sanctionswatch_schema"))
        {
            current = connection.ExecuteScalar<int>("SELECT version FROM sanctionswatch_schema", transaction: tx);
        }
        else
        {
            var others = tables.Where(t => !t.StartsWith("qrtz_", StringComparison.Ordinal)).ToList();
            if (others.Count > 0)
            {
                throw new NotAStoreException(
                    $"{StoreAddress.Describe(connection.ConnectionString)} is not a SanctionsWatch store (it holds tables " +
                    $"({string.Join(", ", others.Take(5))}{(others.Count > 5 ? ", …" : "")}) but no SanctionsWatch schema): refused, nothing was changed");
            }
        }

        if (current > latest)
        {
            throw new InvalidOperationException(
                $"the database {StoreAddress.Describe(connection.ConnectionString)} has schema version {current}, newer than this build's {latest}");
        }

        if (current == latest)
        {
            tx.Commit();
            return;
        }

        if (current == 0)
            connection.Execute("CREATE TABLE sanctionswatch_schema (version INTEGER NOT NULL)", transaction: tx);
        foreach (var (version, sql) in migrations.Where(m => m.Version > current))
            connection.Execute(sql, transaction: tx);
        connection.Execute("DELETE FROM sanctionswatch_schema; INSERT INTO sanctionswatch_schema (version) VALUES (@latest)", new { latest }, tx);
        tx.Commit();
    }
}
