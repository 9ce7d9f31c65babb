using SanctionsWatch.Sync;

namespace SanctionsWatch.App;

/// <summary>
/// Syncs configured sources from their publishers through the download pipeline, one after the other: a source that
/// fails (or has no reader yet) is reported and the next one goes on.
/// </summary>
internal static class SourceSync
{
    /// <summary>The enabled sources of the configuration, in configuration order.</summary>
    public static List<SourceSettings> Enabled(Workspace ws) => [.. ws.Settings.Sources.Values.Where(s => s.Enabled)];

    public static async Task<FetchOutcome> RunAsync(Workspace ws, SourceSettings source, CancellationToken ct = default)
    {
        if (!ws.Sources.TryGetReader(source.Id, out _))
            return new FetchOutcome(source.Id, SyncStatus.NoReader, null, "no reader yet", null, 0);
        var reader = ws.ReaderFor(source.Id);
        if (source.Fetch is not { } fetch)
            return new FetchOutcome(source.Id, SyncStatus.Failed, null, $"no Sources:{source.Id}:Url in the configuration", null, 0);
        try
        {
            return await ws.Fetcher.SyncAsync(fetch, reader, ws.ImporterFor(source.Id), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            return new FetchOutcome(source.Id, SyncStatus.Failed, null, ex.Message, null, 0);
        }
    }

    /// <summary>
    /// One sync of one configured source through the download pipeline, for the scheduler: the snapshot's outcome (with
    /// the alerts of adopting an edited watchlist first), an <c>unchanged</c> outcome for a 304, or an
    /// <see cref="IOException"/> when the download failed.
    /// </summary>
    public static async Task<SyncOutcome> RunScheduledAsync(Workspace ws, string source, CancellationToken ct = default)
    {
        if (!ws.Settings.Sources.TryGetValue(source, out var settings))
            throw new UsageException($"source {source} is not in the configuration (Sources:{source}:Url)");
        if (!settings.Enabled || settings.Url is null)
        {
            // a cluster's stored job of a source this node's configuration has switched off: not synced
            throw new UsageException($"source {source} is not enabled here (Sources:{source}:Enabled, Url): not synced");
        }
        var adopted = WatchlistGuard.BeforeScreening(ws, changedOk: true, report: null, "sync");
        var o = await RunAsync(ws, settings, ct).ConfigureAwait(false);
        if (o.Sync is { } sync)
        {
            // an import whose download could not be recorded says why (the import and its alerts stand)
            sync = sync with { Error = sync.Error ?? o.Error };
            return adopted.Count == 0 ? sync : sync with { Alerts = [.. adopted.SelectMany(a => a.Alerts), .. sync.Alerts] };
        }
        if (o.Status == SyncStatus.NotModified)
            return new SyncOutcome(0, source, "(HTTP 304)", SyncStatus.Unchanged, ws.Time.GetUtcNow(), 0, 0, 0, 0, [], null);
        throw new IOException($"{o.Status.ToText()}: {o.Error}");
    }

    public static bool Failed(IEnumerable<FetchOutcome> outcomes) => outcomes.Any(o => o.IsFailure);
}
