using System.Globalization;
using System.Xml.Linq;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ofac;

/// <summary>
/// What the advanced XML says before and beside its parties: the reference value sets (alias types, party sub-types,
/// name-part types, ID document types, feature types, countries, scripts…), the locations and the ID documents. The
/// value sets are small; locations and ID documents grow with the entries, never beyond them.
/// </summary>
internal sealed class OfacAdvancedTables
{
    /// <summary>Reference values by element name, then by ID: ("AliasType", "1400") → "A.K.A.".</summary>
    private readonly Dictionary<(string Set, string Id), string> _values = [];

    /// <summary>Party sub-type ID → party type ID.</summary>
    private readonly Dictionary<string, string> _subTypeParent = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Location> _locations = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<EntryIdentifier>> _documentsByIdentity = new(StringComparer.Ordinal);

    /// <summary>The reference value elements this reader needs (children of <c>ReferenceValueSets/*Values</c>).</summary>
    public static readonly HashSet<string> ValueElements = new(StringComparer.Ordinal)
    {
        "AliasType", "Country", "AreaCode", "FeatureType", "IDRegDocType", "LocPartType", "NamePartType", "PartySubType",
        "PartyType", "RelationType", "SanctionsType", "Script",
    };

    public sealed record Location(string? Address, string? Country);

    public void AddValue(XElement e)
    {
        var set = e.Name.LocalName;
        var id = (string?)e.Attribute("ID");
        if (id is null)
            return;
        var text = set switch
        {
            "Script" => (string?)e.Attribute("ScriptCode") ?? e.Value,
            "AreaCode" => (string?)e.Attribute("Description") ?? e.Value,
            _ => e.Value,
        };
        _values[(set, id)] = text.Trim();
        if (set == "PartySubType" && (string?)e.Attribute("PartyTypeID") is { } parent)
            _subTypeParent[id] = parent;
    }

    public string? Value(string set, string? id) => id is not null && _values.TryGetValue((set, id), out var v) ? v : null;

    /// <summary>Party type from a profile's sub-type: Vessel and Aircraft by sub-type, else by the parent type.</summary>
    public PartyType PartyTypeOf(string? subTypeId)
    {
        var subType = Value("PartySubType", subTypeId);
        if (subType == "Vessel")
            return PartyType.Vessel;
        if (subType == "Aircraft")
            return PartyType.Aircraft;
        var parent = subTypeId is not null && _subTypeParent.TryGetValue(subTypeId, out var p) ? Value("PartyType", p) : null;
        return parent switch
        {
            "Individual" => PartyType.Person,
            "Entity" or "Other Entity" or null => PartyType.Organization,
            _ => PartyType.Unknown,
        };
    }

    // The classic XML's address fields, in its order: address1..3, city, stateOrProvince, postalCode (then country).
    private static readonly string[] AddressParts = ["ADDRESS1", "ADDRESS2", "ADDRESS3", "CITY", "STATE/PROVINCE", "POSTAL CODE"];

    public void AddLocation(XElement e)
    {
        var id = (string?)e.Attribute("ID");
        if (id is null)
            return;
        var parts = new string?[AddressParts.Length];
        foreach (var part in XmlRecords.Children(e, "LocationPart"))
        {
            var index = Array.IndexOf(AddressParts, Value("LocPartType", (string?)part.Attribute("LocPartTypeID")));
            if (index < 0)
                continue;
            var value = XmlRecords.Children(part, "LocationPartValue")
                .Select(v => XmlRecords.Child(v, "Value")).FirstOrDefault(v => v is not null);
            parts[index] ??= value;
        }

        var countryId = XmlRecords.Children(e, "LocationCountry").Select(c => (string?)c.Attribute("CountryID")).FirstOrDefault();
        var country = Value("Country", countryId);
        var address = parts.Any(p => p is not null) ? string.Join(", ", parts.Append(country).OfType<string>()) : null;
        _locations[id] = new Location(address, country);
    }

    public Location? LocationOf(string? id) => id is not null && _locations.TryGetValue(id, out var l) ? l : null;

    public void AddDocument(XElement e)
    {
        var identityId = (string?)e.Attribute("IdentityID");
        var type = Value("IDRegDocType", (string?)e.Attribute("IDRegDocTypeID"));
        var number = XmlRecords.Child(e, "IDRegistrationNo");
        if (identityId is null || type is null || number is null)
            return;
        var identifier = OfacRemarks.Identifier(type, number, Value("Country", (string?)e.Attribute("IssuedBy-CountryID")));
        if (identifier is null)
            return;
        if (!_documentsByIdentity.TryGetValue(identityId, out var list))
            _documentsByIdentity[identityId] = list = [];
        list.Add(identifier);
    }

    public IReadOnlyList<EntryIdentifier> DocumentsOf(string identityId) =>
        _documentsByIdentity.TryGetValue(identityId, out var list) ? list : [];

    public static DateTimeOffset? DateOf(XElement date)
    {
        int Part(string name) => int.TryParse(XmlRecords.Child(date, name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var (year, month, day) = (Part("Year"), Part("Month"), Part("Day"));
        return year > 0 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero)
            : null;
    }
}
