using System.Diagnostics;
using Dapper;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Benchmarks;

/// <summary>Replays every version of the OFAC SDN history into a fresh database and prints time, memory and size.</summary>
internal static class ReplayBenchmark
{
    public static int Run(string historyDir, string dbPath, string? watchlistPath) => Run(historyDir, dbPath, watchlistPath, listAlerts: false);

    /// <summary>As <see cref="Run(string, string, string?)"/>; with <paramref name="listAlerts"/> each alert is printed as it is raised.</summary>
    public static int Run(string historyDir, string dbPath, string? watchlistPath, bool listAlerts)
    {
        foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
            File.Delete(f);
        var root = FindRoot();
        var watchlist = WatchlistLoader.Load(watchlistPath ?? Path.Combine(root, "config", "watchlist.yaml"));
        var files = ReplayFiles.Expand([historyDir]);
        var stopwatch = Stopwatch.StartNew();
        int accepted = 0, refused = 0, alerts = 0;
        var related = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using (var db = Database.Open(dbPath))
        {
            var importer = new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), TimeProvider.System);
            var reader = new OfacReader();
            foreach (var outcome in Replayer.Replay(importer, "ofac-sdn", reader, files))
            {
                accepted += outcome.Status == SyncStatus.Accepted ? 1 : 0;
                refused += outcome.Refused ? 1 : 0;
                alerts += outcome.Alerts.Count;
                foreach (var alert in outcome.Alerts.Where(a => a.Kind.IsRelated()))
                    related[alert.Kind.ToText()] = related.GetValueOrDefault(alert.Kind.ToText()) + 1;
                if (listAlerts)
                {
                    foreach (var a in outcome.Alerts)
                        Console.WriteLine($"ALERT\t{outcome.FileName}\t{a.Kind.ToText()}\t{a.WatchlistId}\t{a.EntryId}\t{a.EntryName}\t{a.Score:F3}");
                }
            }

            db.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }

        stopwatch.Stop();
        var dbBytes = new FileInfo(dbPath).Length;
        var rawBytes = files.Sum(f => new FileInfo(f.Path).Length);
        Console.WriteLine($"files replayed:      {files.Count} ({accepted} accepted, {refused} refused)");
        Console.WriteLine($"raw input:           {rawBytes / 1048576.0:F1} MB");
        Console.WriteLine($"alerts raised:       {alerts} ({related.Values.Sum()} related: {string.Join(", ", related.Select(r => $"{r.Key} {r.Value}"))})");
        Console.WriteLine($"wall time:           {stopwatch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"peak memory (RSS):   {PeakRssMegabytes():F0} MB");
        Console.WriteLine($"database size:       {dbBytes / 1048576.0:F1} MB");
        return refused == 0 ? 0 : 1;
    }

    /// <summary>The process's peak resident set (VmHWM), in MB.</summary>
    private static double PeakRssMegabytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }

        return Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SanctionsWatch.sln")))
                return dir.FullName;
        }

        return Directory.GetCurrentDirectory();
    }
}
