using Npgsql;

namespace SanctionsWatch.Storage;

/// <summary>The database engine a store lives in (<c>Database:Provider</c>).</summary>
public enum StoreProvider
{
    /// <summary>One SQLite file: the embedded default, one worker.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by the nodes of a cluster.</summary>
    PostgreSql,
}

/// <summary>
/// Where a store is: a SQLite file's path or a PostgreSQL connection string (Npgsql). A path converts to a SQLite
/// address implicitly. <see cref="ToString"/> never shows a password.
/// </summary>
public sealed record StoreAddress(StoreProvider Provider, string Location)
{
    public static StoreAddress Sqlite(string path) => new(StoreProvider.Sqlite, path);

    public static StoreAddress PostgreSql(string connectionString) => new(StoreProvider.PostgreSql, connectionString);

    public static implicit operator StoreAddress(string sqlitePath) => Sqlite(sqlitePath);

    public bool IsSqlite => Provider == StoreProvider.Sqlite;

    /// <summary>The file's path, or the PostgreSQL server and database without the password or any other secret.</summary>
    public override string ToString() => IsSqlite ? Location : Describe(Location);

    /// <summary>Host, port, database and user of a connection string (never its password); the text itself when it does not parse.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            return $"postgresql://{b.Username}{(b.Username is null ? "" : "@")}{b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException)
        {
            return "postgresql (connection string not readable)";
        }
    }
}
