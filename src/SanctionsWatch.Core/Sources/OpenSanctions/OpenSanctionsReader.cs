using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.OpenSanctions;

/// <summary>
/// The reader of OpenSanctions exports (<c>opensanctions</c>): recognises the format from the content — <c>{</c> first:
/// FollowTheMoney JSON lines (<c>entities.ftm.json</c>); otherwise <c>targets.simple.csv</c> — and refuses HTML pages
/// and empty files before parsing.
/// </summary>
/// <param name="deltaAsEntries">
/// A delta file (<c>{"op": "ADD"|"MOD"|"DEL", "entity": …}</c>) holds changes, not the whole list: read as a snapshot it
/// would delist every entry it does not mention. It is therefore refused unless this is set, in which case its ADD and
/// MOD entities are read as entries and its DEL lines are skipped (counted in nothing). Not set for the registered source.
/// </param>
public sealed class OpenSanctionsReader(bool deltaAsEntries = false) : IListReader
{
    public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        return FirstSignificantByte(path) switch
        {
            null => throw new ListFormatException($"{file}: the file is empty"),
            (byte)'{' => OpenSanctionsJsonReader.Read(path, sourceId, deltaAsEntries, cancellationToken),
            (byte)'<' => throw new ListFormatException($"{file}: expected OpenSanctions CSV or JSON lines, found an HTML or XML document"),
            _ => OpenSanctionsCsvReader.Read(path, sourceId, cancellationToken),
        };
    }

    /// <summary>The link to the entity on opensanctions.org.</summary>
    public static string LinkOf(string id) => "https://www.opensanctions.org/entities/" + id + "/";

    private static byte? FirstSignificantByte(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[4096];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            foreach (var b in buffer.AsSpan(0, read))
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
                    return b;
            }
        }

        return null;
    }
}
