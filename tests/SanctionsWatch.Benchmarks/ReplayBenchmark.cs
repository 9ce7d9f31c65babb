using System.Diagnostics;
using Dapper;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// Replays every version of the OFAC SDN history into a fresh store and prints time, memory and size. The store is a
/// SQLite file, or a PostgreSQL database when the target is a connection string (<c>Host=…</c>): it must be empty.
/// </summary>
internal static class ReplayBenchmark
{
    public static int Run(string historyDir, string dbPath, string? watchlistPath) => Run(historyDir, dbPath, watchlistPath, listAlerts: false);

    /// <summary>As <see cref="Run(string, string, string?)"/>; with <paramref name="listAlerts"/> each alert is printed as it is raised.</summary>
    public static int Run(string historyDir, string dbPath, string? watchlistPath, bool listAlerts)
    {
        var store = dbPath.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? StoreAddress.PostgreSql(dbPath) : StoreAddress.Sqlite(dbPath);
        if (store.IsSqlite)
        {
            foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
                File.Delete(f);
        }

        var root = FindRoot();
        var watchlist = WatchlistLoader.Load(watchlistPath ?? Path.Combine(root, "config", "watchlist.yaml"));
        var files = ReplayFiles.Expand([historyDir]);
        var stopwatch = Stopwatch.StartNew();
        int accepted = 0, refused = 0, alerts = 0;
        var related = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long dbBytes;
        double serverPeak = 0;
        using (var db = Database.Open(store))
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

            if (store.IsSqlite)
            {
                db.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
                stopwatch.Stop();
                dbBytes = new FileInfo(dbPath).Length;
            }
            else
            {
                stopwatch.Stop();
                db.Execute("VACUUM ANALYZE");
                dbBytes = db.ExecuteScalar<long>("SELECT pg_database_size(current_database())");
                serverPeak = PeakRssMegabytes($"/proc/{db.ExecuteScalar<int>("SELECT pg_backend_pid()")}/status");
            }
        }

        var rawBytes = files.Sum(f => new FileInfo(f.Path).Length);
        Console.WriteLine($"files replayed:      {files.Count} ({accepted} accepted, {refused} refused)");
        Console.WriteLine($"raw input:           {rawBytes / 1048576.0:F1} MB");
        Console.WriteLine($"alerts raised:       {alerts} ({related.Values.Sum()} related: {string.Join(", ", related.Select(r => $"{r.Key} {r.Value}"))})");
        Console.WriteLine($"wall time:           {stopwatch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"peak memory (RSS):   {PeakRssMegabytes("/proc/self/status"):F0} MB");
        if (!store.IsSqlite)
            Console.WriteLine($"server backend peak: {serverPeak:F0} MB (the PostgreSQL process serving the replay)");
        Console.WriteLine($"database size:       {dbBytes / 1048576.0:F1} MB");
        return refused == 0 ? 0 : 1;
    }

    /// <summary>The process's peak resident set (VmHWM), in MB.</summary>
    private static double PeakRssMegabytes(string status)
    {
        if (!File.Exists(status))
            return 0;
        foreach (var line in File.ReadLines(status))
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
