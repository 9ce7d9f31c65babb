using System.Xml.Linq;
using SanctionsWatch.Model;
using static SanctionsWatch.Sources.XmlRecords;

namespace SanctionsWatch.Sources.Eu;

/// <summary>
/// Reads the EU Financial Sanctions Files XML 1.1 (<c>export/sanctionEntity</c>; the namespace changed over the
/// years and is ignored). The entry id is <c>@logicalId</c>, the EU's own stable id of the entity.
/// </summary>
/// <remarks>
/// The file marks no name as primary and orders the <c>nameAlias</c> elements by amendment, not by rank (Khalid
/// Sheikh MOHAMMED comes after four later aliases): the primary name is the one with the lowest <c>logicalId</c>,
/// i.e. the name entered first; the others are aliases, weak aliases when <c>strong="false"</c>, original-script
/// names when written mostly in a non-Latin script.
/// </remarks>
public sealed class EuXmlReader : IListReader
{
    public const string FormatName = "eu-fsf-xml-1.1";

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        var entries = new EntryList(file);
        DateTimeOffset? generated = null;
        foreach (var record in XmlRecords.Read(
            path,
            "export",
            n => n == "sanctionEntity",
            root => generated = ReaderText.Timestamp(root.GetAttribute("generationDate")),
            cancellationToken))
        {
            entries.Add(Entry(record.Element, sourceId, file, record.Line), record.Line);
        }

        return new ListFile(entries.NonEmpty("sanctionEntity"), null, FormatName, generated);
    }

    private static ListEntry Entry(XElement e, string sourceId, string file, int line)
    {
        var id = ReaderText.Clean((string?)e.Attribute("logicalId"))
            ?? throw new ListFormatException($"{file} line {line}: sanctionEntity has no logicalId");
        var names = Names(Children(e, "nameAlias"));
        if (names.Count == 0)
            throw new ListFormatException($"{file} line {line}: sanctionEntity {id} has no name");

        var subject = Children(e, "subjectType").Select(s => (string?)s.Attribute("code")).FirstOrDefault();
        var remarks = ReaderText.Join(" ", Children(e, "remark").Select(r => r.Value).ToArray());
        var identifiers = Children(e, "identification").Select(EuIdentifiers.FromIdentification).OfType<EntryIdentifier>()
            .Concat(EuIdentifiers.FromRemarks(remarks)).Distinct().ToArray();

        var addresses = new List<string>();
        var countries = new List<string>();
        foreach (var citizenship in Children(e, "citizenship"))
            AddCountry(countries, citizenship);
        foreach (var address in Children(e, "address"))
        {
            var text = ReaderText.Join(
                ", ", Attr(address, "street"), Attr(address, "poBox"), Attr(address, "city"), Attr(address, "zipCode"),
                Attr(address, "region"), Attr(address, "place"), Country(address));
            if (text is not null)
                addresses.Add(text);
            AddCountry(countries, address);
        }

        return new ListEntry
        {
            Source = sourceId,
            EntryId = id,
            PartyType = subject switch
            {
                "person" => PartyType.Person,
                "enterprise" => PartyType.Organization,
                _ => PartyType.Unknown,
            },
            Names = names,
            Programmes = Children(e, "regulation").Select(r => Attr(r, "programme")).OfType<string>()
                .Distinct(StringComparer.Ordinal).ToArray(),
            Identifiers = identifiers,
            Addresses = addresses.Distinct(StringComparer.Ordinal).ToArray(),
            Countries = countries.Distinct(StringComparer.Ordinal).ToArray(),
            ListedOn = ReaderText.IsoDate(Attr(e, "designationDate")),
            Remarks = remarks,
            Link = null,
            Links = RemarkLinks.Parse(remarks, subject == "person" ? PartyType.Person : PartyType.Organization),
        };
    }

    private static List<EntryName> Names(IEnumerable<XElement> aliases)
    {
        var ordered = aliases
            .Select(a => (Id: long.TryParse(Attr(a, "logicalId"), out var n) ? n : long.MaxValue, Alias: a,
                Name: ReaderText.Clean(Attr(a, "wholeName")) ?? ReaderText.Join(" ", Attr(a, "firstName"), Attr(a, "middleName"), Attr(a, "lastName"))))
            .Where(a => a.Name is not null)
            .ToList();
        var names = new List<EntryName>();
        if (ordered.Count == 0)
            return names;
        var primary = ordered.MinBy(a => a.Id);
        names.Add(new EntryName(primary.Name!, NameType.Primary));
        foreach (var (_, alias, name) in ordered)
        {
            if (ReferenceEquals(alias, primary.Alias))
                continue;
            var type = NameScript.IsMostlyNonLatin(name!) ? NameType.OriginalScript
                : Attr(alias, "strong") == "false" ? NameType.WeakAlias
                : NameType.Alias;
            names.Add(new EntryName(name!, type));
        }

        return names.DistinctBy(n => n.Text, StringComparer.Ordinal).ToList();
    }

    private static void AddCountry(List<string> countries, XElement e)
    {
        if (Country(e) is { } country)
            countries.Add(country);
    }

    /// <summary>The country's description as the EU writes it (<c>RUSSIAN FEDERATION</c>), not the placeholder "UNKNOWN".</summary>
    internal static string? Country(XElement e)
    {
        var description = Attr(e, "countryDescription");
        return description is null or "UNKNOWN" || Attr(e, "countryIso2Code") == "00" ? null : description;
    }

    internal static string? Attr(XElement e, string name) => ReaderText.Clean((string?)e.Attribute(name));
}
