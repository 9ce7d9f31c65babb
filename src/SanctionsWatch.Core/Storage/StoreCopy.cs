using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace SanctionsWatch.Storage;

/// <summary>One table of a copy: its rows in the SQLite store and, after the copy, in the PostgreSQL one.</summary>
public sealed record TableCopy(string Table, long SourceRows, long TargetRows);

/// <summary>A target that is not empty, or a copy whose row counts do not agree: nothing was committed.</summary>
public sealed class StoreCopyException(string message) : Exception(message);

/// <summary>
/// Copies a SQLite store into an empty PostgreSQL database: every table of the schema (snapshots, versions, changes,
/// hits, reviews, alerts, delivery state, …) with its ids, parents before children, by binary COPY in one transaction
/// that is committed only when every table's row count agrees. The SQLite store is read in one read transaction (a
/// worker may go on writing to it) and never changed. A target that holds any row is refused untouched.
/// </summary>
public static class StoreCopy
{
    public static List<TableCopy> Copy(SqliteConnection source, string targetConnectionString)
    {
        using (var target = Database.Open(StoreAddress.PostgreSql(targetConnectionString)))
        {
            // Opening an empty database made the schema (in its own transaction): a copy that fails later leaves an
            // empty store, and the copy can be run again.
        }

        using var pg = new NpgsqlConnection(targetConnectionString);
        pg.Open();
        using var read = source.BeginTransaction(deferred: true);
        var tables = TablesParentsFirst(source, read);
        // The writers' lock first (a node already pointed at the database waits), then the emptiness check, in the copy's
        // own transaction: no row can come between the check and the copy.
        using var write = pg.BeginTransaction();
        SqlDialect.PostgreSqlDialect.LockWriters(pg, write);
        var occupied = tables
            .Select(t => (Table: t, Rows: pg.ExecuteScalar<long>($"SELECT count(*) FROM {t}", transaction: write)))
            .Where(t => t.Rows > 0)
            .ToList();
        if (occupied.Count > 0)
        {
            throw new StoreCopyException(
                $"the target database {StoreAddress.Describe(targetConnectionString)} is not empty " +
                $"({string.Join(", ", occupied.Select(o => $"{o.Table}: {o.Rows.ToString(CultureInfo.InvariantCulture)} rows"))}): refused, nothing was copied");
        }

        var copied = new List<TableCopy>();
        foreach (var table in tables)
        {
            var columns = ColumnTypes(pg, write, table);
            var sourceRows = CopyTable(source, read, pg, table, columns);
            if (columns.Any(c => c.Name == "id"))
            {
                pg.Execute(
                    $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce((SELECT max(id) FROM {table}), 0) + 1, false)",
                    transaction: write);
            }

            copied.Add(new TableCopy(table, sourceRows, pg.ExecuteScalar<long>($"SELECT count(*) FROM {table}", transaction: write)));
        }

        var wrong = copied.Where(c => c.SourceRows != c.TargetRows).ToList();
        if (wrong.Count > 0)
        {
            throw new StoreCopyException(
                "row counts differ after the copy (" + string.Join(", ", wrong.Select(w => $"{w.Table}: {w.SourceRows} read, {w.TargetRows} written")) +
                "): rolled back, nothing was committed");
        }

        write.Commit();
        read.Commit();
        return copied;
    }

    /// <summary>The store's tables, each after the tables its foreign keys point at.</summary>
    private static List<string> TablesParentsFirst(SqliteConnection db, DbTransaction tx)
    {
        var tables = db.Query<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name", transaction: tx).ToList();
        var parents = tables.ToDictionary(
            t => t,
            t => db.Query<string>($"SELECT \"table\" FROM pragma_foreign_key_list('{t}')", transaction: tx).Where(p => p != t).ToHashSet(StringComparer.Ordinal));
        var ordered = new List<string>();
        while (ordered.Count < tables.Count)
        {
            var next = tables.First(t => !ordered.Contains(t) && parents[t].All(ordered.Contains));
            ordered.Add(next);
        }

        return ordered;
    }

    private static List<(string Name, NpgsqlDbType Type)> ColumnTypes(NpgsqlConnection pg, DbTransaction tx, string table) =>
        [.. pg.Query<(string, string)>(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
                new { table },
                tx)
            .Select(c => (c.Item1, c.Item2 switch
            {
                "bigint" => NpgsqlDbType.Bigint,
                "integer" => NpgsqlDbType.Integer,
                "double precision" => NpgsqlDbType.Double,
                "text" => NpgsqlDbType.Text,
                var other => throw new StoreCopyException($"{table}.{c.Item1} has the type {other}, which a copy does not know"),
            }))];

    private static long CopyTable(
        SqliteConnection source, DbTransaction read, NpgsqlConnection pg, string table, List<(string Name, NpgsqlDbType Type)> columns)
    {
        var names = string.Join(", ", columns.Select(c => c.Name));
        using var command = source.CreateCommand();
        command.Transaction = (SqliteTransaction)read;
        command.CommandText = $"SELECT {names} FROM {table}";
        using var reader = command.ExecuteReader();
        using var import = pg.BeginBinaryImport($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        while (reader.Read())
        {
            import.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (reader.IsDBNull(i))
                {
                    import.WriteNull();
                    continue;
                }

                switch (columns[i].Type)
                {
                    case NpgsqlDbType.Bigint:
                        import.Write(reader.GetInt64(i), NpgsqlDbType.Bigint);
                        break;
                    case NpgsqlDbType.Integer:
                        import.Write(reader.GetInt32(i), NpgsqlDbType.Integer);
                        break;
                    case NpgsqlDbType.Double:
                        import.Write(reader.GetDouble(i), NpgsqlDbType.Double);
                        break;
                    default:
                        import.Write(reader.GetString(i), NpgsqlDbType.Text);
                        break;
                }
            }

            rows++;
        }

        import.Complete();
        return rows;
    }
}
