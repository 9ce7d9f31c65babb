namespace SanctionsWatch.Model;

/// <summary>The kinds of alert, as stored and printed.</summary>
public static class AlertKind
{
    public const string FirstSeen = "first-seen";
    public const string Listed = "listed";
    public const string Changed = "changed";
    public const string Delisted = "delisted";

    /// <summary>An entry already on the list when its relation to an entity was first looked for (first sync, new entity or settings, new links read).</summary>
    public const string RelatedFirstSeen = "related-first-seen";

    /// <summary>An entry related to an entity by links that this snapshot added (the entry, a link, or a party on the path), or again after an end.</summary>
    public const string RelatedListed = "related-listed";

    /// <summary>The links that relate an entry to an entity changed, or no longer relate it (the entry still listed).</summary>
    public const string RelatedChanged = "related-changed";

    /// <summary>An entry related to an entity was removed from its list.</summary>
    public const string RelatedDelisted = "related-delisted";

    /// <summary>Every kind, in the order they are documented.</summary>
    public static readonly IReadOnlyList<string> All =
        [FirstSeen, Listed, Changed, Delisted, RelatedFirstSeen, RelatedListed, RelatedChanged, RelatedDelisted];

    public static bool IsRelated(string kind) => kind.StartsWith("related-", StringComparison.Ordinal);
}

/// <summary>An alert raised by one sync.</summary>
public sealed record RaisedAlert(string Kind, string WatchlistId, string EntryId, string EntryName, double Score)
{
    /// <summary>For a related alert, the path from the entry to the entity (or what ended it); null for the others.</summary>
    public string? Detail { get; init; }

    /// <summary>Whether the alert goes to the channels: false for a related alert of an entity in review mode.</summary>
    public bool Delivered { get; init; } = true;
}
