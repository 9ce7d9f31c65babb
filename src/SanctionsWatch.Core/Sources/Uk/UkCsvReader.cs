using System.Globalization;
using System.Text;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Uk;

/// <summary>
/// Reads the UK Sanctions List CSV: a first row with the report date, then the header, then one row per name, the
/// rows of one designation together under its <c>Unique ID</c>. Columns are found by name (case, spaces and
/// punctuation ignored: <c>Name 6</c>, <c>Name type</c>, <c>Alias strength</c>, <c>Regime Name</c>, <c>Designation
/// Type</c>, <c>Date Designated</c>, <c>Address Line 1</c>…, <c>Passport number</c>, <c>IMO number</c>, …).
/// <c>Parent Company</c> and <c>Subsidiaries</c> (several values separated by <c>|</c>, repeated on each row of the
/// designation) are its parent and subsidiary links.
/// </summary>
public sealed class UkCsvReader : IListReader
{
    public const string FormatName = "uk-csv";

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        var entries = new EntryList(file);
        DateTimeOffset? reportDate = null;
        Dictionary<string, int>? columns = null;
        UkDesignation? current = null;
        var currentLine = 0;
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in UkCsvRecords.Read(path, cancellationToken))
        {
            if (columns is null)
            {
                if (row.Fields.Any(f => Key(f) == "uniqueid"))
                    columns = Header(row.Fields);
                else if (row.Line > 1 || reportDate is not null)
                    throw new ListFormatException($"{file} line {row.Line}: no header with a 'Unique ID' column in the first two rows");
                else
                    reportDate = ReportDate(row.Fields);
                continue;
            }

            string? F(string key) => columns.TryGetValue(key, out var i) && i < row.Fields.Length ? ReaderText.Clean(row.Fields[i]) : null;

            var id = F("uniqueid") ?? throw new ListFormatException($"{file} line {row.Line}: row has no Unique ID");
            if (current?.UniqueId != id)
            {
                if (current is not null)
                    entries.Add(current.ToEntry(sourceId, file, currentLine), currentLine);
                if (!done.Add(id))
                    throw new ListFormatException($"{file} line {row.Line}: duplicate id {id} (its rows are not together)");
                current = new UkDesignation(id)
                {
                    PartyType = UkDesignation.PartyTypeOf(F("designationtype") ?? F("individualentityship") ?? F("type")),
                    ListedOn = UkDesignation.Date(F("datedesignated")),
                    Remarks = F("otherinformation"),
                };
                currentLine = row.Line;
                current.AddProgramme(F("regimename"));
            }

            current.AddName([F("name1"), F("name2"), F("name3"), F("name4"), F("name5"), F("name6")], F("nametype"), F("aliasstrength"));
            current.AddNonLatinName(F("namenonlatinscript"));
            current.AddAddress(
                [F("addressline1"), F("addressline2"), F("addressline3"), F("addressline4"), F("addressline5"), F("addressline6")],
                F("addresspostalcode"),
                F("addresscountry"));
            current.AddCountry(F("nationalityies") ?? F("nationality"));
            current.AddIdentifier("passport", F("passportnumber"));
            current.AddIdentifier("national-id", F("nationalidentifiernumber"));
            current.AddRegistrationNumber(F("businessregistrationnumbers") ?? F("businessregistrationnumber"));
            current.AddImoNumber(F("imonumber"));
            foreach (var parent in Values(F("parentcompany") ?? F("parentcompanies")))
                current.AddLink(LinkType.Parent, parent);
            foreach (var subsidiary in Values(F("subsidiaries") ?? F("subsidiary")))
                current.AddLink(LinkType.Subsidiary, subsidiary);
        }

        if (columns is null)
            throw new ListFormatException($"{file}: no header with a 'Unique ID' column");
        if (current is not null)
            entries.Add(current.ToEntry(sourceId, file, currentLine), currentLine);
        return new ListFile(entries.NonEmpty("designation"), null, FormatName, reportDate);
    }

    /// <summary>The values of a cell holding several (the list separates them with <c>|</c>, as in Sanctions Imposed).</summary>
    private static IEnumerable<string> Values(string? cell) =>
        cell is null ? [] : cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Dictionary<string, int> Header(string[] fields)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
            columns.TryAdd(Key(fields[i]), i);
        return columns;
    }

    /// <summary>A column name without case, spaces or punctuation: "Nationality(/ies)" → nationalityies.</summary>
    private static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
                sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>The date in the first row (<c>Report Date: 10-Sep-2026</c> or <c>10/09/2026</c>), when there is one.</summary>
    private static DateTimeOffset? ReportDate(string[] fields)
    {
        string[] formats = ["dd-MMM-yyyy", "d-MMM-yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "dd MMMM yyyy", "d MMMM yyyy"];
        foreach (var field in fields)
        {
            var text = field.Contains(':', StringComparison.Ordinal) ? field[(field.IndexOf(':', StringComparison.Ordinal) + 1)..] : field;
            if (DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return ReaderText.Midnight(date);
        }

        return null;
    }
}
