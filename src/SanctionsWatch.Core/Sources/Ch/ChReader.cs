using System.Xml.Linq;
using SanctionsWatch.Model;
using static SanctionsWatch.Sources.XmlRecords;

namespace SanctionsWatch.Sources.Ch;

/// <summary>
/// Reads SECO's Swiss sanctions list XML (<c>swiss-sanctions-list</c>): the <c>sanctions-program</c> elements first
/// (each names a sanctions set by <c>ssid</c>), then the <c>target</c> elements, each an <c>individual</c>, an
/// <c>entity</c> or an <c>object</c> (vessel, aircraft) with one or more <c>identity</c>. The entry id is the
/// target's <c>ssid</c>; its programmes are "program name: sanctions set" in English. A target whose last
/// modification is <c>de-listed</c> (amendment files carry them) is not on the list and is left out.
/// </summary>
public sealed class ChReader : IListReader
{
    public const string FormatName = "ch-seco-xml";

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        var entries = new EntryList(file);
        var sets = new Dictionary<string, string>(StringComparer.Ordinal);
        DateTimeOffset? date = null;
        foreach (var record in XmlRecords.Read(
            path,
            "swiss-sanctions-list",
            n => n is "sanctions-program" or "target",
            root => date = ReaderText.Midnight(ReaderText.IsoDate(root.GetAttribute("date"))),
            cancellationToken))
        {
            var e = record.Element;
            if (e.Name.LocalName == "sanctions-program")
            {
                AddSets(e, sets);
                continue;
            }

            var last = Children(e, "modification").Select(m => (string?)m.Attribute("modification-type")).LastOrDefault();
            if (last == "de-listed")
                continue;
            entries.Add(Entry(e, sets, sourceId, file, record.Line), record.Line);
        }

        return new ListFile(entries.NonEmpty("target"), null, FormatName, date);
    }

    private static void AddSets(XElement program, Dictionary<string, string> sets)
    {
        var name = English(program, "program-name") ?? English(program, "program-key") ?? "";
        foreach (var set in Children(program, "sanctions-set").Where(s => (string?)s.Attribute("lang") is null or "eng"))
        {
            if ((string?)set.Attribute("ssid") is { } ssid && ReaderText.Clean(set.Value) is { } text)
                sets.TryAdd(ssid, name.Length > 0 ? name + ": " + text : text);
        }
    }

    private static string? English(XElement e, string localName) =>
        Children(e, localName).Where(c => (string?)c.Attribute("lang") is null or "eng")
            .Select(c => ReaderText.Clean(c.Value)).FirstOrDefault(v => v is not null);

    private static ListEntry Entry(XElement target, Dictionary<string, string> sets, string sourceId, string file, int line)
    {
        var id = ReaderText.Clean((string?)target.Attribute("ssid"))
            ?? throw new ListFormatException($"{file} line {line}: target has no ssid");
        var subject = target.Elements().FirstOrDefault(c => c.Name.LocalName is "individual" or "entity" or "object")
            ?? throw new ListFormatException($"{file} line {line}: target {id} is neither individual, entity nor object");
        var partyType = subject.Name.LocalName switch
        {
            "individual" => PartyType.Person,
            "entity" => PartyType.Organization,
            _ => ((string?)subject.Attribute("object-type"))?.ToLowerInvariant() switch
            {
                "vessel" or "ship" => PartyType.Vessel,
                "aircraft" => PartyType.Aircraft,
                _ => PartyType.Unknown,
            },
        };

        var identities = Children(subject, "identity").OrderByDescending(i => (string?)i.Attribute("main") == "true").ToList();
        var names = ChNames.Of(identities);
        if (!names.Any(n => n.Type == NameType.Primary))
            throw new ListFormatException($"{file} line {line}: target {id} has no name");

        var addresses = new List<string>();
        var countries = new List<string>();
        var identifiers = new List<EntryIdentifier>();
        foreach (var identity in identities)
        {
            countries.AddRange(Children(identity, "nationality").SelectMany(n => Children(n, "country"))
                .Select(c => ReaderText.Clean(c.Value)).OfType<string>());
            foreach (var address in Children(identity, "address"))
            {
                var country = Children(address, "country").Select(c => ReaderText.Clean(c.Value)).FirstOrDefault();
                var text = ReaderText.Join(
                    ", ", Child(address, "c-o"), Child(address, "address-details"), Child(address, "p-o-box"),
                    Child(address, "zip-code"), Child(address, "location"), Child(address, "area"), country);
                if (text is not null)
                    addresses.Add(text);
                if (country is not null)
                    countries.Add(country);
            }

            foreach (var document in Children(identity, "identification-document"))
            {
                if (ReaderText.Clean(Child(document, "number")) is not { } number)
                    continue;
                var issuer = Children(document, "issuer").Select(c => ReaderText.Clean(c.Value)).FirstOrDefault();
                identifiers.Add(new EntryIdentifier(DocumentType((string?)document.Attribute("document-type")), number, issuer));
            }
        }

        var other = Children(target, "other-information").Concat(Children(subject, "other-information"))
            .Concat(Children(subject, "justification")).Select(o => o.Value).ToArray();
        return new ListEntry
        {
            Source = sourceId,
            EntryId = id,
            PartyType = partyType,
            Names = names,
            Programmes = Children(target, "sanctions-set-id").Select(s => s.Value.Trim())
                .Select(s => sets.TryGetValue(s, out var set) ? set : "sanctions set " + s).Distinct(StringComparer.Ordinal).ToArray(),
            Identifiers = identifiers.Distinct().ToArray(),
            Addresses = addresses.Distinct(StringComparer.Ordinal).ToArray(),
            Countries = countries.Distinct(StringComparer.Ordinal).ToArray(),
            ListedOn = ReaderText.IsoDate(Children(target, "modification")
                .FirstOrDefault(m => (string?)m.Attribute("modification-type") == "listed")?.Attribute("publication-date")?.Value),
            Remarks = ReaderText.Join(" ", other),
            Link = null,
            Links = RemarkLinks.Parse(ReaderText.Join(" ", other), partyType),
        };
    }

    private static string DocumentType(string? type) => type?.ToLowerInvariant() switch
    {
        "passport" or "diplomatic-passport" => "passport",
        "id-card" or "identification-card" => "national-id",
        null or "" => "other",
        var t => t,
    };
}
