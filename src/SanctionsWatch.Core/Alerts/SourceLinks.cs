namespace SanctionsWatch.Alerts;

/// <summary>Links to a list entry on its publisher's site.</summary>
public static class SourceLinks
{
    public static string? For(string source, string entryId) =>
        source.StartsWith("ofac-", StringComparison.Ordinal)
            ? "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + Uri.EscapeDataString(entryId)
            : null;
}
