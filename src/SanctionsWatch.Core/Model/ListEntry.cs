namespace SanctionsWatch.Model;

/// <summary>What kind of party a list entry or a watchlist entity is.</summary>
public enum PartyType
{
    Unknown,
    Organization,
    Person,
    Vessel,
    Aircraft,
}

/// <summary>How a name is attached to a list entry.</summary>
public enum NameType
{
    Primary,
    Alias,
    WeakAlias,
    FormerName,
    OriginalScript,
}

/// <summary>One name of a list entry.</summary>
public sealed record EntryName(string Text, NameType Type);

/// <summary>
/// An identifier of a party. <see cref="Type"/> is a lower-case key: inn, ogrn, kpp, imo, lei, swift, passport,
/// national-id, tax-id, registration, isin, … <see cref="Country"/> is the issuing country as written by the list.
/// </summary>
public sealed record EntryIdentifier(string Type, string Value, string? Country = null);

/// <summary>
/// One record of a sanctions list, in the one normalised model every source maps into.
/// Lists are immutable once read; equality of two versions is decided by <see cref="EntryContent.Hash"/>.
/// </summary>
public sealed record ListEntry
{
    /// <summary>The source id, e.g. <c>ofac-sdn</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The record's id in its source (OFAC ent_num, EU logical id, UK unique id, …).</summary>
    public required string EntryId { get; init; }

    public PartyType PartyType { get; init; } = PartyType.Unknown;

    public IReadOnlyList<EntryName> Names { get; init; } = [];

    public IReadOnlyList<string> Programmes { get; init; } = [];

    public IReadOnlyList<EntryIdentifier> Identifiers { get; init; } = [];

    public IReadOnlyList<string> Addresses { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public DateOnly? ListedOn { get; init; }

    public string? Remarks { get; init; }

    /// <summary>A link back to the source record, where the publisher has one.</summary>
    public string? Link { get; init; }

    /// <summary>
    /// The list within the source that the entry is on, for a source that publishes several lists in one file (the
    /// Consolidated Screening List's "Entity List (EL) - Bureau of Industry and Security"); null for the others.
    /// </summary>
    public string? SubList { get; init; }

    /// <summary>Where the listing was published, e.g. its Federal Register citation ("87 FR 12240"); null when unknown.</summary>
    public string? Citation { get; init; }

    /// <summary>
    /// The entry's links to other parties as the list states them (OFAC's "Linked To", the UK's parent companies and
    /// subsidiaries, OpenSanctions' ownerships…), in file order, without repeats. Empty for most entries; left out of
    /// the JSON form when empty, so an entry without links is stored as before links were read.
    /// </summary>
    public IReadOnlyList<EntryLink> Links { get; init; } = [];

    /// <summary>The primary name, or the first name when the source marks none as primary.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string PrimaryName =>
        Names.FirstOrDefault(n => n.Type == NameType.Primary)?.Text ?? Names.FirstOrDefault()?.Text ?? "";
}

/// <summary>Party types as written in files, JSON and the CLI: organization, person, vessel, aircraft, unknown.</summary>
public static class PartyTypes
{
    public static string Format(PartyType type) => type.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out PartyType type)
    {
        type = PartyType.Unknown;
        return text is not null
            && Enum.TryParse(text.Trim(), ignoreCase: true, out type)
            && Enum.IsDefined(type)
            && !int.TryParse(text, out _);
    }
}
