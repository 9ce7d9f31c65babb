using System.Xml.Linq;
using SanctionsWatch.Model;
using static SanctionsWatch.Sources.XmlRecords;

namespace SanctionsWatch.Sources.Uk;

/// <summary>
/// Reads the UK Sanctions List XML (<c>Designations/Designation</c>); the entry id is <c>UniqueID</c>
/// (e.g. <c>RUS0001</c>), the FCDO's own id of a designation; <c>DateGenerated</c> is the publication date. An
/// entity's <c>ParentCompanies/ParentCompany</c> and <c>Subsidiaries/Subsidiary</c> are its parent and subsidiary links.
/// </summary>
public sealed class UkXmlReader : IListReader
{
    public const string FormatName = "uk-xml";

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        var entries = new EntryList(file);
        DateTimeOffset? generated = null;
        foreach (var record in XmlRecords.Read(path, "Designations", n => n is "Designation" or "DateGenerated", null, cancellationToken))
        {
            if (record.Element.Name.LocalName == "DateGenerated")
            {
                generated = ReaderText.Midnight(UkDesignation.Date(record.Element.Value));
                continue;
            }

            entries.Add(Entry(record.Element, sourceId, file, record.Line), record.Line);
        }

        return new ListFile(entries.NonEmpty("Designation"), null, FormatName, generated);
    }

    private static ListEntry Entry(XElement e, string sourceId, string file, int line)
    {
        var id = ReaderText.Clean(Child(e, "UniqueID"))
            ?? throw new ListFormatException($"{file} line {line}: Designation has no UniqueID");
        var d = new UkDesignation(id)
        {
            PartyType = UkDesignation.PartyTypeOf(Child(e, "IndividualEntityShip")),
            ListedOn = UkDesignation.Date(Child(e, "DateDesignated")),
            Remarks = ReaderText.Clean(Child(e, "OtherInformation")),
        };
        foreach (var name in All(e, "Names", "Name"))
        {
            d.AddName(
                [Child(name, "Name1"), Child(name, "Name2"), Child(name, "Name3"), Child(name, "Name4"), Child(name, "Name5"), Child(name, "Name6")],
                Child(name, "NameType"),
                Child(name, "AliasStrength"));
        }

        foreach (var name in All(e, "NonLatinNames", "NonLatinName"))
            d.AddNonLatinName(Child(name, "NameNonLatinScript"));
        d.AddProgramme(Child(e, "RegimeName"));
        foreach (var address in All(e, "Addresses", "Address"))
        {
            d.AddAddress(
                [.. Enumerable.Range(1, 6).Select(i => Child(address, "AddressLine" + i))],
                Child(address, "AddressPostalCode"),
                Child(address, "AddressCountry"));
        }

        foreach (var details in Descendants(e, "Individual", "Entity", "Ship"))
        {
            foreach (var nationality in All(details, "Nationalities", "Nationality"))
                d.AddCountry(nationality.Value);
            foreach (var passport in All(details, "PassportDetails", "Passport"))
                d.AddIdentifier("passport", Child(passport, "PassportNumber"));
            foreach (var national in All(details, "NationalIdentifierDetails", "NationalIdentifier"))
                d.AddIdentifier("national-id", Child(national, "NationalIdentifierNumber"));
            foreach (var registration in All(details, "BusinessRegistrationNumbers", "BusinessRegistrationNumber"))
                d.AddRegistrationNumber(registration.Value);
            foreach (var imo in All(details, "IMONumbers", "IMONumber"))
                d.AddImoNumber(imo.Value);
            foreach (var parent in All(details, "ParentCompanies", "ParentCompany"))
                d.AddLink(LinkType.Parent, parent.Value);
            foreach (var subsidiary in All(details, "Subsidiaries", "Subsidiary"))
                d.AddLink(LinkType.Subsidiary, subsidiary.Value);
        }

        return d.ToEntry(sourceId, file, line);
    }

    private static IEnumerable<XElement> All(XElement parent, string list, string item) =>
        Children(parent, list).SelectMany(l => Children(l, item));

    /// <summary>The <c>IndividualDetails/Individual</c>, <c>EntityDetails/Entity</c>, <c>ShipDetails/Ship</c> elements.</summary>
    private static IEnumerable<XElement> Descendants(XElement e, params string[] kinds) =>
        kinds.SelectMany(k => All(e, k + "Details", k));
}
