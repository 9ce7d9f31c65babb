using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SanctionsWatch.Storage;

/// <summary>
/// Every difference between SQLite and PostgreSQL the stores' SQL meets, in one place. The SQL elsewhere is the subset
/// both speak (<c>RETURNING</c>, <c>ON CONFLICT</c>, <c>coalesce</c>, text timestamps in ISO 8601 UTC, 0/1 integers
/// for flags); where it cannot be, it asks the dialect of its connection (<see cref="Of"/>).
/// </summary>
public abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();

    public static readonly SqlDialect PostgreSql = new PostgreSqlDialect();

    public static SqlDialect Of(IDbConnection db) => db is NpgsqlConnection ? PostgreSql : Sqlite;

    public abstract StoreProvider Provider { get; }

    /// <summary>The rows of a JSON array of text, as a table <paramref name="alias"/> with one column <c>value</c>.</summary>
    public abstract string JsonArrayValues(string json, string alias);

    /// <summary>The aggregate joining the values of <paramref name="expression"/> with <paramref name="separator"/> (a SQL string literal).</summary>
    public abstract string JoinText(string expression, string separator);

    /// <summary>
    /// Begins the transaction of a writer. Writers are serialised, as SQLite does by itself (<c>BEGIN IMMEDIATE</c>):
    /// on PostgreSQL by a transaction-scoped advisory lock, so a sync's reads and writes are one unit there too.
    /// </summary>
    public abstract DbTransaction BeginWrite(DbConnection db);

    /// <summary>Begins a read transaction that sees one consistent state of the store.</summary>
    public abstract DbTransaction BeginRead(DbConnection db);

    private sealed class SqliteDialect : SqlDialect
    {
        public override StoreProvider Provider => StoreProvider.Sqlite;

        public override string JsonArrayValues(string json, string alias) => $"json_each({json}) {alias}";

        public override string JoinText(string expression, string separator) => $"group_concat({expression}, {separator})";

        public override DbTransaction BeginWrite(DbConnection db) => ((SqliteConnection)db).BeginTransaction(deferred: false);

        public override DbTransaction BeginRead(DbConnection db) => ((SqliteConnection)db).BeginTransaction(deferred: true);
    }

    internal sealed class PostgreSqlDialect : SqlDialect
    {
        /// <summary>The advisory lock every SanctionsWatch writer of a database takes ("SWAT").</summary>
        internal const long WriterLock = 0x53574154;

        /// <summary>Takes the writers' lock in <paramref name="tx"/> (as <see cref="BeginWrite"/> does).</summary>
        internal static void LockWriters(DbConnection db, DbTransaction tx) =>
            db.Execute(new CommandDefinition("SELECT pg_advisory_xact_lock(@lock)", new { @lock = WriterLock }, tx, commandTimeout: 300));

        public override StoreProvider Provider => StoreProvider.PostgreSql;

        public override string JsonArrayValues(string json, string alias) =>
            $"jsonb_array_elements_text(({json})::jsonb) AS {alias}(value)";

        public override string JoinText(string expression, string separator) => $"string_agg({expression}, {separator})";

        public override DbTransaction BeginWrite(DbConnection db)
        {
            var tx = db.BeginTransaction(IsolationLevel.ReadCommitted);
            try
            {
                // another node's import may hold it for a while: wait up to five minutes, not Npgsql's 30 s
                LockWriters(db, tx);
            }
            catch
            {
                tx.Dispose();
                throw;
            }

            return tx;
        }

        public override DbTransaction BeginRead(DbConnection db) => db.BeginTransaction(IsolationLevel.RepeatableRead);
    }
}
