using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SanctionsWatch.Storage;

/// <summary>
/// Opens a store and brings its schema up to date: a SQLite file (its version in <c>PRAGMA user_version</c>) or a
/// PostgreSQL database (its version in the table <c>sanctionswatch_schema</c>).
/// </summary>
public static class Database
{
    private static readonly IReadOnlyList<(int Version, string Sql)> Migrations = LoadMigrations("");

    private static readonly IReadOnlyList<(int Version, string Sql)> PostgreSqlMigrations = LoadMigrations("PostgreSql.");

    static Database()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        // Flags are 0/1 integers on both engines: a bool parameter is written as one (PostgreSQL would send a boolean).
        SqlMapper.RemoveTypeMap(typeof(bool));
        SqlMapper.AddTypeHandler(new FlagHandler());
    }

    /// <summary>A bool as the stores keep it: the integer 0 or 1.</summary>
    private sealed class FlagHandler : SqlMapper.TypeHandler<bool>
    {
        public override void SetValue(System.Data.IDbDataParameter parameter, bool value)
        {
            parameter.DbType = System.Data.DbType.Int64;
            parameter.Value = value ? 1L : 0L;
        }

        public override bool Parse(object value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>The schema version this build writes (the same on both engines).</summary>
    public static int SchemaVersion => Migrations[^1].Version;

    /// <summary>The schema version of a PostgreSQL store of this build (a test keeps it equal to <see cref="SchemaVersion"/>).</summary>
    internal static int PostgreSqlSchemaVersion => PostgreSqlMigrations[^1].Version;

    /// <summary>Opens (and migrates) the store at <paramref name="address"/>; <paramref name="create"/> as for a SQLite file.</summary>
    public static DbConnection Open(StoreAddress address, bool create = true) =>
        address.IsSqlite ? Open(address.Location, create) : PostgreSqlStore.Open(address.Location, PostgreSqlMigrations);

    /// <summary>The <c>PRAGMA application_id</c> of a SanctionsWatch store ("SWAT"), set when it is created.</summary>
    public const int ApplicationId = 0x53574154;

    /// <summary>Files SanctionsWatch creates hold the watchlist's hits and analysts' notes: owner read-write, group read.</summary>
    public const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

    /// <summary>
    /// Opens and migrates the database at <paramref name="path"/>. With <paramref name="create"/> a missing store is
    /// created (its folder too, the file 0640); without, a missing store is a <see cref="FileNotFoundException"/>: only
    /// the commands that write a list into the store create one, so a mistyped path is not taken for an empty store.
    /// A file that is not a SanctionsWatch store (another application's SQLite database) is refused untouched.
    /// </summary>
    public static SqliteConnection Open(string path, bool create = true)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            if (!create)
            {
                throw new FileNotFoundException(
                    $"no SanctionsWatch store at {full}: sync, replay or run creates one (check --db or Database:Path)", full);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (!OperatingSystem.IsWindows())
            {
                // SQLite would create it 0644; its -wal and -shm files take the database file's mode.
                using var created = new FileStream(
                    full, new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.Write, UnixCreateMode = PrivateFile });
            }
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        try
        {
            CheckOwnership(connection);
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            Migrate(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return connection;
    }

    /// <summary>
    /// Refuses a database that is not a SanctionsWatch store before anything is written to it: another application's
    /// id, a schema from a newer build, or tables without this build's (another application's database).
    /// </summary>
    private static void CheckOwnership(SqliteConnection connection)
    {
        // One read transaction: a consistent view while another process may be creating the store right now.
        int applicationId, version;
        List<string> tables;
        using (var read = connection.BeginTransaction(deferred: true))
        {
            applicationId = connection.ExecuteScalar<int>("PRAGMA application_id", transaction: read);
            version = connection.ExecuteScalar<int>("PRAGMA user_version", transaction: read);
            tables = [.. connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", transaction: read)];
            read.Commit();
        }

        string? reason = null;
        if (applicationId != 0 && applicationId != ApplicationId)
            reason = $"its application_id is 0x{applicationId:x8}, not SanctionsWatch's";
        else if (version > SchemaVersion)
            return; // Migrate says it is newer than this build.
        else if (version == 0 && tables.Count > 0)
            reason = $"it holds tables ({string.Join(", ", tables.Take(5))}{(tables.Count > 5 ? ", …" : "")}) but no SanctionsWatch schema";
        else if (version > 0 && !tables.Contains("snapshots"))
            reason = $"its user_version is {version} but it has no SanctionsWatch tables";
        if (reason is not null)
        {
            throw new NotAStoreException(
                $"{connection.DataSource} is not a SanctionsWatch store ({reason}): refused, nothing was changed; check --db or Database:Path");
        }
    }

    /// <summary>
    /// Brings the schema up to date in one write transaction (BEGIN IMMEDIATE), the version read inside it: processes
    /// opening a new store at once migrate it once, one after the other.
    /// </summary>
    private static void Migrate(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction(deferred: false);
        var current = connection.ExecuteScalar<int>("PRAGMA user_version", transaction: tx);
        if (current > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"the database {connection.DataSource} has schema version {current}, newer than this build's {SchemaVersion}");
        }

        if (connection.ExecuteScalar<int>("PRAGMA application_id", transaction: tx) != ApplicationId)
            connection.Execute($"PRAGMA application_id = {ApplicationId}", transaction: tx);

        foreach (var (version, sql) in Migrations.Where(m => m.Version > current))
        {
            connection.Execute(sql, transaction: tx);
            connection.Execute($"PRAGMA user_version = {version}", transaction: tx);
        }

        tx.Commit();
    }

    /// <summary>The migrations of one engine: <c>Migrations/NNN_*.sql</c> (SQLite) or <c>Migrations/PostgreSql/NNN_*.sql</c>.</summary>
    private static List<(int, string)> LoadMigrations(string folder)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = "SanctionsWatch.Storage.Migrations." + folder;
        var list = new List<(int, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var file = name[prefix.Length..];
            if (!char.IsAsciiDigit(file[0]))
                continue; // another engine's folder
            var version = int.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add((version, reader.ReadToEnd()));
        }

        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        if (list.Count == 0)
            throw new InvalidOperationException("no schema migrations are embedded");
        return list;
    }
}

/// <summary>A database file that is not a SanctionsWatch store (e.g. another application's): refused untouched.</summary>
public sealed class NotAStoreException(string message) : Exception(message);
