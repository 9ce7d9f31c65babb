namespace SanctionsWatch.Sync;

/// <summary>The status of a snapshot: applied, identical to the last one, or refused.</summary>
public enum SnapshotStatus
{
    Accepted,
    Unchanged,
    Refused,
}

/// <summary>The kinds of alert, as stored and printed.</summary>
public static class AlertKind
{
    public const string FirstSeen = "first-seen";
    public const string Listed = "listed";
    public const string Changed = "changed";
    public const string Delisted = "delisted";
}

/// <summary>An alert raised by one sync.</summary>
public sealed record RaisedAlert(string Kind, string WatchlistId, string EntryId, string EntryName, double Score);

/// <summary>What one sync of one file did.</summary>
public sealed record SyncOutcome(
    long SnapshotId,
    string Source,
    string FileName,
    SnapshotStatus Status,
    DateTimeOffset TakenAt,
    int EntryCount,
    int Added,
    int Removed,
    int Modified,
    IReadOnlyList<RaisedAlert> Alerts,
    string? Error)
{
    public bool Refused => Status == SnapshotStatus.Refused;
}
