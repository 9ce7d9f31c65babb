using System.Globalization;
using System.Security;
using System.Text;

namespace SanctionsWatch.Tests.Support;

/// <summary>Writes small OFAC classic XML files (<c>sdnList/sdnEntry</c>) by hand, with their <c>Publish_Date</c>.</summary>
public static class OfacXml
{
    public static string Entry(int uid, string name, string programme = "RUSSIA-EO14024") =>
        $"<sdnEntry><uid>{uid}</uid><lastName>{SecurityElement.Escape(name)}</lastName><sdnType>Entity</sdnType>" +
        $"<programList><program>{programme}</program></programList></sdnEntry>";

    /// <summary>Unrelated entries, so a file has a realistic size.</summary>
    public static string[] Filler(int count, int firstUid = 900000) =>
        [.. Enumerable.Range(firstUid, count).Select(i => Entry(i, OfacCsv.FillerName(i), "SDGT"))];

    /// <summary>A whole file published on <paramref name="published"/> (yyyy-MM-dd).</summary>
    public static string File(string published, params string[] entries)
    {
        var date = DateTime.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" standalone=\"yes\"?>\n<sdnList xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML\">\n");
        sb.Append("  <publshInformation><Publish_Date>").Append(date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture))
            .Append("</Publish_Date><Record_Count>").Append(entries.Length).Append("</Record_Count></publshInformation>\n");
        foreach (var entry in entries)
            sb.Append("  ").Append(entry).Append('\n');
        sb.Append("</sdnList>\n");
        return sb.ToString();
    }
}
