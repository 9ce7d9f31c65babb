using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ofac;

/// <summary>
/// The reader of the OFAC lists (<c>ofac-sdn</c>, <c>ofac-cons</c>): recognises the format from the content
/// (<c>&lt;</c> first: the classic XML; otherwise the CSV family) and hands the file to the reader of that format.
/// </summary>
public sealed class OfacReader : IListReader
{
    private readonly OfacCsvReader _csv = new();
    private readonly OfacXmlReader _xml = new();

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        IListReader reader = FirstSignificantChar(path) switch
        {
            null => throw new ListFormatException($"{Path.GetFileName(path)}: the file is empty"),
            '<' => _xml,
            _ => _csv,
        };
        return reader.Read(path, sourceId, cancellationToken);
    }

    public IReadOnlyList<string> InputFiles(string path) => [path, .. OfacCsvReader.CompanionsOf(path)];

    /// <summary>The link to the entry on OFAC's sanctions search.</summary>
    public static string LinkOf(string entryId) =>
        "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + entryId;

    /// <summary>The first byte that is not whitespace, a UTF-8 byte order mark or the 0x1A end marker.</summary>
    private static char? FirstSignificantChar(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[4096];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            foreach (var b in buffer.AsSpan(0, read))
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x1A or 0xEF or 0xBB or 0xBF))
                    return (char)b;
            }
        }

        return null;
    }
}
