using System.CommandLine;
using Microsoft.Data.Sqlite;
using SanctionsWatch.App;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Cli;

/// <summary><c>db copy --to</c>: moves a SQLite store into an empty PostgreSQL database (the way to a cluster).</summary>
internal static class DbCommands
{
    public static Command Db()
    {
        var to = new Option<string>("--to")
        {
            Description = "The PostgreSQL database to copy into (an Npgsql connection string, e.g. \"Host=db;Database=sanctionswatch;" +
                "Username=sw;Passfile=/etc/sanctionswatch/pgpass\"): it must be empty. A password here is seen by every user of " +
                "the machine (the process list) and kept in shell history: use a Passfile, or --to-env",
        };
        var toEnv = new Option<string>("--to-env")
        {
            Description = "The name of an environment variable holding the connection string (instead of --to: no secret in the command line)",
        };
        var copy = new Command(
            "copy",
            "Copy the SQLite store (--db or Database:Path) into an empty PostgreSQL database: snapshots, versions, changes, hits, " +
            "reviews, alerts and their delivery state, with their ids, in one transaction; row counts verified before it commits. " +
            "A target holding any row is refused. Exit codes: 0 copied, 1 refused or failed (nothing committed), 2 bad usage")
        {
            to,
            toEnv,
        };
        CommandRunner.SetAction(copy, (ws, parse) =>
        {
            if (!ws.Settings.Store.IsSqlite)
                throw new UsageException("db copy copies a SQLite store: name it with --db (Database:Provider is postgresql here)");
            var target = Target(parse.GetValue(to), parse.GetValue(toEnv));
            if (!PostgreSqlStore.Readable(target, out var problem))
                throw new UsageException($"{(parse.GetValue(toEnv) is { } variable ? "--to-env " + variable : "--to")} is not a PostgreSQL connection string: {problem}");
            List<TableCopy> tables;
            try
            {
                tables = StoreCopy.Copy((SqliteConnection)ws.Db, target);
            }
            catch (StoreCopyException e)
            {
                return CommandRunner.Fail(e.Message);
            }

            if (parse.GetValue(GlobalOptions.Format) == OutputFormat.Json)
            {
                Output.WriteJson(Invocation.Out, new { From = ws.Settings.Store.ToString(), To = StoreAddress.Describe(target), Tables = tables });
            }
            else
            {
                Output.Write(Invocation.Out, tables, OutputFormat.Table);
                Invocation.Out.WriteLine(
                    $"copied {tables.Sum(t => t.TargetRows)} rows of {tables.Count} tables from {ws.Settings.Store} to {StoreAddress.Describe(target)}; " +
                    "every count agrees. Point the nodes at it with Database:Provider postgresql and Database:ConnectionString.");
            }

            return ExitCodes.Ok;
        });
        return new Command("db", "The store itself: db copy moves a SQLite store into PostgreSQL") { copy };
    }

    /// <summary>The connection string of <c>--to</c>, or of the environment variable <c>--to-env</c> names: one of them.</summary>
    private static string Target(string? to, string? toEnv)
    {
        if ((to is null) == (toEnv is null))
            throw new UsageException("db copy needs the target database: --to CONNECTION_STRING or --to-env VARIABLE (one of them)");
        if (to is not null)
            return to;
        return Environment.GetEnvironmentVariable(toEnv!) is { Length: > 0 } value
            ? value
            : throw new UsageException($"--to-env {toEnv}: the environment variable is not set or empty");
    }
}
