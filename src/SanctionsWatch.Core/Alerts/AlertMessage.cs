namespace SanctionsWatch.Alerts;

/// <summary>One alert with its hit, as the channels send it.</summary>
public sealed record AlertMessage
{
    public long Id { get; init; }

    public string Kind { get; init; } = "";

    public long HitId { get; init; }

    public string WatchlistId { get; init; } = "";

    /// <summary>The tracked entity's name from the watchlist, when it is known.</summary>
    public string? EntityName { get; init; }

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string EntryName { get; init; } = "";

    public double Score { get; init; }

    public string HitStatus { get; init; } = "";

    public long SnapshotId { get; init; }

    public string SnapshotAt { get; init; } = "";

    public string CreatedAt { get; init; } = "";

    /// <summary>The key receivers dedupe by: the same on every attempt and every channel.</summary>
    public string IdempotencyKey => "sanctionswatch-alert-" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A page of the publisher about the list entry, where the publisher has one.</summary>
    public string? SourceLink => SourceLinks.For(Source, EntryId);

    /// <summary>One line for people: "LISTED ru-aviastar-sp ← ofac-sdn 35347 AVIASTAR-SP … (score 0.950)".</summary>
    public string Summary =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{Kind.ToUpperInvariant()}: {EntityName ?? WatchlistId} ({WatchlistId}) matches {Source} {EntryId} \"{EntryName}\" (score {Score:0.000}, snapshot {SnapshotAt})");
}
