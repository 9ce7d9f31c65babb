using System.Text;
using nietras.SeparatedValues;
using SanctionsWatch.App;
using SanctionsWatch.Model;

namespace SanctionsWatch.Cli;

/// <summary>
/// The names of <c>screen --file</c>: one name a line (blank lines and lines starting with <c>#</c> left out), or a CSV
/// or TSV file with a header that has a <c>name</c> column (and optionally <c>kind</c>: organization, person, vessel or
/// aircraft). A file is taken as CSV/TSV when its name ends in <c>.csv</c> / <c>.tsv</c>, or when its first line is a
/// header naming a <c>name</c> column. Each name keeps its row number in the file (data rows, from 1).
/// </summary>
internal static class ScreenFile
{
    /// <summary>One name to screen: its row, the name, its kind (Unknown when not given).</summary>
    public sealed record Row(int Number, string Name, PartyType Kind);

    /// <summary>Rows beyond this are refused: a supplier list, not a list of lists.</summary>
    public const int MaxRows = 1_000_000;

    /// <summary>A name longer than this is refused (no real name is).</summary>
    public const int MaxNameLength = 1_000;

    public static List<Row> Read(string path, PartyType defaultKind)
    {
        if (!File.Exists(path))
            throw new UsageException($"--file: {path} does not exist");
        var firstLine = FirstLine(path);
        var separator = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tab", StringComparison.OrdinalIgnoreCase) ? '\t'
            : path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ','
            : HasNameColumn(firstLine, '\t') ? '\t'
            : HasNameColumn(firstLine, ',') ? ','
            : (char?)null;
        var rows = separator is { } sep ? ReadDelimited(path, sep, defaultKind) : ReadLines(path, defaultKind);
        if (rows.Count == 0)
            throw new UsageException($"--file: {path} holds no name to screen");
        return rows;
    }

    private static string FirstLine(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[4096];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        var text = new string(buffer, 0, n);
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static bool HasNameColumn(string header, char separator) =>
        header.Contains(separator, StringComparison.Ordinal)
        && header.Split(separator).Any(static c => string.Equals(c.Trim().Trim('"'), "name", StringComparison.OrdinalIgnoreCase));

    private static List<Row> ReadLines(string path, PartyType kind)
    {
        var rows = new List<Row>();
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var name = line.Trim();
            if (name.Length == 0 || name.StartsWith('#'))
                continue;
            number++;
            rows.Add(new Row(number, Checked(path, number, name), kind));
            if (rows.Count > MaxRows)
                throw new UsageException($"--file: {path} has more than {MaxRows:N0} names");
        }

        return rows;
    }

    private static List<Row> ReadDelimited(string path, char separator, PartyType defaultKind)
    {
        using var reader = Sep.New(separator).Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
        var header = reader.Header;
        var nameColumn = header.ColNames.Select((c, i) => (c, i)).FirstOrDefault(x => string.Equals(x.c.Trim(), "name", StringComparison.OrdinalIgnoreCase));
        if (nameColumn.c is null)
        {
            throw new UsageException(
                $"--file: {path}: no 'name' column in the header (columns: {string.Join(", ", header.ColNames.Select(c => "'" + ListText.Escape(c) + "'"))})");
        }

        var kindColumn = header.ColNames.Select((c, i) => (c, i)).FirstOrDefault(x => string.Equals(x.c.Trim(), "kind", StringComparison.OrdinalIgnoreCase));
        var rows = new List<Row>();
        var number = 0;
        foreach (var record in reader)
        {
            number++;
            var name = nameColumn.i < record.ColCount ? record[nameColumn.i].ToString().Trim() : "";
            if (name.Length == 0)
            {
                Invocation.Error.WriteLine($"warning: {path} row {number}: no name, left out");
                continue;
            }

            var kind = defaultKind;
            if (kindColumn.c is not null && kindColumn.i < record.ColCount && record[kindColumn.i].ToString().Trim() is { Length: > 0 } text
                && !PartyTypes.TryParse(text.ToLowerInvariant(), out kind))
            {
                throw new UsageException($"--file: {path} row {number}: kind '{ListText.Escape(text)}' is not organization, person, vessel or aircraft");
            }

            rows.Add(new Row(number, Checked(path, number, name), kind));
            if (rows.Count > MaxRows)
                throw new UsageException($"--file: {path} has more than {MaxRows:N0} names");
        }

        return rows;
    }

    private static string Checked(string path, int number, string name) =>
        name.Length <= MaxNameLength ? name
        : throw new UsageException($"--file: {path} row {number}: a name of {name.Length:N0} characters (at most {MaxNameLength:N0})");
}
