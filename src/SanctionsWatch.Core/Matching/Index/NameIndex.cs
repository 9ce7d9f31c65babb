using SanctionsWatch.Model;

namespace SanctionsWatch.Matching;

/// <summary>
/// The candidate index of <see cref="NameMatcher"/>. Names are analysed once at build time. A search blocks on
/// token keys (exact), on similar keys found through a character-trigram index over the key vocabulary (fuzzy), on
/// joined adjacent tokens, on whole short names and on identifiers; only the best-blocked candidates are scored.
/// Token weights are IDF over the indexed names.
/// </summary>
public sealed class NameIndex : ICandidateIndex
{
    private readonly NameMatcher matcher;
    private readonly PreparedSubject[] subjects;
    private readonly int[] nameSubject;

    // postings, compact: a key's id (token keys and joined adjacent tokens share one map; whole names and short names
    // have their own) gives the range postingStart[id] .. postingStart[id + 1] of postingNames, name ids ascending.
    // Keys are 64-bit hashes of their text (KeyHash): a million names would otherwise keep millions of joined strings.
    private readonly Dictionary<ulong, int> tokenPostings;
    private readonly Dictionary<ulong, int> wholePostings;
    private readonly Dictionary<ulong, int> shortPostings;
    private readonly int[] postingStart;
    private readonly int[] postingNames;
    private readonly string[] vocabulary;
    private readonly byte[] vocabularyKinds; // per vocabulary key: WordKey, WrittenKey or both

    // per vocabulary key, its shape (letters, length, first letter) in one place: a query key's neighbours are judged on
    // it first, which rules most out without reading the key (a read of text scattered over the heap, the costliest step
    // of a look-up)
    private readonly KeyShape[] vocabularyShapes;
    private readonly Dictionary<string, int[]> trigramVocabulary;
    private readonly Dictionary<string, int[]> consonantVocabulary;
    private readonly Dictionary<string, int[]> identifiers;
    private readonly Lazy<Dictionary<string, ulong[]>> abjadSkeletons;
    private readonly Lazy<Dictionary<string, ulong[]>> kanaSkeletons;
    private readonly Lazy<Dictionary<string, ulong[]>> hanSkeletons;
    private readonly Dictionary<string, ulong[]> englishReadings;
    private readonly TokenStatistics statistics;
    private readonly int frequentThreshold;
    private readonly System.Collections.Concurrent.ConcurrentBag<Cell[]> freeCells = [];
    private readonly System.Collections.Concurrent.ConcurrentBag<int[]> freeCounts = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ulong KeyHash, double Similarity, double MostWeight)[]> fuzzyNeighbours = new(StringComparer.Ordinal);

    // what a key of the fuzzy vocabulary is posted as: a word's key, a concept's or learned group's written key, or both
    private const byte WordKey = 1;
    private const byte WrittenKey = 2;

    // the weight of the concept or learned group each written key was posted for, by WrittenHash: a query's word that meets
    // one counts as much as that word of the list weighs at most (trader meets every TRADING as a word of the list, not
    // as the rare word it is in the query)
    private readonly Dictionary<ulong, double> writtenWeights;

    // the organisations' words that may be contractions (NameScorer.MayBeContraction), by their contraction key in
    // ordinal order, with the hash of the key they are posted under: a query's adjacent words find the word they contract
    private readonly string[] contractionWords;
    private readonly ulong[] contractionWordHashes;

    /// <summary>How many query keys' fuzzy neighbours an index remembers (a bound on memory; beyond it they are recomputed).</summary>
    private const int MaxRememberedNeighbours = 200_000;
    private int rememberedNeighbours;

    /// <param name="corpusStatistics">Word statistics of the whole list, when the candidates are only part of it.</param>
    public NameIndex(NameMatcher matcher, IEnumerable<MatchSubject> candidates, TokenStatistics? corpusStatistics = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(candidates);
        this.matcher = matcher;
        var input = candidates as IReadOnlyList<MatchSubject> ?? [.. candidates];
        subjects = new PreparedSubject[input.Count];

        // 1. in parallel: names analysed (each distinct word and name once, equal tokens shared) and the ids of the keys
        //    each name is posted under (ids are handed out in any order; they only index arrays below)
        //    (kept per chunk of subjects in one growing array, not one array per name for the GC to promote)
        var cache = new TokenCache(input.Count);
        var ids = new KeyIds(input.Count);
        var chunks = new KeyChunk[(input.Count + KeyChunk.Size - 1) / KeyChunk.Size];
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, Math.Max(1, input.Count), KeyChunk.Size),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            range =>
            {
                var chunk = new KeyChunk();
                for (var i = range.Item1; i < Math.Min(range.Item2, input.Count); i++)
                {
                    var subject = new PreparedSubject(input[i], cache);
                    foreach (var name in subject.Names)
                        ids.KeysOf(name, subject.Subject.Kind != PartyType.Person, chunk);
                    subjects[i] = subject;
                }

                if (range.Item1 < input.Count)
                    chunks[range.Item1 / KeyChunk.Size] = chunk.Sealed();
            });

        // 2. in name order: owners, document frequencies (keys in order of first occurrence, as the vocabulary is
        //    built in that order) and posting counts; then the postings, filled in name order (ids ascending)
        var keyCount = ids.Count;
        var df = new int[keyCount];
        var dfOrder = new List<int>();
        postingStart = new int[keyCount + 1];
        var nameCount = 0;
        foreach (var subject in subjects)
            nameCount += subject.Names.Length;
        nameSubject = new int[nameCount];
        var ids2 = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var nameId = 0;
        for (var s = 0; s < subjects.Length; s++)
        {
            var chunk = chunks[s / KeyChunk.Size];
            if (s % KeyChunk.Size == 0)
                chunk.Rewind();
            foreach (var name in subjects[s].Names)
            {
                nameSubject[nameId++] = s;
                var keys = chunk.Next();
                var tokenKeys = keys[0];
                for (var k = 1; k <= tokenKeys; k++)
                {
                    if (df[keys[k]]++ == 0)
                        dfOrder.Add(keys[k]);
                }

                for (var k = name.IsShort ? tokenKeys + 1 : 1; k < keys.Length; k++)
                    postingStart[keys[k] + 1]++;
            }

            foreach (var id in subjects[s].Identifiers)
            {
                var v = IdentifierMatching.NormalizeValue(id.Value);
                if (v.Length >= matcher.Options.MinIdentifierLength)
                    Add(ids2, v, s);
            }
        }

        for (var k = 0; k < keyCount; k++)
            postingStart[k + 1] += postingStart[k];
        postingNames = new int[postingStart[keyCount]];
        var fill = postingStart[..keyCount];
        nameId = 0;
        for (var s = 0; s < subjects.Length; s++)
        {
            var chunk = chunks[s / KeyChunk.Size];
            if (s % KeyChunk.Size == 0)
                chunk.Rewind();
            foreach (var name in subjects[s].Names)
            {
                var keys = chunk.Next();
                for (var k = name.IsShort ? keys[0] + 1 : 1; k < keys.Length; k++)
                    postingNames[fill[keys[k]]++] = nameId;
                nameId++;
            }
        }

        // 3. the lookup maps, independent of each other, built side by side
        Dictionary<string, int>? dfByKey = null;
        Dictionary<ulong, int>? tokenMap = null, wholeMap = null, shortMap = null;
        (string[] Vocabulary, byte[] Kinds, Dictionary<string, int[]> Trigrams, Dictionary<string, int[]> Consonants)? fuzzy = null;
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => tokenMap = KeyIds.Postings(ids.Tokens, static entry => entry.Id, postingStart),
            () => wholeMap = KeyIds.Postings(ids.Whole, postingStart),
            () => shortMap = KeyIds.Postings(ids.Short, postingStart),
            () =>
            {
                var keyText = ids.KeyTexts();
                dfByKey = new Dictionary<string, int>(dfOrder.Count, StringComparer.Ordinal);
                foreach (var k in dfOrder)
                    dfByKey.Add(keyText[k], df[k]);
                fuzzy = FuzzyVocabulary(dfByKey.Keys, ids.Written.Keys.Order(StringComparer.Ordinal), matcher.Options.ExactOnlyTokenLength);
            });
        tokenPostings = tokenMap!;
        wholePostings = wholeMap!;
        shortPostings = shortMap!;
        (vocabulary, vocabularyKinds, trigramVocabulary, consonantVocabulary) = fuzzy!.Value;
        vocabularyShapes = Array.ConvertAll(vocabulary, KeyShape.Of);

        identifiers = new Dictionary<string, int[]>(ids2.Count, StringComparer.Ordinal);
        foreach (var (k, list) in ids2)
            identifiers[k] = [.. list];
        statistics = corpusStatistics ?? new TokenStatistics(dfByKey!, nameSubject.Length, AcronymSynonyms.Learn(subjects));
        Scorer = new NameScorer(matcher.Options, statistics);
        abjadSkeletons = new Lazy<Dictionary<string, ulong[]>>(BuildAbjadSkeletons);
        kanaSkeletons = new Lazy<Dictionary<string, ulong[]>>(BuildKanaSkeletons);
        hanSkeletons = new Lazy<Dictionary<string, ulong[]>>(BuildHanSkeletons);
        englishReadings = ids.EnglishReadings.GroupBy(static r => r.Key.Read, static r => KeyHash(r.Key.Word), StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.ToArray(), StringComparer.Ordinal);
        writtenWeights = new Dictionary<ulong, double>(ids.Written.Count);
        foreach (var (key, token) in ids.Written)
            writtenWeights[WrittenHash(key)] = Scorer.WeightOf(token);
        frequentThreshold = Math.Max(500, statistics.NameCount / 20);
        contractionWords = [.. ids.ContractionWords.Keys.Order(StringComparer.Ordinal)];
        contractionWordHashes = [.. contractionWords.Select(k => KeyHash(ids.ContractionWords[k]))];
    }

    /// <summary>
    /// The fuzzy vocabulary: word keys and written keys (<see cref="PreparedToken.ComparedAsWritten"/>) long enough to
    /// compare fuzzily, what each is posted as, and their ids by character trigram and by their consonants (vowel variants
    /// such as Mohamed / Muhamad share few trigrams).
    /// </summary>
    private static (string[] Vocabulary, byte[] Kinds, Dictionary<string, int[]> Trigrams, Dictionary<string, int[]> Consonants) FuzzyVocabulary(
        IEnumerable<string> wordKeys, IEnumerable<string> writtenKeys, int exactOnlyLength)
    {
        var vocab = new List<string>();
        var kinds = new List<byte>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var tri = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var consonants = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (key, kind) in wordKeys.Select(static k => (k, WordKey)).Concat(writtenKeys.Select(static k => (k, WrittenKey))))
        {
            if (key.Length <= exactOnlyLength || key.StartsWith('#') || NameNormalizer.IsDigits(key))
                continue;
            if (ids.TryGetValue(key, out var known))
            {
                kinds[known] |= kind;
                continue;
            }

            var v = vocab.Count;
            vocab.Add(key);
            kinds.Add(kind);
            ids.Add(key, v);
            foreach (var g in Trigrams(key))
                Add(tri, g, v);
            Add(consonants, Consonants(key), v);
        }

        var trigrams = new Dictionary<string, int[]>(tri.Count, StringComparer.Ordinal);
        foreach (var (k, list) in tri)
            trigrams[k] = [.. list];
        var byConsonants = new Dictionary<string, int[]>(consonants.Count, StringComparer.Ordinal);
        foreach (var (k, list) in consonants)
            byConsonants[k] = [.. list];
        return ([.. vocab], [.. kinds], trigrams, byConsonants);
    }

    /// <summary>A key without its vowels: the consonants that a vowel variant shares.</summary>
    private static string Consonants(string key)
    {
        Span<char> buffer = stackalloc char[key.Length];
        var n = 0;
        foreach (var ch in key)
        {
            if (!NameScorer.IsVowel(ch))
                buffer[n++] = ch;
        }

        return new string(buffer[..n]);
    }

    /// <summary>The scorer with this index's IDF weights.</summary>
    public NameScorer Scorer { get; }

    public TokenStatistics Statistics => statistics;

    /// <summary>A name of one word that is in few of the list's names (<see cref="TokenStatistics.IsRare"/>).</summary>
    private bool RareOneName(PreparedName name)
    {
        foreach (var t in name.Tokens)
        {
            if (t.Kind != TokenKind.LegalForm)
                return t.Kind == TokenKind.Word && statistics.IsRare(t.Key);
        }

        return false;
    }

    ICorpusStatistics ICandidateIndex.Statistics => statistics;

    public int Count => subjects.Length;

    public IReadOnlyList<MatchResult> Search(MatchSubject query, double minScore, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = new PreparedSubject(query);
        var acc = new Accumulator(freeCells, nameSubject.Length);
        var chosen = new HashSet<int>();
        try
        {
            foreach (var name in q.Names)
                Block(name, organisation: q.Subject.Kind != PartyType.Person, acc);

            // candidates: the subjects of the best-blocked names (a bounded heap: no sort of every blocked name)
            var keep = matcher.Options.MaxCandidates * 4;
            var heap = new PriorityQueue<int, double>(keep + 1);
            foreach (var nameId in acc.Touched)
            {
                var v = acc.ScoreOf(nameId);
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
            foreach (var nameId in acc.Reserved)
                chosen.Add(nameSubject[nameId]);
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

    /// <param name="organisation">Whether the query is no person's name: only then do its words meet acronyms of parts of
    /// names and the written keys of concepts (a surname such as Zavodnoy is no spelling of zavod).</param>
    private void Block(PreparedName name, bool organisation, Accumulator acc)
    {
        if (name.CoreCount == 0)
            return;
        if (name.CoreCount == 1 && name.CoreText is { Length: >= 2 and <= Acronyms.MaxLength } letters && !name.HasAbjad)
        {
            AddHits(shortPostings, AcronymHash(letters), 10.0, acc); // the names it may be an acronym of
            acc.NextToken();
        }

        if (name.IsShort)
        {
            AddHits(shortPostings, name.CoreHash(), 10.0, acc);
            acc.NextToken();
            return;
        }

        AddHits(wholePostings, name.CoreHash(), 10.0, acc);
        acc.NextToken();

        // an acronym among descriptors (VTB BANK) finds the list's short name of that acronym (VTB)
        if (organisation && Acronyms.AmongDescriptors(name.Tokens) is >= 0 and var among)
        {
            AddHits(shortPostings, TextHash.Of(name.Tokens[among].Key), 10.0, acc);
            acc.NextToken();
        }

        // a weak alias the same as a whole (VOLAT, a.k.a. of MINSK WHEEL TRACTOR PLANT; a person's MARTIN LLANOS): scored
        // beside the best-blocked candidates, not in their place, as its words are not posted (MARTIN is in more names
        // than are scored); a person's one name only where it is rare among the list's names (HAMBALI, LEGIJA), as a
        // person's weak aliases are also given names and nicknames many share (HUSSEIN, MANUEL, GORDO)
        if ((organisation || name.CoreCount >= 2 || RareOneName(name)) && shortPostings.TryGetValue(name.CoreHash(), out var weak))
        {
            for (var p = postingStart[weak]; p < postingStart[weak + 1] && acc.Reserved.Count < matcher.Options.MaxCandidates; p++)
                acc.Reserved.Add(postingNames[p]);
        }

        // the rare words of a name find its candidates; frequent words and concepts only when there are none, concepts
        // also when there is one rare word only (it may be spelled otherwise on the list, or be a qualifier: ALL-RUSSIAN
        // CHILDREN AND YOUTH … MOVEMENT YUNARMIA / … YOUTH ARMY); a qualifier's word never keeps the others out
        var tokens = name.Tokens;
        var rareTokens = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Patronymic && !name.IsOptional(i)
                && statistics.DocumentFrequency(tokens[i].Key) is > 0 and var df && df <= frequentThreshold)
                rareTokens++;
        }

        var descriptive = organisation && Array.TrueForAll(tokens, static t => t.Kind is TokenKind.Concept or TokenKind.LegalForm || (t.Kind == TokenKind.Word && t.IsDescriptor));

        // an organisation's list words each run of tokens from i contracts, each looked up once
        var contracted = organisation ? ContractedWords(Array.ConvertAll(tokens, static t => t.ContractionKeys)) : null;
        for (var i = 0; i < tokens.Length; i++)
        {
            acc.NextToken(); // each token counts once per name: its best hit there (it meets one word, as the scorer aligns it)
            var t = tokens[i];
            if (contracted is not null)
            {
                // the list's words this token contracts with the next or with the one before (Sovcomflot): each token
                // of the run counts its part, as a rare word of the run outweighs one word's hit
                var part = Scorer.WeightOf(t) * matcher.Options.ContractionSimilarity;
                AddHits(contracted[i], part, acc);
                if (i > 0)
                    AddHits(contracted[i - 1], part, acc);
            }

            if (t.Kind == TokenKind.LegalForm)
                continue;

            // a name of descriptors only (Radio Control Technologies) may be known by two of its words' initials among
            // the others (RM TECHNOLOGIES: radio, management): the list's two-letter words those initials spell
            if (descriptive && i + 1 < tokens.Length)
                AddTwoInitialsHits(t, tokens[i + 1], acc);
            var frequent = statistics.DocumentFrequency(t.Key) > frequentThreshold;
            if ((frequent && rareTokens > 0) || (t.Kind == TokenKind.Concept && rareTokens > 1))
                continue;
            var w = Scorer.WeightOf(t);
            AddHits(tokenPostings, KeyHash(t.Key), w, acc);
            if (t.AsReadBack is { } readBack)
            {
                // Poutine, პუტინი: PUTIN; and a script's second reading's and the Polish reading's neighbours too
                // (Μεντβέντεφ, read medvedef: MEDVEDEV; Czemiezow, chemezow: CHEMEZOV), not the French reading's, which
                // many Arabic names have (Youssouf, Lamine): a fuzzy look-up each
                AddHits(tokenPostings, KeyHash(readBack.Key), w * matcher.Options.KeyEqualSimilarity, acc);
                if ((t.SecondReading is not null || PolishSounds.Read(t.Text) is not null) && readBack.Key.Length > matcher.Options.ExactOnlyTokenLength)
                    AddFuzzyHits(readBack.Key, w * matcher.Options.KeyEqualSimilarity, acc, organisation);
            }

            if (t.AsDzh is { } dzh)
                AddHits(tokenPostings, KeyHash(dzh.Key), w * matcher.Options.KeyEqualSimilarity, acc); // Jafarov: DZHAFAROV, and back
            if (t.IsAbjad)
            {
                // a word of an abjad (محمد, mhmd) meets the list's Latin words by their consonant skeleton, alone and
                // joined with the next (نصر الله: Nasrallah)
                AddAbjadHits(t.Text, w, acc, article: true);
                if (i + 1 < tokens.Length && tokens[i + 1].IsAbjad)
                    AddAbjadHits(t.Text + tokens[i + 1].Text, w, acc, article: false);
                continue;
            }

            if (t.IsKana)
                AddKanaHits(t.Text, w, acc); // and by its skeleton in Japanese sounds (raburofu: Lavrov)
            if (HanSounds.IsSyllable(t))
                AddHanHits(tokens, i, acc); // the runs of characters from it, by their skeleton in Chinese sounds (tu bo lie fu: Tupolev)

            if (t.ComparedAsWritten)
            {
                // its spelling meets the list's words of that spelling, and words, concepts and groups spelled alike
                // (Technological / technology: forms of one word); not the same spelling as a concept, found above
                var written = t.AsWritten.Key;
                if (written.Length > matcher.Options.ExactOnlyTokenLength)
                {
                    AddHits(tokenPostings, KeyHash(written), w, acc);
                    AddFuzzyHits(written, w, acc, organisation);
                }
            }
            else if (t.Kind is TokenKind.Word or TokenKind.Patronymic && t.Key.Length > matcher.Options.ExactOnlyTokenLength)
            {
                // a word meets the list's words, and an organisation's also its concepts and learned groups as written
                var asWritten = WrittenHash(t.Key);
                if (organisation && writtenWeights.TryGetValue(asWritten, out var most))
                    AddHits(tokenPostings, asWritten, Math.Min(w, most), acc);
                AddFuzzyHits(t.Key, w, acc, organisation);
                if (organisation)
                {
                    AddPlaceHits(t, w, acc);
                    AddEnglishSoundHits(t, w, acc);
                }
            }

            if (i + 1 < tokens.Length && t.Kind == TokenKind.Word && tokens[i + 1].Kind == TokenKind.Word)
                AddHits(tokenPostings, KeyHash(t.Key, tokens[i + 1].Key), w, acc);

            // a word that may be a contraction: the runs of words whose beginnings make it (Sbertech: Sberbank
            // Technologies), each hit worth what the scorer makes of a contraction
            if (organisation && NameScorer.MayBeContraction(t))
                AddContractionHits(NameScorer.ContractionKey(t)!, w * matcher.Options.ContractionSimilarity, acc);

            // a word that reads as an acronym, among other words: the part of a name it may abbreviate (OOO ZAVOD KDM)
            if (organisation && name.CoreCount > 1 && t.Kind == TokenKind.Word && t.Text.Length is >= 3 and <= Acronyms.MaxLength
                && Acronyms.ReadsAsAcronym(t.Text))
                AddHits(shortPostings, AcronymHash(t.Text), w, acc);
        }

        acc.NextToken();
    }

    /// <summary>
    /// The list's two-letter words spelled by an initial of <paramref name="first"/> and one of <paramref name="second"/>
    /// (concepts, each by any of its spellings' initials), looked up where the list has few of them; each hit worth what
    /// the scorer makes of an abbreviation of the two.
    /// </summary>
    private void AddTwoInitialsHits(PreparedToken first, PreparedToken second, Accumulator acc)
    {
        if (first.Kind != TokenKind.Concept || second.Kind != TokenKind.Concept || first.IsHan || second.IsHan)
            return;
        var w = (Scorer.WeightOf(first) + Scorer.WeightOf(second)) / 2 * matcher.Options.AbbreviationSimilarity;
        Span<char> letters = stackalloc char[2];
        foreach (var a in Acronyms.InitialsOf(first))
        {
            if (a.Length != 1)
                continue;
            foreach (var b in Acronyms.InitialsOf(second))
            {
                if (b.Length != 1)
                    continue;
                letters[0] = a[0];
                letters[1] = b[0];
                var key = Transliterator.PhoneticKey(new string(letters));
                if (statistics.DocumentFrequency(key) is > 0 and var df && df <= frequentThreshold)
                    AddHits(tokenPostings, KeyHash(key), w, acc);
            }
        }
    }

    private void AddHits<TKey>(Dictionary<TKey, int> postings, TKey key, double weight, Accumulator acc)
        where TKey : notnull
    {
        if (!postings.TryGetValue(key, out var id))
            return;
        for (var p = postingStart[id]; p < postingStart[id + 1]; p++)
            acc.Add(postingNames[p], weight);
    }

    private void AddHits(List<ulong>? hashes, double weight, Accumulator acc)
    {
        if (hashes is null)
            return;
        foreach (var hash in hashes)
            AddHits(tokenPostings, hash, weight, acc);
    }

    /// <summary>The list's Latin words whose consonant skeleton is that of <paramref name="abjad"/> (<see cref="Abjad"/>), at the skeleton's similarity.</summary>
    private void AddAbjadHits(string abjad, double weight, Accumulator acc, bool article)
    {
        foreach (var skeleton in Abjad.SkeletonsOf(abjad, article))
        {
            if (!abjadSkeletons.Value.TryGetValue(skeleton, out var hashes))
                continue;
            foreach (var hash in hashes)
                AddHits(tokenPostings, hash, weight * Abjad.Similarity, acc);
        }
    }

    /// <summary>The list's Latin words whose skeleton in Japanese sounds is that of <paramref name="kana"/> (<see cref="Kana"/>), at its similarity.</summary>
    private void AddKanaHits(string kana, double weight, Accumulator acc)
    {
        foreach (var skeleton in Kana.SkeletonsOf(kana))
        {
            if (!kanaSkeletons.Value.TryGetValue(skeleton, out var hashes))
                continue;
            foreach (var hash in hashes)
                AddHits(tokenPostings, hash, weight * Kana.Similarity, acc);
        }
    }

    /// <summary>
    /// The list's Latin words whose skeleton in Chinese sounds is that of a run of two or more Chinese characters' syllables
    /// from <paramref name="start"/> (<see cref="HanSounds"/>), at its similarity times the first syllable's weight.
    /// </summary>
    private void AddHanHits(PreparedToken[] tokens, int start, Accumulator acc)
    {
        // at one word's weight, as a katakana word's hit: a run's hits must not crowd out the names its syllables spell
        var weight = Scorer.WeightOf(tokens[start]);
        var korean = tokens[start].IsHangul;
        var bare = tokens[start].IsBareConsonant;
        for (var end = start + 1; end < tokens.Length && end - start < HanSounds.MaxSyllables && HanSounds.IsSyllable(tokens[end]) && tokens[end].IsHangul == korean; end++)
        {
            bare |= tokens[end].IsBareConsonant;
            if (korean && !bare)
                continue; // a Korean name so far, no foreign one (PreparedToken.IsBareConsonant)
            var run = new string[end - start + 1];
            for (var k = start; k <= end; k++)
                run[k - start] = tokens[k].Text;
            foreach (var skeleton in korean ? HanSounds.KoreanSkeletonsOf(run) : HanSounds.SkeletonsOf(run))
            {
                if (skeleton.Length < HanSounds.MinConsonants || !hanSkeletons.Value.TryGetValue(skeleton, out var hashes))
                    continue;
                foreach (var hash in hashes)
                {
                    AddHits(tokenPostings, hash, weight * HanSounds.Similarity, acc);

                    // a skeleton of four consonants or more (tu bo lie fu: Tupolev) names few words: their names are scored
                    // beside the best-blocked, as one syllable's hit is outweighed by names that share a syllable's letters
                    if (skeleton.Length >= HanSounds.MinConsonants + 1 && tokenPostings.TryGetValue(hash, out var id))
                    {
                        for (var p = postingStart[id]; p < postingStart[id + 1] && acc.Reserved.Count < matcher.Options.MaxCandidates; p++)
                            acc.Reserved.Add(postingNames[p]);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The list's words one of which is the other, an English word, as Russian writes it by its sounds, as the scorer
    /// meets them (<see cref="EnglishSounds"/>): the words keyed as the query word reads (LASERBEE: LAZERBI), and the words
    /// that read as the query word's key (SITI: CITY); the spelling measure of the fuzzy neighbours does not bring them close.
    /// </summary>
    private void AddEnglishSoundHits(PreparedToken t, double weight, Accumulator acc)
    {
        if (t.IsKana || t.IsHan)
            return;
        var similar = weight * matcher.Options.KeyEqualSimilarity;
        if (t.AsEnglishSounds is { } read)
            AddRareHits(KeyHash(read.Key));
        if (englishReadings.TryGetValue(t.Key, out var hashes))
        {
            foreach (var hash in hashes)
                AddRareHits(hash);
        }

        // a word's reading is a spelling of its own: a frequent word found so (service read servis) finds nothing new
        void AddRareHits(ulong hash)
        {
            if (tokenPostings.TryGetValue(hash, out var id) && postingStart[id + 1] - postingStart[id] <= frequentThreshold)
                AddHits(tokenPostings, hash, similar, acc);
        }
    }

    /// <summary>The list's Latin words (their posted key hashes) by skeleton in Chinese sounds: made at the first query in Chinese characters.</summary>
    private Dictionary<string, ulong[]> BuildHanSkeletons() => BuildSkeletons(kana: false, han: true);

    /// <summary>The list's Latin words (their posted key hashes) by consonant skeleton: made at the first query written in an abjad.</summary>
    private Dictionary<string, ulong[]> BuildAbjadSkeletons() => BuildSkeletons(kana: false);

    /// <summary>The list's Latin words (their posted key hashes) by skeleton in Japanese sounds: made at the first query written in katakana.</summary>
    private Dictionary<string, ulong[]> BuildKanaSkeletons() => BuildSkeletons(kana: true);

    private Dictionary<string, ulong[]> BuildSkeletons(bool kana, bool han = false)
    {
        var map = new Dictionary<string, HashSet<ulong>>(StringComparer.Ordinal);
        var seen = new HashSet<PreparedToken>(ReferenceEqualityComparer.Instance); // the names share their words' tokens: each read once
        foreach (var subject in subjects)
        {
            foreach (var name in subject.Names)
            {
                foreach (var t in name.Tokens)
                {
                    if (t.Kind is not (TokenKind.Word or TokenKind.Patronymic) || t.IsAbjad || t.IsKana || t.IsHan || !seen.Add(t))
                        continue;
                    if (han)
                    {
                        if (HanSounds.LatinSkeleton(t.Text) is { Length: >= HanSounds.MinConsonants } skeleton)
                            Add(map, skeleton, KeyHash(t.Key));
                        continue;
                    }

                    if (!kana)
                    {
                        Add(map, Abjad.Skeleton(t.Text), KeyHash(t.Key));
                        continue;
                    }

                    foreach (var skeleton in Kana.LatinSkeletons(t.Text))
                        Add(map, skeleton, KeyHash(t.Key)); // English written without its r after a vowel too (Albert: arubato)
                }
            }
        }

        return map.ToDictionary(static kv => kv.Key, static kv => kv.Value.ToArray(), StringComparer.Ordinal);

        static void Add(Dictionary<string, HashSet<ulong>> map, string skeleton, ulong hash)
        {
            if (skeleton.Length == 0)
                return;
            if (!map.TryGetValue(skeleton, out var set))
                map[skeleton] = set = [];
            set.Add(hash);
        }
    }

    /// <param name="written">Whether the written keys of concepts and learned groups count, each at most as its own weight.</param>
    private void AddFuzzyHits(string key, double weight, Accumulator acc, bool written)
    {
        foreach (var (keyHash, similarity, most) in FuzzyNeighbours(key))
        {
            if (written || double.IsPositiveInfinity(most))
                AddHits(tokenPostings, keyHash, Math.Min(weight, most) * similarity, acc);
        }
    }

    /// <summary>
    /// The list's words that are the place of a Russian place adjective of the query, or its English adjective (Tulskiy:
    /// Tula; Sibirskaya: Siberian), and the list's adjectives of a place or English adjective of the query (Tula: Tulskiy),
    /// as the scorer meets them (<see cref="NameScorer.IsPlaceAdjective"/>): found by their consonants, which the fuzzy
    /// neighbours' spelling measure does not bring close enough.
    /// </summary>
    private void AddPlaceHits(PreparedToken t, double weight, Accumulator acc)
    {
        var key = t.Key;
        var sk = NameScorer.EndsAsAdjective(t.Text) ? NameScorer.SkStem(key) : -1;
        var adjective = sk > 0;
        var stem = Consonants(adjective ? key[..sk] : key);
        if (stem.Length == 0)
            return;
        if (adjective)
        {
            // the place (Tula, Kolomna), the English adjective in -ian or -an (Siberian), the place before -en-/-in- (Penza)
            Look(stem);
            Look(stem + "n");
            if (stem.Length > 2 && stem[^1] == 'n')
                Look(stem[..^1]);
            if (stem[^1] == 'Z')
                Look(stem[..^1] + "g");
        }
        else
        {
            // the adjective of a place (Tulskiy), of an English adjective's place (Siberian: Sibirskiy), with -en- (Penzenskiy)
            Look(stem + "sk");
            if (stem.Length > 2 && stem[^1] == 'n')
                Look(stem[..^1] + "sk");
            Look(stem + "nsk");
            if (stem[^1] == 'g')
                Look(stem[..^1] + "Zsk");
        }

        void Look(string skeleton)
        {
            if (!consonantVocabulary.TryGetValue(skeleton, out var ids))
                return;
            foreach (var v in ids)
            {
                var other = vocabulary[v];
                if ((vocabularyKinds[v] & WordKey) != 0 && !string.Equals(other, key, StringComparison.Ordinal)
                    && (adjective ? NameScorer.IsAdjectiveOfPlace(key, other, t.Text) : NameScorer.IsAdjectiveOfPlace(other, key)))
                    AddHits(tokenPostings, KeyHash(other), weight * matcher.Options.PlaceAdjectiveSimilarity, acc);
            }
        }
    }

    /// <summary>As the scorer's vowel-variant rule (<see cref="NameScorer.SameConsonants"/> within the edit-distance floor).</summary>
    private bool IsVowelVariant(string key, string other) =>
        NameScorer.SameConsonants(key, other) && EditDistance.Similarity(key, other) >= matcher.Options.EditSimilarityFloor;

    /// <summary>Forgets the remembered fuzzy neighbours (the speed benchmark times single queries cold).</summary>
    internal void ForgetFuzzyNeighbours()
    {
        fuzzyNeighbours.Clear();
        Volatile.Write(ref rememberedNeighbours, 0);
    }

    /// <summary>
    /// The keys of the vocabulary similar to <paramref name="key"/> (Jaro-Winkler at least the token floor, or vowel
    /// variants; the key itself left out), as the hashes they are posted under (a word's, a written key's, or both) with
    /// their similarity and the most a hit counts (a written key's concept weight; no bound for a word's). They depend on
    /// the index only, so they are remembered: a watchlist repeats its words (up to <see cref="MaxRememberedNeighbours"/>
    /// keys).
    /// </summary>
    private (ulong KeyHash, double Similarity, double MostWeight)[] FuzzyNeighbours(string key)
    {
        if (fuzzyNeighbours.TryGetValue(key, out var known))
            return known;
        var grams = Trigrams(key);
        // the index's own pool: arrays come back zeroed (the shared pool may hand out arrays others left dirty)
        var counts = freeCounts.TryTake(out var free) ? free : new int[Math.Max(1, vocabulary.Length)];
        var touched = new List<int>();
        var found = new List<(ulong, double, double)>();
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
                if (!MayBeNeighbour(key, vocabularyShapes[v], floor, matcher.Options.EditSimilarityFloor))
                {
                    counts[v] = -1; // judged: neither near enough nor a vowel variant
                    continue;
                }

                var other = vocabulary[v];
                if (string.Equals(other, key, StringComparison.Ordinal))
                    continue;
                var jw = JaroWinkler.Similarity(key, other);
                if (jw >= floor)
                    AddNeighbour(found, v, jw);
                else if (IsVowelVariant(key, other))
                    AddNeighbour(found, v, matcher.Options.VowelVariantSimilarity);
                counts[v] = -1; // judged
            }

            // vowel variants that share too few trigrams to be counted above (Mohamed / Muhamad: one of seven)
            if (consonantVocabulary.TryGetValue(Consonants(key), out var sameConsonants))
            {
                foreach (var v in sameConsonants)
                {
                    var other = vocabulary[v];
                    if (counts[v] >= 0 && !string.Equals(other, key, StringComparison.Ordinal) && IsVowelVariant(key, other))
                        AddNeighbour(found, v, matcher.Options.VowelVariantSimilarity);
                }
            }
        }
        finally
        {
            foreach (var v in touched)
                counts[v] = 0;
            freeCounts.Add(counts);
        }

        var neighbours = found.ToArray();
        if (Volatile.Read(ref rememberedNeighbours) < MaxRememberedNeighbours && fuzzyNeighbours.TryAdd(key, neighbours))
            Interlocked.Increment(ref rememberedNeighbours); // a counter: the map's Count takes all its locks
        return neighbours;
    }

    /// <summary>
    /// Whether a vocabulary key of <paramref name="shape"/> may be a fuzzy neighbour of <paramref name="key"/>, from bounds
    /// alone: the query's letters it lacks match nothing, so Jaro-Winkler is at most that of the others all matched in
    /// order, with Winkler's prefix of up to four letters only where the first agrees, and as many edits are needed at
    /// least; and a vowel variant (<see cref="IsVowelVariant"/>) lacks none of the query's consonants but those its rule
    /// lets stand for another (<see cref="NameScorer.MayStandForAnother"/>).
    /// </summary>
    internal static bool MayBeNeighbour(string key, KeyShape shape, double similarityFloor, double editFloor)
    {
        if (key.Length == 0 || shape.Length == 0)
            return true; // no bound: judged as before
        var absent = 0;
        var consonantAbsent = false;
        foreach (var ch in key)
        {
            if ((shape.Letters & KeyShape.LetterBit(ch)) != 0)
                continue;
            absent++;
            consonantAbsent |= !NameScorer.IsVowel(ch) && !NameScorer.MayStandForAnother(ch);
        }

        var matches = (double)Math.Min(key.Length - absent, shape.Length);
        var jaro = ((matches / key.Length) + (matches / shape.Length) + 1.0) / 3.0;
        var prefix = key[0] == shape.First ? 4 : 0;
        if (jaro + (prefix * 0.1 * (1.0 - jaro)) >= similarityFloor - 1e-9)
            return true;
        return !consonantAbsent
            && 1.0 - ((double)Math.Max(Math.Abs(key.Length - shape.Length), absent) / Math.Max(key.Length, shape.Length)) >= editFloor - 1e-9;
    }

    /// <summary>
    /// What the fuzzy look-up knows of a vocabulary key before reading it: its letters, each as its
    /// <see cref="LetterBit"/> (two letters may share a bit: a bound, not a set), its length and its first letter.
    /// </summary>
    internal readonly record struct KeyShape(ulong Letters, int Length, char First)
    {
        public static KeyShape Of(string key)
        {
            var letters = 0UL;
            foreach (var ch in key)
                letters |= LetterBit(ch);
            return new KeyShape(letters, key.Length, key.Length > 0 ? key[0] : '\0');
        }

        public static ulong LetterBit(char ch) => 1UL << (ch & 63);
    }

    /// <summary>A neighbour in the fuzzy vocabulary, under each hash it is posted as.</summary>
    private void AddNeighbour(List<(ulong, double, double)> found, int v, double similarity)
    {
        if ((vocabularyKinds[v] & WordKey) != 0)
            found.Add((KeyHash(vocabulary[v]), similarity, double.PositiveInfinity));
        if ((vocabularyKinds[v] & WrittenKey) != 0)
        {
            var hash = WrittenHash(vocabulary[v]);
            found.Add((hash, similarity, writtenWeights[hash]));
        }
    }

    /// <summary>How an acronym a name may be known by is keyed (apart from the keys of short names): the hash of "~" and its letters.</summary>
    private static ulong AcronymHash(ReadOnlySpan<char> letters)
    {
        Span<char> buffer = stackalloc char[letters.Length + 1];
        buffer[0] = '~';
        letters.CopyTo(buffer[1..]);
        return TextHash.Of(buffer);
    }

    /// <summary>
    /// How a pair of adjacent words is posted for the contractions it may begin: the hash of "§" and the first
    /// <see cref="NameScorer.MinContractionPart"/> letters of each word's <see cref="NameScorer.ContractionKey"/>.
    /// </summary>
    private static ulong ContractionHash(ReadOnlySpan<char> heads)
    {
        Span<char> buffer = stackalloc char[heads.Length + 1];
        buffer[0] = '§';
        heads.CopyTo(buffer[1..]);
        return TextHash.Of(buffer);
    }

    /// <summary>Writes the head of <paramref name="key"/> (its first letters) into <paramref name="heads"/> at <paramref name="at"/>; returns the new length.</summary>
    private static int AppendHead(Span<char> heads, int at, ReadOnlySpan<char> key)
    {
        for (var c = 0; c < NameScorer.MinContractionPart; c++)
            heads[at + c] = key[c];
        return at + NameScorer.MinContractionPart;
    }

    /// <summary>The most list words a query's pair of words is tried against as their contraction (those of one beginning).</summary>
    private const int MaxContractedWordsTried = 4096;

    /// <summary>
    /// For each token, the hashes of the organisations' words that are contractions of the run of two or three tokens
    /// starting there (Sovremennyy Kommercheskiy Flot: SOVCOMFLOT; Russian Electronics, a concept's Russian stem:
    /// ROSELEKTRONIKA), or of its two tokens in the other order (Machine Engineering Technologies: TEKHMASH), looked up
    /// among the words that begin as one of the run's first token's keys does
    /// (<see cref="PreparedToken.ContractionKeys"/>); null where there are none.
    /// </summary>
    private List<ulong>?[] ContractedWords(string[]?[] keys)
    {
        const int part = NameScorer.MinContractionPart;
        var found = new List<ulong>?[keys.Length];
        for (var i = 0; i + 1 < keys.Length && contractionWords.Length > 0; i++)
        {
            if (keys[i] is not { } first || keys[i + 1] is not { } second)
                continue;
            var third = i + 2 < keys.Length ? keys[i + 2] : null;
            LookUp(i, third is null ? [first, second] : [first, second, third]);
            LookUp(i, [second, first]); // two words in the other order: Machine Engineering Technologies, Tekhmash
        }

        return found;

        // the words beginning as one of the run's first token's keys does that contract the run's first two tokens, or three
        void LookUp(int i, string[][] run)
        {
            var (first, second, third) = (run[0], run[1], run.Length > 2 ? run[2] : null);
            HashSet<string>? heads = null;
            foreach (var key in first)
            {
                if (key.Length < part || !(heads ??= new(StringComparer.Ordinal)).Add(key[..part]))
                    continue;
                var head = key.AsSpan(0, part);

                // the first word beginning with the head, then each after it while they do
                int lo = 0, hi = contractionWords.Length;
                while (lo < hi)
                {
                    var mid = (lo + hi) >>> 1;
                    if (contractionWords[mid].AsSpan().CompareTo(head, StringComparison.Ordinal) < 0)
                        lo = mid + 1;
                    else
                        hi = mid;
                }

                for (var w = lo; w < contractionWords.Length && w - lo < MaxContractedWordsTried && contractionWords[w].AsSpan().StartsWith(head); w++)
                {
                    var word = contractionWords[w];
                    if (!HasHeadOf(word.AsSpan(part - 1), second))
                        continue;
                    if (NameScorer.Contracts(word, run.AsSpan(0, 2)) || (third is not null && NameScorer.Contracts(word, run)))
                        (found[i] ??= []).Add(contractionWordHashes[w]);
                }
            }
        }

        // whether the rest of a word holds the beginning of one of the next token's keys (or ends in it with a k for its
        // h, as Rostec does Tekhnologii: NameScorer.Contracts); the rest begins at the first part's last letter, which
        // the next part may begin with (Ros-selkhoz-bank)
        static bool HasHeadOf(ReadOnlySpan<char> rest, string[] keys)
        {
            Span<char> withK = stackalloc char[part];
            foreach (var key in keys)
            {
                if (key.Length < part)
                    continue;
                if (rest.IndexOf(key.AsSpan(0, part)) >= 0)
                    return true;
                key.AsSpan(0, part).CopyTo(withK);
                if (withK[^1] == 'h')
                {
                    withK[^1] = 'k';
                    if (rest.EndsWith(withK))
                        return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Looks up the pairs of words <paramref name="key"/> may be a contraction of, or begin with: each way of cutting it
    /// in two, a first part of <see cref="NameScorer.MinContractionPart"/> letters or more and a rest of as many, by the
    /// beginnings of the first part and the rest (Sov|comflot: Sovremennyy Kommercheskiy); the rest may also begin with
    /// the first part's last letter, which the key writes once (Ros|selkhozbank, keyed roselhozbank: Russian Agricultural).
    /// </summary>
    private void AddContractionHits(string key, double weight, Accumulator acc)
    {
        const int part = NameScorer.MinContractionPart;
        if (key.Length < 2 * part)
            return; // a word of the vocabulary may contract as its spelling, shorter than its key (TH: trading house)
        Span<char> heads = stackalloc char[2 * part];
        AppendHead(heads, 0, key);
        for (var cut = part - 1; cut + part <= key.Length; cut++)
        {
            AppendHead(heads, part, key.AsSpan(cut));
            AddHits(tokenPostings, ContractionHash(heads), weight, acc);
        }
    }

    /// <summary>How the written key of a concept or learned group is posted: the hash of "=" and the key, apart from words' keys.</summary>
    private static ulong WrittenHash(string key)
    {
        Span<char> buffer = stackalloc char[key.Length + 1];
        buffer[0] = '=';
        key.AsSpan().CopyTo(buffer[1..]);
        return TextHash.Of(buffer);
    }

    /// <summary>The key a token is joined to its neighbour by: a word's key, a one-word concept's written key; else null.</summary>
    private static string? JoinableKey(PreparedToken t) =>
        t.Kind == TokenKind.Word ? t.Key : t.ComparedAsWritten ? t.AsWritten.Key : null;

    /// <summary>XxHash3 of a key's text: how the index stores keys.</summary>
    private static ulong KeyHash(string key) => TextHash.Of(key);

    /// <summary>The <see cref="KeyHash(string)"/> of two keys joined (<c>kurgan</c> + <c>mash</c> = <c>kurganmash</c>), without the string.</summary>
    private static ulong KeyHash(string first, string second) => TextHash.Joined<string>([first, second], static k => k, "");

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

    /// <summary>
    /// The keys of the names of one chunk of subjects during a build, in name order, in one array: per name
    /// <c>[n, n token keys, other keys]</c> (see <see cref="KeyIds.KeysOf"/>), read back in the same order.
    /// </summary>
    private sealed class KeyChunk
    {
        /// <summary>Subjects per chunk (and per partition of the parallel analysis).</summary>
        public const int Size = 2048;

        private readonly List<int> keys = new(Size * 8);
        private readonly List<int> starts = new(Size + 1);
        private int next;

        public void Add(int tokenKeys, ReadOnlySpan<int> keysOfName)
        {
            starts.Add(keys.Count);
            keys.Add(tokenKeys);
            keys.AddRange(keysOfName);
        }

        public KeyChunk Sealed()
        {
            starts.Add(keys.Count);
            return this;
        }

        public void Rewind() => next = 0;

        /// <summary>The keys of the next name.</summary>
        public ReadOnlySpan<int> Next()
        {
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys)[starts[next]..starts[next + 1]];
            next++;
            return span;
        }
    }

    /// <summary>
    /// The key ids of an index build: token keys and joined adjacent tokens (one namespace, as they share postings),
    /// whole-name keys and short-name keys, each distinct key (by its 64-bit hash) one id. Safe for concurrent use.
    /// </summary>
    private sealed class KeyIds
    {
        private int last = -1;

        /// <summary>Maps sized for about <paramref name="names"/> names, so that they seldom grow while the build writes them.</summary>
        public KeyIds(int names)
        {
            Tokens = new(KeyMaps.ConcurrencyLevel, Math.Max(31, names / 2));
            Whole = new(KeyMaps.ConcurrencyLevel, Math.Max(31, names / 2));
            Short = new(KeyMaps.ConcurrencyLevel, Math.Max(31, names / 6));
        }

        /// <summary>
        /// Token keys and joined adjacent tokens by <see cref="KeyHash(string)"/>: the id, and the text once the key was
        /// seen as a token (document frequencies are kept by text; a joined pair alone keeps none).
        /// </summary>
        public System.Collections.Concurrent.ConcurrentDictionary<ulong, (int Id, string? Text)> Tokens { get; }

        /// <summary>Whole names by <see cref="PreparedName.CoreHash"/>.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<ulong, int> Whole { get; }

        /// <summary>Short names by <see cref="PreparedName.CoreHash"/>.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<ulong, int> Short { get; }


        /// <summary>How many ids were handed out (a lost race leaves an id unused: it has no postings).</summary>
        public int Count => Volatile.Read(ref last) + 1;

        /// <summary>
        /// The keys a name is posted under: [n, n distinct token keys in order of the tokens (its document
        /// frequencies; posted unless the name is short), then the other keys: the whole or short name, joined pairs].
        /// </summary>
        public void KeysOf(PreparedName name, bool acronyms, KeyChunk into)
        {
            var tokens = name.Tokens;
            var small = tokens.Length <= 64;
            var size = (7 * tokens.Length) + 2 + Acronyms.MaxHashes; // token ids, the whole or short name, acronyms, written keys, pairs, contractions' pairs
            var buffer = small ? stackalloc int[size] : new int[size];
            var n = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind == TokenKind.LegalForm)
                    continue;
                var id = TokenId(tokens[i].Key);
                if (!buffer[..n].Contains(id))
                    buffer[n++] = id;
            }

            var m = n;
            if (name.IsShort)
            {
                buffer[m++] = Id(Short, name.CoreHash());
            }
            else
            {
                if (name.CoreCount > 0)
                    buffer[m++] = Id(Whole, name.CoreHash());

                // the acronyms the name may be known by, where a one-token query (RPZ, TSNIIAG) finds it
                // (not a person's: people are not known by their initials here)
                Span<ulong> hashes = stackalloc ulong[Acronyms.MaxHashes];
                var count = acronyms ? Acronyms.HashesOf(name, hashes, static letters => AcronymHash(letters)) : 0;
                for (var a = 0; a < count && m < buffer.Length; a++)
                {
                    var id = Id(Short, hashes[a]);
                    if (!buffer[..m].Contains(id))
                        buffer[m++] = id;
                }

                // the acronym that is the name's one word among descriptors (VTB of VTB BANK), where the acronym alone finds it
                if (acronyms && Acronyms.AmongDescriptors(tokens) is >= 0 and var among && m < buffer.Length
                    && Id(Short, AcronymHash(tokens[among].Text)) is var amongId && !buffer[..m].Contains(amongId))
                    buffer[m++] = amongId;
                for (var i = 0; i < tokens.Length && m < buffer.Length; i++)
                {
                    if (!tokens[i].ComparedAsWritten)
                        continue;
                    var id = WrittenId(tokens[i]);
                    if (!buffer[..m].Contains(id))
                        buffer[m++] = id;
                }

                // adjacent words joined, where a query writes them as one (KURGAN MASH: Kurganmash); a word beside a
                // one-word concept by the concept's spelling (BM BANK: BMBANK)
                for (var i = 0; i + 1 < tokens.Length && m < buffer.Length; i++)
                {
                    if (JoinableKey(tokens[i]) is not { } first || JoinableKey(tokens[i + 1]) is not { } second
                        || (tokens[i].Kind != TokenKind.Word && tokens[i + 1].Kind != TokenKind.Word))
                        continue;
                    var id = PairId(first, second);
                    if (!buffer[..m].Contains(id))
                        buffer[m++] = id;

                    // a letter the first ends with and the second begins with, which a key of the two as one word writes
                    // once (ZB BANK: zbank)
                    if (first.Length > 0 && second.Length > 1 && first[^1] == second[0] && m < buffer.Length
                        && PairId(first, second[1..]) is var once && !buffer[..m].Contains(once))
                        buffer[m++] = once;
                }

                // an organisation's words that may be contractions, and the pairs of words a contraction may begin with
                // (Sovremennyy Kommercheskiy [Flot]: Sovcomflot) by the beginnings of their keys; each token's key made once
                // (a concept also by its Russian stems: Russian Electronics as rosiisk* elektronik*, for Roselektronika)
                Span<char> heads = stackalloc char[2 * NameScorer.MinContractionPart];
                string[]? previous = null;
                for (var i = 0; acronyms && i < tokens.Length; i++)
                {
                    var keys = tokens[i].ContractionKeys; // its contraction key (a word's is first), then its Russian stems
                    if (NameScorer.MayBeContraction(tokens[i]))
                        ContractionWords.TryAdd(keys![0], tokens[i].Key);
                    if (tokens[i].Kind == TokenKind.Word && !tokens[i].IsHan && tokens[i].AsEnglishSounds is { } read)
                        EnglishReadings.TryAdd((read.Key, tokens[i].Key), 0);
                    for (var a = 0; previous is not null && keys is not null && a < previous.Length; a++)
                    {
                        foreach (var key in keys)
                            AddPairHeads(previous[a], key, heads, buffer, ref m);
                    }

                    previous = keys;
                }
            }

            into.Add(n, buffer[..m]);
        }

        /// <summary>The keys of one map that have postings, by id.</summary>
        public static Dictionary<ulong, int> Postings(System.Collections.Concurrent.ConcurrentDictionary<ulong, int> map, int[] start) =>
            Postings(map, static id => id, start);

        public static Dictionary<ulong, int> Postings<TValue>(System.Collections.Concurrent.ConcurrentDictionary<ulong, TValue> map, Func<TValue, int> idOf, int[] start)
        {
            var result = new Dictionary<ulong, int>();
            foreach (var (key, value) in map)
            {
                var id = idOf(value);
                if (start[id + 1] > start[id])
                    result.Add(key, id);
            }

            result.TrimExcess();
            return result;
        }

        /// <summary>The token key of each id (null for other ids).</summary>
        public string[] KeyTexts()
        {
            var texts = new string[Count];
            foreach (var (_, (id, text)) in Tokens)
            {
                if (text is not null)
                    texts[id] = text;
            }

            return texts;
        }

        /// <summary>The id of a token key, its text kept.</summary>
        private int TokenId(string key)
        {
            var hash = KeyHash(key);
            if (!Tokens.TryGetValue(hash, out var entry))
                entry = Tokens.GetOrAdd(hash, static (_, k) => (Interlocked.Increment(ref k.Ids.last), k.Key), (Ids: this, Key: key));
            if (entry.Text is null)
                Tokens.TryUpdate(hash, (entry.Id, key), entry); // first seen as a joined pair, now as a token
            return entry.Id;
        }

        /// <summary>
        /// The written keys of concepts and learned groups (<see cref="PreparedToken.ComparedAsWritten"/>), for the fuzzy
        /// vocabulary, each with a token first posted under it (whose weight its hits count at most).
        /// </summary>
        public System.Collections.Concurrent.ConcurrentDictionary<string, PreparedToken> Written { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// The organisations' words that read otherwise as English sounds (<see cref="PreparedToken.AsEnglishSounds"/>):
        /// the reading's key and the word's key.
        /// </summary>
        public System.Collections.Concurrent.ConcurrentDictionary<(string Read, string Word), byte> EnglishReadings { get; } = new();

        /// <summary>The organisations' words that may be contractions: contraction key → token key.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<string, string> ContractionWords { get; } = new(StringComparer.Ordinal);

        /// <summary>The id of a token's written key (<see cref="WrittenHash"/>): no word's, and no document frequency.</summary>
        private int WrittenId(PreparedToken token)
        {
            var key = token.AsWritten.Key;
            Written.TryAdd(key, token);
            return HashId(WrittenHash(key));
        }

        /// <summary>The id of two adjacent token keys joined.</summary>
        private int PairId(string first, string second) => HashId(KeyHash(first, second));

        /// <summary>The id of a pair of adjacent words by their beginnings (<see cref="ContractionHash"/>).</summary>
        private int ContractionId(ReadOnlySpan<char> heads) => HashId(ContractionHash(heads));

        /// <summary>Adds the id of two adjacent words' keys by their beginnings to a name's ids, once, while there is room.</summary>
        private void AddPairHeads(string? left, string? right, Span<char> heads, Span<int> ids, ref int m)
        {
            if (m >= ids.Length || left is not { Length: >= NameScorer.MinContractionPart } || right is not { Length: >= NameScorer.MinContractionPart })
                return;
            AppendHead(heads, AppendHead(heads, 0, left), right);
            var id = ContractionId(heads);
            if (!ids[..m].Contains(id))
                ids[m++] = id;
        }

        /// <summary>The id of a hash posted beside the token keys, with no text (no word's, no document frequency).</summary>
        private int HashId(ulong hash)
        {
            if (Tokens.TryGetValue(hash, out var entry))
                return entry.Id;
            return Tokens.GetOrAdd(hash, static (_, ids) => (Interlocked.Increment(ref ids.last), null), this).Id;
        }

        private int Id<TKey>(System.Collections.Concurrent.ConcurrentDictionary<TKey, int> map, TKey key)
            where TKey : notnull =>
            map.TryGetValue(key, out var id) ? id : map.GetOrAdd(key, _ => Interlocked.Increment(ref last));
    }

    /// <summary>
    /// Blocking scores per name id, summed over the query's tokens, each token counting its best hit in a name once
    /// (its exact key, a fuzzy neighbour or a concept's spelling: one word met, not each way of meeting it). Arrays of the
    /// index's own pool and the ids touched (zeroed on dispose).
    /// </summary>
    private sealed class Accumulator : IDisposable
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<Cell[]> pool;

        // per name, its score and the current token's best hit there side by side: a hit reads and writes one place
        private readonly Cell[] cells;
        private readonly List<int> bestTouched = [];

        public Accumulator(System.Collections.Concurrent.ConcurrentBag<Cell[]> pool, int size)
        {
            this.pool = pool;
            cells = pool.TryTake(out var free) ? free : new Cell[Math.Max(1, size)];
        }

        public List<int> Touched { get; } = [];

        /// <summary>Names scored whatever their blocking score (weak aliases equal to a query name as a whole).</summary>
        public List<int> Reserved { get; } = [];

        /// <summary>The blocking score of a name: its tokens' best hits summed.</summary>
        public double ScoreOf(int nameId) => cells[nameId].Score;

        /// <summary>A hit of the current token: counted as far as it betters the token's best hit in that name.</summary>
        public void Add(int nameId, double weight)
        {
            ref var cell = ref cells[nameId];
            var previous = cell.Best;
            if (weight <= previous)
                return;
            if (previous == 0)
                bestTouched.Add(nameId);
            cell.Best = weight;
            if (cell.Score == 0)
                Touched.Add(nameId);
            cell.Score += weight - previous;
        }

        /// <summary>The current token's hits are all in: the next hits are another token's.</summary>
        public void NextToken()
        {
            foreach (var id in bestTouched)
                cells[id].Best = 0;
            bestTouched.Clear();
        }

        public void Dispose()
        {
            NextToken();
            foreach (var id in Touched)
                cells[id].Score = 0;
            pool.Add(cells);
        }
    }

    /// <summary>A name's blocking score and the current token's best hit in it.</summary>
    private struct Cell
    {
        public double Score;
        public double Best;
    }
}
