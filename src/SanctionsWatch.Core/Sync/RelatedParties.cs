using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sync;

/// <summary>A watchlist entity's party on a list, from which related parties are looked for.</summary>
/// <param name="Score">The direct hit's score.</param>
/// <param name="Explanation">The direct hit's stored explanation (JSON).</param>
public sealed record RelatedTarget(string WatchlistId, string EntryId, double Score, string Explanation);

/// <summary>A listed entry related to a watchlist entity by a path of links.</summary>
public sealed record RelatedFinding(string WatchlistId, ListEntry Entry, RelatedPath Path, MatchExplanation? NameExplanation);

/// <summary>
/// The links of one list as a graph, and the entries related to each watchlist entity through it. Every link is an
/// edge between the entry that states it and the party it names, pointing up from the controlled party to the one in
/// control (<see cref="LinkTypes.PointsUp"/>: a subsidiary link points down). The named party is an entry of the same
/// list when the link gives its id (and the list holds it), else when exactly one entry bears that name (case and
/// spacing aside: OFAC names the other party by its primary name); otherwise it is known by name only, and ends a
/// path when the matcher finds the watchlist entity in that name at the alert threshold.
/// </summary>
/// <remarks>
/// From each entry of the entity (an entry with a direct hit that is listed and not dismissed) and each name matched
/// to it, a breadth-first search follows the edges down (the entries below it: subsidiaries, fronts, owned parties,
/// and theirs) and, apart, up (the entries above it: parents, owners, directors, the parties it is linked to), at most
/// <c>depth</c> links and only through entries: a path never changes direction (two subsidiaries of one parent are
/// not related through it). The first path found to an entry is the shortest; ties are broken by entry id, so the
/// result does not depend on file order.
/// </remarks>
internal sealed class RelatedParties
{
    private const string NamePrefix = "\u0001";

    private readonly Dictionary<string, ListEntry> _entries;
    private readonly Dictionary<string, List<Edge>> _up = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Edge>> _down = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nameNodes = new(StringComparer.Ordinal);

    private sealed record Edge(string Lower, string Upper, string Carrier, EntryLink Link)
    {
        public string Other(string node) => node == Lower ? Upper : Lower;
    }

    public RelatedParties(IReadOnlyList<ListEntry> entries)
    {
        _entries = new Dictionary<string, ListEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
            _entries[entry.EntryId] = entry;
        Build(entries);
    }

    /// <summary>How many links of the list name another entry of it, and how many only a name.</summary>
    public (int ToEntries, int ToNames) Counts { get; private set; }

    /// <summary>The names of the parties known by name only (not entries of the list), as the links write them.</summary>
    public IReadOnlyCollection<string> UnresolvedNames => _nameNodes.Values;

    /// <summary>
    /// Every (entity, entry) relation: for each entity, from its <paramref name="targets"/> and the unresolved names
    /// <paramref name="nameMatches"/> found it in, the entries below and above it within <paramref name="depth"/> links.
    /// </summary>
    public List<RelatedFinding> Find(
        IEnumerable<string> watchlistIds,
        IReadOnlyDictionary<string, List<RelatedTarget>> targets,
        IReadOnlyDictionary<string, List<(string Name, MatchResult Result)>> nameMatches,
        int depth)
    {
        var found = new List<RelatedFinding>();
        foreach (var wid in watchlistIds)
        {
            var starts = new List<(string Node, RelatedEnd End, MatchExplanation? Explanation)>();
            var own = new HashSet<string>(StringComparer.Ordinal);
            if (targets.TryGetValue(wid, out var list))
            {
                foreach (var t in list.OrderBy(t => t.EntryId, StringComparer.Ordinal))
                {
                    if (!_entries.TryGetValue(t.EntryId, out var entry) || !own.Add(t.EntryId))
                        continue;
                    starts.Add((t.EntryId, new RelatedEnd(wid, t.EntryId, entry.PrimaryName, RelatedEnd.ByEntry, t.Score), null));
                }
            }

            if (nameMatches.TryGetValue(wid, out var names))
            {
                foreach (var (name, result) in names.OrderBy(n => n.Name, StringComparer.Ordinal))
                {
                    var node = NamePrefix + Normalise(name);
                    if (_nameNodes.ContainsKey(node))
                        starts.Add((node, new RelatedEnd(wid, null, name, RelatedEnd.ByName, result.Score), result.Explanation));
                }
            }

            if (starts.Count == 0)
                continue;
            var seen = new HashSet<string>(own, StringComparer.Ordinal);
            Search(wid, starts, _down, RelatedPath.Below, depth, seen, found);
            Search(wid, starts, _up, RelatedPath.Above, depth, seen, found);
        }

        return found;
    }

    /// <summary>
    /// Breadth-first from the entity's starts along <paramref name="edges"/> (down: the entries below it; up: those
    /// above), recording each entry reached with the path back to the start it was reached from.
    /// </summary>
    private void Search(
        string wid,
        List<(string Node, RelatedEnd End, MatchExplanation? Explanation)> starts,
        Dictionary<string, List<Edge>> edges,
        string direction,
        int depth,
        HashSet<string> seen,
        List<RelatedFinding> found)
    {
        // Per node reached: the edge that reached it, the node it came from, and which start the path ends at.
        var via = new Dictionary<string, (Edge Edge, string Previous, int Start)>(StringComparer.Ordinal);
        var frontier = new List<(string Node, int Start)>();
        for (var i = 0; i < starts.Count; i++)
            frontier.Add((starts[i].Node, i));
        var visited = new HashSet<string>(starts.Select(s => s.Node), StringComparer.Ordinal);
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<(string Node, int Start)>();
            foreach (var (node, start) in frontier)
            {
                // Only entries carry a path on: a party known by name only can only end one.
                if (level > 1 && node.StartsWith(NamePrefix, StringComparison.Ordinal))
                    continue;
                if (!edges.TryGetValue(node, out var out_))
                    continue;
                foreach (var edge in out_)
                {
                    var other = edge.Other(node);
                    if (other.StartsWith(NamePrefix, StringComparison.Ordinal) || !visited.Add(other))
                        continue;
                    via[other] = (edge, node, start);
                    next.Add((other, start));
                    if (seen.Add(other))
                    {
                        var s = starts[start];
                        found.Add(new RelatedFinding(wid, _entries[other], PathOf(other, via, s.End, direction), s.Explanation));
                    }
                }
            }

            frontier = next;
        }
    }

    /// <summary>The path from an entry reached by the search back to the start, as steps from the entry onwards.</summary>
    private RelatedPath PathOf(string entryId, Dictionary<string, (Edge Edge, string Previous, int Start)> via, RelatedEnd end, string direction)
    {
        var steps = new List<RelatedStep>();
        var node = entryId;
        while (via.TryGetValue(node, out var v))
        {
            var to = v.Previous;
            var toEntry = to.StartsWith(NamePrefix, StringComparison.Ordinal) ? null : to;
            steps.Add(new RelatedStep(
                node,
                NameOf(node),
                toEntry,
                toEntry is null ? _nameNodes[to] : NameOf(to),
                v.Edge.Carrier,
                v.Edge.Link));
            node = to;
            if (toEntry is null)
                break;
        }

        return new RelatedPath(direction, steps, end);
    }

    private string? NameOf(string entryId) => _entries.TryGetValue(entryId, out var e) ? e.PrimaryName : null;

    /// <summary>A name for comparing names within one list: upper case, single spaces, no trailing full stop or comma.</summary>
    internal static string Normalise(string name)
    {
        if (IsNormal(name))
            return name; // the common case (OFAC writes names in capitals, single-spaced): no copy
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        var space = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
                buffer[n++] = ' ';
            buffer[n++] = char.ToUpperInvariant(c);
            space = false;
        }

        var text = buffer[..n].TrimEnd(". ,;");
        return text.ToString();
    }

    private static bool IsNormal(string name)
    {
        if (name.Length == 0 || name[0] == ' ' || name[^1] is ' ' or '.' or ',' or ';')
            return false;
        var space = false;
        foreach (var c in name)
        {
            if (c == ' ')
            {
                if (space)
                    return false;
                space = true;
                continue;
            }

            space = false;
            if (char.IsWhiteSpace(c) || char.ToUpperInvariant(c) != c)
                return false;
        }

        return true;
    }

    private void Build(IReadOnlyList<ListEntry> entries)
    {
        // The entries with links, the names their links give, then the entries bearing those names (only those: most
        // names are never the target of a link).
        var linking = new List<ListEntry>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Links.Count == 0)
                continue;
            linking.Add(entry);
            foreach (var link in entry.Links)
            {
                if (link.Name is not null)
                    wanted.Add(Normalise(link.Name));
            }
        }

        if (linking.Count == 0)
            return;
        var byName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in entry.Names)
            {
                if (name.Type == NameType.WeakAlias)
                    continue;
                var key = Normalise(name.Text);
                if (!wanted.Contains(key))
                    continue;
                // Two entries with one name: ambiguous, resolved by neither.
                byName[key] = byName.TryGetValue(key, out var other) && other != entry.EntryId ? null : entry.EntryId;
            }
        }

        int toEntries = 0, toNames = 0;
        linking.Sort((a, b) => string.CompareOrdinal(a.EntryId, b.EntryId));
        foreach (var entry in linking)
        {
            foreach (var link in entry.Links)
            {
                string? node = null;
                if (link.EntryId is not null && _entries.ContainsKey(link.EntryId))
                    node = link.EntryId;
                else if (link.Name is not null && byName.TryGetValue(Normalise(link.Name), out var id) && id is not null)
                    node = id;
                if (node is not null)
                {
                    toEntries++;
                }
                else if (link.Name is not null)
                {
                    node = NamePrefix + Normalise(link.Name);
                    _nameNodes.TryAdd(node, link.Name);
                    toNames++;
                }

                if (node is null || node == entry.EntryId)
                    continue;
                var edge = LinkTypes.PointsUp(link.Type)
                    ? new Edge(entry.EntryId, node, entry.EntryId, link)
                    : new Edge(node, entry.EntryId, entry.EntryId, link);
                Add(_up, edge.Lower, edge);
                Add(_down, edge.Upper, edge);
            }
        }

        Counts = (toEntries, toNames);
        foreach (var list in _up.Values.Concat(_down.Values))
            list.Sort(CompareEdges);
    }

    private static int CompareEdges(Edge a, Edge b)
    {
        var c = string.CompareOrdinal(a.Lower, b.Lower);
        if (c == 0)
            c = string.CompareOrdinal(a.Upper, b.Upper);
        if (c == 0)
            c = string.CompareOrdinal(a.Carrier, b.Carrier);
        if (c == 0)
            c = a.Link.Type.CompareTo(b.Link.Type);
        if (c == 0)
            c = string.CompareOrdinal(a.Link.Name, b.Link.Name);
        return c == 0 ? string.CompareOrdinal(a.Link.EntryId, b.Link.EntryId) : c;
    }

    private static void Add(Dictionary<string, List<Edge>> map, string key, Edge edge)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(edge);
    }
}
