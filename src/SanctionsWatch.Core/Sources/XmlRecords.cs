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
                Move(xml, file, x => element = ReadElement(x, file));
                yield return new Record(element, line);
            }
            else
            {
                CheckDepth(xml, file);
                Move(xml, file, x => x.Read());
            }
        }
    }

    /// <summary>
    /// The element the reader is on, as an <see cref="XElement"/> (what <see cref="XNode.ReadFrom"/> makes), built
    /// without recursion and within <see cref="RecordLimits"/>: its depth, each text's and attribute's length, its
    /// total size. The reader is left after the element.
    /// </summary>
    private static XElement ReadElement(XmlReader xml, string file)
    {
        long chars = 0;
        var buffer = new char[4096];
        var root = StartElement(xml, file, ref chars);
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return root;
        }

        var current = root;
        xml.Read();
        while (true)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    CheckDepth(xml, file);
                    var child = StartElement(xml, file, ref chars);
                    current.Add(child);
                    if (!xml.IsEmptyElement)
                        current = child;
                    xml.Read();
                    break;
                case XmlNodeType.EndElement:
                    xml.Read();
                    if (current == root)
                        return root;
                    current = current.Parent!;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    var cdata = xml.NodeType == XmlNodeType.CDATA;
                    var text = ReadText(xml, file, buffer); // leaves the reader on the next node
                    Count(xml, file, ref chars, text.Length);
                    current.Add(cdata ? new XCData(text) : new XText(text));
                    break;
                case XmlNodeType.None:
                    throw new XmlException("Unexpected end of file while parsing the element.", null, ((IXmlLineInfo)xml).LineNumber, ((IXmlLineInfo)xml).LinePosition);
                default:
                    xml.Read(); // comments and processing instructions are ignored by the settings
                    break;
            }
        }
    }

    private static XElement StartElement(XmlReader xml, string file, ref long chars)
    {
        var element = new XElement(XName.Get(xml.LocalName, xml.NamespaceURI));
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                var value = xml.Value;
                Count(xml, file, ref chars, value.Length);
                var name = xml.NamespaceURI == XNamespace.Xmlns.NamespaceName
                    ? (xml.Prefix.Length == 0 ? XName.Get("xmlns") : XNamespace.Xmlns.GetName(xml.LocalName))
                    : XName.Get(xml.LocalName, xml.NamespaceURI);
                element.Add(new XAttribute(name, value));
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }

        return element;
    }

    /// <summary>A text node's value, read in chunks so that a field over the limit is refused before it is whole in memory.</summary>
    private static string ReadText(XmlReader xml, string file, char[] buffer)
    {
        if (!xml.CanReadValueChunk)
        {
            var value = xml.Value;
            if (value.Length > RecordLimits.MaxFieldChars)
                throw RecordLimits.FieldTooLong(At(xml, file), value.Length);
            xml.Read();
            return value;
        }

        // Fill the buffer, spilling into a builder when it is full (most texts fit the buffer).
        System.Text.StringBuilder? sb = null;
        int filled = 0, read;
        while ((read = xml.ReadValueChunk(buffer, filled, buffer.Length - filled)) > 0)
        {
            filled += read;
            if (filled < buffer.Length)
                continue;
            sb ??= new System.Text.StringBuilder();
            if (sb.Length + (long)filled > RecordLimits.MaxFieldChars)
                throw RecordLimits.FieldTooLong(At(xml, file), sb.Length + (long)filled);
            sb.Append(buffer, 0, filled);
            filled = 0;
        }

        var text = sb is null ? new string(buffer, 0, filled) : sb.Append(buffer, 0, filled).ToString();
        xml.Read();
        return text;
    }

    private static void Count(XmlReader xml, string file, ref long chars, int length)
    {
        if (length > RecordLimits.MaxFieldChars)
            throw RecordLimits.FieldTooLong(At(xml, file), length);
        chars += length;
        if (chars > RecordLimits.MaxRecordChars)
        {
            throw new ListFormatException(
                $"{At(xml, file)}: a record of more than {RecordLimits.MaxRecordChars} characters, over the limit: refused");
        }
    }

    private static void CheckDepth(XmlReader xml, string file)
    {
        if (xml.Depth > RecordLimits.MaxXmlDepth)
        {
            throw new ListFormatException(
                $"{At(xml, file)}: elements nest deeper than {RecordLimits.MaxXmlDepth} levels, which no list does: refused");
        }
    }

    private static string At(XmlReader xml, string file) =>
        $"{file} line {((IXmlLineInfo)xml).LineNumber}";

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
