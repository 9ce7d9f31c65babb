using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>
/// One row of the <c>hits</c> table, as stored: the one row type of a hit, direct or related. The sync reads it back
/// (the hit log and the related log decide from it); what the CLI shows (<see cref="HitView"/>,
/// <see cref="RelatedHitView"/>) and what an audit export holds (<see cref="HitExport"/>) are made of it with the
/// snapshot times and reviews each adds.
/// </summary>
public sealed record HitRow
{
    /// <summary>The columns of a hit <c>h</c> (the <c>hits</c> table), in the order of this record's properties.</summary>
    internal const string Columns =
        "h.id, h.watchlist_id, h.source, h.entry_id, h.entry_name, h.score, h.status, h.listed, h.related, h.link_type, "
        + "h.depth, h.path, h.first_snapshot_id, h.last_snapshot_id, h.created_at, h.updated_at";

    public long Id { get; init; }

    public string WatchlistId { get; init; } = "";

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string EntryName { get; init; } = "";

    public double Score { get; init; }

    public HitStatus Status { get; init; }

    public bool Listed { get; init; }

    /// <summary>Whether the entry is tied to the entity by links (see <see cref="Path"/>), not by its name.</summary>
    public bool Related { get; init; }

    /// <summary>A related hit's first link type; null for a direct hit.</summary>
    public string? LinkType { get; init; }

    /// <summary>A related hit's number of links; null for a direct hit.</summary>
    public int? Depth { get; init; }

    /// <summary>A related hit's path from the entry to the entity (JSON, <see cref="RelatedPath"/>); null for a direct hit.</summary>
    public string? Path { get; init; }

    public long FirstSnapshotId { get; init; }

    public long LastSnapshotId { get; init; }

    public string CreatedAt { get; init; } = "";

    public string UpdatedAt { get; init; } = "";
}
