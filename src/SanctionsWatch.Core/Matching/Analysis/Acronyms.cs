namespace SanctionsWatch.Matching;

/// <summary>
/// Acronyms and the names they abbreviate, in either language: each token offers the initials it may be abbreviated by
/// (a word its first letter, or the first Cyrillic letter's romanisation: <c>tsentralnyy</c> → ts, <c>khimicheskikh</c>
/// → kh or h; a concept or legal form the initials of each of its spellings: завод → z, plant → p, конструкторское
/// бюро → kb, research institute → ri, нии → nii), and an acronym spells a run of tokens when its letters are those
/// initials in order: KVZ = Kazan Helicopter Plant (Казанский вертолётный завод), ODK = United Engine Corporation
/// (Объединённая двигателестроительная корпорация), NIIKhIT = Research Institute of Chemical Current Sources.
/// </summary>
public static class Acronyms
{
    /// <summary>Acronyms longer than this are not spelled out (a long token is a word).</summary>
    public const int MaxLength = 10;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Key, string Text), string[]> ConceptInitials = new();

    /// <summary>
    /// True for a one-token name that reads as an acronym rather than a word: three letters or fewer (ODK, RTI), or
    /// mostly consonants (UNTK, SKBM, VZPP); KAMAZ, NEFAZ, LOMO and AVIV are words.
    /// </summary>
    public static bool LooksLikeAcronym(string text)
    {
        if (text.Length <= 3)
            return true;
        int vowels = 0, run = 0, longestRun = 0;
        foreach (var ch in text)
        {
            if (ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                vowels++;
                run = 0;
            }
            else
            {
                longestRun = Math.Max(longestRun, ++run);
            }
        }

        return vowels * 3 < text.Length || (text.Length <= 5 && longestRun >= 3); // Kronstadt and Omsktransmash are words
    }

    /// <summary>
    /// The one word of a name that reads as an acronym when every other word of its core is a descriptor or a concept
    /// (VTB of VTB BANK, GAZ of GAZ GROUP): the name a lone acronym (VTB) may mean, as the same acronym alone would be.
    /// −1 for any other name: two distinctive words (VTB BANK BELARUS), or the acronym alone (a short name already).
    /// </summary>
    internal static int AmongDescriptors(PreparedToken[] tokens)
    {
        int at = -1, descriptors = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.LegalForm)
                continue;
            if (t.Kind is TokenKind.Concept or TokenKind.Word && t.IsDescriptor)
                descriptors++;
            else if (at < 0 && t.Kind == TokenKind.Word && !t.IsAbjad && t.Text.Length <= NameAnalyzer.AcronymMaxLength && LooksLikeAcronym(t.Text))
                at = i;
            else
                return -1;
        }

        return descriptors > 0 ? at : -1;
    }

    /// <summary>A word that reads as an acronym: by its letters (<see cref="LooksLikeAcronym"/>) or as no word one can say (<see cref="IsUnpronounceable"/>).</summary>
    public static bool ReadsAsAcronym(string text) => LooksLikeAcronym(text) || IsUnpronounceable(text);

    /// <summary>
    /// True for a word of four letters or more that reads as an acronym and not as a word one can say: its consonants at
    /// the start, at the end or between vowels are no cluster English or romanised Russian begins, ends or joins syllables
    /// with (VGTZ, SKBM, GosMKB, VNIIA, BTRZ). Trust, Smart, Stock and Trast are words, though they have one vowel.
    /// </summary>
    public static bool IsUnpronounceable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 4)
            return false;
        var first = text.AsSpan().IndexOfAny("aeiouy");
        if (first < 0)
            return true;
        var last = text.AsSpan().LastIndexOfAny("aeiouy");
        if (first > 0 && !(first == 1 || Onsets.Contains(text[..first])))
            return true;
        if (last < text.Length - 1 && !(last == text.Length - 2 || Codas.Contains(text[(last + 1)..])))
            return true;
        var run = 0;
        for (var i = first; i <= last; i++)
        {
            run = "aeiouy".Contains(text[i], StringComparison.Ordinal) ? 0 : run + 1;
            if (run > 3)
                return true;
        }

        return false;
    }

    private static readonly HashSet<string> Onsets = new(StringComparer.Ordinal)
    {
        "bl", "br", "ch", "cl", "cr", "dr", "dv", "fl", "fr", "gl", "gr", "kh", "kl", "kn", "kr", "kv", "ph", "pl", "pr", "ps", "sc", "sh",
        "sk", "sl", "sm", "sn", "sp", "sr", "st", "sv", "sw", "th", "tr", "ts", "tv", "tw", "vl", "vr", "wh", "wr", "zh", "zv", "zl",
        "sch", "scr", "shch", "spl", "spr", "str", "thr", "skr", "vz", "vs", "vzr",
    };

    private static readonly HashSet<string> Codas = new(StringComparer.Ordinal)
    {
        "ch", "ck", "ct", "ff", "ft", "gh", "ks", "ld", "lf", "lk", "ll", "lm", "lp", "ls", "lt", "mb", "mp", "ms", "nd", "ng", "nk", "ns",
        "nt", "nz", "ps", "pt", "rb", "rc", "rd", "rf", "rg", "rk", "rl", "rm", "rn", "rp", "rs", "rt", "sh", "sk", "sp", "ss", "st", "th",
        "ts", "tz", "xt", "zz", "kh", "zh", "rst", "nds", "nts", "rts", "rks", "ght", "nch", "rch", "tch", "sch", "ngs", "nks", "lds",
        "lts", "mps", "sts", "shch", "nsk", "rsk",
    };

    /// <summary>The initials a token may be abbreviated by (none for numbers).</summary>
    public static IReadOnlyList<string> InitialsOf(PreparedToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Initials;
    }

    internal static IReadOnlyList<string> ComputeInitials(PreparedToken token)
    {
        switch (token.Kind)
        {
            case TokenKind.Number:
                return [];
            case TokenKind.Concept or TokenKind.LegalForm:
                return ConceptInitials.GetOrAdd((token.Key, token.Text), static k =>
                {
                    var set = new HashSet<string>(StringComparer.Ordinal);
                    if (IndustrialVocabulary.Table.InitialsOf(k.Key) is { } concept)
                        set.UnionWith(concept);
                    if (LegalForms.Table.InitialsOf(k.Key) is { } legal)
                        set.UnionWith(legal);
                    var words = k.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    // a part of a phrase of several concepts (NPP: research + production + enterprise, each token
                    // written "npp") has only its concept's initials: the letters of the text are the whole phrase's
                    if (IndustrialVocabulary.Table.Match([.. words.Select(Transliterator.PhoneticKey)], 0) is { Canonical: { } whole, Length: var length }
                        && length == words.Length && IndustrialVocabulary.IsSeveral(whole))
                        return [.. set];
                    set.Add(string.Concat(words.Select(static w => w[0])));
                    if (words.Length == 1)
                        set.UnionWith(WordInitials(words[0]));
                    return [.. set];
                });

            default:
                var own = WordInitials(token.Text);
                var learned = IndustrialVocabulary.Table.NativeInitialsOfWord(token.Key);
                // a word of the vocabulary is abbreviated by its Russian initial too, that of its line's first Russian
                // spelling (nuclear: ядерный, RFYaTs = Russian Federal Nuclear Center)
                var translated = IndustrialVocabulary.IsWordOfVocabulary(token.Key) ? IndustrialVocabulary.Table.NativeInitialsOf(token.Key) : null;
                return learned is null && translated is null ? own : [.. own.Union(learned ?? []).Union(translated is null ? [] : [translated])];
        }
    }

    /// <summary>
    /// The initials of one romanised word: its first letter, and the romanisation of a Cyrillic first letter written
    /// with two (ts, kh, ch, sh, zh, ya, yu, ye); kh may also be written h.
    /// </summary>
    private static string[] WordInitials(string latin)
    {
        if (latin.Length == 0)
            return [];
        if (latin.Length >= 2 && latin[1] is 'h' or 's' or 'a' or 'u' or 'e' && (latin[0], latin[1]) is ('t', 's') or ('k', 'h') or ('c', 'h') or ('s', 'h') or ('z', 'h') or ('y', 'a') or ('y', 'u') or ('y', 'e'))
            return latin[0] == 'k' ? [latin[..1], latin[..2], "h"] : [latin[..1], latin[..2]];
        return [latin[..1]];
    }

    /// <summary>
    /// Whether <paramref name="letters"/> (lower case) is spelled, whole, by the initials of
    /// <paramref name="tokens"/>[<paramref name="start"/> .. <paramref name="end"/>), one initial per token.
    /// </summary>
    public static bool Spells(string letters, IReadOnlyList<PreparedToken> tokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(tokens);
        if (end - start < 1 || end - start > letters.Length)
            return false;

        // reachable[k]: the first k letters are spelled by the tokens before the current one
        Span<bool> reachable = stackalloc bool[letters.Length + 1];
        Span<bool> next = stackalloc bool[letters.Length + 1];
        reachable[0] = true;
        for (var t = start; t < end; t++)
        {
            next.Clear();
            var any = false;
            var initials = InitialsOf(tokens[t]);
            for (var k = 0; k < letters.Length; k++)
            {
                if (!reachable[k])
                    continue;
                foreach (var initial in initials)
                {
                    if (k + initial.Length <= letters.Length && letters.AsSpan(k, initial.Length).SequenceEqual(initial))
                    {
                        next[k + initial.Length] = true;
                        any = true;
                    }
                }
            }

            if (!any)
                return false;
            next.CopyTo(reachable);
        }

        return reachable[letters.Length];
    }

    /// <summary>
    /// The acronyms a name may be known by (for the index), as the hashes <paramref name="hash"/> makes of them: the first
    /// letters of its core tokens as written, and with each concept's Russian initials (Ramensky Instrument-Engineering
    /// Plant: rip, rpz), of three letters or more; and the same with the legal forms after the core that are words of the
    /// name (<see cref="IsNameWord"/>), as the scorer spells an acronym (PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT
    /// CORPORATION: uac). Not with the legal forms before the core (pjscuac): nobody searches by them, and keying them
    /// cost the 1M-name index 50 MB. None for a run of fewer than three tokens or more than seven (two letters, or many,
    /// abbreviate nothing one can search for). Then the acronyms of its parts (<see cref="HashesOfParts"/>). Returns how
    /// many it wrote (0 to <see cref="MaxHashes"/>).
    /// </summary>
    internal static int HashesOf(PreparedName name, Span<ulong> into, Func<ReadOnlySpan<char>, ulong> hash)
    {
        var (first, coreEnd, end) = SpelledRun(name.Tokens);
        if (first < 0)
            return 0;
        var count = HashesOfRun(name.Tokens, first, coreEnd, coreEnd, name.CoreCount, into, hash);
        if (end > coreEnd)
            count += HashesOfRun(name.Tokens, first, coreEnd, end, name.CoreCount + end - coreEnd, into[count..], hash);
        return count + HashesOfParts(name.Tokens, first, coreEnd, end, into[count..], hash);
    }

    /// <summary>
    /// The acronyms a part of a name may be known by: the runs of three to <see cref="MaxPartLength"/> of the words its
    /// <see cref="SpelledRun"/> spells (<paramref name="first"/> to <paramref name="end"/>, legal forms inside its core
    /// left out) at its start and at its end, the whole left to <see cref="HashesOf"/>. A name is often written with one
    /// part as its acronym and the rest in words: OOO ZAVOD KDM (ZAVOD KOMPLEKSNYE DOROZHNYE MASHINY), IPC SB RAS
    /// (INSTITUTE OF PETROLEUM CHEMISTRY SIBERIAN BRANCH …), BANK NFC (BANK NATIONAL FACTORING COMPANY).
    /// </summary>
    private static int HashesOfParts(
        PreparedToken[] tokens, int first, int coreEnd, int end, Span<ulong> into, Func<ReadOnlySpan<char>, ulong> hash)
    {
        Span<int> spelled = stackalloc int[Math.Min(tokens.Length, 64)];
        var m = 0;
        for (var i = first; i < end && m < spelled.Length; i++)
        {
            if (i >= coreEnd || tokens[i].Kind != TokenKind.LegalForm)
                spelled[m++] = i;
        }

        var count = 0;
        for (var length = 3; length <= Math.Min(MaxPartLength, m - 1); length++)
        {
            var startEnd = spelled[length - 1] + 1;
            count += HashesOfRun(tokens, spelled[0], startEnd, startEnd, length, into[count..], hash);
            count += HashesOfRun(tokens, spelled[m - length], coreEnd, spelled[m - 1] + 1, length, into[count..], hash);
        }

        return count;
    }

    /// <summary>The most words of a part of a name <see cref="HashesOfParts"/> spells.</summary>
    private const int MaxPartLength = 5;

    /// <summary>The most hashes <see cref="HashesOfParts"/> writes: two for each run, at each end, of each length.</summary>
    private const int MaxPartHashes = 2 * 2 * (MaxPartLength - 2);

    /// <summary>
    /// The tokens an acronym of a name may spell, for the scorer and the index alike: its core (<paramref name="tokens"/>
    /// from the first to the last that is not a legal form: <c>First</c> to <c>CoreEnd</c>), and after it the legal forms
    /// that are words of the name (<see cref="IsNameWord"/>) up to <c>End</c>. <c>First</c> is −1 for a name of legal
    /// forms only.
    /// </summary>
    internal static (int First, int CoreEnd, int End) SpelledRun(PreparedToken[] tokens)
    {
        int first = -1, last = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.LegalForm)
                continue;
            if (first < 0)
                first = i;
            last = i;
        }

        var end = last + 1;
        while (first >= 0 && end < tokens.Length && tokens[end].Kind == TokenKind.LegalForm && IsNameWord(tokens[end]))
            end++;
        return (first, last + 1, end);
    }

    /// <summary>
    /// A legal form that is a word of a firm's name in its acronym (Corporation, Company, Inc: UAC, HSBC), not one that
    /// only says how it is incorporated (Limited, LLC, JSC: DHL is not Dana Holdings Limited).
    /// </summary>
    private static bool IsNameWord(PreparedToken t) => t.Key is LegalForms.Prefix + "corp" or LegalForms.Prefix + "co";

    /// <summary>The most hashes <see cref="HashesOf"/> writes: two for each of the whole's two runs, and its parts'.</summary>
    internal const int MaxHashes = 4 + MaxPartHashes;

    /// <summary>
    /// The hashes of the initials of tokens <paramref name="start"/> to <paramref name="end"/> (<paramref name="spelled"/>
    /// of them), the legal forms inside the core (before <paramref name="coreEnd"/>) left out.
    /// </summary>
    private static int HashesOfRun(
        PreparedToken[] tokens, int start, int coreEnd, int end, int spelled, Span<ulong> into, Func<ReadOnlySpan<char>, ulong> hash)
    {
        if (spelled is < 3 or > 7)
            return 0;
        Span<char> written = stackalloc char[MaxLength + 1];
        Span<char> native = stackalloc char[MaxLength + 1];
        int w = 0, n = 0;
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.LegalForm && i < coreEnd)
                continue;
            if (t.Kind == TokenKind.Number)
                return 0;

            // the first letter of each word of the token as written
            var text = t.Text.AsSpan();
            for (var k = 0; k < text.Length && w <= MaxLength; k++)
            {
                if (text[k] != ' ' && (k == 0 || text[k - 1] == ' '))
                    written[w++] = text[k];
            }

            // a concept's Russian initials, and a legal form's that is a word of the name (корпорация: OAK, Объединённая
            // авиастроительная корпорация, is United Aircraft Corporation)
            var initials = t.Kind == TokenKind.Concept ? IndustrialVocabulary.Table.NativeInitialsOf(t.Key) ?? NativeOfGroup(t)
                : t.Kind == TokenKind.LegalForm ? LegalForms.Table.NativeInitialsOf(t.Key)
                : IndustrialVocabulary.IsWordOfVocabulary(t.Key) ? IndustrialVocabulary.Table.NativeInitialsOf(t.Key)
                : null;
            var nativeInitials = initials is null ? t.Text.AsSpan(0, 1) : initials.AsSpan();
            if (n + nativeInitials.Length > MaxLength)
            {
                n = MaxLength + 1;
            }
            else
            {
                nativeInitials.CopyTo(native[n..]);
                n += nativeInitials.Length;
            }
        }

        // two letters spell too many names to tell anything (AB, IL)
        var count = 0;
        if (w is >= 3 and <= MaxLength)
            into[count++] = hash(written[..w]);
        if (n is >= 3 and <= MaxLength && (w > MaxLength || !native[..n].SequenceEqual(written[..w])))
            into[count++] = hash(native[..n]);
        return count;
    }

    /// <summary>The native initial of a learned group (<c>#~komposit</c>: k), or null for a concept of the vocabulary.</summary>
    private static string? NativeOfGroup(PreparedToken t) =>
        t.Key.StartsWith(IndustrialVocabulary.Prefix + "~", StringComparison.Ordinal) && t.Key.Length > 2 ? t.Key.Substring(2, 1) : null;
}
