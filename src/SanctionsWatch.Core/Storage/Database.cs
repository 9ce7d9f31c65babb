using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SanctionsWatch.Storage;

/// <summary>Opens the SQLite store and brings its schema up to date (tracked with <c>PRAGMA user_version</c>).</summary>
public static class Database
{
    private static readonly IReadOnlyList<(int Version, string Sql)> Migrations = LoadMigrations();

    static Database() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    /// <summary>The schema version this build writes.</summary>
    public static int SchemaVersion => Migrations[^1].Version;

    /// <summary>Opens (creating it and its folder if needed) and migrates the database at <paramref name="path"/>.</summary>
    public static SqliteConnection Open(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
        Migrate(connection);
        return connection;
    }

    private static void Migrate(SqliteConnection connection)
    {
        var current = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (current > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"the database {connection.DataSource} has schema version {current}, newer than this build's {SchemaVersion}");
        }

        foreach (var (version, sql) in Migrations.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction();
            connection.Execute(sql, transaction: tx);
            connection.Execute($"PRAGMA user_version = {version}", transaction: tx);
            tx.Commit();
        }
    }

    private static List<(int, string)> LoadMigrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        const string prefix = "SanctionsWatch.Storage.Migrations.";
        var list = new List<(int, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var file = name[prefix.Length..];
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
