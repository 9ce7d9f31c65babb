using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using nietras.SeparatedValues;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.UsCsl;

/// <summary>
/// Reads trade.gov's Consolidated Screening List CSV (<c>consolidated.csv</c>; gzip-compressed too, recognised by its
/// signature), streaming with Sep: one row per listing, the list it comes from in the <c>source</c> column. Only the rows
/// of the chosen lists are kept (<see cref="UsCslChoice"/>); rows with the same entry id (<see cref="UsCslRow.EntryId"/>)
/// are one party, merged into one entry (<see cref="UsCslParty"/>). Every chosen list must have rows in the file.
/// </summary>
public sealed class UsCslReader(UsCslChoice? choice = null) : IListReader
{
    public const string FormatName = "us-csl-csv";

    public UsCslChoice Choice { get; } = choice ?? UsCslChoice.Default;

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        var gzip = Sniff(path, file);
        var parties = new Dictionary<string, List<UsCslRow>>(StringComparer.Ordinal);
        var rowsByList = new Dictionary<UsCslList, int>();
        try
        {
            using var stream = File.OpenRead(path);
            using var counted = new CountingStream(gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream);
            using var text = new StreamReader(counted, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            using (var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(text))
            {
                var columns = UsCslColumns.FromHeader(reader.Header, file);
                foreach (var row in reader)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var subList = columns.Cell(row, "source")
                        ?? throw new ListFormatException($"{file} line {row.LineNumberFrom}: a row without its list (source)");
                    var list = UsCslLists.Of(subList);
                    if (!Choice.Keeps(list))
                        continue;
                    var name = columns.Cell(row, "name");
                    if (name is null || ReaderText.IdKey(name).Length == 0)
                        throw new ListFormatException($"{file} line {row.LineNumberFrom}: a row of the {list.Code} list without a name");
                    var entry = UsCslRow.Read(row, columns, list, subList, name);
                    rowsByList[list] = rowsByList.GetValueOrDefault(list) + 1;
                    if (!parties.TryGetValue(entry.EntryId, out var rows))
                        parties.Add(entry.EntryId, rows = []);
                    rows.Add(entry);
                }

                if (gzip)
                    CheckGzipLength(path, file, counted);
                if (counted.Quotes % 2 != 0)
                {
                    // Sep takes a last cell whose closing quote never came as a whole cell.
                    throw new ListFormatException($"{file}: cut short inside a quoted cell (the file ends with a quote open)");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            var what = gzip ? "not a readable gzip-compressed CSV (cut short or damaged?)" : "not a well-formed CSV (cut short?)";
            throw new ListFormatException($"{file}: {what}: {Shorten(ex.Message)}", ex);
        }

        CheckEveryListHasRows(file, rowsByList);
        var entries = parties.Select(p => UsCslParty.Build(sourceId, p.Key, p.Value)).ToList();
        return new ListFile(entries, null, FormatName);
    }

    /// <summary>
    /// A chosen list without a row is refused: trade.gov renamed or dropped it, and applying the file would delist
    /// every entry of that list.
    /// </summary>
    private void CheckEveryListHasRows(string file, Dictionary<UsCslList, int> rowsByList)
    {
        if (rowsByList.Count == 0)
            throw new ListFormatException($"{file}: the file holds no rows of the lists kept ({Choice})");
        if (Choice.Every)
            return;
        var missing = Choice.Lists.Where(l => !rowsByList.ContainsKey(l)).ToList();
        if (missing.Count > 0)
        {
            throw new ListFormatException(
                $"{file}: no rows of {string.Join(", ", missing.Select(l => $"'{l.Name}'"))}, kept by Sources:us-csl:Lists " +
                $"({Choice}): renamed or dropped by trade.gov? Applying the file would delist every entry of that list");
        }
    }

    /// <summary>
    /// .NET's GZipStream ends quietly where a cut-short file ends: the gzip trailer's length (the last four bytes: the
    /// size mod 2^32) must be what was decompressed (the CSV reader has read the stream to its end).
    /// </summary>
    private static void CheckGzipLength(string path, string file, CountingStream counted)
    {
        Span<byte> trailer = stackalloc byte[4];
        using (var stream = File.OpenRead(path))
        {
            stream.Seek(-4, SeekOrigin.End);
            stream.ReadExactly(trailer);
        }

        var expected = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        if (expected != (uint)counted.BytesRead)
        {
            throw new ListFormatException(
                $"{file}: the gzip file is cut short or damaged: {counted.BytesRead} bytes decompressed, its trailer says {expected}");
        }
    }

    /// <summary>Refuses what is not a CSV before parsing (empty, HTML, XML or JSON); true for a gzip file.</summary>
    private static bool Sniff(string path, string file)
    {
        Span<byte> head = stackalloc byte[64];
        int read;
        using (var stream = File.OpenRead(path))
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith(new byte[] { 0x1F, 0x8B }))
            return true;
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0)
            throw new ListFormatException($"{file}: the file is empty");
        if (text[0] == '<')
            throw new ListFormatException($"{file}: expected the Consolidated Screening List CSV, found an HTML or XML document");
        if (text[0] is '{' or '[')
            throw new ListFormatException($"{file}: expected the Consolidated Screening List CSV, found JSON (us-csl reads consolidated.csv)");
        return false;
    }

    /// <summary>The first line of a parser's message, at most 200 characters (Sep quotes the whole broken row).</summary>
    private static string Shorten(string message)
    {
        var line = ReaderText.Clean(message.Split('\n')[0]) ?? "";
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}
