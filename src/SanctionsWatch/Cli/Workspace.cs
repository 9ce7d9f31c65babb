using Microsoft.Data.Sqlite;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Cli;

/// <summary>What a command works with: settings, the database, the watchlist and the matcher, opened when first used.</summary>
internal sealed class Workspace(AppSettings settings, TimeProvider time) : IDisposable
{
    private SqliteConnection? _db;
    private Watchlist? _watchlist;

    public AppSettings Settings => settings;

    public TimeProvider Time => time;

    public SqliteConnection Db => _db ??= Database.Open(settings.DatabasePath);

    public Watchlist Watchlist => _watchlist ??= WatchlistLoader.Load(settings.WatchlistPath);

    public IMatcher Matcher { get; } = new NameMatcher();

    public SnapshotImporter ImporterFor(string source) =>
        new(Db, Matcher, Watchlist, settings.SyncSettingsFor(source), time);

    public void Dispose() => _db?.Dispose();
}
