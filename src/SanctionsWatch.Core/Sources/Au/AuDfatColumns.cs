using System.Globalization;
using ExcelDataReader;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Au;

/// <summary>Where each column of the DFAT sheet is, found by its header (trimmed, case-insensitive).</summary>
internal sealed class AuDfatColumns
{
    private static readonly string[] Required = ["Reference", "Name of Individual or Entity", "Type", "Name Type"];

    private readonly Dictionary<string, int> _byName;

    private AuDfatColumns(Dictionary<string, int> byName) => _byName = byName;

    public int Reference => _byName["Reference"];
    public int Name => _byName["Name of Individual or Entity"];
    public int Type => _byName["Type"];
    public int NameType => _byName["Name Type"];
    public int DateOfBirth => Optional("Date of Birth");
    public int PlaceOfBirth => Optional("Place of Birth");
    public int Citizenship => Optional("Citizenship");
    public int Address => Optional("Address");
    public int AdditionalInformation => Optional("Additional Information");
    public int ListingInformation => Optional("Listing Information");
    public int Committees => Optional("Committees");
    public int ControlDate => Optional("Control Date");

    public static AuDfatColumns FromHeader(IExcelDataReader excel, string file)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < excel.FieldCount; i++)
        {
            if (excel.GetValue(i) is string header && header.Trim().Length > 0)
                byName.TryAdd(header.Trim(), i);
        }

        var missing = Required.Where(r => !byName.ContainsKey(r)).ToArray();
        if (missing.Length > 0)
        {
            var found = byName.Count == 0 ? "no header" : "header " + string.Join(", ", byName.Keys.Take(12));
            throw new ListFormatException(
                $"{file}: not the DFAT consolidated list: the first row lacks {string.Join(", ", missing)} ({found})");
        }

        return new AuDfatColumns(byName);
    }

    /// <summary>A cell as trimmed text (numbers in invariant form), null when empty or absent.</summary>
    public string? Text(IExcelDataReader excel, int column)
    {
        if (column < 0 || column >= excel.FieldCount)
            return null;
        var text = excel.GetValue(column) switch
        {
            null => null,
            string s => s,
            double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A date cell: an Excel date, a serial number, or text (d/M/yyyy, yyyy-MM-dd, d MMMM yyyy).</summary>
    public DateOnly? Date(IExcelDataReader excel, int column)
    {
        if (column < 0 || column >= excel.FieldCount)
            return null;
        switch (excel.GetValue(column))
        {
            case DateTime dt:
                return DateOnly.FromDateTime(dt);
            case double serial when serial is > 1 and < 2958466:
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            case string s:
                string[] formats = ["d/M/yyyy", "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d.M.yyyy"];
                return DateOnly.TryParseExact(s.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : null;
            default:
                return null;
        }
    }

    private int Optional(string name) => _byName.TryGetValue(name, out var i) ? i : -1;
}
