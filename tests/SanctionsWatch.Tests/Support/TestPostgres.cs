using Dapper;
using Npgsql;

namespace SanctionsWatch.Tests.Support;

/// <summary>
/// The private PostgreSQL server <c>scripts/test.sh</c> starts (<c>scripts/postgres.sh</c>), named by
/// SANCTIONSWATCH_TEST_POSTGRES. Each test gets a database of its own (<see cref="CreateDatabase"/>), dropped after it.
/// Without a server the tests that need one are skipped with the reason, except where CI is set: there they fail.
/// </summary>
public static class TestPostgres
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("SANCTIONSWATCH_TEST_POSTGRES");

    public static bool Available => !string.IsNullOrEmpty(Server);

    public static string MissingReason =>
        "no PostgreSQL server for the tests: " +
        (Environment.GetEnvironmentVariable("SANCTIONSWATCH_TEST_POSTGRES_MISSING") is { Length: > 0 } why
            ? why.Trim()
            : "SANCTIONSWATCH_TEST_POSTGRES is not set (scripts/test.sh starts one with scripts/postgres.sh)");

    /// <summary>A new empty database on the test server.</summary>
    public static TestDatabase CreateDatabase()
    {
        if (!Available)
            throw new InvalidOperationException(MissingReason);
        var name = "sw_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var admin = new NpgsqlConnection(Server))
            admin.Execute($"CREATE DATABASE {name}", commandTimeout: 300); // waits for other tests' databases being made
        return new TestDatabase(name, new NpgsqlConnectionStringBuilder(Server) { Database = name, Pooling = false }.ConnectionString);
    }

    public sealed class TestDatabase(string name, string connectionString) : IDisposable
    {
        public string Name => name;

        public string ConnectionString => connectionString;

        /// <summary>The variables that point the CLI at this database (its configuration, as an operator would set it).</summary>
        public IReadOnlyDictionary<string, string> Variables => new Dictionary<string, string>
        {
            ["SANCTIONSWATCH_Database__Provider"] = "postgresql",
            ["SANCTIONSWATCH_Database__ConnectionString"] = connectionString,
        };

        public NpgsqlConnection Connect()
        {
            var c = new NpgsqlConnection(connectionString);
            c.Open();
            return c;
        }

        public void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(Server);
            admin.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", commandTimeout: 300);
        }
    }
}

/// <summary>A fact that needs the test PostgreSQL server.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestPostgres.Available && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = TestPostgres.MissingReason;
    }
}

/// <summary>A fact that needs the test PostgreSQL server and the real files of <c>../shared</c>.</summary>
public sealed class PostgresSharedDataFactAttribute : FactAttribute
{
    public PostgresSharedDataFactAttribute()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            return;
        if (!TestPostgres.Available)
            Skip = TestPostgres.MissingReason;
        else if (!SharedData.Available)
            Skip = SharedData.MissingReason;
    }
}
