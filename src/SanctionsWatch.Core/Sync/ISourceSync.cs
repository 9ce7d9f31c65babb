namespace SanctionsWatch.Sync;

/// <summary>
/// The seam the scheduler calls: one sync of one source (fetch its list, import it in one transaction). Today it is
/// the configured-URL download; a download pipeline with conditional requests and source state drops in here.
/// </summary>
public interface ISourceSync
{
    Task<SyncOutcome> SyncAsync(string sourceId, CancellationToken cancellationToken);
}
