using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Uk;

/// <summary>
/// One UK designation as it is gathered from the XML or from the CSV rows that share its Unique ID, mapped the same
/// way for both: <c>Name1…Name5</c> then <c>Name6</c> (the surname, or an entity's whole name), the first "Primary
/// Name" as the primary, "Primary Name Variation" and good aliases as aliases, "Low quality a.k.a" as weak aliases.
/// </summary>
public sealed class UkDesignation(string uniqueId)
{
    private readonly List<EntryName> _names = [];
    private readonly List<string> _programmes = [];
    private readonly List<EntryIdentifier> _identifiers = [];
    private readonly List<string> _addresses = [];
    private readonly List<string> _countries = [];
    private readonly List<EntryLink> _links = [];

    public string UniqueId { get; } = uniqueId;

    public PartyType PartyType { get; set; } = PartyType.Unknown;

    public DateOnly? ListedOn { get; set; }

    public string? Remarks { get; set; }

    public static PartyType PartyTypeOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "individual" => PartyType.Person,
        "entity" => PartyType.Organization,
        "ship" => PartyType.Vessel,
        _ => PartyType.Unknown,
    };

    public static DateOnly? Date(string? text) => ReaderText.Date(text, "dd/MM/yyyy", "dd-MM-yyyy");

    public void AddName(IReadOnlyList<string?> parts, string? nameType, string? aliasStrength)
    {
        var text = ReaderText.Join(" ", [.. parts]);
        if (text is null)
            return;
        var kind = (nameType ?? "").Trim().ToLowerInvariant();
        var type = kind switch
        {
            "primary name" when !_names.Any(n => n.Type == NameType.Primary) => NameType.Primary,
            _ when kind.Contains("former", StringComparison.Ordinal) || kind.Contains("previous", StringComparison.Ordinal) => NameType.FormerName,
            _ when (aliasStrength ?? "").Contains("low", StringComparison.OrdinalIgnoreCase) => NameType.WeakAlias,
            _ => NameType.Alias,
        };
        _names.Add(new EntryName(text, type));
    }

    public void AddNonLatinName(string? text)
    {
        if (ReaderText.Clean(text) is { } name)
            _names.Add(new EntryName(name, NameType.OriginalScript));
    }

    public void AddProgramme(string? regime)
    {
        if (ReaderText.Clean(regime) is { } programme)
            _programmes.Add(programme);
    }

    public void AddAddress(IReadOnlyList<string?> lines, string? postalCode, string? country)
    {
        var text = ReaderText.Join(", ", [.. lines, postalCode, country]);
        if (text is not null)
            _addresses.Add(text);
        AddCountry(country);
    }

    public void AddCountry(string? country)
    {
        if (ReaderText.Clean(country) is { } c)
            _countries.Add(c);
    }

    public void AddIdentifier(string type, string? value)
    {
        if (ReaderText.Clean(value) is { } v)
            _identifiers.Add(new EntryIdentifier(type, v));
    }

    /// <summary>A parent company or a subsidiary the designation names (the list gives names, not Unique IDs).</summary>
    /// <remarks>
    /// Bounded as the other readers' links are: a name of more than <see cref="MaxLinkNameLength"/> characters is no
    /// party's name, and past <see cref="MaxLinks"/> a crafted cell would only make work for the matcher.
    /// </remarks>
    public void AddLink(LinkType type, string? name)
    {
        if (_links.Count < MaxLinks && ReaderText.Clean(name) is { Length: <= MaxLinkNameLength } n)
            _links.Add(new EntryLink(type, n));
    }

    /// <summary>The most parent companies and subsidiaries kept per designation (far more than a real designation names).</summary>
    public const int MaxLinks = 200;

    /// <summary>The longest name of a linked party kept.</summary>
    public const int MaxLinkNameLength = 256;

    public void AddRegistrationNumber(string? text) => _identifiers.AddRange(UkIdentifiers.FromRegistration(text));

    public void AddImoNumber(string? text)
    {
        if (UkIdentifiers.Imo(text) is { } imo)
            _identifiers.Add(imo);
    }

    public ListEntry ToEntry(string sourceId, string file, int line)
    {
        if (_names.Count == 0)
            throw new ListFormatException($"{file} line {line}: designation {UniqueId} has no name");
        if (!_names.Any(n => n.Type == NameType.Primary))
        {
            var i = Math.Max(0, _names.FindIndex(n => n.Type != NameType.OriginalScript));
            _names[i] = _names[i] with { Type = NameType.Primary };
        }

        return new ListEntry
        {
            Source = sourceId,
            EntryId = UniqueId,
            PartyType = PartyType,
            Names = _names.Distinct().OrderBy(n => n.Type == NameType.Primary ? 0 : 1).ToArray(),
            Programmes = _programmes.Distinct(StringComparer.Ordinal).ToArray(),
            Identifiers = _identifiers.Concat(UkIdentifiers.FromText(Remarks)).Distinct().ToArray(),
            Addresses = _addresses.Distinct(StringComparer.Ordinal).ToArray(),
            Countries = _countries.Distinct(StringComparer.Ordinal).ToArray(),
            ListedOn = ListedOn,
            Remarks = Remarks,
            Link = null,
            Links = _links.Concat(RemarkLinks.Parse(Remarks, PartyType)).Distinct().ToArray(),
        };
    }
}
