using System.Text.RegularExpressions;
using Dapper;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Storage;

/// <summary>
/// Every command against either engine: an analyst's history (three versions of a list, a refused file, a file served
/// again, reviews, exports, a digest) run through the CLI once on a SQLite file and once on a PostgreSQL database, each
/// command's JSON compared. Only what differs by nature is masked: the wall-clock times of the run and the store's name.
/// </summary>
public sealed partial class BothEnginesTests : IDisposable
{
    private const string WatchlistYaml = """
        entities:
          - id: ru-kurganmashzavod
            name: Kurganmashzavod
            aliases: ["Курганмашзавод"]
            identifiers: {inn: "4501008142"}
          - id: ru-aviastar-sp
            name: Aviastar-SP
          - id: ru-tulamashzavod
            name: Tulamashzavod
        """;

    private static readonly string Kurgan = AlertStore.Kurgan;
    private static readonly string KurganWithAlias = OfacCsv.Row(
        35345, "KURGANMASHZAVOD", remarks: "Tax ID No. 4501008142 (Russia); a.k.a. 'KURGAN MACHINE BUILDING PLANT'.");
    private static readonly string Aviastar = AlertStore.Aviastar;

    private readonly TempDir _dir = new();

    public BothEnginesTests()
    {
        _dir.Write("watchlist.yaml", WatchlistYaml);
        _dir.Write("v1/sdn.csv", OfacCsv.File([Kurgan, .. OfacCsv.Filler(30)]));
        _dir.Write("v2/sdn.csv", OfacCsv.File([KurganWithAlias, Aviastar, .. OfacCsv.Filler(30)]));
        _dir.Write("v3/sdn.csv", OfacCsv.File([Aviastar, .. OfacCsv.Filler(30)]));
        _dir.Write("broken/sdn.csv", OfacCsv.File(false, [Aviastar, .. OfacCsv.Filler(30)])); // no end marker: cut short
    }

    public void Dispose() => _dir.Dispose();

    [PostgresFact]
    public void Every_command_says_the_same_on_PostgreSQL_as_on_SQLite()
    {
        var sqlite = Script(new Dictionary<string, string>(), ["--db", _dir.File("store.db")]);
        using var pg = TestPostgres.CreateDatabase();
        var postgres = Script(pg.Variables, []);

        Assert.Equal(sqlite.Count, postgres.Count);
        Assert.All(sqlite, s => Assert.True(s.Json.Length > 2, s.Command + " printed nothing"));
        foreach (var ((command, a), (_, b)) in sqlite.Zip(postgres))
            Assert.True(a == b, $"{command} differs:\nSQLite:     {a}\nPostgreSQL: {b}");
    }

    [PostgresFact]
    public void A_PostgreSQL_store_records_the_history_a_SQLite_store_records()
    {
        using var pg = TestPostgres.CreateDatabase();
        var steps = Script(pg.Variables, []);
        var hits = steps.Single(s => s.Command == "hits --format json").Json;
        Assert.Contains("\"watchlist_id\":\"ru-kurganmashzavod\"", hits, StringComparison.Ordinal);
        Assert.Contains("\"watchlist_id\":\"ru-aviastar-sp\"", hits, StringComparison.Ordinal);
        var alerts = steps.Single(s => s.Command == "alerts --format json").Json;
        Assert.Contains("\"kind\":\"delisted\"", alerts, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"listed\"", alerts, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.File("data")), "a SQLite store was made beside the PostgreSQL one");
        using (var db = pg.Connect())
            Assert.Equal(5L, Dapper.SqlMapper.ExecuteScalar<long>(db, "SELECT count(*) FROM snapshots"));
        var snapshots = steps.Single(s => s.Command == "snapshots --format json").Json;
        Assert.Contains("\"status\":\"refused\"", snapshots, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"unchanged\"", snapshots, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void Both_engines_have_the_same_tables_columns_and_schema_version()
    {
        Assert.Equal(SanctionsWatch.Storage.Database.SchemaVersion, SanctionsWatch.Storage.Database.PostgreSqlSchemaVersion);
        using var sqlite = SanctionsWatch.Storage.Database.Open(_dir.File("schema.db"));
        var sqliteColumns = sqlite.Query<string>(
                "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'")
            .Order(StringComparer.Ordinal).ToList();
        using var pg = TestPostgres.CreateDatabase();
        using (SanctionsWatch.Storage.Database.Open(SanctionsWatch.Storage.StoreAddress.PostgreSql(pg.ConnectionString)))
        {
        }

        using var db = pg.Connect();
        var pgColumns = db.Query<string>(
                """
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name <> 'sanctionswatch_schema'
                """)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Contains("alert_deliveries.claimed_by", sqliteColumns);
        Assert.Equal(sqliteColumns, pgColumns);
        // every text column sorts bytewise, as SQLite's do, whatever the database's collation
        Assert.Equal(0L, db.ExecuteScalar<long>(
            """
            SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'text'
              AND table_name NOT LIKE 'qrtz%' AND table_name <> 'sanctionswatch_schema' AND collation_name IS DISTINCT FROM 'C'
            """));
    }

    [PostgresFact]
    public void Db_copy_moves_a_SQLite_store_into_PostgreSQL_and_every_command_reads_the_same_there()
    {
        var sqlite = new[] { "--db", _dir.File("store.db") };
        Writes(new Dictionary<string, string>(), sqlite);
        using (var db = SanctionsWatch.Storage.Database.Open(_dir.File("store.db")))
            SanctionsWatch.Storage.AlertOutbox.Queue(db, "webhook", DateTimeOffset.UtcNow); // delivery state to carry over
        using var pg = TestPostgres.CreateDatabase();

        var copy = CliProcess.Run(_dir.Path, ["db", "copy", "--to", pg.ConnectionString, "--format", "json", .. sqlite]);
        Assert.True(copy.ExitCode == 0, copy.Err + copy.Out);
        Assert.DoesNotContain("Password", copy.Out, StringComparison.OrdinalIgnoreCase);
        using (var json = System.Text.Json.JsonDocument.Parse(copy.Out))
        {
            var tables = json.RootElement.GetProperty("tables").EnumerateArray()
                .ToDictionary(t => t.GetProperty("table").GetString()!, t => t.GetProperty("target_rows").GetInt64());
            Assert.Equal(5, tables["snapshots"]);
            Assert.Equal(3, tables["hit_reviews"]);
            Assert.True(tables["alert_deliveries"] > 0);
        }

        var before = Reads(new Dictionary<string, string>(), sqlite);
        var after = Reads(pg.Variables, []);
        foreach (var ((command, a), (_, b)) in before.Zip(after))
            Assert.True(a == b, $"{command} differs after the copy:\nSQLite:     {a}\nPostgreSQL: {b}");

        // The copy's ids go on: a later sync on the PostgreSQL store adds rows after the copied ones.
        var sync = CliProcess.Run(_dir.Path, pg.Variables, "sync", "--source", "ofac-sdn", "--file", _dir.File("v2/sdn.csv"), "--as-of", "2022-05-01T00:00Z", "--watchlist", _dir.File("watchlist.yaml"));
        Assert.True(sync.ExitCode == 0, sync.Err);
        using var check = pg.Connect();
        Assert.Equal(6L, check.ExecuteScalar<long>("SELECT max(id) FROM snapshots"));

        // A second copy into the same (now not empty) database is refused, and changes nothing.
        var again = CliProcess.Run(_dir.Path, ["db", "copy", "--to", pg.ConnectionString, .. sqlite]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("is not empty (", again.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(pg.ConnectionString, again.Err, StringComparison.Ordinal);
        Assert.Equal(6L, check.ExecuteScalar<long>("SELECT count(*) FROM snapshots"));

        // The review trail stays append-only on PostgreSQL too.
        var edit = Assert.Throws<Npgsql.PostgresException>(() => check.Execute("UPDATE hit_reviews SET note = 'rewritten'"));
        Assert.Contains("append-only", edit.MessageText, StringComparison.Ordinal);
        Assert.Throws<Npgsql.PostgresException>(() => check.Execute("DELETE FROM hit_reviews"));
    }

    [Fact]
    public void Db_copy_needs_one_target_given_once_and_says_so()
    {
        var store = _dir.File("usage.db");
        foreach (var (args, said) in new (string[], string)[]
        {
            ([], "--to CONNECTION_STRING or --to-env VARIABLE"),
            (["--to", "Host=127.0.0.1", "--to-env", "SW_COPY_TARGET"], "--to CONNECTION_STRING or --to-env VARIABLE"),
            (["--to-env", "SW_COPY_TARGET_NOT_SET_ANYWHERE"], "--to-env SW_COPY_TARGET_NOT_SET_ANYWHERE: the environment variable is not set"),
        })
        {
            var copy = CliProcess.Run(_dir.Path, ["db", "copy", .. args, "--db", store]);
            Assert.Equal(2, copy.ExitCode);
            Assert.Contains(said, copy.Err, StringComparison.Ordinal);
        }
    }

    [PostgresFact]
    public void Db_copy_refuses_a_database_that_is_not_a_SanctionsWatch_store()
    {
        Writes(new Dictionary<string, string>(), ["--db", _dir.File("store.db")]);
        using var pg = TestPostgres.CreateDatabase();
        using (var db = pg.Connect())
            db.Execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount NUMERIC)");
        // the connection string from the environment (--to-env): no password in the command line
        var copy = CliProcess.RunAsProcess(
            _dir.Path, new Dictionary<string, string> { ["SW_COPY_TARGET"] = pg.ConnectionString }, "db", "copy", "--to-env", "SW_COPY_TARGET", "--db", _dir.File("store.db"));
        Assert.Equal(2, copy.ExitCode);
        Assert.Contains("is not a SanctionsWatch store", copy.Err, StringComparison.Ordinal);
        using var check = pg.Connect();
        Assert.Equal(["invoices"], check.Query<string>("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    [PostgresFact]
    public void A_wrong_password_or_a_broken_connection_string_is_said_without_the_password()
    {
        using var pg = TestPostgres.CreateDatabase();
        const string Secret = "Wr0ngSecret-4242";
        var wrongPassword = Regex.Replace(pg.ConnectionString, "Password=[^;]*", "Password=" + Secret);
        foreach (var (connection, exit, said) in new[]
        {
            (wrongPassword, 1, "password authentication failed"),
            ("Host=127.0.0.1;Port=abc;Password=" + Secret, 2, "Database:ConnectionString is not a PostgreSQL connection string"),
            ("Hots=127.0.0.1;Password=" + Secret, 2, "Database:ConnectionString is not a PostgreSQL connection string"),
        })
        {
            var variables = new Dictionary<string, string>
            {
                ["SANCTIONSWATCH_Database__Provider"] = "postgresql",
                ["SANCTIONSWATCH_Database__ConnectionString"] = connection,
            };
            var result = CliProcess.Run(_dir.Path, variables, "status", "--verbose", "--watchlist", _dir.File("watchlist.yaml"));
            Assert.Equal(exit, result.ExitCode);
            Assert.Contains(said, result.Err, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, result.Err + result.Out, StringComparison.Ordinal);
        }

        var missing = CliProcess.Run(
            _dir.Path, new Dictionary<string, string> { ["SANCTIONSWATCH_Database__Provider"] = "postgresql" }, "status");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Database:ConnectionString must be set when Database:Provider is postgresql", missing.Err, StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_NUL_character_in_a_list_does_not_stop_a_PostgreSQL_sync()
    {
        _dir.Write("nul/sdn.csv", OfacCsv.File([OfacCsv.Row(35345, "KURGANMASH\0ZAVOD", remarks: "Tax ID No. 4501008142\0 (Russia)."), .. OfacCsv.Filler(30)]));
        using var pg = TestPostgres.CreateDatabase();
        foreach (var (variables, store) in new[] { (pg.Variables, Array.Empty<string>()), (new Dictionary<string, string>(), ["--db", _dir.File("nul.db")]) })
        {
            var sync = CliProcess.Run(_dir.Path, variables, ["sync", "--source", "ofac-sdn", "--file", _dir.File("nul/sdn.csv"), "--as-of", "2022-02-20T10:00Z", .. store, "--watchlist", _dir.File("watchlist.yaml")]);
            Assert.True(sync.ExitCode == 0, sync.Err);
            var hits = CliProcess.Run(_dir.Path, variables, ["hits", "--format", "json", .. store, "--watchlist", _dir.File("watchlist.yaml")]);
            Assert.Contains("\"entry_name\":\"KURGANMASHZAVOD\"", hits.Out, StringComparison.Ordinal);
        }
    }

    [PostgresFact]
    public async Task Nodes_starting_at_once_on_an_empty_database_migrate_it_once()
    {
        using var pg = TestPostgres.CreateDatabase();
        var opens = Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
        {
            using var db = SanctionsWatch.Storage.Database.Open(SanctionsWatch.Storage.StoreAddress.PostgreSql(pg.ConnectionString));
            return db.ExecuteScalar<int>("SELECT version FROM sanctionswatch_schema");
        }));
        var versions = await Task.WhenAll(opens);
        Assert.All(versions, v => Assert.Equal(SanctionsWatch.Storage.Database.SchemaVersion, v));
        using var check = pg.Connect();
        Assert.Equal(1L, check.ExecuteScalar<long>("SELECT count(*) FROM sanctionswatch_schema"));
    }

    /// <summary>The analyst's history; each step's command and its output, masked.</summary>
    private List<(string Command, string Json)> Script(IReadOnlyDictionary<string, string> variables, string[] store) =>
        [.. Writes(variables, store), .. Reads(variables, store)];

    private (string, string) Step(IReadOnlyDictionary<string, string> variables, string[] store, int expectedExit, params string[] args)
    {
        var result = CliProcess.Run(_dir.Path, variables, [.. args, .. store, "--watchlist", _dir.File("watchlist.yaml")]);
        Assert.True(result.ExitCode == expectedExit, $"{string.Join(' ', args)}: exit {result.ExitCode}\n{result.Err}\n{result.Out}");
        return (string.Join(' ', args), Mask(result.Out));
    }

    /// <summary>Three versions of the list, a broken file, a file served again, and reviews.</summary>
    private List<(string Command, string Json)> Writes(IReadOnlyDictionary<string, string> variables, string[] store)
    {
        (string, string) Do(int exit, params string[] args) => Step(variables, store, exit, args);
        return
        [
            Do(0, "sync", "--source", "ofac-sdn", "--file", _dir.File("v1/sdn.csv"), "--as-of", "2022-02-20T10:00Z", "--format", "json"),
            Do(0, "sync", "--source", "ofac-sdn", "--file", _dir.File("v2/sdn.csv"), "--as-of", "2022-03-04T02:03Z", "--format", "json"),
            Do(1, "sync", "--source", "ofac-sdn", "--file", _dir.File("broken/sdn.csv"), "--as-of", "2022-03-10T00:00Z", "--format", "json"),
            Do(0, "sync", "--source", "ofac-sdn", "--file", _dir.File("v3/sdn.csv"), "--as-of", "2022-04-01T00:00Z", "--format", "json"),
            Do(0, "sync", "--source", "ofac-sdn", "--file", _dir.File("v3/sdn.csv"), "--as-of", "2022-04-02T00:00Z", "--format", "json"),
            Do(0, "hits", "--format", "json"),
            Do(0, "hits", "dismiss", "2", "--note", "another firm", "--by", "analyst"),
            Do(0, "hits", "reopen", "2", "--note", "looked again", "--by", "analyst"),
            Do(0, "hits", "confirm", "1", "--note", "the INN agrees", "--by", "analyst"),
            Do(0, "watchlist", "apply", "--format", "json"),
        ];
    }

    /// <summary>Every command that reads the store.</summary>
    private List<(string Command, string Json)> Reads(IReadOnlyDictionary<string, string> variables, string[] store)
    {
        (string, string) Do(params string[] args) => Step(variables, store, 0, args);
        return
        [
            Do("hits", "show", "1", "--format", "json"),
            Do("changes", "--format", "json"),
            Do("changes", "--material", "--format", "json"),
            Do("changes", "show", "1", "--format", "json"),
            Do("watchlist", "explain", "ru-tulamashzavod", "--format", "json"),
            Do("compare", "Aviastar SP", "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE", "--source", "ofac-sdn", "--format", "json"),
            Do("alerts", "--format", "json"),
            Do("snapshots", "--format", "json"),
            Do("sources", "--format", "json"),
            Do("watchlist", "--format", "json"),
            Do("screen", "Авиастар-СП", "--format", "json"),
            Do("related", "ru-aviastar-sp", "--format", "json"),
            Do("digest", "--since", "2022-01-01", "--until", "2022-05-01", "--format", "json"),
            Do("export", "hits", "--format", "json"),
            Do("export", "changes", "--format", "json"),
            Do("export", "alerts", "--format", "json"),
            Do("export", "reviews", "--format", "json"),
            Do("status", "--format", "json"),
        ];
    }

    /// <summary>The run's own times (this year's), the store's name and the cluster's nodes masked; the lists' times (2022) kept.</summary>
    private string Mask(string json)
    {
        json = json.Replace(_dir.Path, "<dir>", StringComparison.Ordinal);
        json = RunTime().Replace(json, "<now>");
        json = StoreName().Replace(json, "\"database\":\"<store>\"");
        json = Regex.Replace(json, @"\s+", "");
        return json.Replace("\"nodes\":null", "\"nodes\":[]", StringComparison.Ordinal); // SQLite has no cluster; no node ran here

    }

    [GeneratedRegex(@"20[3-9]\d-\d\d-\d\dT[\d:.]+Z|2026-\d\d-\d\dT[\d:.]+Z")]
    private static partial Regex RunTime();

    [GeneratedRegex("\"database\"\\s*:\\s*\"[^\"]*\"")]
    private static partial Regex StoreName();
}
