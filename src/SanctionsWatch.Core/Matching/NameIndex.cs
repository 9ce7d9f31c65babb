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
    private const string WholePrefix = "==";

    private readonly NameMatcher matcher;
    private readonly PreparedSubject[] subjects;
    private readonly int[] nameSubject;
    private readonly Dictionary<string, int[]> postings;
    private readonly string[] vocabulary;
    private readonly Dictionary<string, int[]> trigramVocabulary;
    private readonly Dictionary<string, int[]> identifiers;
    private readonly TokenStatistics statistics;
    private readonly int frequentThreshold;
    private readonly System.Collections.Concurrent.ConcurrentBag<double[]> freeScores = [];
    private readonly System.Collections.Concurrent.ConcurrentBag<int[]> freeCounts = [];

    /// <param name="corpusStatistics">Word statistics of the whole list, when the candidates are only part of it.</param>
    public NameIndex(NameMatcher matcher, IEnumerable<MatchSubject> candidates, TokenStatistics? corpusStatistics = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(candidates);
        this.matcher = matcher;
        var input = candidates as IReadOnlyList<MatchSubject> ?? [.. candidates];
        subjects = new PreparedSubject[input.Count];

        var nameOwners = new List<int>(input.Count);
        var post = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pool = new Dictionary<PreparedToken, PreparedToken>();
        var pairKeys = new Dictionary<(string, string), string>();

        // names are analysed in parallel, a chunk at a time; the postings are built from each chunk while the next one
        // is analysed, and equal tokens are shared (one object per distinct token), so little garbage outlives a chunk
        const int Chunk = 8192;
        var cache = new TokenCache();
        Task? pending = null;
        for (var start = 0; start < input.Count; start += Chunk)
        {
            var end = Math.Min(input.Count, start + Chunk);
            Parallel.For(start, end, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => subjects[i] = new PreparedSubject(input[i], cache));
            pending?.Wait();
            var (from, to) = (start, end);
            pending = Task.Run(() =>
            {
                for (var s = from; s < to; s++)
                    AddSubject(s);
            });
        }

        pending?.Wait();

        void AddSubject(int s)
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
                else if (name.CoreCount > 0)
                {
                    // the whole name's key: a name equal after normalisation is always a candidate, even when every
                    // token of it is too common or too short to block on
                    Add(post, WholePrefix + name.CoreKey, nameId);
                }

                var tokens = name.Tokens;
                for (var i = 0; i < tokens.Length; i++)
                {
                    if (pool.TryGetValue(tokens[i], out var shared))
                        tokens[i] = shared;
                    else
                        pool.Add(tokens[i], tokens[i]);
                }

                for (var i = 0; i < tokens.Length; i++)
                {
                    var t = tokens[i];
                    if (t.Kind == TokenKind.LegalForm)
                        continue;
                    if (seen.Add(t.Key))
                    {
                        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(df, t.Key, out _);
                        count++;
                        if (!name.IsShort)
                            Add(post, t.Key, nameId);
                    }

                    if (!name.IsShort && i + 1 < tokens.Length && t.Kind == TokenKind.Word && tokens[i + 1].Kind == TokenKind.Word)
                    {
                        ref var pair = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pairKeys, (t.Key, tokens[i + 1].Key), out var exists);
                        if (!exists)
                            pair = t.Key + tokens[i + 1].Key;
                        Add(post, pair!, nameId);
                    }
                }
            }

            foreach (var id in subjects[s].Identifiers)
            {
                var v = IdentifierMatching.NormalizeValue(id.Value);
                if (v.Length >= matcher.Options.MinIdentifierLength)
                    Add(ids, v, s);
            }
        }

        nameSubject = [.. nameOwners];
        pool.Clear();
        pairKeys.Clear();
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
        var acc = new Accumulator(freeScores, nameSubject.Length);
        var chosen = new HashSet<int>();
        try
        {
            foreach (var name in q.Names)
                Block(name, acc);

            // candidates: the subjects of the best-blocked names (a bounded heap: no sort of every blocked name)
            var keep = matcher.Options.MaxCandidates * 4;
            var heap = new PriorityQueue<int, double>(keep + 1);
            foreach (var nameId in acc.Touched)
            {
                var v = acc.Scores[nameId];
                if (heap.Count < keep)
                {
                    heap.Enqueue(nameId, v);
                }
                else if (heap.TryPeek(out _, out var lowest) && v > lowest)
                {
                    heap.Dequeue();
                    heap.Enqueue(nameId, v);
                }
            }

            var ranked = new (int NameId, double Score)[heap.Count];
            var r = 0;
            while (heap.TryDequeue(out var nameId, out var v))
                ranked[r++] = (nameId, v);
            Array.Sort(ranked, static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.NameId.CompareTo(b.NameId));
            for (var i = 0; i < ranked.Length && chosen.Count < matcher.Options.MaxCandidates; i++)
                chosen.Add(nameSubject[ranked[i].NameId]);
        }
        finally
        {
            acc.Dispose();
        }

        foreach (var id in q.Identifiers)
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

    private void Block(PreparedName name, Accumulator acc)
    {
        if (name.CoreCount == 0)
            return;
        if (name.IsShort)
        {
            AddHits(ShortPrefix + name.CoreKey, 10.0, acc);
            return;
        }

        AddHits(WholePrefix + name.CoreKey, 10.0, acc);

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

    private void AddHits(string key, double weight, Accumulator acc)
    {
        if (!postings.TryGetValue(key, out var hits))
            return;
        foreach (var nameId in hits)
            acc.Add(nameId, weight);
    }

    private void AddFuzzyHits(string key, double weight, Accumulator acc)
    {
        var grams = Trigrams(key);
        // the index's own pool: arrays come back zeroed (the shared pool may hand out arrays others left dirty)
        var counts = freeCounts.TryTake(out var free) ? free : new int[Math.Max(1, vocabulary.Length)];
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
            freeCounts.Add(counts);
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

    /// <summary>Blocking scores per name id: an array of the index's own pool and the ids touched (zeroed on dispose).</summary>
    private sealed class Accumulator : IDisposable
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<double[]> pool;

        public Accumulator(System.Collections.Concurrent.ConcurrentBag<double[]> pool, int size)
        {
            this.pool = pool;
            Scores = pool.TryTake(out var free) ? free : new double[Math.Max(1, size)];
        }

        public double[] Scores { get; }

        public List<int> Touched { get; } = [];

        public void Add(int nameId, double weight)
        {
            if (Scores[nameId] == 0)
                Touched.Add(nameId);
            Scores[nameId] += weight;
        }

        public void Dispose()
        {
            foreach (var id in Touched)
                Scores[id] = 0;
            pool.Add(Scores);
        }
    }
}
