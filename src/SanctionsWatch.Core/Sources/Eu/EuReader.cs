using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Eu;

/// <summary>
/// The reader of <c>eu-fsf</c>: the Financial Sanctions Files XML 1.1 (root <c>export</c>), or the legacy XML 1.0
/// (root <c>WHOLE</c>), told apart by the root element.
/// </summary>
public sealed class EuReader : IListReader
{
    private readonly EuXmlReader _xml = new();
    private readonly EuLegacyXmlReader _legacy = new();

    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default) =>
        RootName(path) == "WHOLE" ? _legacy.Read(path, sourceId, cancellationToken) : _xml.Read(path, sourceId, cancellationToken);

    /// <summary>The root element's local name, or null when the file does not start as XML (the XML reader then says why).</summary>
    private static string? RootName(string path)
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
}
