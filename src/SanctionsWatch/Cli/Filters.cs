using SanctionsWatch.App;
using SanctionsWatch.Matching;
using SanctionsWatch.Storage;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Cli;

/// <summary>
/// Filters naming a source or a watchlist entity are checked: an unknown one is bad usage (exit 2) with the nearest
/// known name suggested, not an empty result that reads as "nothing found".
/// </summary>
internal static class Filters
{
    /// <summary>
    /// <paramref name="source"/> when it is a source SanctionsWatch knows (a reader), one of the configuration, or one
    /// the store holds; null stays null.
    /// </summary>
    public static string? Source(Workspace ws, string? source, string option = "--source")
    {
        if (source is null)
            return null;
        var known = ws.Sources.Ids.Concat(ws.Settings.Sources.Keys)
            .Concat(Queries.SnapshotSources(ws.Db))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (known.Contains(source, StringComparer.Ordinal))
            return source;
        throw new UsageException(
            $"{option}: unknown source '{source}'{DidYouMean(source, known)}; sources: {string.Join(", ", known)}");
    }

    /// <summary>
    /// <paramref name="entity"/> when it is an entity of the watchlist or one the store has hits or alerts of (an entity
    /// since taken off the watchlist); null stays null.
    /// </summary>
    public static string? Entity(Workspace ws, string? entity, string option = "--entity")
    {
        if (entity is null)
            return null;
        var known = Queries.EntitiesWithHitsOrAlerts(ws.Db);
        try
        {
            known.AddRange(ws.Watchlist.Entities.Select(e => e.Id));
        }
        catch (WatchlistException)
        {
            // the store's own ids still count
        }

        if (known.Contains(entity, StringComparer.Ordinal))
            return entity;
        throw new UsageException(
            $"{option}: no entity '{entity}' in the watchlist {ListText.Escape(ws.Settings.WatchlistPath)} or in the store's hits" +
            DidYouMean(entity, known.Distinct(StringComparer.Ordinal)));
    }

    /// <summary>" (did you mean 'ofac-sdn'?)" for the nearest of <paramref name="known"/> within a few edits, else "".</summary>
    public static string DidYouMean(string text, IEnumerable<string> known) =>
        Nearest(text, known) is { } best ? $" (did you mean '{best}'?)" : "";

    /// <summary>The nearest of <paramref name="known"/> to <paramref name="text"/>: within a third of its length in edits, or containing it.</summary>
    public static string? Nearest(string text, IEnumerable<string> known)
    {
        var lower = text.ToLowerInvariant();
        return known
            .Select(k => (Name: k, Distance: EditDistance.Distance(lower, k.ToLowerInvariant())))
            .Where(k => k.Distance <= Math.Max(2, lower.Length / 3) || (lower.Length >= 3 && k.Name.Contains(lower, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .Select(k => k.Name)
            .FirstOrDefault();
    }
}
