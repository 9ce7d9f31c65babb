using SanctionsWatch.App;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Cli;

/// <summary>
/// One index per stored list (source), over its current entries: words are weighed by how common they are in that
/// list, as a sync weighs them when it screens the watchlist against it. So <c>screen</c>, <c>watchlist explain</c>
/// and <c>compare --source</c> give a pair the score a sync gives it.
/// </summary>
internal sealed class ListIndexes
{
    private readonly Dictionary<string, (ICandidateIndex Index, Dictionary<string, ListEntry> Entries)> _lists;

    private ListIndexes(Dictionary<string, (ICandidateIndex, Dictionary<string, ListEntry>)> lists) => _lists = lists;

    /// <summary>The stored lists (or only <paramref name="source"/>), each indexed.</summary>
    public static ListIndexes Build(Workspace ws, string? source)
    {
        var lists = new Dictionary<string, (ICandidateIndex, Dictionary<string, ListEntry>)>(StringComparer.Ordinal);
        foreach (var group in EntryHistory.LoadCurrentEntries(ws.Db, null, source).GroupBy(e => e.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var entries = group.ToList();
            lists[group.Key] = (
                ws.Matcher.Index(entries.Select(MatchSubject.FromEntry)),
                entries.ToDictionary(e => MatchSubject.KeyOf(e.Source, e.EntryId), StringComparer.Ordinal));
        }

        return new ListIndexes(lists);
    }

    public IEnumerable<string> Sources => _lists.Keys;

    public int EntriesOf(string source) => _lists[source].Entries.Count;

    /// <summary>The word statistics of one list (null when it is not stored).</summary>
    public ICorpusStatistics? StatisticsOf(string source) => _lists.TryGetValue(source, out var l) ? l.Index.Statistics : null;

    /// <summary>Each query's results at or above <paramref name="minScore"/> over every list, best first, at most <paramref name="limit"/>.</summary>
    public List<List<Found>> SearchAll(IReadOnlyList<MatchSubject> queries, double minScore, int limit)
    {
        var results = queries.Select(_ => new List<Found>()).ToList();
        foreach (var (_, (index, entries)) in _lists)
        {
            var found = index.SearchAll(queries, minScore, limit);
            for (var i = 0; i < queries.Count; i++)
                results[i].AddRange(found[i].Select(r => new Found(entries[r.CandidateKey], r)));
        }

        return [.. results.Select(r => r.OrderByDescending(f => f.Result.Score).ThenBy(f => f.Result.CandidateKey, StringComparer.Ordinal).Take(limit).ToList())];
    }

    /// <summary>
    /// The <paramref name="count"/> entries of <paramref name="source"/> nearest to <paramref name="query"/> that score
    /// below <paramref name="below"/> (and above 0), best first: the ones that came closest without being found.
    /// </summary>
    public List<Found> Nearest(MatchSubject query, string source, double below, int count, IReadOnlySet<string>? except = null)
    {
        var (index, entries) = _lists[source];
        return [.. index.Search(query, double.Epsilon)
            .Where(r => r.Score < below && (except is null || !except.Contains(r.CandidateKey)))
            .Take(count)
            .Select(r => new Found(entries[r.CandidateKey], r))];
    }

    /// <summary>An entry found for a query, with its result.</summary>
    public sealed record Found(ListEntry Entry, MatchResult Result);
}
