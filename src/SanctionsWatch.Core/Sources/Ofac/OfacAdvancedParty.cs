using System.Xml.Linq;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ofac;

/// <summary>
/// One <c>DistinctParty</c> of the advanced XML, mapped as the classic reader maps the same party's <c>sdnEntry</c>:
/// names "LAST, First Middle" (the primary alias of the primary identity first; A.K.A. → alias, or weak alias when
/// low quality; F.K.A. → former name; names in another script than Latin → original script), identifiers from ID
/// documents and features through <see cref="OfacRemarks.Identifier"/>, addresses and countries from locations.
/// </summary>
internal sealed class OfacAdvancedParty
{
    // Name parts that make the classic lastName; every other part (first, middle, patronymic…) goes to firstName.
    private static readonly HashSet<string> LastNameParts =
        new(StringComparer.Ordinal) { "Last Name", "Entity Name", "Vessel Name", "Aircraft Name" };

    private readonly List<string> _programmes = [];
    private readonly List<EntryLink> _links = [];

    private OfacAdvancedParty(ListEntry entry) => Entry = entry;

    public ListEntry Entry { get; private set; }

    public string ProfileId { get; private init; } = "";

    public void AddProgramme(string programme)
    {
        if (!_programmes.Contains(programme, StringComparer.Ordinal))
            _programmes.Add(programme);
    }

    /// <summary>A link from a <c>ProfileRelationship</c>, after the links of the party's comment.</summary>
    public void AddLink(EntryLink link)
    {
        if (!Entry.Links.Contains(link) && !_links.Contains(link))
            _links.Add(link);
    }

    /// <summary>The entry; a comment's link that a relationship states too is kept once, with the relationship's id.</summary>
    public ListEntry Build() => Entry with
    {
        Programmes = _programmes.ToArray(),
        Links = _links.Count == 0
            ? Entry.Links
            : [.. Entry.Links.Where(l => !_links.Any(r => r.Type == l.Type && r.Name == l.Name)), .. _links],
    };

    public static OfacAdvancedParty Read(XElement party, OfacAdvancedTables t, string sourceId, string file, int line)
    {
        var fixedRef = (string?)party.Attribute("FixedRef");
        if (fixedRef is null || !int.TryParse(fixedRef, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            throw new ListFormatException($"{file} line {line}: DistinctParty has no numeric FixedRef ('{fixedRef}')");
        var profile = XmlRecords.Children(party, "Profile").FirstOrDefault()
            ?? throw new ListFormatException($"{file} line {line}: party {fixedRef} has no Profile");

        var names = new List<EntryName>();
        var identifiers = new List<EntryIdentifier>();
        var identities = XmlRecords.Children(profile, "Identity")
            .OrderByDescending(i => (string?)i.Attribute("Primary") == "true").ToList();
        foreach (var identity in identities)
        {
            var partTypes = identity.Descendants().Where(d => d.Name.LocalName == "NamePartGroup")
                .ToDictionary(g => (string?)g.Attribute("ID") ?? "", g => t.Value("NamePartType", (string?)g.Attribute("NamePartTypeID")) ?? "");
            foreach (var alias in XmlRecords.Children(identity, "Alias").OrderByDescending(a => (string?)a.Attribute("Primary") == "true"))
            {
                var aliasType = t.Value("AliasType", (string?)alias.Attribute("AliasTypeID"));
                var primary = (string?)alias.Attribute("Primary") == "true" && names.Count == 0;
                var type = primary ? NameType.Primary
                    : aliasType == "F.K.A." ? NameType.FormerName
                    : (string?)alias.Attribute("LowQuality") == "true" ? NameType.WeakAlias
                    : NameType.Alias;
                foreach (var documented in XmlRecords.Children(alias, "DocumentedName"))
                {
                    var (text, latin) = NameOf(documented, partTypes, t);
                    if (text is null)
                        continue;
                    names.Add(new EntryName(text, latin ? type : NameType.OriginalScript));
                }
            }

            identifiers.AddRange(t.DocumentsOf((string?)identity.Attribute("ID") ?? ""));
        }

        if (names.Count == 0 || names[0].Type != NameType.Primary)
            throw new ListFormatException($"{file} line {line}: party {fixedRef} has no primary name");

        var addresses = new List<string>();
        var addressCountries = new List<string>();
        var nationalities = new List<string>();
        var citizenships = new List<string>();
        foreach (var feature in XmlRecords.Children(profile, "Feature"))
        {
            var featureType = t.Value("FeatureType", (string?)feature.Attribute("FeatureTypeID")) ?? "";
            foreach (var version in XmlRecords.Children(feature, "FeatureVersion"))
            {
                var location = t.LocationOf(XmlRecords.Children(version, "VersionLocation").Select(l => (string?)l.Attribute("LocationID")).FirstOrDefault());
                if (location is not null)
                {
                    switch (featureType)
                    {
                        case "Location":
                            if (location.Address is not null)
                                addresses.Add(location.Address);
                            if (location.Country is not null)
                                addressCountries.Add(location.Country);
                            break;
                        case "Nationality Country" when location.Country is not null:
                            nationalities.Add(location.Country);
                            break;
                        case "Citizenship Country" when location.Country is not null:
                            citizenships.Add(location.Country);
                            break;
                    }

                    continue;
                }

                var detail = XmlRecords.Child(version, "VersionDetail");
                if (detail is not null && OfacRemarks.Identifier(featureType, detail, null) is { } identifier)
                    identifiers.Add(identifier);
            }
        }

        var remarks = XmlRecords.Child(party, "Comment");
        var parsed = OfacRemarks.Parse(remarks);
        names.AddRange(parsed.Names);
        identifiers.AddRange(parsed.Identifiers);

        var entry = new ListEntry
        {
            Source = sourceId,
            EntryId = fixedRef,
            PartyType = t.PartyTypeOf((string?)profile.Attribute("PartySubTypeID")),
            Names = names.Distinct().ToArray(),
            Identifiers = identifiers.Distinct().ToArray(),
            Addresses = addresses.Distinct(StringComparer.Ordinal).ToArray(),
            Countries = addressCountries.Concat(nationalities).Concat(citizenships).Distinct(StringComparer.Ordinal).ToArray(),
            Remarks = remarks,
            Link = OfacReader.LinkOf(fixedRef),
            Links = parsed.Links,
        };
        return new OfacAdvancedParty(entry) { ProfileId = (string?)profile.Attribute("ID") ?? fixedRef };
    }

    /// <summary>"Last, First Middle" as the classic files write it; whether the name is in Latin script.</summary>
    private static (string? Text, bool Latin) NameOf(XElement documented, Dictionary<string, string> partTypes, OfacAdvancedTables t)
    {
        var last = new List<string>();
        var first = new List<string>();
        var latin = true;
        foreach (var value in documented.Elements().Where(p => p.Name.LocalName == "DocumentedNamePart")
                     .SelectMany(p => XmlRecords.Children(p, "NamePartValue")))
        {
            var text = value.Value.Trim();
            if (text.Length == 0)
                continue;
            var script = t.Value("Script", (string?)value.Attribute("ScriptID"));
            if (script is not null && script != "Latin")
                latin = false;
            var partType = partTypes.GetValueOrDefault((string?)value.Attribute("NamePartGroupID") ?? "", "");
            (LastNameParts.Contains(partType) ? last : first).Add(text);
        }

        // The classic files write the last name (an entity's whole name) in capitals; the advanced file as published.
        var (l, f) = (last.Count == 0 ? null : string.Join(' ', last), first.Count == 0 ? null : string.Join(' ', first));
        if (latin)
            l = l?.ToUpperInvariant();
        var name = (l, f) switch
        {
            (null, null) => null,
            (null, _) => f,
            (_, null) => l,
            _ => l + ", " + f,
        };
        return (name, latin);
    }
}
