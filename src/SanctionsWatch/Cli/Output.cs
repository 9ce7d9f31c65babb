using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SanctionsWatch.Model;

namespace SanctionsWatch.Cli;

internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}

/// <summary>
/// Writes rows as an aligned table, JSON (an array of objects, snake_case names) or CSV. Text from the lists is
/// escaped so it never breaks the output: control characters become \uXXXX in tables and CSV.
/// </summary>
internal static class Output
{
    private const int MaxCellWidth = 70;

    public static void Write<T>(TextWriter writer, IReadOnlyList<T> rows, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                writer.WriteLine(JsonSerializer.Serialize(rows, EntryContent.Json));
                break;
            case OutputFormat.Csv:
                WriteCsv(writer, rows);
                break;
            default:
                WriteTable(writer, rows);
                break;
        }
    }

    public static void WriteJson<T>(TextWriter writer, T value) =>
        writer.WriteLine(JsonSerializer.Serialize(value, EntryContent.Json));

    private static PropertyInfo[] Columns<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static string Header(PropertyInfo p) => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name);

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.000", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Escape(value.ToString() ?? ""),
    };

    /// <summary>Replaces control characters (newlines, escape sequences) so a name cannot break a line or a terminal.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(char.IsControl))
            return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            sb.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c);
        return sb.ToString();
    }

    private static void WriteTable<T>(TextWriter writer, IReadOnlyList<T> rows)
    {
        var columns = Columns<T>();
        var cells = rows.Select(r => columns.Select(c => Truncate(Cell(c.GetValue(r)))).ToArray()).ToList();
        var headers = columns.Select(Header).ToArray();
        var widths = headers.Select((h, i) => cells.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        writer.WriteLine(string.Join("  ", headers.Select((h, i) => h.ToUpperInvariant().PadRight(widths[i]))).TrimEnd());
        foreach (var row in cells)
            writer.WriteLine(string.Join("  ", row.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        if (rows.Count == 0)
            writer.WriteLine("(none)");
    }

    private static string Truncate(string text) =>
        text.Length <= MaxCellWidth ? text : string.Concat(text.AsSpan(0, MaxCellWidth - 1), "…");

    private static void WriteCsv<T>(TextWriter writer, IReadOnlyList<T> rows)
    {
        var columns = Columns<T>();
        writer.WriteLine(string.Join(",", columns.Select(c => Quote(Header(c)))));
        foreach (var row in rows)
            writer.WriteLine(string.Join(",", columns.Select(c => Quote(Cell(c.GetValue(row))))));
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
