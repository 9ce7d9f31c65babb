using System.Text;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Uk;

/// <summary>
/// A small RFC 4180 CSV reader (quoted fields may hold commas, quotes and line breaks), one record at a time; a
/// quoted field still open at the end of the file is reported as a truncation.
/// </summary>
public static class UkCsvRecords
{
    public readonly record struct Row(string[] Fields, int Line);

    public static IEnumerable<Row> Read(string path, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                        line++;
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        fields.Add(field.ToString());
                        yield return new Row([.. fields], start);
                    }

                    fields.Clear();
                    field.Clear();
                    any = false;
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (quoted)
            throw new ListFormatException($"{file}: the CSV looks truncated: a quoted field opened on line {start} never closes");
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new Row([.. fields], start);
        }
    }
}
