using System.Data.Common;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Sync;

/// <summary>
/// One party of a watchlist entity's known network (field names are the JSON contract of <c>related</c>): an entry
/// of a stored list that is the entity's own (<c>relation</c> <c>self</c>: a direct hit) or is tied to it by links
/// (<c>below</c>: a subsidiary, front, owned or directed party; <c>above</c>: a parent, owner, director, or the party it
/// is linked to), with the first link's type, the number of links, the path as text, <c>since</c> (since when the
/// entry's tie, the first link of the path, has been on the list without a break; for <c>self</c>, since when the entry
/// is listed), and the related hit that records it (<c>hit_id</c>, <c>status</c>; null when none does, e.g. for an
/// entity whose <c>related</c> is <c>off</c>).
/// </summary>
public sealed record NetworkRow(
    string Source, string EntryId, string EntryName, string Relation, string? LinkType, int Depth, string? Path,
    string? Since, long? HitId, string? Status);

/// <summary>The known network of a watchlist entity, worked out from the lists as stored now (not from the hits).</summary>
public static class RelatedNetwork
{
    /// <summary>
    /// Every entry of every stored list (or of <paramref name="source"/>) that is the entity's own or tied to it by
    /// links within <paramref name="depth"/>; the entity's own entries first, then by source, relation, depth and name.
    /// </summary>
    public static List<NetworkRow> Of(
        DbConnection db, IMatcher matcher, WatchlistEntity entity, MatchThresholds thresholds, int depth, string? source = null)
    {
        var rows = new List<NetworkRow>();
        var sources = Queries.SourcesWithEntries(db, source);
        var names = new RelatedNameCache();
        foreach (var s in sources)
        {
            var own = Queries.ListedDirectHits(db, s, entity.Id);
            rows.AddRange(own.Select(o => new NetworkRow(s, o.EntryId, o.EntryName, "self", null, 0, null, o.ListedAt, o.Id, o.Status)));

            var entries = EntryHistory.LoadCurrentEntries(db, null, s);
            var graph = new RelatedParties(entries);
            var targets = new Dictionary<string, List<RelatedTarget>>(StringComparer.Ordinal)
            {
                [entity.Id] = [.. own.Select(o => new RelatedTarget(entity.Id, o.EntryId, o.Score, o.Explanation))],
            };
            var matches = names.Match(matcher, [entity], graph.UnresolvedNames, thresholds.Alert);
            var hits = Queries.RelatedHits(db, s, entity.Id);
            foreach (var f in graph.Find([entity.Id], targets, matches, depth)
                         .OrderBy(f => f.Path.Direction, StringComparer.Ordinal).ThenBy(f => f.Path.Depth)
                         .ThenBy(f => f.Entry.PrimaryName, StringComparer.Ordinal))
            {
                var hit = hits.TryGetValue(f.Entry.EntryId, out var h) ? h : default;
                rows.Add(new NetworkRow(
                    s, f.Entry.EntryId, f.Entry.PrimaryName, f.Path.Direction, LinkTypes.Format(f.Path.FirstLink.Type),
                    f.Path.Depth, f.Path.Text, Since(db, s, f.Path.Steps[0]), hit.Id == 0 ? null : hit.Id, hit.Status));
            }
        }

        return rows;
    }

    /// <summary>
    /// Since when a link has been stated by its entry without a break: the start of the oldest of the entry's
    /// consecutive versions (each replacing the one before) that state it.
    /// </summary>
    private static string? Since(DbConnection db, string source, RelatedStep step)
    {
        var versions = EntryHistory.VersionsNewestFirst(db, source, step.Carrier);
        string? since = null;
        long? next = null;
        foreach (var v in versions)
        {
            if ((next is not null && v.To != next) || !v.Data.Contains("\"links\":", StringComparison.Ordinal)
                || !EntryContent.FromJson(v.Data).Links.Contains(step.Link))
            {
                break;
            }

            since = v.TakenAt;
            next = v.From;
        }

        return since;
    }
}
