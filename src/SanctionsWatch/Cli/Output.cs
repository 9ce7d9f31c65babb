using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SanctionsWatch.App;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;
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
                if (ReferenceEquals(writer, Invocation.Out) && Terminal.IsInteractive)
                    Render(Terminal.Screen, rows);
                else
                    WriteTable(writer, rows);
                break;
        }
    }

    /// <summary>A titled table (one section of a report such as <c>status</c>): drawn on a terminal, plain text when piped.</summary>
    public static void Section<T>(TextWriter writer, string title, IReadOnlyList<T> rows)
    {
        if (ReferenceEquals(writer, Invocation.Out) && Terminal.IsInteractive)
        {
            Render(Terminal.Screen, rows, title);
            Terminal.Screen.WriteLine();
            return;
        }

        WriteTable(writer, rows, title);
        writer.WriteLine();
    }

    /// <summary>
    /// Draws rows on <paramref name="console"/>, with an optional title: a table with borders when it fits as it is;
    /// else a compact table made to fit (<see cref="TableLayout"/>: columns equal in every row said once, short headers,
    /// compact dates, names shortened by their least distinctive part, the least needed columns left out and named);
    /// else, when not even that fits, one card per record.
    /// </summary>
    public static void Render<T>(IAnsiConsole console, IReadOnlyList<T> rows, string? title = null)
    {
        var columns = TableColumns<T>();
        var cells = rows.Select(r => columns.Select(c => (Text: Truncate(Cell(c.GetValue(r))), Style: StyleOf(c.GetValue(r)))).ToArray()).ToList();
        var headers = columns.Select(c => Header(c).ToUpperInvariant()).ToArray();
        var width = console.Profile.Width;
        var natural = headers.Select((h, i) => cells.Select(r => r[i].Text.Length).Prepend(h.Length).Max()).ToArray();
        if (natural.Sum() + (3 * columns.Length) + 1 <= width)
        {
            Bordered(console, columns, headers, cells, rows.Count, title);
            return;
        }

        if (rows.Count == 0)
        {
            console.Write(new Text((title is null ? "" : ListText.Escape(title) + "\n") + "(none)\n", new Style(Color.Grey)));
            return;
        }

        var layout = columns.Select((c, i) => new LayoutColumn(c.Name, headers[i], [.. cells.Select(r => r[i].Text)], IsNumber(c.PropertyType))
        {
            Shrinkable = Wraps(c.Name) || c.Name == "Status",
        }).ToList();
        // One record too wide for a table is a card; several are fitted, and cards only when nothing else fits.
        var plan = rows.Count == 1 ? new TableLayout.Plan(layout, [], [], true) : TableLayout.Fit(layout, width);
        if (title is not null)
            console.Write(new Text(string.Join("\n", Wrap(ListText.Escape(title), width)) + "\n", new Style(decoration: Decoration.Bold)));
        if (plan.Cards)
        {
            Cards(console, headers, cells, width);
            return;
        }

        if (plan.Constant.Count > 0)
            console.Write(new Text(string.Join("\n", Wrap("every row: " + string.Join(", ", plan.Constant), width)) + "\n", new Style(Color.Grey)));
        var indexes = plan.Columns.Select(c => Array.FindIndex(columns, p => p.Name == c.Property)).ToArray();
        var widths = plan.Columns.Select(c => c.Width).ToArray();
        for (var i = 0; i < plan.Columns.Count; i++)
        {
            var header = plan.Columns[i].Numeric ? plan.Columns[i].Header.PadLeft(widths[i]) : plan.Columns[i].Header.PadRight(widths[i]);
            console.Write(new Text(i < plan.Columns.Count - 1 ? header + new string(' ', TableLayout.Gap) : header.TrimEnd(), new Style(decoration: Decoration.Bold | Decoration.Underline)));
        }

        console.Write(new Text("\n"));
        for (var r = 0; r < cells.Count; r++)
        {
            for (var i = 0; i < plan.Columns.Count; i++)
            {
                var text = plan.Columns[i].Cells[r];
                var padded = plan.Columns[i].Numeric ? text.PadLeft(widths[i]) : text.PadRight(widths[i]);
                var last = i == plan.Columns.Count - 1;
                console.Write(new Text(last ? padded.TrimEnd() : padded, cells[r][indexes[i]].Style));
                if (!last)
                    console.Write(new Text(new string(' ', TableLayout.Gap)));
            }

            console.Write(new Text("\n"));
        }

        if (plan.LeftOut.Count > 0)
        {
            var note = $"(left out for width: {string.Join(", ", plan.LeftOut)}; a wider terminal or --format json shows them)";
            console.Write(new Text(string.Join("\n", Wrap(note, width)) + "\n", new Style(Color.Grey)));
        }
    }

    /// <summary>One card per record: each field on its own line, long values wrapped, nothing shortened.</summary>
    private static void Cards(IAnsiConsole console, string[] headers, List<(string Text, Style Style)[]> cells, int width)
    {
        var label = headers.Max(h => h.Length);
        var room = Math.Max(10, width - label - 4);
        foreach (var row in cells)
        {
            var first = $"── {headers[0].ToLowerInvariant()} {row[0].Text} ";
            console.Write(new Text(first + new string('─', Math.Max(0, Math.Min(width, 40) - first.Length)) + "\n", new Style(decoration: Decoration.Bold)));
            for (var i = 1; i < headers.Length; i++)
            {
                if (row[i].Text.Length == 0)
                    continue;
                var lines = Wrap(row[i].Text, room);
                for (var l = 0; l < lines.Count; l++)
                {
                    console.Write(new Text("  " + (l == 0 ? headers[i] : "").PadRight(label + 2)));
                    console.Write(new Text(lines[l] + "\n", row[i].Style));
                }
            }
        }
    }

    /// <summary>
    /// A sentence for standard output, escaped; on a terminal broken between words at its width (a pipe gets one line).
    /// </summary>
    public static string Prose(string text)
    {
        var escaped = ListText.Escape(text);
        return Terminal.IsInteractive ? string.Join(Environment.NewLine, Wrap(escaped, Terminal.Screen.Profile.Width)) : escaped;
    }

    /// <summary><paramref name="text"/> in lines of at most <paramref name="width"/> characters, broken between words where it can.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var rest = text;
        while (rest.Length > width)
        {
            var cut = rest.LastIndexOf(' ', width);
            if (cut <= 0)
                cut = width;
            lines.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        lines.Add(rest);
        return lines;
    }

    /// <summary>A table with borders, as it is: every column whole.</summary>
    private static void Bordered(IAnsiConsole console, PropertyInfo[] columns, string[] headers, List<(string Text, Style Style)[]> cells, int count, string? title)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        if (title is not null)
            table.Title(new TableTitle(Markup.Escape(title), new Style(decoration: Decoration.Bold)));
        for (var i = 0; i < columns.Length; i++)
        {
            var header = new TableColumn(new Text(headers[i], new Style(decoration: Decoration.Bold))).NoWrap();
            if (IsNumber(columns[i].PropertyType))
                header.RightAligned();
            table.AddColumn(header);
        }

        foreach (var row in cells)
            table.AddRow(row.Select(c => (IRenderable)new Text(c.Text, c.Style)).ToArray());
        if (count == 0)
            table.Caption(new TableTitle("(none)", new Style(Color.Grey)));
        console.Write(table);
    }

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

    /// <summary>
    /// <paramref name="text"/> in the colour of <paramref name="meaning"/> (a band, status or kind: red, yellow, green,
    /// grey as in tables) when standard output is a terminal with colour (<c>NO_COLOR</c> unset); else as it is.
    /// </summary>
    public static string Paint(string text, string meaning)
    {
        if (!Terminal.IsInteractive || Invocation.Variable("NO_COLOR") is { Length: > 0 })
            return text;
        var style = StyleOf(meaning);
        var code = style.Foreground == Color.Red ? "91" : style.Foreground == Color.Yellow ? "93"
            : style.Foreground == Color.Green ? "92" : style.Foreground == Color.Grey ? "90" : null;
        return code is null ? text : $"\u001b[{code}m{text}\u001b[0m";
    }

    /// <summary>A value as the commands' JSON (the web view's JSON endpoints share the contract).</summary>
    public static string ToJson<T>(T value) => SafeJson(JsonSerializer.Serialize(value, Json));

    public static void WriteJson<T>(TextWriter writer, T value) =>
        writer.WriteLine(SafeJson(JsonSerializer.Serialize(value, Json)));

    /// <summary>
    /// JSON with line separators and bidirectional overrides written as <c>\uXXXX</c> too (the serializer escapes
    /// control characters itself): outside strings JSON has no such characters, so replacing them is exact.
    /// </summary>
    private static string SafeJson(string json)
    {
        if (!json.Any(ListText.SeparatorOrBidi))
            return json;
        var sb = new StringBuilder(json.Length + 16);
        foreach (var c in json)
            sb.Append(ListText.SeparatorOrBidi(c) ? $"\\u{(int)c:x4}" : c);
        return sb.ToString();
    }

    private static PropertyInfo[] Columns<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>The columns of a table: every property but those marked <see cref="HiddenInTablesAttribute"/> (CSV and JSON keep them).</summary>
    private static PropertyInfo[] TableColumns<T>() =>
        [.. Columns<T>().Where(p => p.GetCustomAttribute<HiddenInTablesAttribute>() is null)];

    private static string Header(PropertyInfo p) => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name);

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.000", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => ListText.Escape(value.ToString() ?? ""),
    };

    private static void WriteTable<T>(TextWriter writer, IReadOnlyList<T> rows, string? title = null)
    {
        if (title is not null)
            writer.WriteLine(ListText.Escape(title));
        var columns = TableColumns<T>();
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
