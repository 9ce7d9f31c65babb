using SanctionsWatch.Storage;

namespace SanctionsWatch.Alerts;

/// <summary>One alert with its hit, as the channels send it.</summary>
public sealed record AlertMessage
{
    /// <summary>The message of a due delivery, with the watched entity's name where known.</summary>
    public static AlertMessage Of(DueDelivery d, string? entityName)
    {
        var a = d.Alert;
        return new()
        {
            Id = a.Id,
            Kind = a.Kind,
            HitId = a.HitId,
            WatchlistId = a.WatchlistId,
            EntityName = entityName,
            Source = a.Source,
            EntryId = a.EntryId,
            EntryName = a.EntryName,
            Listing = AlertListing.Of(d.EntryData),
            Path = a.Detail,
            Score = a.Score,
            HitStatus = d.HitStatus,
            SnapshotId = a.SnapshotId,
            SnapshotAt = a.SnapshotAt,
            CreatedAt = a.CreatedAt,
        };
    }

    public long Id { get; init; }

    public string Kind { get; init; } = "";

    public long HitId { get; init; }

    public string WatchlistId { get; init; } = "";

    /// <summary>The tracked entity's name from the watchlist, when it is known.</summary>
    public string? EntityName { get; init; }

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string EntryName { get; init; } = "";

    /// <summary>
    /// For an entry on a list within its source (us-csl), that list, the name, the start date and the citation, as
    /// <see cref="AlertListing"/> writes them: "BIS Entity List: Rostec (…), since 2022-03-03, 87 FR 12240"; else null.
    /// </summary>
    public string? Listing { get; init; }

    /// <summary>
    /// For a <c>changed</c> alert, the change that raised it: its id (<c>changes show ID</c>), the fields that changed and
    /// a one-line diff; null for the other kinds.
    /// </summary>
    public AlertChange? Change { get; init; }

    /// <summary>
    /// For a related alert (<c>related-*</c>), the path from the listed entry to the watchlist entity as it was at the
    /// alert's snapshot ("JSC X (37524) —linked-to→ STATE CORPORATION ROSTEC (17260) = ru-rostec"), or what ended the
    /// relation; null for the other alerts.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>Whether this is a related alert: the entry does not match the entity, it is tied to it by links.</summary>
    public bool IsRelated => Kind.StartsWith("related-", StringComparison.Ordinal);

    public double Score { get; init; }

    public string HitStatus { get; init; } = "";

    public long SnapshotId { get; init; }

    public string SnapshotAt { get; init; } = "";

    public string CreatedAt { get; init; } = "";

    /// <summary>The key receivers dedupe by: the same on every attempt and every channel.</summary>
    public string IdempotencyKey => "sanctionswatch-alert-" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A page of the publisher about the list entry, where the publisher has one.</summary>
    public string? SourceLink => SourceLinks.For(Source, EntryId);

    /// <summary>
    /// One line for people: "LISTED: Aviastar-SP (ru-aviastar-sp) matches ofac-sdn 35347 \"AVIASTAR-SP …\" (score 0.950,
    /// snapshot …)"; the entry as <see cref="Listing"/> where there is one ("… matches us-csl el/rostec-… — BIS Entity
    /// List: Rostec (…), since 2022-03-03, 87 FR 12240 (score …)").
    /// </summary>
    public string Summary
    {
        get
        {
            var entry = Listing is null ? $"\"{EntryName}\"" : "— " + Listing;
            if (IsRelated)
            {
                return string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{Kind.ToUpperInvariant()}: {Source} {EntryId} {entry} is related to {EntityName ?? WatchlistId} ({WatchlistId}): {Path} (snapshot {SnapshotAt})");
            }

            return string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{Kind.ToUpperInvariant()}: {EntityName ?? WatchlistId} ({WatchlistId}) matches {Source} {EntryId} {entry} (score {Score:0.000}, snapshot {SnapshotAt})");
        }
    }
}

/// <summary>The change behind a <c>changed</c> alert: its id, the changed fields, and a one-line diff of them.</summary>
public sealed record AlertChange(long Id, IReadOnlyList<string> Fields, string Diff)
{
    /// <summary>"change 10255: remarks: +"Secondary sanctions risk: …""</summary>
    public string Line => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"change {Id}: {Diff}");
}
