using System.Text;

namespace SanctionsWatch.Tests.Support;

/// <summary>Writes small OFAC sdn.csv files by hand, in the official layout (no header, -0- for empty, 0x1A at the end).</summary>
public static class OfacCsv
{
    /// <summary>One sdn.csv row: ent_num, name, type (individual/vessel/aircraft or null for an entity), programs, remarks.</summary>
    public static string Row(int id, string name, string? type = null, string programs = "RUSSIA-EO14024", string? remarks = null) =>
        $"{id},\"{name}\",{Field(type)},\"{programs}\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,{Field(remarks)}";

    public static string File(params string[] rows) => File(true, rows);

    public static string File(bool endMarker, params string[] rows)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
            sb.Append(row).Append("\r\n");
        if (endMarker)
            sb.Append('\x1A');
        return sb.ToString();
    }

    private static readonly string[] FillerForms =
        ["{0} AIRCRAFT MANUFACTURING ENTERPRISE", "{0} TRADING COMPANY LIMITED", "{0} MACHINE BUILDING PLANT", "JSC {0}"];

    /// <summary>
    /// Filler rows of unrelated parties, so a file has a realistic number of entries and, like a real list, common
    /// words (plant, enterprise, company, …) are common in it.
    /// </summary>
    public static string[] Filler(int count, int firstId = 900000) =>
        [.. Enumerable.Range(firstId, count).Select(i => Row(i, FillerName(i), programs: "SDGT"))];

    /// <summary>The name of filler party <paramref name="i"/>.</summary>
    public static string FillerName(int i) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, FillerForms[i % FillerForms.Length], Words(i));

    private static string Words(int i)
    {
        string[] syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi"];
        var sb = new StringBuilder();
        for (var n = i; n > 0; n /= 8)
            sb.Append(syllables[n % 8]);
        return sb.ToString().ToUpperInvariant();
    }

    private static string Field(string? value) => value is null ? "-0- " : $"\"{value}\"";
}
