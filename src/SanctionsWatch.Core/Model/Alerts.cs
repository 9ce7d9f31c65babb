namespace SanctionsWatch.Model;

/// <summary>The kinds of alert; the store, the CLI and the JSON contracts write them as <see cref="AlertKinds.ToText"/> gives.</summary>
public enum AlertKind
{
    /// <summary>An entry already on the list when an entity was first looked for on it (a first sync, a new entity).</summary>
    FirstSeen,

    /// <summary>An entry that this snapshot added to the list.</summary>
    Listed,

    /// <summary>A hit's entry changed (materially, unless every change is asked for).</summary>
    Changed,

    /// <summary>A hit's entry was removed from its list.</summary>
    Delisted,

    /// <summary>An entry already on the list when its relation to an entity was first looked for (first sync, new entity or settings, new links read).</summary>
    RelatedFirstSeen,

    /// <summary>An entry related to an entity by links that this snapshot added (the entry, a link, or a party on the path), or again after an end.</summary>
    RelatedListed,

    /// <summary>The links that relate an entry to an entity changed, or no longer relate it (the entry still listed).</summary>
    RelatedChanged,

    /// <summary>An entry related to an entity was removed from its list.</summary>
    RelatedDelisted,
}

/// <summary>The words of <see cref="AlertKind"/>: first-seen, listed, changed, delisted, related-first-seen, ….</summary>
public static class AlertKinds
{
    /// <summary>Every kind, in the order they are documented.</summary>
    public static readonly IReadOnlyList<AlertKind> All = Enum.GetValues<AlertKind>();

    /// <summary>Every kind's word, in the order they are documented.</summary>
    public static readonly IReadOnlyList<string> Words = [.. All.Select(ToText)];

    public static string ToText(this AlertKind kind) => kind switch
    {
        AlertKind.FirstSeen => "first-seen",
        AlertKind.Listed => "listed",
        AlertKind.Changed => "changed",
        AlertKind.Delisted => "delisted",
        AlertKind.RelatedFirstSeen => "related-first-seen",
        AlertKind.RelatedListed => "related-listed",
        AlertKind.RelatedChanged => "related-changed",
        AlertKind.RelatedDelisted => "related-delisted",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind a stored word names, or null.</summary>
    public static AlertKind? Parse(string? text) => text switch
    {
        "first-seen" => AlertKind.FirstSeen,
        "listed" => AlertKind.Listed,
        "changed" => AlertKind.Changed,
        "delisted" => AlertKind.Delisted,
        "related-first-seen" => AlertKind.RelatedFirstSeen,
        "related-listed" => AlertKind.RelatedListed,
        "related-changed" => AlertKind.RelatedChanged,
        "related-delisted" => AlertKind.RelatedDelisted,
        _ => null,
    };

    public static bool IsRelated(this AlertKind kind) => kind >= AlertKind.RelatedFirstSeen;

    /// <summary>Whether a stored word names a related kind.</summary>
    public static bool IsRelated(string kind) => kind.StartsWith("related-", StringComparison.Ordinal);
}

/// <summary>An alert raised by one sync.</summary>
public sealed record RaisedAlert(AlertKind Kind, string WatchlistId, string EntryId, string EntryName, double Score)
{
    /// <summary>For a related alert, the path from the entry to the entity (or what ended it); null for the others.</summary>
    public string? Detail { get; init; }

    /// <summary>Whether the alert goes to the channels: false for a related alert of an entity in review mode.</summary>
    public bool Delivered { get; init; } = true;
}
