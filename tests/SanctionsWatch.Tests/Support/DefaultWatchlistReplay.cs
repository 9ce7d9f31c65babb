using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Tests.Support;

/// <summary>
/// One replay of the 308 real OFAC SDN versions with the default watchlist beside the same watchlist reduced to what a
/// new user first writes (each entity's id + <see cref="NameOnly"/>, name, kind, country), made once per test run and
/// read by every test that needs it (it takes half a minute): the tests open its store to read, and what they write
/// (an import of a file already applied) changes nothing.
/// </summary>
public static class DefaultWatchlistReplay
{
    public const string NameOnly = "-name-only";

    private static readonly Lazy<Result> Made = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The replay's store, the files in the order replayed, their outcomes, and the watchlist of both halves.</summary>
    public sealed record Result(string DatabasePath, IReadOnlyList<(string Path, DateTimeOffset TakenAt)> Files, IReadOnlyList<SyncOutcome> Outcomes, Watchlist Watchlist);

    public static Result Get() => Made.Value;

    private static Result Make()
    {
        var full = WatchlistLoader.Load(Path.Combine(SharedData.ProjectRoot, "config", "watchlist.yaml"));
        var reduced = full.Entities.Select(e => new WatchlistEntity { Id = e.Id + NameOnly, Name = e.Name, Kind = e.Kind, Country = e.Country });
        var both = full with { Entities = [.. full.Entities, .. reduced], ContentHash = full.ContentHash + NameOnly };

        // the folder lives as long as the test run; deleted when the process exits
        var dir = new TempDir();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => dir.Dispose();
        var path = dir.File("replay.db");
        using var db = Database.Open(path);
        var importer = new SnapshotImporter(db, new NameMatcher(), both, new SyncSettings(), TimeProvider.System);
        var files = ReplayFiles.Expand([OfacHistory.Directory]);
        var outcomes = Replayer.Replay(importer, "ofac-sdn", new OfacReader(), files).ToList();
        return new Result(path, files, outcomes, both);
    }
}
