using System.Globalization;
using System.IO.Compression;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Au;

/// <summary>
/// Reads DFAT's consolidated list (<c>regulation8_consolidated.xlsx</c>): one sheet, one row per name. Rows whose
/// reference shares its number ("123", "123a", "123b", even "123b1") are one party, whose EntryId is that number.
/// The sheet is streamed row by row (ExcelDataReader's IDataReader); only the parties read so far are held.
/// </summary>
public sealed class AuDfatReader : IListReader
{
    public const string FormatName = "au-dfat-xlsx";

    // ExcelDataReader's configuration asks for code page 1252 (its fallback for old .xls), which .NET only knows
    // once the code-pages provider is registered.
    static AuDfatReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        CheckSignature(path, file);
        try
        {
            using var stream = File.OpenRead(path);
            using var excel = ExcelReaderFactory.CreateOpenXmlReader(stream);
            return ReadSheet(excel, file, sourceId, cancellationToken);
        }
        catch (Exception ex) when (ex is ExcelReaderException or InvalidDataException or System.Xml.XmlException
                                       or EndOfStreamException or ArgumentException)
        {
            throw new ListFormatException($"{file}: not a readable xlsx workbook (damaged or cut short): {ex.Message}", ex);
        }
    }

    private static ListFile ReadSheet(IExcelDataReader excel, string file, string sourceId, CancellationToken ct)
    {
        if (!excel.Read())
            throw new ListFormatException($"{file}: the sheet is empty");
        var columns = AuDfatColumns.FromHeader(excel, file);
        var parties = new Dictionary<string, AuDfatParty>(StringComparer.Ordinal);
        var order = new List<AuDfatParty>();
        var references = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var row = 1;
        while (excel.Read())
        {
            row++;
            ct.ThrowIfCancellationRequested();
            var reference = columns.Text(excel, columns.Reference);
            var name = columns.Text(excel, columns.Name);
            if (reference is null && name is null)
                continue; // blank rows trail the data
            if (reference is null)
                throw new ListFormatException($"{file} row {row}: name '{name}' has no reference");
            if (name is null)
                throw new ListFormatException($"{file} row {row}: reference {reference} has no name");
            if (!references.Add(reference))
                throw new ListFormatException($"{file} row {row}: duplicate reference {reference}");
            var number = NumberOf(reference)
                ?? throw new ListFormatException($"{file} row {row}: reference '{reference}' does not start with a number");
            if (!parties.TryGetValue(number, out var party))
            {
                party = new AuDfatParty(number);
                parties.Add(number, party);
                order.Add(party);
            }

            party.Add(columns, excel, name, file, row);
        }

        if (order.Count == 0)
            throw new ListFormatException($"{file}: the sheet holds no entries");
        var entries = new List<ListEntry>(order.Count);
        foreach (var party in order)
            entries.Add(party.Build(sourceId, file));
        return new ListFile(entries, null, FormatName);
    }

    /// <summary>The leading digits of a reference ("123b1" → "123"), without leading zeros; null when none.</summary>
    internal static string? NumberOf(string reference)
    {
        var span = reference.AsSpan().Trim();
        var end = 0;
        while (end < span.Length && char.IsAsciiDigit(span[end]))
            end++;
        if (end == 0 || !long.TryParse(span[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return null;
        return number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An xlsx file is a zip archive: anything else (HTML, CSV, an empty body) is refused before parsing.</summary>
    private static void CheckSignature(string path, string file)
    {
        var info = new FileInfo(path);
        if (info.Length == 0)
            throw new ListFormatException($"{file}: the file is empty");
        Span<byte> head = stackalloc byte[512];
        int read;
        using (var stream = File.OpenRead(path))
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith("PK\x03\x04"u8))
        {
            CheckZipDirectory(path, file);
            return;
        }

        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var what = text.StartsWith('<')
            ? text.Contains("html", StringComparison.OrdinalIgnoreCase) ? "an HTML page" : "an XML or HTML document"
            : head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }) ? "an old binary .xls workbook"
            : "not a zip archive (a CSV or text file?)";
        throw new ListFormatException($"{file}: expected an xlsx workbook, found {what}");
    }

    /// <summary>A download cut short loses the zip's central directory at the end: say so plainly.</summary>
    private static void CheckZipDirectory(string path, string file)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.GetEntry("xl/workbook.xml") is null)
                throw new ListFormatException($"{file}: a zip archive but not an xlsx workbook (no xl/workbook.xml)");
        }
        catch (InvalidDataException ex)
        {
            throw new ListFormatException($"{file}: the xlsx (zip) archive is truncated or damaged: {ex.Message}", ex);
        }
    }
}
