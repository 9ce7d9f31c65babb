
namespace SanctionsWatch.Sync;

/// <summary>The result of syncing one source from its publisher.</summary>
public sealed record FetchOutcome(
    string Source, SyncStatus Status, SyncOutcome? Sync, string? Error, string? ArchivePath, int Attempts)
{
    public bool IsFailure => Status is SyncStatus.Refused or SyncStatus.Failed;
}
