using System.Text.RegularExpressions;
using System.Xml.Linq;
using SanctionsWatch.Model;
using static SanctionsWatch.Sources.XmlRecords;

namespace SanctionsWatch.Sources.Eu;

/// <summary>
/// Reads the legacy EU consolidated list, XML 1.0 (<c>WHOLE/ENTITY</c>, published until 2016): <c>ENTITY@Id</c> is
/// the same id as <c>logicalId</c> in XML 1.1, so a history can go from one format to the other. Names
/// (<c>NAME/WHOLENAME</c>, the first is the primary), passports (<c>PASSPORT/NUMBER</c>), citizenships and
/// addresses (ISO 3166 alpha-3 country codes), programme, listing date (<c>reg_date</c>) and remark.
/// </summary>
public sealed partial class EuLegacyXmlReader : IListReader
{
    public const string FormatName = "eu-fsf-xml-1.0";

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        var entries = new EntryList(file);
        DateTimeOffset? published = null;
        foreach (var record in XmlRecords.Read(
            path,
            "WHOLE",
            n => n == "ENTITY",
            root => published = ReaderText.Midnight(ReaderText.Date(root.GetAttribute("Date"), "dd/MM/yyyy")),
            cancellationToken))
        {
            entries.Add(Entry(record.Element, sourceId, file, record.Line), record.Line);
        }

        return new ListFile(entries.NonEmpty("ENTITY"), null, FormatName, published);
    }

    private static ListEntry Entry(XElement e, string sourceId, string file, int line)
    {
        var id = ReaderText.Clean((string?)e.Attribute("Id"))
            ?? throw new ListFormatException($"{file} line {line}: ENTITY has no Id");
        var names = new List<EntryName>();
        foreach (var name in Children(e, "NAME"))
        {
            var text = ReaderText.Clean(Child(name, "WHOLENAME"))
                ?? ReaderText.Join(" ", Child(name, "FIRSTNAME"), Child(name, "MIDDLENAME"), Child(name, "LASTNAME"));
            if (text is null || names.Any(n => n.Text == text))
                continue;
            names.Add(new EntryName(
                text,
                names.Count == 0 ? NameType.Primary : NameScript.IsMostlyNonLatin(text) ? NameType.OriginalScript : NameType.Alias));
        }

        if (names.Count == 0)
            throw new ListFormatException($"{file} line {line}: ENTITY {id} has no name");

        var countries = Children(e, "CITIZEN").Select(c => ReaderText.Clean(Child(c, "COUNTRY"))).OfType<string>().ToList();
        var addresses = new List<string>();
        foreach (var address in Children(e, "ADDRESS"))
        {
            var country = ReaderText.Clean(Child(address, "COUNTRY"));
            var text = ReaderText.Join(
                ", ", Child(address, "NUMBER"), Child(address, "STREET"), Child(address, "ZIPCODE"), Child(address, "CITY"),
                country, Child(address, "OTHER"));
            if (text is not null)
                addresses.Add(text);
            if (country is not null)
                countries.Add(country);
        }

        var remark = ReaderText.Clean((string?)e.Attribute("remark"));
        return new ListEntry
        {
            Source = sourceId,
            EntryId = id,
            PartyType = (string?)e.Attribute("Type") switch
            {
                "P" => PartyType.Person,
                "E" => PartyType.Organization,
                _ => PartyType.Unknown,
            },
            Names = names,
            Programmes = ReaderText.Clean((string?)e.Attribute("programme")) is { } programme ? [programme] : [],
            Identifiers = Children(e, "PASSPORT").Select(Passport).OfType<EntryIdentifier>()
                .Concat(EuIdentifiers.FromRemarks(remark)).Distinct().ToArray(),
            Addresses = addresses.Distinct(StringComparer.Ordinal).ToArray(),
            Countries = countries.Distinct(StringComparer.Ordinal).ToArray(),
            ListedOn = ReaderText.IsoDate((string?)e.Attribute("reg_date")),
            Remarks = remark,
            Link = null,
            Links = RemarkLinks.Parse(remark, (string?)e.Attribute("Type") == "P" ? PartyType.Person : PartyType.Organization),
        };
    }

    /// <summary>
    /// <c>AD001095 (passport-National passport) ((passport))</c> → passport AD001095; the code before the dash is the
    /// XML 1.1 identification code (<c>id</c>, <c>other</c>, <c>drivinglicence</c>, …).
    /// </summary>
    private static EntryIdentifier? Passport(XElement passport)
    {
        var text = ReaderText.Clean(Child(passport, "NUMBER"));
        if (text is null)
            return null;
        var m = CodedNumber().Match(text);
        var (number, code) = m.Success ? (m.Groups[1].Value, m.Groups[2].Value.ToLowerInvariant()) : (text, "passport");
        return new EntryIdentifier(EuIdentifiers.TypeOf(code, "", number, null), number, ReaderText.Clean(Child(passport, "COUNTRY")));
    }

    [GeneratedRegex(@"^(.*?)\s*\(([A-Za-z]+)-[^)]*\)")]
    private static partial Regex CodedNumber();
}
