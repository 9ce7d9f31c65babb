namespace SanctionsWatch.Storage;

/// <summary>
/// One row of the <c>alerts</c> table, as stored: the one row type of an alert. What the CLI shows
/// (<see cref="AlertView"/>), what an audit export holds (<see cref="AlertExport"/>) and what the outbox hands to the
/// channels (<see cref="DueDelivery"/>) are made of it, each with what its use adds (delivery state, snapshot file,
/// attempts).
/// </summary>
public sealed record AlertRecord
{
    /// <summary>The columns of an alert <c>a</c> (the <c>alerts</c> table), in the order of this record's properties.</summary>
    internal const string Columns =
        "a.id, a.kind, a.hit_id, a.watchlist_id, a.source, a.entry_id, a.entry_name, a.score, a.snapshot_id, a.snapshot_at, "
        + "a.created_at, a.change_id, a.detail";

    public long Id { get; init; }

    public string Kind { get; init; } = "";

    public long HitId { get; init; }

    public string WatchlistId { get; init; } = "";

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string EntryName { get; init; } = "";

    public double Score { get; init; }

    public long SnapshotId { get; init; }

    public string SnapshotAt { get; init; } = "";

    public string CreatedAt { get; init; } = "";

    /// <summary>For a <c>changed</c> alert, the change that raised it; null for the others (and alerts from before issue 18).</summary>
    public long? ChangeId { get; init; }

    /// <summary>A related alert's path from the entry to the entity (or what ended the relation); null for the others.</summary>
    public string? Detail { get; init; }
}
