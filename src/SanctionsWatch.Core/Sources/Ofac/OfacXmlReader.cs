using System.Globalization;
using System.Xml.Linq;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ofac;

/// <summary>
/// Reads OFAC's classic XML (<c>SDN.XML</c>, <c>CONSOLIDATED.XML</c>: <c>sdnList/sdnEntry</c>), streaming one
/// <c>sdnEntry</c> at a time. Elements are matched by local name: the root namespace changed over the years.
/// </summary>
public sealed class OfacXmlReader : IListReader
{
    public const string FormatName = "ofac-xml";

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        var entries = new List<ListEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? publishedAt = null;
        foreach (var record in XmlRecords.Read(path, "sdnList", n => n is "sdnEntry" or "publshInformation", null, cancellationToken))
        {
            if (record.Element.Name.LocalName == "publshInformation")
            {
                publishedAt = PublishDate(record.Element);
                continue;
            }

            var entry = Entry(record.Element, sourceId, file, record.Line);
            if (!ids.Add(entry.EntryId))
                throw new ListFormatException($"{file} line {record.Line}: duplicate uid {entry.EntryId}");
            entries.Add(entry);
        }

        return new ListFile(entries, null, FormatName, publishedAt);
    }

    private static DateTimeOffset? PublishDate(XElement info)
    {
        var text = Value(info, "Publish_Date");
        return DateTime.TryParseExact(text, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;
    }

    private static ListEntry Entry(XElement e, string sourceId, string file, int line)
    {
        var uid = Value(e, "uid");
        if (uid is null || !int.TryParse(uid, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            throw new ListFormatException($"{file} line {line}: sdnEntry has no numeric uid ('{uid}')");
        var entryId = id.ToString(CultureInfo.InvariantCulture);
        var partyType = Value(e, "sdnType")?.ToLowerInvariant() switch
        {
            "individual" => PartyType.Person,
            "vessel" => PartyType.Vessel,
            "aircraft" => PartyType.Aircraft,
            "entity" or null => PartyType.Organization,
            _ => PartyType.Unknown,
        };

        var primary = NameOf(e) ?? throw new ListFormatException($"{file} line {line}: entry {entryId} has no name");
        var names = new List<EntryName> { new(primary, NameType.Primary) };
        foreach (var aka in Children(e, "akaList", "aka"))
        {
            var name = NameOf(aka);
            if (name is null)
                continue;
            var type = Value(aka, "type") switch
            {
                "f.k.a." => NameType.FormerName,
                _ when Value(aka, "category") == "weak" => NameType.WeakAlias,
                _ => NameType.Alias,
            };
            names.Add(new EntryName(name, type));
        }

        var identifiers = new List<EntryIdentifier>();
        foreach (var idElement in Children(e, "idList", "id"))
        {
            var identifier = OfacRemarks.Identifier(
                Value(idElement, "idType") ?? "", Value(idElement, "idNumber") ?? "", Value(idElement, "idCountry"));
            if (identifier is not null)
                identifiers.Add(identifier);
        }

        var remarks = Value(e, "remarks");
        var parsed = OfacRemarks.Parse(remarks);
        names.AddRange(parsed.Names);
        identifiers.AddRange(parsed.Identifiers);

        var addresses = new List<string>();
        var countries = new List<string>();
        foreach (var address in Children(e, "addressList", "address"))
        {
            string?[] parts =
            [
                Value(address, "address1"), Value(address, "address2"), Value(address, "address3"),
                Value(address, "city"), Value(address, "stateOrProvince"), Value(address, "postalCode"),
            ];
            var country = Value(address, "country");
            if (parts.Any(p => p is not null))
                addresses.Add(string.Join(", ", parts.Append(country).OfType<string>()));
            if (country is not null)
                countries.Add(country);
        }

        countries.AddRange(Children(e, "nationalityList", "nationality").Select(n => Value(n, "country")).OfType<string>());
        countries.AddRange(Children(e, "citizenshipList", "citizenship").Select(n => Value(n, "country")).OfType<string>());

        return new ListEntry
        {
            Source = sourceId,
            EntryId = entryId,
            PartyType = partyType,
            Names = names.Distinct().ToArray(),
            Programmes = Children(e, "programList", "program").Select(p => p.Value.Trim())
                .Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
            Identifiers = identifiers.Distinct().ToArray(),
            Addresses = addresses.Distinct(StringComparer.Ordinal).ToArray(),
            Countries = countries.Distinct(StringComparer.Ordinal).ToArray(),
            Remarks = remarks,
            Link = OfacReader.LinkOf(entryId),
            Links = parsed.Links,
        };
    }

    /// <summary>Persons "lastName, firstName"; others (and persons without a first name) lastName.</summary>
    private static string? NameOf(XElement e)
    {
        var last = Value(e, "lastName");
        var first = Value(e, "firstName");
        return (last, first) switch
        {
            (null, null) => null,
            (null, _) => first,
            (_, null) => last,
            _ => last + ", " + first,
        };
    }

    private static IEnumerable<XElement> Children(XElement e, string list, string item) =>
        e.Elements().Where(l => l.Name.LocalName == list)
            .SelectMany(l => l.Elements().Where(i => i.Name.LocalName == item));

    private static string? Value(XElement e, string localName)
    {
        foreach (var child in e.Elements())
        {
            if (child.Name.LocalName == localName)
            {
                var value = child.Value.Trim();
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }
}
