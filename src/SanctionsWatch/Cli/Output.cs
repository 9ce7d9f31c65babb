using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SanctionsWatch.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace SanctionsWatch.Cli;

internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}

/// <summary>
/// Writes rows as a table, JSON (an array of objects, snake_case names) or CSV. A table on a terminal is drawn by
/// Spectre.Console with borders and colour (bands, statuses and kinds coloured by what they mean); piped or redirected,
/// it is plain aligned text. Text from the lists is escaped so it never breaks the output: control characters become
/// \uXXXX in tables and CSV, and Spectre markup in a name (<c>[red]</c>) is printed as written, never interpreted.
/// </summary>
internal static class Output
{
    private const int MaxCellWidth = 70;

    /// <summary>JSON with every field written, null or not: the schema of each command's output is stable.</summary>
    private static readonly JsonSerializerOptions Json = new(EntryContent.Json)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public static void Write<T>(TextWriter writer, IReadOnlyList<T> rows, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                writer.WriteLine(SafeJson(JsonSerializer.Serialize(rows, Json)));
                break;
            case OutputFormat.Csv:
                WriteCsv(writer, rows);
                break;
            default:
                if (ReferenceEquals(writer, Console.Out) && Terminal.IsInteractive)
                    Render(Terminal.Screen, rows);
                else
                    WriteTable(writer, rows);
                break;
        }
    }

    /// <summary>A titled table (one section of a report such as <c>status</c>): drawn on a terminal, plain text when piped.</summary>
    public static void Section<T>(TextWriter writer, string title, IReadOnlyList<T> rows)
    {
        if (ReferenceEquals(writer, Console.Out) && Terminal.IsInteractive)
        {
            Render(Terminal.Screen, rows, title);
            return;
        }

        WriteTable(writer, rows, title);
        writer.WriteLine();
    }

    /// <summary>Draws rows as a Spectre table on <paramref name="console"/>, with an optional title.</summary>
    public static void Render<T>(IAnsiConsole console, IReadOnlyList<T> rows, string? title = null)
    {
        var columns = Columns<T>();
        var cells = rows.Select(r => columns.Select(c => (Text: Truncate(Cell(c.GetValue(r))), Style: StyleOf(c.GetValue(r)))).ToArray()).ToList();
        var headers = columns.Select(c => Header(c).ToUpperInvariant()).ToArray();
        if (FitWidths(columns, headers, cells, console.Profile.Width) is not { } widths)
        {
            // Too wide for this terminal even with names shortened: aligned plain lines (the terminal may soft-wrap
            // them), rather than a table squeezed into broken words.
            WriteTable(console.Profile.Out.Writer, rows, title);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        if (title is not null)
            table.Title(new TableTitle(Markup.Escape(title), new Style(decoration: Decoration.Bold)));
        for (var i = 0; i < columns.Length; i++)
        {
            var header = new TableColumn(new Text(headers[i], new Style(decoration: Decoration.Bold))).NoWrap();
            if (IsNumber(columns[i].PropertyType))
                header.RightAligned();
            if (widths[i] is { } width)
                header.Width(width);
            table.AddColumn(header);
        }

        foreach (var row in cells)
        {
            table.AddRow(row.Select((c, i) => (IRenderable)new Text(widths[i] is { } w ? Shorten(c.Text, w) : c.Text, c.Style)).ToArray());
        }

        if (rows.Count == 0)
            table.Caption(new TableTitle("(none)", new Style(Color.Grey)));
        console.Write(table);
    }

    /// <summary>
    /// On a terminal too narrow for the table, the free-text columns (names, errors, fields) are narrowed, widest
    /// first and not below 12 characters, and their text ends in "…"; ids, dates, scores and statuses stay whole.
    /// Null for a column that keeps its natural width; the whole result null when the table cannot fit.
    /// </summary>
    private static int?[]? FitWidths(PropertyInfo[] columns, string[] headers, List<(string Text, Style Style)[]> cells, int available)
    {
        var natural = headers.Select((h, i) => cells.Select(r => r[i].Text.Length).Prepend(h.Length).Max()).ToArray();
        var widths = new int?[columns.Length];
        var excess = natural.Sum() + (3 * columns.Length) + 1 - available;
        while (excess > 0)
        {
            var widest = -1;
            for (var i = 0; i < columns.Length; i++)
            {
                var current = widths[i] ?? natural[i];
                if (Wraps(columns[i].Name) && current > Math.Max(12, headers[i].Length) && (widest < 0 || current > (widths[widest] ?? natural[widest])))
                    widest = i;
            }

            if (widest < 0)
                return null;
            widths[widest] = (widths[widest] ?? natural[widest]) - 1;
            excess--;
        }

        return widths;
    }

    private static string Shorten(string text, int width) =>
        text.Length <= width ? text : string.Concat(text.AsSpan(0, Math.Max(0, width - 1)), "…");

    /// <summary>Free text, which may be shortened on a narrow terminal; ids, dates, scores and statuses never are.</summary>
    private static bool Wraps(string property) =>
        property.Contains("Name", StringComparison.Ordinal) || property is "Error" or "LastError" or "Fields" or "Delivery" or "Reason"
            or "Note" or "Url" or "LastArchive" or "ArchivePath" or "FileName" or "Sources" or "File" or "MatchedName" or "Explanation";

    private static bool IsNumber(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(double) || t == typeof(int) || t == typeof(long));

    /// <summary>Colour by meaning: what needs attention in red or yellow, what is settled in green or grey.</summary>
    private static Style StyleOf(object? value) => value is string text ? text switch
    {
        "alert" or "failed" or "refused" or "listed" or "delisted" or "first-seen" or "added" or "removed" => new Style(Color.Red),
        "review" or "changed" or "modified" or "pending" or "queued" or "new" or "stale" => new Style(Color.Yellow),
        "accepted" or "delivered" or "confirmed" or "unchanged" or "not-modified" or "ok" => new Style(Color.Green),
        "dismissed" or "none" or "never synced" or "never matched" => new Style(Color.Grey),
        _ => Style.Plain,
    } : Style.Plain;

    public static void WriteJson<T>(TextWriter writer, T value) =>
        writer.WriteLine(SafeJson(JsonSerializer.Serialize(value, Json)));

    /// <summary>
    /// JSON with line separators and bidirectional overrides written as <c>\uXXXX</c> too (the serializer escapes
    /// control characters itself): outside strings JSON has no such characters, so replacing them is exact.
    /// </summary>
    private static string SafeJson(string json)
    {
        if (!json.Any(SeparatorOrBidi))
            return json;
        var sb = new StringBuilder(json.Length + 16);
        foreach (var c in json)
            sb.Append(SeparatorOrBidi(c) ? $"\\u{(int)c:x4}" : c);
        return sb.ToString();
    }

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

    /// <summary>Whether <paramref name="text"/> holds a character <see cref="Escape"/> replaces.</summary>
    public static bool NeedsEscape(string text) => text.Any(Unsafe);

    /// <summary>Replaces control characters (newlines, escape sequences) so a name cannot break a line or a terminal.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(Unsafe))
            return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            sb.Append(Unsafe(c) ? $"\\u{(int)c:x4}" : c);
        return sb.ToString();
    }

    /// <summary>Control characters, line and paragraph separators, and bidirectional overrides (which can reorder what a terminal shows).</summary>
    private static bool Unsafe(char c) => char.IsControl(c) || SeparatorOrBidi(c);

    private static bool SeparatorOrBidi(char c) => c is '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');

    private static void WriteTable<T>(TextWriter writer, IReadOnlyList<T> rows, string? title = null)
    {
        if (title is not null)
            writer.WriteLine(Escape(title));
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
            writer.WriteLine(string.Join(",", columns.Select(c => Quote(CsvCell(c.GetValue(row))))));
    }

    /// <summary>
    /// A CSV cell. Text that a spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe,
    /// as OWASP advises for CSV meant for auditors' spreadsheets; numbers are left alone.
    /// </summary>
    private static string CsvCell(object? value)
    {
        var cell = Cell(value);
        return value is string && cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' ? "'" + cell : cell;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
