using ExcelDataReader;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Au;

/// <summary>The rows of one DFAT reference number, gathered into one entry.</summary>
internal sealed class AuDfatParty(string entryId)
{
    private readonly List<EntryName> _names = [];
    private readonly List<string> _programmes = [];
    private readonly List<string> _addresses = [];
    private readonly List<string> _countries = [];
    private readonly List<string> _remarks = [];
    private readonly List<EntryIdentifier> _identifiers = [];
    private PartyType _type = PartyType.Unknown;
    private DateOnly? _listedOn;
    private int _primaryRow;

    public void Add(AuDfatColumns c, IExcelDataReader excel, string name, string file, int row)
    {
        var nameType = NameTypeOf(c.Text(excel, c.NameType));
        if (nameType == NameType.Primary)
        {
            if (_primaryRow > 0)
            {
                throw new ListFormatException(
                    $"{file} row {row}: duplicate entry {entryId}: a second primary name (the first is on row {_primaryRow})");
            }

            _primaryRow = row;
            _names.Insert(0, new EntryName(name, nameType));
        }
        else
        {
            _names.Add(new EntryName(name, nameType));
        }

        if (_type == PartyType.Unknown)
        {
            _type = c.Text(excel, c.Type)?.ToLowerInvariant() switch
            {
                "individual" => PartyType.Person,
                "entity" => PartyType.Organization,
                "vessel" => PartyType.Vessel,
                _ => PartyType.Unknown,
            };
        }

        AddText(_programmes, Collapse(c.Text(excel, c.Committees)));
        AddText(_addresses, Meaningful(c.Text(excel, c.Address)));
        AddText(_countries, Meaningful(c.Text(excel, c.Citizenship)));
        var dateOfBirth = Meaningful(c.Text(excel, c.DateOfBirth));
        var placeOfBirth = Meaningful(c.Text(excel, c.PlaceOfBirth));
        var additional = Meaningful(c.Text(excel, c.AdditionalInformation));
        AddText(_remarks, dateOfBirth is null ? null : "Date of birth: " + dateOfBirth);
        AddText(_remarks, placeOfBirth is null ? null : "Place of birth: " + placeOfBirth);
        AddText(_remarks, additional);
        AddText(_remarks, Meaningful(c.Text(excel, c.ListingInformation)));
        foreach (var identifier in AuDfatIdentifiers.Parse(additional))
        {
            if (!_identifiers.Contains(identifier))
                _identifiers.Add(identifier);
        }

        var controlDate = c.Date(excel, c.ControlDate);
        if (controlDate is not null && (_listedOn is null || controlDate < _listedOn))
            _listedOn = controlDate;
    }

    public ListEntry Build(string sourceId, string file)
    {
        if (_primaryRow == 0)
            throw new ListFormatException($"{file}: reference {entryId} has no primary name");
        return new ListEntry
        {
            Source = sourceId,
            EntryId = entryId,
            PartyType = _type,
            Names = _names.Distinct().ToArray(),
            Programmes = _programmes.ToArray(),
            Identifiers = _identifiers.ToArray(),
            Addresses = _addresses.ToArray(),
            Countries = _countries.ToArray(),
            ListedOn = _listedOn,
            Remarks = _remarks.Count == 0 ? null : string.Join("\n", _remarks),
            Links = _remarks.SelectMany(r => RemarkLinks.Parse(r, _type)).Distinct().Take(RemarkLinks.MaxLinks).ToArray(),
        };
    }

    /// <summary>DFAT's name types vary in case and spacing ("Primary Name", "primary name ", "aka", "AKA", …).</summary>
    private static NameType NameTypeOf(string? text) => text?.ToLowerInvariant() switch
    {
        "primary name" or "primary" => NameType.Primary,
        "original script" => NameType.OriginalScript,
        "formerly known as" or "previously listed as" or "fka" => NameType.FormerName,
        _ => NameType.Alias,
    };

    /// <summary>"NA", "N/A", "-" mean nothing.</summary>
    private static string? Meaningful(string? text) =>
        text is null || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.Equals("N/A", StringComparison.OrdinalIgnoreCase) || text == "-"
            ? null
            : text;

    private static string? Collapse(string? text) =>
        text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void AddText(List<string> list, string? text)
    {
        if (text is not null && !list.Contains(text, StringComparer.Ordinal))
            list.Add(text);
    }
}
