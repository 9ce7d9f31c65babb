using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using SanctionsWatch.Alerts;
using SanctionsWatch.Model;
using SanctionsWatch.Sync;

namespace SanctionsWatch.Hosting;

/// <summary>
/// The worker's syncs, on the <c>SanctionsWatch</c> meter: <c>sanctionswatch.syncs</c> by source and outcome
/// (accepted, unchanged, not-modified, refused, failed), <c>sanctionswatch.alerts</c> raised by source and kind, and two
/// gauges per source: <c>sanctionswatch.entries</c> (as of its last applied or unchanged list) and
/// <c>sanctionswatch.last_good_sync.age</c> (seconds since then: what a stale list looks like).
/// </summary>
internal sealed class SyncMetrics
{
    private readonly Counter<long> syncs;
    private readonly Counter<long> alerts;
    private readonly ConcurrentDictionary<string, (int Entries, DateTimeOffset At)> lastGood = new(StringComparer.Ordinal);
    private readonly TimeProvider time;

    public SyncMetrics(IMeterFactory meters, TimeProvider time)
    {
        this.time = time;
        var meter = meters.Create(DeliveryMetrics.MeterName);
        syncs = meter.CreateCounter<long>("sanctionswatch.syncs", "{sync}", "Scheduled syncs by source and outcome");
        alerts = meter.CreateCounter<long>("sanctionswatch.alerts", "{alert}", "Alerts raised by source and kind");
        meter.CreateObservableGauge(
            "sanctionswatch.entries",
            () => lastGood.Select(p => new Measurement<int>(p.Value.Entries, new KeyValuePair<string, object?>("source", p.Key))),
            "{entry}",
            "Entries of each source's list, as of its last good sync");
        meter.CreateObservableGauge(
            "sanctionswatch.last_good_sync.age",
            () => lastGood.Select(p => new Measurement<double>(
                (this.time.GetUtcNow() - p.Value.At).TotalSeconds, new KeyValuePair<string, object?>("source", p.Key))),
            "s",
            "Seconds since each source's last sync that applied a list or found it unchanged");
    }

    /// <summary>What the store says of each source's last good sync, so the gauges hold from the start (a restart).</summary>
    public void Seed(IReadOnlyDictionary<string, (DateTimeOffset At, int Entries)> lastGoodSyncs)
    {
        foreach (var (source, (at, entries)) in lastGoodSyncs)
            lastGood.TryAdd(source, (entries, at));
    }

    /// <summary>
    /// Records a sync: the gauges' state and the alerts first, the sync's count last, so a scrape that sees the sync
    /// counted sees what it brought too (a scrape between the two read the count without the entries).
    /// </summary>
    public void Record(string source, SyncOutcome outcome)
    {
        // a 304 is reported as unchanged with no entries read: the list is as it was
        if (outcome.Status is SyncStatus.Accepted or SyncStatus.Unchanged)
            lastGood[source] = (outcome.EntryCount > 0 ? outcome.EntryCount : lastGood.GetValueOrDefault(source).Entries, time.GetUtcNow());
        foreach (var kind in outcome.Alerts.GroupBy(a => a.Kind))
            alerts.Add(kind.Count(), Tag("source", source), Tag("kind", kind.Key.ToText()));
        syncs.Add(1, Tag("source", source), Tag("outcome", outcome.Status.ToText()));
    }

    public void Failed(string source) => syncs.Add(1, Tag("source", source), Tag("outcome", SyncStatus.Failed.ToText()));

    private static KeyValuePair<string, object?> Tag(string key, string value) => new(key, value);
}
