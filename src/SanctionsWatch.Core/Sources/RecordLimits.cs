using System.Globalization;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources;

/// <summary>
/// How large a list's parts may be. Real lists stay far below (an OFAC remark is cut at 1,000 characters, a record is
/// a few KB, nesting a dozen levels); a file beyond these is refused with the reason before it costs gigabytes of
/// memory and database: a 100 MB name, or XML nested 200,000 levels deep.
/// </summary>
public static class RecordLimits
{
    /// <summary>The deepest an XML list's elements may nest.</summary>
    public const int MaxXmlDepth = 64;

    /// <summary>The longest one field (a name, a remark, an attribute) may be, in characters.</summary>
    public const int MaxFieldChars = 1 << 20;

    /// <summary>The most text one record may hold, in characters.</summary>
    public const int MaxRecordChars = 16 << 20;

    public static ListFormatException FieldTooLong(string where, long length) =>
        new(string.Create(
            CultureInfo.InvariantCulture, $"{where}: a field of {length} characters, over the limit of {MaxFieldChars}: refused"));

    /// <summary>The first field of an entry beyond <see cref="MaxFieldChars"/>, or the entry beyond <see cref="MaxRecordChars"/>, or null.</summary>
    public static string? Check(ListEntry entry)
    {
        long total = 0;
        foreach (var (what, text) in Texts(entry))
        {
            if (text.Length > MaxFieldChars)
            {
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"entry {Shorten(entry.EntryId)}: its {what} is {text.Length} characters, over the limit of {MaxFieldChars}");
            }

            total += text.Length;
        }

        return total > MaxRecordChars
            ? string.Create(CultureInfo.InvariantCulture, $"entry {Shorten(entry.EntryId)} holds {total} characters, over the limit of {MaxRecordChars}")
            : null;
    }

    private static IEnumerable<(string What, string Text)> Texts(ListEntry e)
    {
        yield return ("id", e.EntryId);
        foreach (var n in e.Names)
            yield return ("name", n.Text);
        foreach (var p in e.Programmes)
            yield return ("programme", p);
        foreach (var i in e.Identifiers)
        {
            yield return ("identifier", i.Value);
            yield return ("identifier type", i.Type);
        }

        foreach (var a in e.Addresses)
            yield return ("address", a);
        foreach (var c in e.Countries)
            yield return ("country", c);
        if (e.Remarks is not null)
            yield return ("remarks", e.Remarks);
        if (e.Link is not null)
            yield return ("link", e.Link);
    }

    private static string Shorten(string id) => id.Length <= 40 ? id : id[..40] + "…";
}
