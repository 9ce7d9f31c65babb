using SanctionsWatch.Model;
namespace SanctionsWatch.Sync;

/// <summary>What one sync of one file did.</summary>
public sealed record SyncOutcome(
    long SnapshotId,
    string Source,
    string FileName,
    SyncStatus Status,
    DateTimeOffset TakenAt,
    int EntryCount,
    int Added,
    int Removed,
    int Modified,
    IReadOnlyList<RaisedAlert> Alerts,
    string? Error)
{
    public bool Refused => Status == SyncStatus.Refused;
}
