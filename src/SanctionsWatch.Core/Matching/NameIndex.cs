using System.Buffers;

namespace SanctionsWatch.Matching;

/// <summary>
/// The candidate index of <see cref="NameMatcher"/>. Names are analysed once at build time. A search blocks on
/// token keys (exact), on similar keys found through a character-trigram index over the key vocabulary (fuzzy), on
/// joined adjacent tokens, on whole short names and on identifiers; only the best-blocked candidates are scored.
/// Token weights are IDF over the indexed names.
/// </summary>
public sealed class NameIndex : ICandidateIndex
{
    private const string ShortPrefix = "=";

    private readonly NameMatcher matcher;
    private readonly PreparedSubject[] subjects;
    private readonly int[] nameSubject;
    private readonly Dictionary<string, int[]> postings;
    private readonly string[] vocabulary;
    private readonly Dictionary<string, int[]> trigramVocabulary;
    private readonly Dictionary<string, int[]> identifiers;
    private readonly TokenStatistics statistics;
    private readonly int frequentThreshold;

    /// <param name="corpusStatistics">Word statistics of the whole list, when the candidates are only part of it.</param>
    public NameIndex(NameMatcher matcher, IEnumerable<MatchSubject> candidates, TokenStatistics? corpusStatistics = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(candidates);
        this.matcher = matcher;
        var subjectList = new List<PreparedSubject>();
        foreach (var c in candidates)
            subjectList.Add(new PreparedSubject(c));
        subjects = [.. subjectList];

        var nameOwners = new List<int>();
        var post = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < subjects.Length; s++)
        {
            foreach (var name in subjects[s].Names)
            {
                var nameId = nameOwners.Count;
                nameOwners.Add(s);
                seen.Clear();
                if (name.IsShort)
                {
                    Add(post, ShortPrefix + name.CoreKey, nameId);
                }

                var tokens = name.Tokens;
                for (var i = 0; i < tokens.Length; i++)
                {
                    var t = tokens[i];
                    if (t.Kind == TokenKind.LegalForm)
                        continue;
                    if (seen.Add(t.Key))
                    {
                        df[t.Key] = df.TryGetValue(t.Key, out var n) ? n + 1 : 1;
                        if (!name.IsShort)
                            Add(post, t.Key, nameId);
                    }

                    if (!name.IsShort && i + 1 < tokens.Length && t.Kind == TokenKind.Word && tokens[i + 1].Kind == TokenKind.Word)
                        Add(post, t.Key + tokens[i + 1].Key, nameId);
                }
            }

            foreach (var id in subjects[s].Subject.Identifiers)
            {
                var v = IdentifierMatching.NormalizeValue(id.Value);
                if (v.Length >= matcher.Options.MinIdentifierLength)
                    Add(ids, v, s);
            }
        }

        nameSubject = [.. nameOwners];
        postings = new Dictionary<string, int[]>(post.Count, StringComparer.Ordinal);
        foreach (var (k, list) in post)
            postings[k] = [.. list];
        identifiers = new Dictionary<string, int[]>(ids.Count, StringComparer.Ordinal);
        foreach (var (k, list) in ids)
            identifiers[k] = [.. list];
        statistics = corpusStatistics ?? new TokenStatistics(df, nameSubject.Length);
        Scorer = new NameScorer(matcher.Options, statistics);
        frequentThreshold = Math.Max(500, statistics.NameCount / 20);

        // the fuzzy vocabulary: word keys long enough to compare fuzzily, by character trigram
        var vocab = new List<string>();
        var tri = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var key in df.Keys)
        {
            if (key.Length <= matcher.Options.ExactOnlyTokenLength || key.StartsWith('#') || NameNormalizer.IsDigits(key))
                continue;
            var v = vocab.Count;
            vocab.Add(key);
            foreach (var g in Trigrams(key))
                Add(tri, g, v);
        }

        vocabulary = [.. vocab];
        trigramVocabulary = new Dictionary<string, int[]>(tri.Count, StringComparer.Ordinal);
        foreach (var (k, list) in tri)
            trigramVocabulary[k] = [.. list];
    }

    /// <summary>The scorer with this index's IDF weights.</summary>
    public NameScorer Scorer { get; }

    public TokenStatistics Statistics => statistics;

    ICorpusStatistics ICandidateIndex.Statistics => statistics;

    public int Count => subjects.Length;

    public IReadOnlyList<MatchResult> Search(MatchSubject query, double minScore, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = new PreparedSubject(query);
        var acc = new Dictionary<int, double>();
        foreach (var name in q.Names)
            Block(name, acc);

        // candidates: the best-blocked names' subjects, plus identifier hits
        var ranked = new KeyValuePair<int, double>[acc.Count];
        var r = 0;
        foreach (var kv in acc)
            ranked[r++] = kv;
        Array.Sort(ranked, static (a, b) => b.Value.CompareTo(a.Value));
        var chosen = new HashSet<int>();
        for (var i = 0; i < ranked.Length && chosen.Count < matcher.Options.MaxCandidates; i++)
            chosen.Add(nameSubject[ranked[i].Key]);
        foreach (var id in query.Identifiers)
        {
            if (identifiers.TryGetValue(IdentifierMatching.NormalizeValue(id.Value), out var hits))
            {
                foreach (var s in hits)
                    chosen.Add(s);
            }
        }

        var results = new List<MatchResult>(chosen.Count);
        foreach (var s in chosen)
        {
            var result = matcher.Compare(q, subjects[s], Scorer);
            if (result.Score >= minScore && result.Score > 0)
                results.Add(result);
        }

        results.Sort(static (a, b) =>
        {
            var c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : string.CompareOrdinal(a.CandidateKey, b.CandidateKey);
        });
        if (results.Count > limit)
            results.RemoveRange(limit, results.Count - limit);
        return results;
    }

    private void Block(PreparedName name, Dictionary<int, double> acc)
    {
        if (name.CoreCount == 0)
            return;
        if (name.IsShort)
        {
            AddHits(ShortPrefix + name.CoreKey, 10.0, acc);
            return;
        }

        var tokens = name.Tokens;
        var rareTokens = 0;
        foreach (var t in tokens)
        {
            if (t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Patronymic
                && statistics.DocumentFrequency(t.Key) is > 0 and var df && df <= frequentThreshold)
                rareTokens++;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.LegalForm)
                continue;
            var frequent = statistics.DocumentFrequency(t.Key) > frequentThreshold || t.Kind == TokenKind.Concept;
            if (frequent && rareTokens > 0)
                continue;
            var w = Scorer.WeightOf(t);
            AddHits(t.Key, w, acc);
            if (t.Kind is TokenKind.Word or TokenKind.Patronymic && t.Key.Length > matcher.Options.ExactOnlyTokenLength)
                AddFuzzyHits(t.Key, w, acc);
            if (i + 1 < tokens.Length && t.Kind == TokenKind.Word && tokens[i + 1].Kind == TokenKind.Word)
                AddHits(t.Key + tokens[i + 1].Key, w, acc);
        }
    }

    private void AddHits(string key, double weight, Dictionary<int, double> acc)
    {
        if (!postings.TryGetValue(key, out var hits))
            return;
        foreach (var nameId in hits)
            acc[nameId] = acc.TryGetValue(nameId, out var v) ? v + weight : weight;
    }

    private void AddFuzzyHits(string key, double weight, Dictionary<int, double> acc)
    {
        var grams = Trigrams(key);
        var counts = ArrayPool<int>.Shared.Rent(Math.Max(1, vocabulary.Length));
        Array.Clear(counts, 0, vocabulary.Length); // a rented array holds what its last user left in it
        var touched = new List<int>();
        try
        {
            foreach (var g in grams)
            {
                if (!trigramVocabulary.TryGetValue(g, out var vs))
                    continue;
                foreach (var v in vs)
                {
                    if (counts[v]++ == 0)
                        touched.Add(v);
                }
            }

            var needed = Math.Max(1, grams.Count / 3);
            var floor = matcher.Options.TokenSimilarityFloor;
            foreach (var v in touched)
            {
                if (counts[v] < needed)
                    continue;
                var other = vocabulary[v];
                if (string.Equals(other, key, StringComparison.Ordinal))
                    continue;
                var jw = JaroWinkler.Similarity(key, other);
                if (jw >= floor)
                    AddHits(other, weight * jw, acc);
            }
        }
        finally
        {
            foreach (var v in touched)
                counts[v] = 0;
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    private static List<string> Trigrams(string key)
    {
        var padded = "^" + key + "$";
        var grams = new List<string>(padded.Length);
        for (var i = 0; i + 3 <= padded.Length; i++)
            grams.Add(padded.Substring(i, 3));
        return grams;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int value)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        if (list.Count == 0 || list[^1] != value)
            list.Add(value);
    }
}
