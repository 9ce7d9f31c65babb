namespace SanctionsWatch.Model;

/// <summary>What the last downloads of a source found (table <c>source_fetch_state</c>).</summary>
public sealed record FetchState
{
    public required string Source { get; init; }

    public string? Etag { get; init; }

    public string? LastModified { get; init; }

    public string? LastCheckAt { get; init; }

    public string? LastChangeAt { get; init; }

    public string? LastStatus { get; init; }

    public string? LastError { get; init; }

    public string? LastHash { get; init; }

    public string? LastArchivePath { get; init; }
}
