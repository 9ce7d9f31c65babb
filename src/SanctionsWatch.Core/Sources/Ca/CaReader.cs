using System.Xml.Linq;
using SanctionsWatch.Model;
using static SanctionsWatch.Sources.XmlRecords;

namespace SanctionsWatch.Sources.Ca;

/// <summary>
/// Reads Canada's consolidated SEMA list (<c>data-set/record</c>), both the layout of 2020 (<c>Entity</c>,
/// <c>Title</c>, <c>DateOfBirth</c>) and of 2025 (<c>EntityOrShip</c>, <c>TitleOrShip</c>, <c>ShipIMONumber</c>,
/// <c>DateOfListing</c>).
/// </summary>
/// <remarks>
/// Records carry no id, and the position (<c>Country</c>, <c>Schedule</c>, <c>Item</c>) is not stable: the schedules
/// were renumbered between 2020 and 2025 ("1" became "1, Part 1", …), so only 112 of 1,369 positions of 2020 still
/// name the same party in 2025. The entry id is therefore <see cref="CaEntryIds"/>: the regime and the normalised
/// name (<c>russia/kurganmashzavod-pjsc</c>), or the IMO number for a ship (<c>imo-7612448</c>); by it 1,255 of the
/// 2020 entries are found again in 2025. A party listed twice under one regime (MENYAILO Sergey Ivanovich, Russia
/// schedule 1 parts 1 and 1.1) is one entry; the same schedule item twice is a duplicate and refused.
/// </remarks>
public sealed class CaReader : IListReader
{
    public const string FormatName = "ca-sema-xml";

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        var order = new List<string>();
        var byId = new Dictionary<string, ListEntry>(StringComparer.Ordinal);
        var items = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in XmlRecords.Read(path, "data-set", n => n == "record", null, cancellationToken))
        {
            var entry = Entry(record.Element, sourceId, file, record.Line, out var item);
            if (!items.Add(item))
                throw new ListFormatException($"{file} line {record.Line}: duplicate item {item}");
            if (byId.TryGetValue(entry.EntryId, out var earlier))
            {
                byId[entry.EntryId] = Merge(earlier, entry);
                continue;
            }

            order.Add(entry.EntryId);
            byId[entry.EntryId] = entry;
        }

        if (order.Count == 0)
            throw new ListFormatException($"{file}: the file holds no record");
        var firms = byId.Values.Where(e => e.PartyType == PartyType.Organization).Select(e => e.PrimaryName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new ListFile(order.Select(id => WithOwnName(byId[id], firms)).ToArray(), null, FormatName) { Reread = e => Reread(e, firms) };
    }

    /// <summary>
    /// An entry stored from an earlier read as this reader reads the same record now (<see cref="ListFile.Reread"/>):
    /// Cyrillic names side by side with a slash each a name (<see cref="CaAliases.Alternatives"/>, since rules
    /// 2026-12-06.69), and a firm named after its listed parent with its own name as an alias too
    /// (<see cref="WithOwnName"/>). Reading an entry read so already changes nothing.
    /// </summary>
    internal static ListEntry Reread(ListEntry stored, HashSet<string> firms)
    {
        var names = stored.Names
            .SelectMany(n => n.Type == NameType.OriginalScript ? CaAliases.Alternatives(n.Text).Select(a => new EntryName(a, NameType.OriginalScript)) : [n])
            .Distinct()
            .ToArray();
        return WithOwnName(stored with { Names = names }, firms);
    }

    /// <summary>
    /// A firm the list names after its listed parent (<c>Tactical Missiles Corporation, ‘Plant Dagdiesel’ JSC</c>, the
    /// parent listed as <c>Tactical Missiles Corporation</c>): its own name, after the comma, is an alias too, as other
    /// publishers write it without the parent.
    /// </summary>
    private static ListEntry WithOwnName(ListEntry entry, HashSet<string> firms)
    {
        var comma = entry.PrimaryName.IndexOf(", ", StringComparison.Ordinal);
        if (entry.PartyType != PartyType.Organization || comma <= 0)
            return entry;
        var parent = entry.PrimaryName[..comma];
        var own = ReaderText.Clean(entry.PrimaryName[(comma + 2)..]);
        if (own is null || !own.Any(char.IsLetter) || CaAliases.IsLegalForm(own) || !firms.Contains(parent) || entry.Names.Any(n => n.Text == own))
            return entry;
        return entry with { Names = [.. entry.Names, new EntryName(own, NameType.Alias)] };
    }

    private static ListEntry Entry(XElement r, string sourceId, string file, int line, out string item)
    {
        var country = ReaderText.Clean(Child(r, "Country"))
            ?? throw new ListFormatException($"{file} line {line}: record has no Country");
        var schedule = ReaderText.Clean(Child(r, "Schedule"));
        var number = ReaderText.Clean(Child(r, "Item"));
        item = $"{country} / schedule {schedule ?? "-"} / item {number ?? "-"}";

        var entity = ReaderText.Clean(Child(r, "EntityOrShip")) ?? ReaderText.Clean(Child(r, "Entity"));
        var title = ReaderText.Clean(Child(r, "TitleOrShip")) ?? ReaderText.Clean(Child(r, "Title"));
        var imo = ReaderText.Clean(Child(r, "ShipIMONumber"));
        IReadOnlyList<EntryName> embedded = [];
        if (entity is not null)
            (entity, embedded) = CaAliases.FromName(entity);
        var person = ReaderText.Join(" ", Child(r, "GivenName"), Child(r, "LastName"));
        var primary = entity ?? person ?? throw new ListFormatException($"{file} line {line}: record has no name");
        var partyType = entity is null ? PartyType.Person
            : imo is not null || CaAliases.IsShipType(title) ? PartyType.Vessel
            : PartyType.Organization;

        var names = new List<EntryName> { new(primary, NameType.Primary) };
        names.AddRange(embedded);
        names.AddRange(CaAliases.Split(Child(r, "Aliases")));
        var regime = CaEntryIds.RegimeName(country);
        var remarks = ReaderText.Join(
            "; ",
            schedule is null ? null : "Schedule " + schedule,
            number is null ? null : "Item " + number,
            title is null ? null : (partyType == PartyType.Vessel ? "Type: " : "Title: ") + title);

        return new ListEntry
        {
            Source = sourceId,
            EntryId = CaEntryIds.Of(country, primary, imo),
            PartyType = partyType,
            Names = names.Distinct().ToArray(),
            Programmes = [regime],
            Identifiers = imo is null ? [] : [new EntryIdentifier("imo", imo)],
            ListedOn = ReaderText.IsoDate(Child(r, "DateOfListing")),
            Remarks = remarks,
            Link = null,
        };
    }

    /// <summary>One party listed twice: the names and programmes of both, the first listing date, both remarks.</summary>
    private static ListEntry Merge(ListEntry a, ListEntry b) => a with
    {
        Names = a.Names.Concat(b.Names.Where(n => n.Type != NameType.Primary || n.Text != a.PrimaryName)
            .Select(n => n.Type == NameType.Primary ? n with { Type = NameType.Alias } : n)).Distinct().ToArray(),
        Programmes = a.Programmes.Concat(b.Programmes).Distinct(StringComparer.Ordinal).ToArray(),
        Identifiers = a.Identifiers.Concat(b.Identifiers).Distinct().ToArray(),
        ListedOn = a.ListedOn is null ? b.ListedOn : b.ListedOn is null ? a.ListedOn : (a.ListedOn < b.ListedOn ? a.ListedOn : b.ListedOn),
        Remarks = ReaderText.Join(" | ", a.Remarks, b.Remarks),
    };
}
