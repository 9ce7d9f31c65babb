using System.Xml.Linq;
using SanctionsWatch.Model;
using static SanctionsWatch.Sources.XmlRecords;

namespace SanctionsWatch.Sources.Un;

/// <summary>
/// Reads the UN Security Council consolidated list (<c>CONSOLIDATED_LIST/{INDIVIDUALS/INDIVIDUAL,
/// ENTITIES/ENTITY}</c>), one record at a time.
/// </summary>
/// <remarks>
/// The entry id is the <c>REFERENCE_NUMBER</c> (e.g. <c>KPe.068</c>), trimmed: it is the id the Security Council
/// publishes and cites, and across the four real versions (2018-10 … 2026-02) it never changed for a party, while
/// the internal <c>DATAID</c> did once (MYOHYANG SHIPPING CO, KPe.068: 6908682 in 2020, 6908967 in 2025). Older files
/// pad the reference number with spaces (<c>"KPi.050 "</c>), hence the trim. The comments name related parties with
/// their reference number ("Associated with Abdelmalek Droukdel (QDi.232)"): links with the other party's id.
/// </remarks>
public sealed partial class UnReader : IListReader
{
    public const string FormatName = "un-xml";

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        var entries = new EntryList(file);
        DateTimeOffset? generated = null;
        foreach (var record in XmlRecords.Read(
            path,
            "CONSOLIDATED_LIST",
            n => n is "INDIVIDUAL" or "ENTITY",
            root => generated = ReaderText.Timestamp(root.GetAttribute("dateGenerated")),
            cancellationToken))
        {
            entries.Add(Entry(record.Element, sourceId, file, record.Line), record.Line);
        }

        return new ListFile(entries.NonEmpty("INDIVIDUAL or ENTITY"), null, FormatName, generated);
    }

    /// <summary>A Security Council reference number as the comments cite it: <c>QDe.014</c>, <c>TAi.166</c>.</summary>
    public static bool IsReference(string text) => Reference().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z]{2}[a-z]\.\d{3}$")]
    private static partial System.Text.RegularExpressions.Regex Reference();

    private static ListEntry Entry(XElement e, string sourceId, string file, int line)
    {
        var person = e.Name.LocalName == "INDIVIDUAL";
        var reference = ReaderText.Clean(Child(e, "REFERENCE_NUMBER"))
            ?? throw new ListFormatException($"{file} line {line}: {e.Name.LocalName} has no REFERENCE_NUMBER");
        var primary = ReaderText.Join(
            " ", Child(e, "FIRST_NAME"), Child(e, "SECOND_NAME"), Child(e, "THIRD_NAME"), Child(e, "FOURTH_NAME"))
            ?? throw new ListFormatException($"{file} line {line}: {reference} has no name");

        var names = new List<EntryName> { new(primary, NameType.Primary) };
        if (ReaderText.Clean(Child(e, "NAME_ORIGINAL_SCRIPT")) is { } original)
            names.Add(new EntryName(original, NameType.OriginalScript));
        foreach (var alias in Children(e, person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            if (ReaderText.Clean(Child(alias, "ALIAS_NAME")) is not { } name)
                continue;
            var type = Child(alias, "QUALITY")?.ToLowerInvariant() switch
            {
                "low" => NameType.WeakAlias,
                "f.k.a." => NameType.FormerName,
                _ => NameType.Alias,
            };
            names.Add(new EntryName(name, type));
        }

        var countries = new List<string>();
        countries.AddRange(Children(e, "NATIONALITY").SelectMany(n => Children(n, "VALUE"))
            .Select(v => ReaderText.Clean(v.Value)).OfType<string>());
        var addresses = new List<string>();
        foreach (var address in Children(e, person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"))
        {
            var country = ReaderText.Clean(Child(address, "COUNTRY"));
            var text = ReaderText.Join(
                ", ", Child(address, "STREET"), Child(address, "CITY"), Child(address, "STATE_PROVINCE"),
                Child(address, "ZIP_CODE"), country);
            if (text is not null)
                addresses.Add(text);
            if (country is not null)
                countries.Add(country);
        }

        var remarks = ReaderText.Clean(Child(e, "COMMENTS1"));
        return new ListEntry
        {
            Source = sourceId,
            EntryId = reference,
            PartyType = person ? PartyType.Person : PartyType.Organization,
            Names = names.Distinct().ToArray(),
            Programmes = ReaderText.Clean(Child(e, "UN_LIST_TYPE")) is { } programme ? [programme] : [],
            Identifiers = Children(e, "INDIVIDUAL_DOCUMENT").Select(UnDocuments.Identifier).OfType<EntryIdentifier>()
                .Distinct().ToArray(),
            Addresses = addresses.Distinct(StringComparer.Ordinal).ToArray(),
            Countries = countries.Distinct(StringComparer.Ordinal).ToArray(),
            ListedOn = ReaderText.IsoDate(Child(e, "LISTED_ON")),
            Remarks = remarks,
            Link = null,
            Links = RemarkLinks.Parse(remarks, person ? PartyType.Person : PartyType.Organization, IsReference),
        };
    }
}
