namespace SanctionsWatch.Matching;

/// <summary>
/// Multi-token phrases recognised on phonetic keys (so spelling variants meet), each mapped to a canonical
/// pseudo-token. A phrase word ending in <c>*</c> matches any token whose key starts with that word's key
/// (Russian endings: машиностроительн* covers -ый, -ая, -ое, -ого …).
/// </summary>
internal sealed class PhraseTable
{
    private readonly Dictionary<string, List<Phrase>> byFirstKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>> prefixFirst = new(StringComparer.Ordinal);
    private Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> prefixFirstBySpan;

    public PhraseTable()
    {
        prefixFirstBySpan = prefixFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        fuzzyFirstBySpan = fuzzyFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly Dictionary<string, HashSet<string>> initials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> nativeInitials = new(StringComparer.Ordinal);

    /// <summary>
    /// The initials a phrase of <paramref name="canonical"/> is abbreviated by, one letter per word of each of its
    /// spellings, romanised (завод: z; plant: p; конструкторское бюро: kb; design bureau: db), or null when it has none.
    /// </summary>
    public IReadOnlyCollection<string>? InitialsOf(string canonical) => initials.TryGetValue(canonical, out var set) ? set : null;

    private readonly Dictionary<string, List<string[]>> spelledInWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> components = new(StringComparer.Ordinal);

    /// <summary>
    /// The concepts a one-concept phrase is made of, where a spelling of it is those concepts' words (научно-исследовательский
    /// институт, research institute: research, institute), or null: the phrase meets them apart too (Central Research
    /// Radio Engineering Institute). Worked out from the table's own lines once it is whole (<see cref="Load"/>).
    /// </summary>
    public string[]? ComponentsOf(string canonical) => components.TryGetValue(canonical, out var found) ? found : null;

    /// <summary>Works out <see cref="ComponentsOf"/> from the spellings of several words <see cref="Add"/> kept, and lets them go.</summary>
    private void WorkOutComponents()
    {
        foreach (var (key, spellings) in spelledInWords)
        {
            foreach (var words in spellings)
            {
                var parts = Array.ConvertAll(words, w => MatchSingle(Transliterator.PhoneticKey(w)));
                if (parts.All(p => p is not null && p != key && !p.Contains('+', StringComparison.Ordinal)) && parts.Distinct().Count() == parts.Length)
                {
                    components[key] = parts!;
                    break;
                }
            }
        }

        spelledInWords.Clear();
    }

    /// <summary>The initials of the first Russian (Cyrillic) spelling of <paramref name="canonical"/>, or null.</summary>
    public string? NativeInitialsOf(string canonical) => nativeInitials.TryGetValue(canonical, out var native) ? native : null;

    /// <summary>
    /// A table from an embedded data file of <c>Matching/Data</c>: a line per canonical key (written after
    /// <paramref name="prefix"/>), a tab, and its phrases separated by <c>|</c>, and optionally a tab and the line's marks
    /// (<see cref="KindOfBody"/>); lines starting with <c>#</c> are comments.
    /// </summary>
    public static PhraseTable Load(string resource, string prefix)
    {
        var table = new PhraseTable();
        foreach (var (number, line) in DataFiles.Lines(resource))
        {
            var parts = line.Split('\t');
            if (parts.Length is not (2 or 3) || parts[0].Length == 0)
                throw new InvalidDataException($"Data/{resource}:{number}: expected a key, a tab and phrases separated by |, and optionally a tab and marks");
            table.Add(prefix + parts[0], [.. parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(AdjectiveForms)]);
            foreach (var mark in parts.Length == 3 ? parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            {
                if (mark != KindOfBody)
                    throw new InvalidDataException($"Data/{resource}:{number}: unknown mark '{mark}' (known: {KindOfBody})");
                table.kindsOfBody.Add(prefix + parts[0]);
            }
        }

        table.WorkOutComponents();
        return table;
    }

    /// <summary>
    /// The endings of a Russian adjective a stem written with a trailing ~ takes (цифров~: цифровой, цифровая, цифровое …;
    /// a spelling of one word, as MatchingDataTests keeps them): unlike *, no other ending, so that a noun or surname made from the stem stays a word (Neftyanik, Sovremennik,
    /// Kabelnikov, Zernov); the genitive plural (-ых) is left out, as its key (-ik) is that of such nouns.
    /// </summary>
    private static readonly string[] AdjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ей"];

    private static IEnumerable<string> AdjectiveForms(string phrase) =>
        phrase.EndsWith('~')
            ? AdjectiveEndings.Select(ending => string.Concat(phrase.AsSpan(0, phrase.Length - 1), ending))
            : [phrase];

    /// <summary>
    /// The Russian initial of a word of a translated spelling, learned from the table's own lines by aligning a translated
    /// spelling with the Russian one word for word where both have as many words (научно производственное объединение /
    /// scientific production association: scientific → n, production → p, association → o), so that an acronym is
    /// spelled by the English words it abbreviates in Russian (NPK = Scientific and Production Company). Null when
    /// <paramref name="wordKey"/> (a phonetic key) is in no such spelling.
    /// </summary>
    public IReadOnlyCollection<string>? NativeInitialsOfWord(string wordKey) =>
        wordNativeInitials.TryGetValue(wordKey, out var set) ? set : null;

    private readonly Dictionary<string, HashSet<string>> wordNativeInitials = new(StringComparer.Ordinal);

    /// <summary>The words of a phrase that are no function words, as written (stem marks left off) and romanised.</summary>
    private static IEnumerable<(string Written, string Latin)> Words(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(static w => w.TrimEnd('*'))
            .Select(static w => (Written: w, Latin: Transliterator.ToLatin(w)))
            .Where(static w => w.Latin.Length > 0 && !NameAnalyzer.FunctionWords.Contains(w.Latin));

    private static string[] ContentWords(string phrase) => [.. Words(phrase).Select(static w => w.Latin)];

    /// <param name="contents">The <see cref="ContentWords"/> of each phrase.</param>
    private void LearnWordInitials(string[] phrases, string[][] contents)
    {
        var nativeAt = Array.FindIndex(phrases, Transliterator.HasCyrillic);
        if (nativeAt < 0)
            return;
        var nativeWords = contents[nativeAt];
        for (var p = 0; p < phrases.Length; p++)
        {
            if (Transliterator.HasCyrillic(phrases[p]))
                continue;
            var words = contents[p];
            if (words.Length < 2 || words.Length != nativeWords.Length)
                continue; // one word is the concept itself (its initials are the concept's); others cannot be aligned
            for (var i = 0; i < words.Length; i++)
            {
                var key = Transliterator.PhoneticKey(words[i]);
                if (!wordNativeInitials.TryGetValue(key, out var set))
                    wordNativeInitials[key] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(nativeWords[i][..1]);
            }
        }
    }

    /// <summary>
    /// The first syllables a Russian word is abbreviated by in a syllabic acronym (ГосМКБ, ГосНИИ, СпецСтрой,
    /// ТехМаш): up to its first vowel and then one or more of the consonants after it (<c>gosudarstvenn</c>: gos;
    /// <c>spetsialn</c>: spet, spets; <c>tekhnich</c>: tek, tekh, tekhn), of three letters or more.
    /// </summary>
    internal static IEnumerable<string> FirstSyllables(string latin)
    {
        var vowel = latin.AsSpan().IndexOfAny("aeiouy");
        if (vowel < 0)
            yield break;
        for (var end = vowel + 2; end <= latin.Length && "aeiouy".IndexOf(latin[end - 1], StringComparison.Ordinal) < 0; end++)
        {
            if (end >= 3)
                yield return latin[..end];
        }
    }

    private readonly Dictionary<string, string[]> contractionStems = new(StringComparer.Ordinal);

    /// <summary>
    /// The keys of the Russian one-word spellings of <paramref name="canonical"/> (российск*: rosiisk*, оборон*: oboron*), a
    /// stem marked with a final *: what a Russian contraction takes the beginning of where the other side translates the
    /// word (Ros-elektronika: Russian Electronics; Ros-oboron-export); null when it has none.
    /// </summary>
    public string[]? ContractionStemsOf(string canonical) => contractionStems.TryGetValue(canonical, out var stems) ? stems : null;

    /// <summary>
    /// The mark of a line whose concept says what kind of body a firm is (institute, bureau, plant …), written in the
    /// line's third column: two names that leave out different kinds of body (an association / an enterprise) are one body
    /// another publisher calls otherwise, not a conflict of descriptors, and a phrase ending in one is met by it alone.
    /// </summary>
    public const string KindOfBody = "kind";

    /// <summary>Whether the line of <paramref name="canonical"/> (with its prefix) is marked <see cref="KindOfBody"/>.</summary>
    public bool IsKindOfBody(string canonical) => kindsOfBody.Contains(canonical);

    private readonly HashSet<string> kindsOfBody = new(StringComparer.Ordinal);

    /// <summary>The keys of the table's lines (with the prefix they were loaded with).</summary>
    public IReadOnlyCollection<string> Keys => keys;

    private readonly HashSet<string> keys = new(StringComparer.Ordinal);

    public void Add(string canonical, params string[] phrases)
    {
        keys.Add(canonical);
        // a Chinese word (科技, a token per character: ke ji) is also written as one pinyin word (Keji), not abbreviated
        var chinese = phrases.Where(static p => p.Any(NameNormalizer.IsIdeograph)).ToArray();
        var pinyin = chinese.Select(static p => Transliterator.ToLatin(string.Concat(p.Where(char.IsLetter)))).Where(static p => p.Length > 0).ToArray();
        phrases = [.. phrases, .. pinyin];
        var notAbbreviated = chinese.Concat(pinyin).ToHashSet(StringComparer.Ordinal);
        foreach (var character in chinese.Where(static p => p.Length == 1))
            hanCharacters.Add(Transliterator.PhoneticKey(Transliterator.ToLatin(character)));
        foreach (var phrase in phrases)
        {
            if (!phrase.Contains(' ', StringComparison.Ordinal) && !phrase.Any(NameNormalizer.IsIdeograph) && !pinyin.Contains(phrase))
                latinWords.Add(Transliterator.PhoneticKey(Transliterator.ToLatin(phrase.TrimEnd('*', '~'))));
        }
        var contents = Array.ConvertAll(phrases, ContentWords);
        LearnWordInitials(phrases, contents);
        var stems = phrases.Where(static p => !p.Contains(' ', StringComparison.Ordinal) && Transliterator.HasCyrillic(p))
            .Select(static p => Transliterator.PhoneticKey(Transliterator.ToLatin(p.TrimEnd('*', '~'))) + (p.EndsWith('*') || p.EndsWith('~') ? "*" : ""))
            .Where(static k => k.Length > NameScorer.MinContractionPart).Distinct(StringComparer.Ordinal).ToArray();
        if (stems.Length > 0)
            contractionStems[canonical] = contractionStems.TryGetValue(canonical, out var known) ? [.. known.Union(stems)] : stems;
        if (!canonical.Contains('+', StringComparison.Ordinal))
        {
            // the spellings of several words without a stem pattern, for ComponentsOf
            foreach (var (phrase, words) in phrases.Zip(contents))
            {
                if (words.Length is 2 or 3 && !phrase.Contains('*', StringComparison.Ordinal))
                    (spelledInWords.TryGetValue(canonical, out var known) ? known : spelledInWords[canonical] = []).Add(words);
            }
        }

        // a one-word spelling that is the initials of another (RPC: research and production corporation) is the
        // acronym: its letters are its initials, not its first letter (R would spell the concept in any acronym)
        var abbreviations = contents.Where(static w => w.Length > 1).Select(static w => string.Concat(w.Select(static x => x[0]))).ToHashSet(StringComparer.Ordinal);
        for (var at = 0; at < phrases.Length; at++)
        {
            var phrase = phrases[at];
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var content = contents[at];
            var abbreviation = content.Length == 1 && abbreviations.Contains(content[0]);
            var letters = abbreviation ? content[0] : string.Concat(content.Select(static w => w[0]));
            if (letters.Length > 0 && !notAbbreviated.Contains(phrase))
            {
                var set = initials.TryGetValue(canonical, out var known) ? known : initials[canonical] = new HashSet<string>(StringComparer.Ordinal);
                set.Add(letters);
                if (Transliterator.HasCyrillic(phrase))
                {
                    // a Cyrillic first letter romanised in two letters is that initial in a romanised acronym (ЦНИИ:
                    // TsNII; Х, Ч, Ш, Ж, Ю, Я), beside its first letter
                    var native = abbreviation ? letters : string.Concat(Words(phrase).Select(static w => Transliterator.ToLatin(w.Written[..1])));
                    set.Add(native);
                    nativeInitials.TryAdd(canonical, native);
                    if (words.Length == 1)
                        set.UnionWith(FirstSyllables(Transliterator.ToLatin(words[0].TrimEnd('*'))));
                }
            }

            var patterns = new List<Pattern>(words.Length);
            foreach (var word in words)
            {
                var prefix = word.EndsWith('*');
                var text = prefix ? word[..^1] : word;
                foreach (var token in NameNormalizer.Tokenize(text))
                {
                    var latin = Transliterator.ToLatin(token);
                    if (words.Length > 1 && NameAnalyzer.FunctionWords.Contains(latin))
                        continue;
                    patterns.Add(new Pattern(Transliterator.PhoneticKey(latin), prefix));
                }
            }

            if (patterns.Count == 0)
                continue;
            var p = new Phrase(canonical, [.. patterns]);
            if (patterns.Count >= 2 && patterns.Any(static x => !x.IsPrefix && x.Key.Length >= FuzzyWordLength))
            {
                var opening = FuzzyOpening(patterns[0].Key).ToString();
                if (!fuzzyFirst.TryGetValue(opening, out var sameStart))
                    fuzzyFirst[opening] = sameStart = [];
                sameStart.Add(p);
                sameStart.Sort(static (a, b) => b.Patterns.Length.CompareTo(a.Patterns.Length));
            }

            if (patterns[0].IsPrefix)
            {
                var head = Head(patterns[0].Key);
                if (!prefixFirst.TryGetValue(head, out var heads))
                    prefixFirst[head] = heads = [];
                heads.Add(p);
                heads.Sort(static (a, b) => b.Patterns.Length.CompareTo(a.Patterns.Length));
                continue;
            }

            if (!byFirstKey.TryGetValue(patterns[0].Key, out var list))
                byFirstKey[patterns[0].Key] = list = [];
            list.Add(p);
            list.Sort(static (a, b) => b.Patterns.Length.CompareTo(a.Patterns.Length));
        }
    }

    /// <summary>
    /// Whether a one-word phrase of key <paramref name="key"/> may be read in a word written as <paramref name="han"/> says:
    /// a lone Chinese character's syllable only where the table writes the phrase as one character (厂, chang: plant; 倪 ni
    /// is no NII, 造 zao no ZAO), and a Latin or Cyrillic word not where the table has the phrase as a character only (市 shi
    /// is a city; the Shi of WANG SHI MACHINERY, a Chinese name, is none).
    /// </summary>
    public bool OneWordPhraseFits(string key, bool han) =>
        han ? hanCharacters.Contains(key) : !hanCharacters.Contains(key) || latinWords.Contains(key);

    private readonly HashSet<string> hanCharacters = new(StringComparer.Ordinal);
    private readonly HashSet<string> latinWords = new(StringComparer.Ordinal);

    /// <summary>The longest phrase starting at <paramref name="start"/>: its canonical token and length (0: none).</summary>
    public (string? Canonical, int Length) Match(List<string> keys, int start)
    {
        string? best = null;
        var bestLength = 0;
        if (byFirstKey.TryGetValue(keys[start], out var list))
        {
            foreach (var p in list)
            {
                if (p.Patterns.Length > bestLength && Matches(p, keys, start))
                {
                    best = p.Canonical;
                    bestLength = p.Patterns.Length;
                    break;
                }
            }
        }

        if (keys[start].Length >= HeadLength && prefixFirstBySpan.TryGetValue(keys[start].AsSpan(0, HeadLength), out var prefixed))
        {
            foreach (var p in prefixed)
            {
                if (p.Patterns.Length > bestLength && Matches(p, keys, start))
                {
                    best = p.Canonical;
                    bestLength = p.Patterns.Length;
                    break;
                }
            }
        }

        // a phrase of several words written with a typo in a long word (obshchestvo s organichennoi otvetstvennostyu)
        if (fuzzyFirstBySpan.TryGetValue(FuzzyOpening(keys[start]), out var fuzzy))
        {
            foreach (var p in fuzzy)
            {
                if (p.Patterns.Length <= bestLength)
                    break; // longest first: no longer phrase is left
                if (MatchesWithTypo(p, keys, start))
                {
                    best = p.Canonical;
                    bestLength = p.Patterns.Length;
                    break;
                }
            }
        }

        return (best, bestLength);
    }

    /// <summary>
    /// Words of this many letters or more (keys) may be written with a typo inside a phrase of several words: one edit
    /// (a letter left out, added, changed or two swapped), two from <see cref="TwoTyposLength"/> letters on.
    /// </summary>
    internal const int FuzzyWordLength = 7;

    private const int TwoTyposLength = 12;

    private readonly Dictionary<string, List<Phrase>> fuzzyFirst = new(StringComparer.Ordinal);
    private Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> fuzzyFirstBySpan;

    /// <summary>The first two letters of a key: a typo is looked for after them (as by the token comparison, which wants the first sound).</summary>
    private static ReadOnlySpan<char> FuzzyOpening(string key) => key.AsSpan(0, Math.Min(2, key.Length));

    /// <summary>
    /// True when the phrase is written from <paramref name="start"/> with typos in its long words only: each of them
    /// the same first letter and within one edit (two from <see cref="TwoTyposLength"/> letters); at least one word
    /// written as the phrase has it, and every short word or stem as written. Phrases are looked up by the first two
    /// letters of their first word, so a typo there is not looked for.
    /// </summary>
    private static bool MatchesWithTypo(Phrase p, List<string> keys, int start)
    {
        if (start + p.Patterns.Length > keys.Count)
            return false;

        // cheap checks first (equality, lengths, first letters); the edit distances only for a phrase that passes them
        var exact = 0;
        for (var i = 0; i < p.Patterns.Length; i++)
        {
            var pattern = p.Patterns[i];
            var key = keys[start + i];
            if (pattern.Fits(key))
            {
                exact++;
                continue;
            }

            if (pattern.IsPrefix || pattern.Key.Length < FuzzyWordLength || key.Length < FuzzyWordLength || key[0] != pattern.Key[0]
                || Math.Abs(key.Length - pattern.Key.Length) > Allowed(pattern))
                return false;
        }

        if (exact == 0 || exact == p.Patterns.Length)
            return false;
        for (var i = 0; i < p.Patterns.Length; i++)
        {
            var pattern = p.Patterns[i];
            var key = keys[start + i];
            if (!pattern.IsPrefix && !string.Equals(key, pattern.Key, StringComparison.Ordinal) && EditDistance.Distance(key, pattern.Key) > Allowed(pattern))
                return false;
        }

        return true;
    }

    private static int Allowed(Pattern pattern) => pattern.Key.Length >= TwoTyposLength ? 2 : 1;

    /// <summary>True when the single key is (the start of) a one-word phrase of this table.</summary>
    public string? MatchSingle(string key)
    {
        var (canonical, length) = Match([key], 0);
        return length == 1 ? canonical : null;
    }

    private const int HeadLength = 3;

    /// <summary>The longest ending a stem pattern (<c>машиностроительн*</c>) takes, in letters of the key.</summary>
    private const int MaxEnding = 6;

    private static string Head(string key) => key.Length <= HeadLength ? key : key[..HeadLength];

    private static bool Matches(Phrase p, List<string> keys, int start)
    {
        if (start + p.Patterns.Length > keys.Count)
            return false;
        for (var i = 0; i < p.Patterns.Length; i++)
        {
            if (!p.Patterns[i].Fits(keys[start + i]))
                return false;
        }

        return true;
    }

    private readonly record struct Pattern(string Key, bool IsPrefix)
    {
        /// <summary>
        /// The key as the phrase writes it: the same word, or for a stem the stem with an ending (tsentr-alnyy, zavod-a),
        /// not another word joined to it (tsentr-izbirkom).
        /// </summary>
        public bool Fits(string key) => IsPrefix
            ? key.StartsWith(Key, StringComparison.Ordinal) && key.Length - Key.Length <= MaxEnding
            : string.Equals(key, Key, StringComparison.Ordinal);
    }

    private sealed record Phrase(string Canonical, Pattern[] Patterns);
}
