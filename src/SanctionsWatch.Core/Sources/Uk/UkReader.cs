using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.Uk;

/// <summary>
/// The reader of <c>uk-fcdo</c>, the UK Sanctions List: XML when the content starts with <c>&lt;</c> (an HTML page
/// too, which the XML reader refuses), otherwise the CSV. The retired HM Treasury OFSI CSV is not read.
/// </summary>
public sealed class UkReader : IListReader
{
    private readonly UkXmlReader _xml = new();
    private readonly UkCsvReader _csv = new();

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

    private static char? FirstSignificantChar(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (!char.IsWhiteSpace((char)c) && c != '\uFEFF')
                return (char)c;
        }

        return null;
    }
}
