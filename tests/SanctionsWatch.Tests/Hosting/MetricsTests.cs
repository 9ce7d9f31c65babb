using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Alerts;
using SanctionsWatch.Hosting;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Hosting;

/// <summary>
/// The SanctionsWatch meter as a listener (OpenTelemetry, dotnet-counters) sees it: syncs by outcome, alerts raised by
/// kind, entries and the age of the last good sync per source, deliveries by channel and outcome.
/// </summary>
public sealed class MetricsTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, string?> Tags)> _measured = [];

    public MetricsTests()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DeliveryMetrics.MeterName && instrument.Meter.Scope == factory)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Measured(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Measured(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Measured(i, v, tags));
        _listener.Start();
    }

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    private void Measured(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var t = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
            t[tag.Key] = tag.Value?.ToString();
        lock (_measured)
            _measured.Add((instrument.Name, value, t));
    }

    private double Sum(string instrument, params (string Key, string Value)[] tags)
    {
        lock (_measured)
            return _measured.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.GetValueOrDefault(t.Key) == t.Value)).Sum(m => m.Value);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
        _dir.Dispose();
    }

    private static SyncOutcome Outcome(SyncStatus status, int entries, params AlertKind[] kinds) =>
        new(1, "ofac-sdn", "sdn.csv", status, DateTimeOffset.UnixEpoch, entries, 0, 0, 0, [.. kinds.Select(k => new RaisedAlert(k, "ru-x", "1", "X", 1.0))], null);

    [Fact]
    public void Syncs_count_by_outcome_alerts_by_kind_and_the_gauges_say_entries_and_the_age_of_the_last_good_sync()
    {
        var metrics = new SyncMetrics(Meters, _clock);

        metrics.Record("ofac-sdn", Outcome(SyncStatus.Accepted, 14965, AlertKind.Listed, AlertKind.Listed, AlertKind.Changed));
        metrics.Record("ofac-sdn", Outcome(SyncStatus.Refused, 0));
        metrics.Record("ofac-sdn", Outcome(SyncStatus.Unchanged, 0)); // a 304: nothing read, the list as it was
        metrics.Failed("ofac-sdn");
        _clock.Advance(TimeSpan.FromSeconds(90));
        _listener.RecordObservableInstruments();

        Assert.Equal(1, Sum("sanctionswatch.syncs", ("source", "ofac-sdn"), ("outcome", "accepted")));
        Assert.Equal(1, Sum("sanctionswatch.syncs", ("outcome", "refused")));
        Assert.Equal(1, Sum("sanctionswatch.syncs", ("outcome", "unchanged")));
        Assert.Equal(1, Sum("sanctionswatch.syncs", ("outcome", "failed")));
        Assert.Equal(2, Sum("sanctionswatch.alerts", ("kind", "listed")));
        Assert.Equal(1, Sum("sanctionswatch.alerts", ("kind", "changed")));
        Assert.Equal(14965, Sum("sanctionswatch.entries", ("source", "ofac-sdn"))); // a refused list is not the list
        Assert.Equal(90, Sum("sanctionswatch.last_good_sync.age", ("source", "ofac-sdn")));
    }

    [Fact]
    public void After_a_restart_the_gauges_hold_what_the_store_says_of_the_last_good_sync()
    {
        var path = _dir.File("seed.db");
        using (var db = Database.Open(path))
        {
            var watchlist = new Watchlist([new WatchlistEntity { Id = "ru-kurganmashzavod", Name = "Kurganmashzavod" }], "w1", "watchlist.yaml");
            var importer = new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), _clock);
            importer.Import("ofac-sdn", new OfacReader(), _dir.Write("v1/sdn.csv", OfacCsv.File([OfacCsv.Row(35345, "KURGANMASHZAVOD"), .. OfacCsv.Filler(30)])), null);
            _clock.Advance(TimeSpan.FromMinutes(10));
            importer.Import("ofac-sdn", new OfacReader(), _dir.Write("v2/sdn.csv", ""), null); // refused: not a good sync
            var metrics = new SyncMetrics(Meters, _clock);
            metrics.Seed(Queries.LastGoodSyncs(db));
        }

        _listener.RecordObservableInstruments();

        Assert.Equal(31, Sum("sanctionswatch.entries", ("source", "ofac-sdn")));
        Assert.Equal(600, Sum("sanctionswatch.last_good_sync.age", ("source", "ofac-sdn")));
    }

    [Fact]
    public async Task Deliveries_count_by_channel_and_outcome()
    {
        var path = _dir.File("store.db");
        using (var db = Database.Open(path))
        {
            var watchlist = new Watchlist([new WatchlistEntity { Id = "ru-kurganmashzavod", Name = "Kurganmashzavod" }], "w1", "watchlist.yaml");
            var file = _dir.Write("sdn.csv", OfacCsv.File([OfacCsv.Row(35345, "KURGANMASHZAVOD"), .. OfacCsv.Filler(30)]));
            Assert.Single(new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), _clock).Import("ofac-sdn", new OfacReader(), file, null).Alerts);
        }

        var dispatcher = new AlertDispatcher(
            path, [new FileChannel(_dir.File("alerts.jsonl")), new FailingChannel()], new DeliveryOptions { MaxAttempts = 2 }, _clock,
            NullLogger<AlertDispatcher>.Instance, metrics: new DeliveryMetrics(Meters));

        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(2));
        await dispatcher.DispatchOnceAsync(CancellationToken.None);

        Assert.Equal(1, Sum("sanctionswatch.deliveries", ("channel", "file"), ("outcome", "delivered")));
        Assert.Equal(1, Sum("sanctionswatch.deliveries", ("channel", "broken"), ("outcome", "retry")));
        Assert.Equal(1, Sum("sanctionswatch.deliveries", ("channel", "broken"), ("outcome", "failed"))); // the second and last attempt
    }

    private sealed class FailingChannel : IAlertChannel
    {
        public string Name => "broken";

        public bool Digest => false;

        public Task DeliverAsync(IReadOnlyList<AlertMessage> alerts, CancellationToken cancellationToken) =>
            throw new IOException("the receiver is down");
    }
}
