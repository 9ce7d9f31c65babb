
namespace SanctionsWatch.Sync;

/// <summary>What became of one source's sync.</summary>
public enum FetchStatus
{
    /// <summary>A new file was downloaded and applied.</summary>
    Accepted,

    /// <summary>Downloaded, but the same bytes as the last accepted file: a check is recorded.</summary>
    Unchanged,

    /// <summary>The publisher answered 304 to the conditional request: a check is recorded.</summary>
    NotModified,

    /// <summary>Downloaded but refused (not the list, cut short, shrunk, …): a refused snapshot, nothing applied.</summary>
    Refused,

    /// <summary>No usable answer (network, timeout, HTTP error): nothing applied, the error recorded.</summary>
    Failed,

    /// <summary>No reader is registered for the source yet.</summary>
    NoReader,
}

/// <summary>The result of syncing one source from its publisher.</summary>
public sealed record FetchOutcome(
    string Source, FetchStatus Status, SyncOutcome? Sync, string? Error, string? ArchivePath, int Attempts)
{
    public bool IsFailure => Status is FetchStatus.Refused or FetchStatus.Failed;
}
