namespace SanctionsWatch.Sync;

/// <summary>
/// What became of one sync of one source: of a file offered to the importer (<see cref="Accepted"/>,
/// <see cref="Unchanged"/>, <see cref="Refused"/>: a snapshot's status as stored), and of a download before any file
/// (<see cref="NotModified"/>, <see cref="Failed"/>, <see cref="NoReader"/>).
/// </summary>
public enum SyncStatus
{
    /// <summary>A new file was applied.</summary>
    Accepted,

    /// <summary>The same content as the last accepted file: a check is recorded.</summary>
    Unchanged,

    /// <summary>The file was refused (not the list, cut short, shrunk, …): a refused snapshot, nothing applied.</summary>
    Refused,

    /// <summary>The publisher answered 304 to the conditional request: a check is recorded.</summary>
    NotModified,

    /// <summary>No usable answer (network, timeout, HTTP error): nothing applied, the error recorded.</summary>
    Failed,

    /// <summary>No reader is registered for the source yet.</summary>
    NoReader,
}

/// <summary>The words the store and the CLI write for a <see cref="SyncStatus"/> (accepted, …, not-modified, no-reader).</summary>
public static class SyncStatusWords
{
    public static string ToText(this SyncStatus status) => status switch
    {
        SyncStatus.Accepted => "accepted",
        SyncStatus.Unchanged => "unchanged",
        SyncStatus.Refused => "refused",
        SyncStatus.NotModified => "not-modified",
        SyncStatus.Failed => "failed",
        SyncStatus.NoReader => "no-reader",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
