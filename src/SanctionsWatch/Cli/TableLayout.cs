using System.Globalization;
using System.Text.RegularExpressions;

namespace SanctionsWatch.Cli;

/// <summary>One column of a table on a terminal: its property, header, cells and how it may be made narrower.</summary>
internal sealed partial record LayoutColumn(string Property, string Header, string[] Cells, bool Numeric)
{
    /// <summary>Free text (a name, an error): may be shortened; ids, dates, scores and statuses never are.</summary>
    public bool Shrinkable { get; init; }

    /// <summary>Every cell an ISO 8601 UTC date-time (or empty).</summary>
    public bool Date => Cells.Length > 0 && Cells.All(c => c.Length == 0 || IsoTime().IsMatch(c)) && Cells.Any(c => c.Length > 0);

    public int Width => Cells.Select(c => c.Length).Prepend(Header.Length).Max();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")]
    internal static partial Regex IsoTime();
}

/// <summary>
/// Makes a table fit a terminal of 60 to 160 columns (<c>hits</c>, <c>alerts</c>, <c>status</c>, <c>watchlist</c>, …), in
/// steps, each only when the table is still too wide: (1) columns equal in every row leave the table and are said once
/// above it ("every row: source ofac-sdn, listed yes"); headers get shorter and dates compact (2022-06-28 18:55);
/// (2) names are shortened by their least distinctive part: legal forms abbreviated (PUBLIC JOINT STOCK COMPANY → PJSC),
/// then an ellipsis in the middle, which keeps both ends ("UNITED AIRC…CORPORATION"), to 20 characters; (3) dates lose
/// their time, names go down to 12 characters; (4) the least needed columns leave the table, named below it; and when even that does not fit, each record is
/// shown as a card (<see cref="Output"/> draws it).
/// </summary>
internal static partial class TableLayout
{
    /// <summary>The space between two columns of a compact (borderless) table.</summary>
    public const int Gap = 2;

    /// <summary>A shortened name is never narrower than this.</summary>
    public const int MinName = 12;

    /// <summary>The result: the columns to draw, what was said once instead of in every row, and what was left out.</summary>
    public sealed record Plan(List<LayoutColumn> Columns, List<string> Constant, List<string> LeftOut, bool Cards);

    /// <summary>Shorter headers for a narrow table (the JSON names stay as they are).</summary>
    private static readonly Dictionary<string, string> ShortHeaders = new(StringComparer.Ordinal)
    {
        ["WatchlistId"] = "ENTITY",
        ["EntryId"] = "ENTRY",
        ["EntryName"] = "NAME",
        ["FirstSnapshotAt"] = "FIRST SEEN",
        ["LastChangedAt"] = "CHANGED",
        ["LastSeenAt"] = "SEEN",
        ["SnapshotAt"] = "LIST TIME",
        ["CreatedAt"] = "CREATED",
        ["LastCheckAt"] = "CHECKED",
        ["LastChangeAt"] = "CHANGED",
        ["NextRunAt"] = "NEXT RUN",
        ["ListedHits"] = "LISTED",
        ["NewHits"] = "NEW",
        ["DismissedHits"] = "DISMISSED",
        ["BestScore"] = "BEST",
        ["LastError"] = "ERROR",
        ["ChangeId"] = "CHANGE",
        ["EntityName"] = "ENTITY NAME",
        ["HitStatus"] = "HIT",
        ["MaterialModified"] = "MATERIAL",
    };

    /// <summary>The columns a narrow table leaves out first (the lower, the sooner); the others stay.</summary>
    private static readonly Dictionary<string, int> Expendable = new(StringComparer.Ordinal)
    {
        ["LastSeenAt"] = 1,
        ["CreatedAt"] = 1,
        ["ChangeId"] = 1,
        ["Age"] = 1,
        ["LastChangedAt"] = 2,
        ["NextRunAt"] = 2,
        ["DismissedHits"] = 2,
        ["Sources"] = 2,
        ["Kind"] = 3,
        ["EntryId"] = 3,
        ["LastChangeAt"] = 3,
        ["BestScore"] = 3,
        ["Listed"] = 3,
        ["FirstSnapshotAt"] = 4,
        ["SnapshotAt"] = 4,
        ["LastCheckAt"] = 4,
        ["Entries"] = 4,
        ["Delivery"] = 5,
    };

    /// <summary>The width of a compact table of <paramref name="columns"/>.</summary>
    public static int CompactWidth(IReadOnlyList<LayoutColumn> columns) =>
        columns.Sum(c => c.Width) + (Gap * Math.Max(0, columns.Count - 1));

    /// <summary>Plans a compact table of at most <paramref name="width"/> columns, or cards when none fits.</summary>
    public static Plan Fit(List<LayoutColumn> natural, int width)
    {
        var constant = new List<string>();
        var leftOut = new List<string>();
        var columns = natural;
        if (columns.Count > 0 && columns[0].Cells.Length >= 2)
        {
            // Said once above the table instead of in every row (an empty column says nothing at all).
            foreach (var c in columns.Where(c => c.Cells.Distinct(StringComparer.Ordinal).Count() == 1 && c.Property != natural[0].Property))
            {
                if (c.Cells[0].Length > 0)
                    constant.Add($"{Header(c).ToLowerInvariant()} {Compact(c.Cells[0])}");
            }

            columns = [.. columns.Where(c => c.Property == natural[0].Property || c.Cells.Distinct(StringComparer.Ordinal).Count() > 1)];
        }

        columns = [.. columns.Select(c => c with { Header = Header(c), Cells = c.Date ? [.. c.Cells.Select(Compact)] : c.Cells })];
        if (CompactWidth(columns) <= width)
            return new Plan(columns, constant, leftOut, false);

        // Legal forms abbreviated, longest names first, only as far as needed.
        for (var i = 0; i < columns.Count && CompactWidth(columns) > width; i++)
        {
            if (!columns[i].Shrinkable || !columns[i].Property.Contains("Name", StringComparison.Ordinal))
                continue;
            var cells = columns[i].Cells.ToArray();
            foreach (var r in Enumerable.Range(0, cells.Length).OrderByDescending(r => cells[r].Length))
            {
                if (cells[r].Length < columns[i].Width || CompactWidth(columns) <= width)
                    break;
                cells[r] = Abbreviate(cells[r]);
                columns[i] = columns[i] with { Cells = [.. cells] };
            }
        }
        if (Shrink(columns, width, 20) is { } shrunk)
            return new Plan(shrunk, constant, leftOut, false);

        columns = [.. columns.Select(c => c.Cells.All(v => v.Length == 0 || CompactTime().IsMatch(v)) && c.Cells.Any(v => v.Length > 0)
            ? c with { Cells = [.. c.Cells.Select(v => v.Length >= 10 ? v[..10] : v)] }
            : c)];
        if (Shrink(columns, width) is { } dated)
            return new Plan(dated, constant, leftOut, false);

        while (columns.Where(c => Expendable.ContainsKey(c.Property)).OrderBy(c => Expendable[c.Property]).ThenBy(c => -columns.IndexOf(c)).FirstOrDefault() is { } drop)
        {
            columns = [.. columns.Where(c => !ReferenceEquals(c, drop))];
            leftOut.Add(ShortHeaders.GetValueOrDefault(drop.Property, drop.Header).ToLowerInvariant());
            if (Shrink(columns, width) is { } fewer)
                return new Plan(fewer, constant, leftOut, false);
        }

        return new Plan(natural, [], [], true);
    }

    private static string Header(LayoutColumn c) => ShortHeaders.TryGetValue(c.Property, out var h) ? h : c.Header.Replace('_', ' ');

    /// <summary>Narrows the free-text columns, widest first and not below <paramref name="min"/>; null when it cannot fit.</summary>
    private static List<LayoutColumn>? Shrink(List<LayoutColumn> columns, int width, int min = MinName)
    {
        var widths = columns.Select(c => c.Width).ToArray();
        var excess = CompactWidth(columns) - width;
        while (excess > 0)
        {
            var widest = -1;
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Shrinkable && widths[i] > Math.Max(min, columns[i].Header.Length) && (widest < 0 || widths[i] > widths[widest]))
                    widest = i;
            }

            if (widest < 0)
                return null;
            widths[widest]--;
            excess--;
        }

        // A name too long for its column: its legal forms abbreviated first, then an ellipsis in the middle if still needed.
        return [.. columns.Select((c, i) => widths[i] < c.Width
            ? c with { Cells = [.. c.Cells.Select(v => v.Length <= widths[i] ? v : Middle(c.Property.Contains("Name", StringComparison.Ordinal) ? Abbreviate(v) : v, widths[i]))] }
            : c)];
    }

    /// <summary>"2022-06-28T18:55:00Z" → "2022-06-28 18:55" (the seconds are in JSON and CSV).</summary>
    public static string Compact(string iso) =>
        iso.Length == 20 && LayoutColumn.IsoTime().IsMatch(iso) ? string.Concat(iso.AsSpan(0, 10), " ", iso.AsSpan(11, 5)) : iso;

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d$")]
    private static partial Regex CompactTime();

    /// <summary>
    /// A name with its legal forms abbreviated (PUBLIC JOINT STOCK COMPANY → PJSC, LIMITED LIABILITY COMPANY → LLC,
    /// АКЦИОНЕРНОЕ ОБЩЕСТВО → АО, …): the least distinctive part of a firm's name goes first.
    /// </summary>
    public static string Abbreviate(string name)
    {
        var result = name;
        foreach (var (form, abbreviation) in LegalForms)
            result = Regex.Replace(result, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(form)}(?![\p{{L}}\p{{N}}])", abbreviation, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return result;
    }

    /// <summary>
    /// <paramref name="text"/> in at most <paramref name="width"/> characters: an ellipsis in the middle keeps the start
    /// and the end ("UNITED AIRC…CORPORATION"), since the end of a name tells firms apart as often as its start.
    /// </summary>
    public static string Middle(string text, int width)
    {
        if (text.Length <= width)
            return text;
        if (width <= 1)
            return "…";
        var head = (width - 1 + 1) / 2;
        var tail = width - 1 - head;
        return string.Concat(text.AsSpan(0, head).TrimEnd(), "…", text.AsSpan(text.Length - tail).TrimStart());
    }

    /// <summary>Long legal forms and their usual abbreviation, longest first (so a longer form is replaced whole).</summary>
    private static readonly (string Form, string Abbreviation)[] LegalForms =
    [
        ("federal state unitary enterprise", "FSUE"),
        ("public joint stock company", "PJSC"),
        ("open joint stock company", "OJSC"),
        ("closed joint stock company", "CJSC"),
        ("joint stock company", "JSC"),
        ("limited liability company", "LLC"),
        ("publichnoe aktsionernoe obshchestvo", "PAO"),
        ("aktsionernoe obshchestvo", "AO"),
        ("obshchestvo s ogranichennoi otvetstvennostyu", "OOO"),
        ("публичное акционерное общество", "ПАО"),
        ("открытое акционерное общество", "ОАО"),
        ("закрытое акционерное общество", "ЗАО"),
        ("акционерное общество", "АО"),
        ("общество с ограниченной ответственностью", "ООО"),
        ("federalnoe gosudarstvennoe unitarnoe predpriyatie", "FGUP"),
        ("федеральное государственное унитарное предприятие", "ФГУП"),
        ("state corporation", "SC"),
        ("corporation", "CORP"),
        ("company", "CO"),
        ("limited", "LTD"),
        ("incorporated", "INC"),
    ];

    /// <summary>A count as people read it: 11,124.</summary>
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
