using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Ofac;

/// <summary>
/// The reader of the OFAC lists (<c>ofac-sdn</c>, <c>ofac-cons</c>): recognises the format from the content
/// (<c>&lt;</c> first: the classic XML, or the advanced XML when the root is <c>Sanctions</c>; otherwise the CSV family) and hands the file to the reader of that format.
/// </summary>
public sealed class OfacReader : IListReader
{
    private readonly OfacCsvReader _csv = new();
    private readonly OfacXmlReader _xml = new();
    private readonly OfacAdvancedXmlReader _advanced = new();

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        IListReader reader = FirstSignificantChar(path) switch
        {
            null => throw new ListFormatException($"{Path.GetFileName(path)}: the file is empty"),
            '<' => RootElementOf(path) == OfacAdvancedXmlReader.Root ? _advanced : _xml,
            _ => _csv,
        };
        return reader.Read(path, sourceId, cancellationToken);
    }

    public IReadOnlyList<string> InputFiles(string path) => [path, .. OfacCsvReader.CompanionsOf(path)];

    /// <summary>The link to the entry on OFAC's sanctions search.</summary>
    public static string LinkOf(string entryId) =>
        "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + entryId;

    /// <summary>
    /// The local name of the root element, read without going further into the file; null when the start is not
    /// well-formed XML (the classic reader then says what is wrong).
    /// </summary>
    private static string? RootElementOf(string path)
    {
        try
        {
            using var xml = System.Xml.XmlReader.Create(path, XmlRecords.Settings);
            return xml.MoveToContent() == System.Xml.XmlNodeType.Element ? xml.LocalName : null;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

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
