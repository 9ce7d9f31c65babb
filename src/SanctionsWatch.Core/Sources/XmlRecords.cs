using System.Xml;
using System.Xml.Linq;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources;

/// <summary>
/// Streams the records of an XML list file, one <see cref="XElement"/> at a time (no DOM of the whole file), with
/// DTDs prohibited and no resolver (no external entities, no entity expansion). An empty file, a wrong root element,
/// HTML, or XML that is not well-formed or is cut short throws <see cref="ListFormatException"/> saying where.
/// </summary>
public static class XmlRecords
{
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 0,
    };

    /// <summary>A record element and the line it starts on.</summary>
    public readonly record struct Record(XElement Element, int Line);

    /// <summary>
    /// Reads <paramref name="path"/>: checks that the root element's local name is <paramref name="root"/> (namespaces
    /// are ignored: they change between years), hands the root to <paramref name="onRoot"/> (for attributes such as a
    /// generation date), then yields every element whose local name <paramref name="isRecord"/> accepts, at any depth.
    /// </summary>
    public static IEnumerable<Record> Read(
        string path,
        string root,
        Func<string, bool> isRecord,
        Action<XmlReader>? onRoot = null,
        CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        if (new FileInfo(path).Length == 0)
            throw new ListFormatException($"{file}: the file is empty");
        using var stream = File.OpenRead(path);
        using var xml = XmlReader.Create(stream, Settings);
        Move(xml, file, x => x.MoveToContent());
        if (xml.NodeType != XmlNodeType.Element)
            throw new ListFormatException($"{file}: the file holds no XML element");
        if (xml.LocalName != root)
            throw new ListFormatException($"{file}: expected root element {root}, found {xml.LocalName}");
        onRoot?.Invoke(xml);
        Move(xml, file, x => x.Read());
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && isRecord(xml.LocalName))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = ((IXmlLineInfo)xml).LineNumber;
                XElement element = null!;
                Move(xml, file, x => element = (XElement)XNode.ReadFrom(x));
                yield return new Record(element, line);
            }
            else
            {
                Move(xml, file, x => x.Read());
            }
        }
    }

    /// <summary>The trimmed text of the first child element with this local name, or null when absent or empty.</summary>
    public static string? Child(XElement parent, string localName)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.LocalName == localName)
                return string.IsNullOrWhiteSpace(child.Value) ? null : child.Value.Trim();
        }

        return null;
    }

    /// <summary>The child elements with this local name.</summary>
    public static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    private static void Move(XmlReader xml, string file, Action<XmlReader> step)
    {
        try
        {
            step(xml);
        }
        catch (XmlException ex)
        {
            var what = ex.Message.Contains("end of file", StringComparison.OrdinalIgnoreCase)
                ? "the XML looks truncated"
                : "not well-formed XML";
            throw new ListFormatException($"{file}: {what} at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}", ex);
        }
    }

    private static void Move(XmlReader xml, string file, Func<XmlReader, bool> step) => Move(xml, file, x => { step(x); });
}
