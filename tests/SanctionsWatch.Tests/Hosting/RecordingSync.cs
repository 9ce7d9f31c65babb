using System.Collections.Concurrent;
using SanctionsWatch.Sync;

namespace SanctionsWatch.Tests.Hosting;

/// <summary>An <see cref="ISourceSync"/> that takes a while and records how many runs of each source overlap.</summary>
internal sealed class RecordingSync(TimeSpan duration) : ISourceSync
{
    private readonly ConcurrentDictionary<string, int> _running = new();
    private readonly ConcurrentDictionary<string, int> _maxRunning = new();
    private readonly ConcurrentDictionary<string, int> _runs = new();
    private int _runningAll;
    private int _maxRunningAll;
    private int _completed;

    public int Runs(string source) => _runs.GetValueOrDefault(source);

    public int MaxConcurrent(string source) => _maxRunning.GetValueOrDefault(source);

    public int MaxConcurrentAll => Volatile.Read(ref _maxRunningAll);

    public int InFlight => Volatile.Read(ref _runningAll);

    public int Completed => Volatile.Read(ref _completed);

    public int Started => _runs.Values.Sum();

    public async Task<SyncOutcome> SyncAsync(string sourceId, CancellationToken cancellationToken)
    {
        _runs.AddOrUpdate(sourceId, 1, (_, n) => n + 1);
        var now = _running.AddOrUpdate(sourceId, 1, (_, n) => n + 1);
        _maxRunning.AddOrUpdate(sourceId, now, (_, n) => Math.Max(n, now));
        var all = Interlocked.Increment(ref _runningAll);
        InterlockedMax(ref _maxRunningAll, all);
        try
        {
            if (duration > TimeSpan.Zero)
                await Task.Delay(duration, CancellationToken.None);
            return new SyncOutcome(0, sourceId, "test", SyncStatus.Unchanged, DateTimeOffset.UnixEpoch, 0, 0, 0, 0, [], null);
        }
        finally
        {
            _running.AddOrUpdate(sourceId, 0, (_, n) => n - 1);
            Interlocked.Decrement(ref _runningAll);
            Interlocked.Increment(ref _completed);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
