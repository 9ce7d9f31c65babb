using System.Text;
using nietras.SeparatedValues;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Uk;

/// <summary>
/// The records of a UK CSV file through Sep (RFC 4180: quoted fields may hold commas, quotes and line breaks), one at a
/// time, each with the line it starts on; blank lines skipped. A quote still open at the end of the file (quotes do not
/// pair up) is reported as a truncation, once the records before it are read.
/// </summary>
public static class UkCsvRecords
{
    public readonly record struct Row(string[] Fields, int Line);

    public static IEnumerable<Row> Read(string path, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        using var stream = new CountingStream(File.OpenRead(path));
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var reader = Open(text, file);
        Row? pending = null;
        while (MoveNext(reader, file))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Take(reader.Current) is not { } current)
                continue; // a blank line

            // each record is handed on when the next one is read: a last one cut inside a quote is refused, not read
            if (pending is { } previous)
                yield return previous;
            pending = current;
        }

        if (stream.Quotes % 2 != 0)
        {
            throw new ListFormatException(
                $"{file}: the CSV looks truncated: a quoted field opened on line {pending?.Line ?? 1} never closes");
        }

        if (pending is { } last)
            yield return last;
    }

    // Sep stops at a row longer than its buffer (16 M characters), when it opens (it reads the first rows) or later
    private static SepReader Open(TextReader text, string file)
    {
        try
        {
            return Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        }
        catch (NotSupportedException)
        {
            throw TooLong(file);
        }
    }

    private static bool MoveNext(SepReader reader, string file)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (NotSupportedException)
        {
            throw TooLong(file);
        }
    }

    private static ListFormatException TooLong(string file) =>
        new($"{file}: a record of more than {RecordLimits.MaxRecordChars} characters (or a quote never closed): refused");

    private static Row? Take(SepReader.Row row)
    {
        if (row.ColCount == 1 && row[0].Span.IsEmpty)
            return null;
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
            fields[i] = row[i].ToString();
        return new Row(fields, SepLines.From(row));
    }
}
