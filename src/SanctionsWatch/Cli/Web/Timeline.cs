using SanctionsWatch.App;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Cli.Web;

/// <summary>One event of a tracked firm on a list: first seen, listed, changed or delisted, at the list's time.</summary>
internal sealed record TimelineEvent(string WatchlistId, string? EntityName, string Source, string EntryId, string EntryName, string Kind, string At, long AlertId);

/// <summary>The timeline of the watched entities, from the stored history: every direct alert, oldest first.</summary>
internal static class Timeline
{
    public static List<TimelineEvent> Events(Workspace ws)
    {
        Dictionary<string, string> names;
        try
        {
            names = ws.Watchlist.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        }
        catch (Watchlists.WatchlistException)
        {
            names = new(StringComparer.Ordinal); // the history stands without the names
        }

        return [.. Queries.Alerts(ws.Db, new QueryFilter { Limit = 100_000 })
            .Where(a => !a.Kind.StartsWith("related-", StringComparison.Ordinal))
            .OrderBy(a => a.SnapshotAt, StringComparer.Ordinal).ThenBy(a => a.Id)
            .Select(a => new TimelineEvent(a.WatchlistId, names.GetValueOrDefault(a.WatchlistId), a.Source, a.EntryId, a.EntryName, a.Kind, a.SnapshotAt, a.Id))];
    }
}
