using SanctionsWatch.Model;
namespace SanctionsWatch.Sync;

/// <summary>The status of a snapshot: applied, identical to the last one, or refused.</summary>
public enum SnapshotStatus
{
    Accepted,
    Unchanged,
    Refused,
}

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
