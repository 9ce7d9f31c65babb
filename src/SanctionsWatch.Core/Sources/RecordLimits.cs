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
        // Plain loops: this runs over every entry of every file (15,000 entries × 308 files in a replay).
        long total = 0;
        string? tooLong = null;
        void Add(string what, string? text)
        {
            if (text is null)
                return;
            if (text.Length > MaxFieldChars && tooLong is null)
                tooLong = string.Create(CultureInfo.InvariantCulture, $"its {what} is {text.Length} characters");
            total += text.Length;
        }

        Add("id", entry.EntryId);
        for (var i = 0; i < entry.Names.Count; i++)
            Add("name", entry.Names[i].Text);
        for (var i = 0; i < entry.Programmes.Count; i++)
            Add("programme", entry.Programmes[i]);
        for (var i = 0; i < entry.Identifiers.Count; i++)
        {
            Add("identifier", entry.Identifiers[i].Value);
            Add("identifier type", entry.Identifiers[i].Type);
        }

        for (var i = 0; i < entry.Addresses.Count; i++)
            Add("address", entry.Addresses[i]);
        for (var i = 0; i < entry.Countries.Count; i++)
            Add("country", entry.Countries[i]);
        Add("remarks", entry.Remarks);
        Add("link", entry.Link);
        Add("sub-list", entry.SubList);
        Add("citation", entry.Citation);
        if (tooLong is not null)
            return $"entry {Shorten(entry.EntryId)}: {tooLong}, over the limit of {MaxFieldChars.ToString(CultureInfo.InvariantCulture)}";
        return total > MaxRecordChars
            ? string.Create(CultureInfo.InvariantCulture, $"entry {Shorten(entry.EntryId)} holds {total} characters, over the limit of {MaxRecordChars}")
            : null;
    }

    private static string Shorten(string id) => id.Length <= 40 ? id : id[..40] + "…";
}
