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

    /// <summary>The primary name followed by the aliases.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}

/// <summary>The loaded watchlist: its entities and a hash of its content (to know when it changed).</summary>
public sealed record Watchlist(IReadOnlyList<WatchlistEntity> Entities, string ContentHash, string Path);
