using nietras.SeparatedValues;

namespace SanctionsWatch.Sources.UsCsl;

/// <summary>One row of the Consolidated Screening List CSV: its list and its cells, whitespace collapsed, blank as null.</summary>
internal sealed record UsCslRow
{
    public required int Line { get; init; }

    public required UsCslList List { get; init; }

    /// <summary>The row's <c>source</c> column as written: "Entity List (EL) - Bureau of Industry and Security".</summary>
    public required string SubList { get; init; }

    public required string Name { get; init; }

    public string? EntityNumber { get; init; }

    public string? Type { get; init; }

    public string? Programs { get; init; }

    public string? Title { get; init; }

    public string? Addresses { get; init; }

    public string? FederalRegisterNotice { get; init; }

    public string? StartDate { get; init; }

    public string? EndDate { get; init; }

    public string? StandardOrder { get; init; }

    public string? LicenseRequirement { get; init; }

    public string? LicensePolicy { get; init; }

    public string? CallSign { get; init; }

    public string? VesselType { get; init; }

    public string? VesselFlag { get; init; }

    public string? VesselOwner { get; init; }

    public string? Remarks { get; init; }

    public string? SourceListUrl { get; init; }

    public string? AltNames { get; init; }

    public string? Citizenships { get; init; }

    public string? DatesOfBirth { get; init; }

    public string? Nationalities { get; init; }

    public string? PlacesOfBirth { get; init; }

    public string? Ids { get; init; }

    public static UsCslRow Read(SepReader.Row row, UsCslColumns c, UsCslList list, string subList, string name) => new()
    {
        Line = row.LineNumberFrom,
        List = list,
        SubList = subList,
        Name = name,
        EntityNumber = c.Cell(row, "entity_number"),
        Type = c.Cell(row, "type"),
        Programs = c.Cell(row, "programs"),
        Title = c.Cell(row, "title"),
        Addresses = c.Cell(row, "addresses"),
        FederalRegisterNotice = c.Cell(row, "federal_register_notice"),
        StartDate = c.Cell(row, "start_date"),
        EndDate = c.Cell(row, "end_date"),
        StandardOrder = c.Cell(row, "standard_order"),
        LicenseRequirement = c.Cell(row, "license_requirement"),
        LicensePolicy = c.Cell(row, "license_policy"),
        CallSign = c.Cell(row, "call_sign"),
        VesselType = c.Cell(row, "vessel_type"),
        VesselFlag = c.Cell(row, "vessel_flag"),
        VesselOwner = c.Cell(row, "vessel_owner"),
        Remarks = c.Cell(row, "remarks"),
        SourceListUrl = c.Cell(row, "source_list_url"),
        AltNames = c.Cell(row, "alt_names"),
        Citizenships = c.Cell(row, "citizenships"),
        DatesOfBirth = c.Cell(row, "dates_of_birth"),
        Nationalities = c.Cell(row, "nationalities"),
        PlacesOfBirth = c.Cell(row, "places_of_birth"),
        Ids = c.Cell(row, "ids"),
    };

    /// <summary>
    /// The entry id: the list's code and the row's entity number where it has one (the Treasury lists: OFAC's stable
    /// ent_num), else the list's code and the name as a key (<c>el/rostec-russian-technologies-state-corporation</c>).
    /// </summary>
    public string EntryId => List.Code.ToLowerInvariant() + "/" + (EntityNumber ?? ReaderText.IdKey(Name));

    /// <summary>Every cell in one text: the order in which the rows of one party are merged, whatever the file's order.</summary>
    public string SortKey => string.Join(
        '\u001f',
        StartDate, FederalRegisterNotice, Name, Addresses, AltNames, Programs, Type, Title, EndDate, StandardOrder,
        LicenseRequirement, LicensePolicy, Remarks, Ids, Nationalities, Citizenships, DatesOfBirth, PlacesOfBirth,
        CallSign, VesselType, VesselFlag, VesselOwner, SourceListUrl, SubList);
}
