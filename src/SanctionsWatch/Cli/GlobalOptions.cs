using System.CommandLine;

namespace SanctionsWatch.Cli;

/// <summary>The options every command takes.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "SQLite database file (default: Database:Path of the configuration, data/sanctionswatch.db)",
        Recursive = true,
    };

    public static readonly Option<string?> Watchlist = new("--watchlist")
    {
        Description = "Watchlist YAML file (default: Watchlist:Path of the configuration, config/watchlist.yaml)",
        Recursive = true,
    };

    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Configuration file (default: $SANCTIONSWATCH_CONFIG, else config/appsettings.json)",
        Recursive = true,
    };

    public static readonly Option<OutputFormat> Format = new("--format")
    {
        Description = "Output format: table, json or csv",
        DefaultValueFactory = _ => OutputFormat.Table,
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print stack traces of errors",
        Recursive = true,
    };

    public static readonly Option<bool> WatchlistChangedOk = new("--watchlist-changed-ok")
    {
        Description = "Go on with a watchlist other than the one this store was last screened against: the stored lists are " +
            "screened against it first (raising alerts for what new or changed entities find), as 'watchlist apply' does",
    };

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(Db);
        root.Options.Add(Watchlist);
        root.Options.Add(Config);
        root.Options.Add(Format);
        root.Options.Add(Verbose);
    }
}
