using SanctionsWatch.App;
using SanctionsWatch.Sources;
using SanctionsWatch.Sync;

namespace SanctionsWatch.Hosting;

/// <summary>
/// Today's <see cref="ISourceSync"/>: downloads <c>Sources:&lt;id&gt;:Url</c> and imports it, with a fresh database
/// connection and the watchlist as it is on disk now (edits are picked up at the next sync).
/// </summary>
internal sealed class UrlSourceSync(AppSettings settings, TimeProvider time, SourceCatalog sources) : ISourceSync
{
    public async Task<SyncOutcome> SyncAsync(string sourceId, CancellationToken cancellationToken)
    {
        using var ws = new Workspace(settings, time) { Sources = sources };
        return await SourceSync.RunScheduledAsync(ws, sourceId, cancellationToken).ConfigureAwait(false);
    }
}
