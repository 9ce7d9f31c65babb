namespace SanctionsWatch.Model;

/// <summary>A firm, agency, person, vessel or aircraft the user tracks.</summary>
public sealed record WatchlistEntity
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public PartyType Kind { get; init; } = PartyType.Organization;

    public string? Country { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Identifier type (lower case: inn, ogrn, kpp, imo, lei, …) to value.</summary>
    public IReadOnlyDictionary<string, string> Identifiers { get; init; } = new Dictionary<string, string>();

    public string? Notes { get; init; }

    /// <summary>
    /// What to do when a listed entry is linked to this entity (a subsidiary, parent, owner, director or front of it):
    /// raise alerts, record for review, or nothing; null: the configured default (<c>Related:Default</c>).
    /// </summary>
    public RelatedMode? Related { get; init; }

    /// <summary>The primary name followed by the aliases.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}

/// <summary>
/// How related hits of a watchlist entity are handled: <c>alert</c> (recorded, and their alerts delivered like any
/// other), <c>review</c> (recorded and shown, their alerts kept but not delivered) or <c>off</c> (not looked for).
/// </summary>
public enum RelatedMode
{
    Review,
    Alert,
    Off,
}

/// <summary>Related modes as written in the watchlist, the configuration and the CLI.</summary>
public static class RelatedModes
{
    public static string Format(RelatedMode mode) => mode.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out RelatedMode mode)
    {
        mode = RelatedMode.Review;
        return text is not null
            && Enum.TryParse(text.Trim(), ignoreCase: true, out mode)
            && Enum.IsDefined(mode)
            && !int.TryParse(text, out _);
    }
}

/// <summary>The loaded watchlist: its entities and a hash of its content (to know when it changed).</summary>
public sealed record Watchlist(IReadOnlyList<WatchlistEntity> Entities, string ContentHash, string Path);
