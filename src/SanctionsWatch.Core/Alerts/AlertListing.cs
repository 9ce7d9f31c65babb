using System.Globalization;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.UsCsl;

namespace SanctionsWatch.Alerts;

/// <summary>
/// How an alert names an entry on a list within its source (us-csl): the list, the name, since when and where it was
/// published — "BIS Entity List: Rostec (Russian Technologies State Corporation), since 2022-03-03, 87 FR 12240".
/// </summary>
public static class AlertListing
{
    /// <summary>The listing of an entry, or null for an entry of a source with one list (it has no <see cref="ListEntry.SubList"/>).</summary>
    public static string? Of(ListEntry entry)
    {
        if (entry.SubList is null)
            return null;
        var text = UsCslLists.LabelOf(entry.SubList) + ": " + entry.PrimaryName;
        if (entry.ListedOn is { } since)
            text += ", since " + since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return entry.Citation is null ? text : text + ", " + entry.Citation;
    }

    /// <summary>The listing of an entry stored as canonical JSON; null without one (or without the entry).</summary>
    public static string? Of(string? entryJson) =>
        entryJson is not null && entryJson.Contains("\"sub_list\":", StringComparison.Ordinal) ? Of(EntryContent.FromJson(entryJson)) : null;
}
