using System.Data.Common;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sources.Fetching;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.App;

/// <summary>What a command works with: settings, the database, the watchlist and the matcher, opened when first used.</summary>
internal sealed class Workspace(AppSettings settings, TimeProvider time, bool createsStore = true) : IDisposable
{
    private DbConnection? _db;
    private Watchlist? _watchlist;
    private DownloadClients? _clients;

    public AppSettings Settings => settings;

    public TimeProvider Time => time;

    /// <summary>The store; created when missing only by the commands that write lists into it (sync, replay, run).</summary>
    public DbConnection Db => _db ??= Database.Open(settings.Store, createsStore);

    public Watchlist Watchlist => _watchlist ??= WatchlistLoader.Load(settings.WatchlistPath);

    public IMatcher Matcher { get; } = new NameMatcher();

    /// <summary><c>sync --allow-older</c>: apply files older than the newest accepted one (the guard still applies).</summary>
    public bool AllowOlder { get; set; }

    /// <summary>The sources this workspace knows and their readers (the product's, unless a test adds its own).</summary>
    public SourceCatalog Sources { get; init; } = SourceCatalog.Default;

    /// <summary>The reader of a source as configured (<c>Sources:&lt;id&gt;:Lists</c>, checked when the settings were loaded).</summary>
    public IListReader ReaderFor(string source) =>
        Sources.ReaderFor(source, settings.Sources.TryGetValue(source, out var s) ? s.Lists : []);

    public SnapshotImporter ImporterFor(string source) =>
        new(Db, Matcher, Watchlist, settings.SyncSettingsFor(source), time) { AllowOlder = AllowOlder };

    /// <summary>Downloads sources and hands the files to their importer (one HTTP client factory per command).</summary>
    public ListFetcher Fetcher => new(Db, new RawArchive(settings.Archive, time), new Downloader(_clients ??= new DownloadClients(), time), time);

    public void Dispose()
    {
        _clients?.Dispose();
        _db?.Dispose();
    }
}
