using System.Buffers;
using SanctionsWatch.Model;

namespace SanctionsWatch.Matching;

/// <summary>
/// Analyses a name into <see cref="PreparedName"/>: normalise, tokenise, romanise, recognise legal forms and industrial
/// vocabulary, split contractions, drop function words, mark patronymics and short names, compute phonetic keys.
/// </summary>
public static partial class NameAnalyzer
{
    /// <summary>
    /// Names of one token up to this many letters that read as acronyms (<see cref="Acronyms.LooksLikeAcronym"/>) match
    /// only whole.
    /// </summary>
    public const int AcronymMaxLength = 5;

    internal static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "in", "on", "at", "by", "de", "la", "le", "du", "des", "der", "die", "das", "und", "im", "imeni",
        "po", "named", "after", "a", "an", "a.", "i", "v", "na", "z", "s", "dlia", "ve",
    };

    private static readonly Dictionary<string, string> GivenNameKeys = BuildGivenNames();

    public static PreparedName Prepare(string text, NameType type = NameType.Primary, PartyType kind = PartyType.Unknown) =>
        Prepare(text, type, kind, cache: null);

    /// <summary>As <see cref="Prepare(string, NameType, PartyType)"/>, memoising per-token steps in <paramref name="cache"/>.</summary>
    public static PreparedName Prepare(string text, NameType type, PartyType kind, TokenCache? cache)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = Scratch.Take();
        try
        {
            return Prepare(text, type, kind, cache, scratch);
        }
        finally
        {
            Scratch.Give(scratch);
        }
    }

    private static PreparedName Prepare(string text, NameType type, PartyType kind, TokenCache? cache, Scratch scratch)
    {
        // function words go, unless they are all there is; single letters stay where they are initials (S. V. Chemezov)
        var initials = kind == PartyType.Person || (kind == PartyType.Unknown && text.Contains('.', StringComparison.Ordinal) && (LeadingInitials().IsMatch(text) || TrailingInitials().IsMatch(text)));

        // a person's initials and surname in an organisation's name (A.Ya. Bereznyak GosMKB Raduga) name whom it is named
        // after, with or without "named after": a qualifier another publisher may leave out, as a bracketed part is
        if (!initials && kind != PartyType.Person)
            text = BracketHonouredPerson(text);

        // elsewhere dotted letters are one word: A.B.C. Company, V.I. Chapaev = VI Chapaev, P.J.S.C.; a word, never a
        // Roman numeral (I.I. Toropov is no 2 Toropov)
        var analysed = !initials && text.Contains('.', StringComparison.Ordinal)
            ? DottedLetters().Replace(text, m => JoinDottedLetters(m.Value, Honoured(text, m)))
            : text;

        // full-width brackets (Japanese, Chinese) are brackets: ヤシン・シャワル（以前掲載の氏名）, Yassin Syawal (previously listed)
        if (analysed.AsSpan().IndexOfAny(WideBrackets) >= 0)
            analysed = string.Create(analysed.Length, analysed, static (span, a) =>
            {
                for (var i = 0; i < a.Length; i++)
                    span[i] = a[i] switch { '（' => '(', '）' => ')', '［' or '【' or '〔' => '[', '］' or '】' or '〕' => ']', var c => c };
            });

        var words = scratch.Words;
        var optionalWords = scratch.OptionalWords;
        var literalWords = scratch.LiteralWords;
        var sink = new WordSink(words, literalWords, cache);
        var bracket = analysed.AsSpan().IndexOfAny('(', '[');
        if (bracket < 0)
        {
            NameNormalizer.Tokenize(analysed, ref sink, numberWords: kind != PartyType.Person);
        }
        else
        {
            // a bracketed part is a qualifier another publisher may leave out: United Engine Corporation (ODK)
            // but a country (VTB BANK (AUSTRIA) AG): the firm's national subsidiary, not VTB BANK
            foreach (var (start, length, optional) in Brackets(analysed, bracket))
            {
                var before = words.Count;
                NameNormalizer.Tokenize(analysed.Substring(start, length), ref sink, numberWords: kind != PartyType.Person);
                var country = optional && kind != PartyType.Person && Countries.IsCountry(words, before);
                for (var w = before; w < words.Count; w++)
                    optionalWords.Add(optional && !country);
            }
        }

        if (kind != PartyType.Person)
            MarkHonorific(words, optionalWords, analysed);

        var kept = scratch.Kept;
        var keptOptional = scratch.KeptOptional;
        var keptOfRussia = scratch.KeptOfRussia; // the kept words that say "of Russia" (OfRussia)
        var keptLiteral = scratch.KeptLiteral; // the kept words to read as written: no legal form, no concept
        for (var w = 0; w < words.Count; w++)
        {
            if (!words[w].IsFunctionWord || (initials && words[w].Latin.Length == 1))
            {
                kept.Add(words[w]);
                keptOptional.Add(optionalWords.Count > 0 && optionalWords[w]);
                keptOfRussia.Add(kind != PartyType.Person && OfRussia(words, w));
                keptLiteral.Add(literalWords[w]);
            }
        }

        if (kept.Count == 0)
        {
            kept = words;
            keptOptional.Clear();
            keptLiteral.Clear();
            foreach (var _ in words)
            {
                keptOptional.Add(false);
                keptOfRussia.Add(false);
                keptLiteral.Add(false);
            }
        }

        var keys = scratch.Keys;
        foreach (var w in kept)
            keys.Add(w.Key);

        var tokens = scratch.Tokens;
        var tokenOptional = scratch.TokenOptional;
        var anyOptional = false;
        var i = 0;
        while (i < kept.Count)
        {
            var optional = keptOptional[i];
            anyOptional |= optional;
            if (keptOfRussia[i])
            {
                tokens.Add(PhraseToken(kept, i, 1, Lexicon.Concept(RussianConcept), TokenKind.Concept, cache));
                tokenOptional.Add(optional);
                i++;
                continue;
            }

            // a person's name holds no legal form nor institutional vocabulary: Nao, Sa, Rossi, Belyi and Novy are names there;
            // nor does a Hangul syllable begin one (로 ro, 사 sa)
            var asWritten = kind == PartyType.Person || kept[i].IsHangul || keptLiteral[i];
            var (legal, legalLength) = asWritten ? (null, 0) : LegalForms.Table.Match(keys, i);
            var (concept, conceptLength) = asWritten ? (null, 0) : IndustrialVocabulary.Table.Match(keys, i);
            // a Chinese character's syllable and a Latin word of its letters are one-word phrases of their own writing only
            if (legalLength == 1 && !LegalForms.Table.OneWordPhraseFits(keys[i], kept[i].IsHan))
                (legal, legalLength) = (null, 0);
            if (conceptLength == 1 && !IndustrialVocabulary.Table.OneWordPhraseFits(keys[i], kept[i].IsHan))
                (concept, conceptLength) = (null, 0);

            if (legal is not null && legalLength >= conceptLength)
            {
                tokens.Add(PhraseToken(kept, i, legalLength, legal, TokenKind.LegalForm, cache));
                tokenOptional.Add(optional);
                i += legalLength;
                continue;
            }

            if (concept is not null)
            {
                if (IndustrialVocabulary.IsSeveral(concept))
                {
                    // a phrase of several concepts (конструкторское бюро = design + bureau): a token each, in order
                    var parts = IndustrialVocabulary.PartsOf(concept);
                    for (var k = 0; k < parts.Length; k++)
                    {
                        tokens.Add(parts.Length == conceptLength
                            ? PhraseToken(kept, i + k, 1, Lexicon.Concept(parts[k]), KindOf(parts[k]), cache)
                            : PhraseToken(kept, i, conceptLength, Lexicon.Concept(parts[k]), KindOf(parts[k]), cache));
                        tokenOptional.Add(optional);
                    }
                }
                else
                {
                    tokens.Add(PhraseToken(kept, i, conceptLength, Lexicon.Concept(concept), KindOf(concept), cache));
                    tokenOptional.Add(optional);
                }

                i += conceptLength;
                continue;
            }

            var word = kept[i];
            if (word.Contraction is not null)
            {
                tokens.AddRange(word.Contraction);
                foreach (var _ in word.Contraction)
                    tokenOptional.Add(optional);
            }
            else
            {
                tokens.Add(kind == PartyType.Organization ? word.Plain : word.Personal);
                tokenOptional.Add(optional);
            }

            i++;
        }

        if (kind != PartyType.Person)
        {
            NamedByWordsOfVocabulary(tokens);
            MarkBrandLetters(tokens, text);
        }

        // an acronym beside a name of two words or more (Volgograd Machine-Building Company VgTZ, VPK NPO
        // Mashinostroyeniya) abbreviates the name or an older one: a qualifier another publisher may leave out
        var core = 0;
        foreach (var t in tokens)
            core += t.Kind != TokenKind.LegalForm ? 1 : 0;
        if (kind != PartyType.Person && core >= 3)
        {
            var others = 0;
            foreach (var t in tokens)
                others += t.Kind != TokenKind.LegalForm && !IsQualifyingAcronym(t) ? 1 : 0;
            for (var a = 0; a < tokens.Count && others >= 2; a++)
            {
                // not an acronym joined to a word: the SP of Aviastar-SP is the brand's own (Aviastar-TU is another firm);
                // nor a syllable of a name written in Han or Hangul (hua, xin: the brand), looked for only here, as
                // every organisation's name passes this way when the list is indexed
                if (IsQualifyingAcronym(tokens[a]) && !Hyphenated(text, tokens[a].Text) && !text.Any(NameNormalizer.IsIdeograph))
                {
                    tokenOptional[a] = true;
                    anyOptional = true;
                }
            }
        }

        if (kind != PartyType.Person)
        {
            if (tokens.Count >= 3 && MarkGlosses(tokens, tokenOptional))
                anyOptional = true;

            // a Soviet decoration in an institution's name (Order of the Red Banner of Labour, ordena Lenina) honours it: a
            // qualifier another publisher leaves out, as an honoree is
            for (var d = 0; d < tokens.Count; d++)
            {
                if (IndustrialVocabulary.IsDecoration(tokens[d].Key))
                {
                    tokenOptional[d] = true;
                    anyOptional = true;
                }
            }
        }

        // a person has one patronymic, and only beside a given name and a surname: a name of two words (Roman Abramovich,
        // R. A. Abramovich: initials are no words here) has none, and of two words that read as one the patronymic is the
        // first that does not open the name, which a given name or a surname does (KUZMICH Tetiana Oleksandrivna,
        // ABRAMOVICH Roman Arkadyevich, Roman Arkadyevich Abramovich: a given name is never in -ovich, so a middle word in
        // -ovich is the patronymic), nor ends a hyphenated surname (BONCH-BRUEVICH Mikhail Dmitrievich); the other is a
        // surname in -ich
        var personal = 0;
        var first = -1;
        var anyPatronymic = false;
        for (var p = 0; p < tokens.Count; p++)
        {
            if (tokens[p].Kind is not (TokenKind.Word or TokenKind.Patronymic) || tokens[p].Key.Length == 1)
                continue;
            personal++;
            first = first < 0 ? p : first;
            anyPatronymic |= tokens[p].Kind == TokenKind.Patronymic;
        }

        if (anyPatronymic)
        {
            var patronymic = -1;
            string? latin = null; // tokens are romanised, so is the name where a hyphen is looked for
            for (var p = first + 1; personal > 2 && p < tokens.Count && patronymic < 0; p++)
            {
                if (tokens[p].Kind == TokenKind.Patronymic && !Hyphenated(latin ??= Transliterator.ToLatin(text), tokens[p].Text))
                    patronymic = p;
            }

            for (var p = 0; p < tokens.Count; p++)
            {
                if (tokens[p].Kind == TokenKind.Patronymic && p != patronymic)
                    tokens[p] = kept.Count == tokens.Count ? kept[p].Plain : new PreparedToken(tokens[p].Text, Transliterator.PhoneticKey(tokens[p].Text), TokenKind.Word);
            }
        }

        // a legal form alone is no name: it stays a legal form (and the name never matches)
        var coreKeys = scratch.CoreKeys;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.LegalForm)
                coreKeys.Add(t.Key);
        }

        // (a word of an abjad is all consonants, as an acronym is, and no acronym: حماس, hms, is Hamas)
        var isShort = type == NameType.WeakAlias
            || (coreKeys.Count == 1 && tokens.Count > 0 && !tokens.Exists(static t => t.IsAbjad) && IsAcronymLike(tokens, coreKeys[0]));
        return new PreparedName(text, type, HashOf(words), [.. tokens], isShort, anyOptional ? [.. tokenOptional] : null);
    }

    private static readonly SearchValues<char> WideBrackets = SearchValues.Create("（）［］【】〔〕");

    /// <summary>
    /// The parts of a name with brackets: plain parts and bracketed parts (to the closing bracket, or the end).
    /// </summary>
    private static List<(int Start, int Length, bool Optional)> Brackets(string text, int from)
    {
        var segments = new List<(int, int, bool)>();
        var plain = 0;
        var i = from;
        while (i >= 0 && i < text.Length)
        {
            var close = text.IndexOfAny([')', ']'], i + 1);
            var end = close < 0 ? text.Length : close + 1;
            if (i > plain)
                segments.Add((plain, i - plain, false));
            segments.Add((i, end - i, true));
            plain = end;
            i = end < text.Length ? text.IndexOfAny(['(', '['], end) : -1;
        }

        if (plain < text.Length)
            segments.Add((plain, text.Length - plain, false));
        return segments;
    }

    /// <summary>
    /// Marks the words of a qualifier from its first word to the end of the name: an honorific naming whom a firm is
    /// named after (named after, named for, imeni, im., имени, им., by name, in the name of), or, after a name of two
    /// words or more, the body it belongs to (… of the Central Military Commission, … of the Russian Federation).
    /// </summary>
    private static void MarkHonorific(List<AnalysedWord> words, List<bool> optional, string text)
    {
        var plainWords = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Latin;
            var next = i + 1 < words.Count ? words[i + 1].Latin : null;
            var starts = w == "imeni"
                || (w == "im" && (text.Contains("im.", StringComparison.OrdinalIgnoreCase) || text.Contains("им.", StringComparison.OrdinalIgnoreCase)))
                || (w == "named" && i + 1 < words.Count)
                || (w == "by" && next == "name")
                || (w == "in" && next == "the" && i + 3 < words.Count && words[i + 2].Latin == "name" && words[i + 3].Latin == "of")
                || (w == "of" && next == "the" && plainWords >= 2 && i + 2 < words.Count && words[i - 1].Latin != "order");
            if (starts)
            {
                if (optional.Count == 0)
                {
                    foreach (var _ in words)
                        optional.Add(false);
                }

                for (var k = i; k < words.Count; k++)
                    optional[k] = true;
                return;
            }

            if (!words[i].IsFunctionWord)
                plainWords++;
        }
    }

    /// <summary>
    /// A word made of parts: an Arabic compound with <c>Abd al-</c> (<c>Abdelrahman</c>, <c>Abdulaziz</c>, <c>Abdel</c> →
    /// abd al …, as <c>Abd al-Rahman</c> is written apart), else a Russian industrial contraction
    /// (<see cref="IndustrialVocabulary.SplitContraction"/>). Null when the word is one part.
    /// </summary>
    public static List<string>? SplitCompound(string latinToken) =>
        SplitAbdCompound(latinToken) ?? IndustrialVocabulary.SplitContraction(latinToken);

    // the assimilated article first (Abdur-Rahman, Abdus-Salam: abd ar-, abd as-)
    private static readonly string[] AbdPrefixes = ["abdoul", "abdul", "abdel", "abdal", "abdol", "abdil", "abdur", "abdus"];

    // Russian and Central Asian surnames made from the name (Abdullaev, Abdulov, Abdulina) are one word
    private static readonly string[] SurnameEndings = ["ev", "ov", "in", "eva", "ova", "ina", "yev", "yeva"];

    /// <summary>
    /// <c>Abdel</c> / <c>Abdul</c> / <c>Abdal</c>… alone or before a name of four letters or more → abd, al, the name.
    /// <c>Abdullah</c>, <c>Abdallah</c>, <c>Abdollahi</c> (Abd Allah: the prefix followed by lah) stay one word.
    /// </summary>
    private static List<string>? SplitAbdCompound(string w)
    {
        if (w.Length < 5 || !w.StartsWith("abd", StringComparison.Ordinal))
            return null;
        foreach (var ending in SurnameEndings)
        {
            if (w.EndsWith(ending, StringComparison.Ordinal))
                return null;
        }

        foreach (var p in AbdPrefixes)
        {
            if (!w.StartsWith(p, StringComparison.Ordinal))
                continue;
            var rest = w.Length - p.Length;
            if (rest == 0)
                return ["abd", "al"];
            var name = w[p.Length..];
            return rest >= 4 && !name.StartsWith("lah", StringComparison.Ordinal) && !name.StartsWith("llah", StringComparison.Ordinal)
                ? ["abd", "al", name]
                : null;
        }

        return null;
    }

    private const string RussianConcept = IndustrialVocabulary.Prefix + "russian";

    // Россия in the genitive, romanised (России; Ukrainian Росії): read once per word (AnalysedWord.IsRussiaGenitive)
    internal static readonly HashSet<string> RussiaGenitive = new(["rossii", "rossiyi", "rossiji", "rosii", "rosiyi", "rosiji"], StringComparer.Ordinal);

    /// <summary>
    /// Whether word <paramref name="w"/> of an organisation's name is Russia in the genitive or after "of", following a
    /// word of the name: a qualifier that is the adjective Russian (Vertolety Rossii, Helicopters of Russia = Russian
    /// Helicopters; Sberbank Rossii = Sberbank of Russia). Russia in the nominative is a name's own word (Bank Rossiya,
    /// Rossiya Airlines), as the genitive is at a name's start (a surname: Rossi Trading).
    /// </summary>
    private static bool OfRussia(List<AnalysedWord> words, int w) =>
        w > 0 && (words[w].IsRussiaGenitive || (w > 1 && words[w].Latin == "russia" && words[w - 1].Latin == "of"));

    /// <summary>The token of a phrase of <paramref name="count"/> words (a legal form or a concept), shown as written.</summary>
    private static PreparedToken PhraseToken(List<AnalysedWord> words, int start, int count, string key, TokenKind kind, TokenCache? cache)
    {
        var text = words[start].Latin;
        for (var i = start + 1; i < start + count; i++)
            text = string.Concat(text, " ", words[i].Latin);
        return cache is null ? new PreparedToken(text, key, kind) : cache.Token(text, key, kind);
    }

    /// <summary>
    /// A name that is one word of the vocabulary and nothing else but legal forms (Molochnoye, a village; Sportivnaya) is
    /// named by it: it meets its translation still, but weighs as the distinctive word it is there, so Molochnoye Plant
    /// stays Molochnoye. A longer name of such words and concepts (Cargo Service, Investitsionnaya Neftyanaya Kompaniya)
    /// keeps them descriptors: there they describe, and another firm's description is no match.
    /// </summary>
    private static void NamedByWordsOfVocabulary(List<PreparedToken> tokens)
    {
        var only = -1;
        for (var p = 0; p < tokens.Count; p++)
        {
            if (tokens[p].Kind == TokenKind.LegalForm)
                continue;
            if (only >= 0 || tokens[p].Kind != TokenKind.Word || !IndustrialVocabulary.IsWordOfVocabulary(tokens[p].Key))
                return;
            only = p;
        }

        if (only >= 0)
            tokens[only] = new PreparedToken(tokens[only].Text, tokens[only].Key, TokenKind.Word) { IsDescriptor = false };
    }

    /// <summary>
    /// A concept of the vocabulary, or a word of it (a key in ~: oil, credit, digital), whose spellings meet as a
    /// concept's do but which weighs as the common English word it is (a descriptor word): Credit Bank of Moscow is no
    /// Bank of Moscow.
    /// </summary>
    private static TokenKind KindOf(string vocabularyKey) => Lexicon.IsWordGroup(vocabularyKey) ? TokenKind.Word : TokenKind.Concept;

    /// <summary>Turns the tokens of <see cref="NameNormalizer.Tokenize{TSink}"/> into analysed words (empty romanisations left out).</summary>
    private readonly struct WordSink(List<AnalysedWord> words, List<bool> literal, TokenCache? cache) : NameNormalizer.ITokenSink
    {
        public void Add(ReadOnlySpan<char> token) => Add(token, false);

        /// <summary>A word kept as written (a person's initials in a firm's name: N.P. is no non-profit partnership).</summary>
        public void AddLiteral(ReadOnlySpan<char> token) => Add(token, true);

        private void Add(ReadOnlySpan<char> token, bool asWritten)
        {
            var word = cache is null ? new AnalysedWord(Transliterator.ToLatin(token.ToString()), Transliterator.IsAbjad(token), Kana.IsKatakana(token), IsHanSyllable(token), token) : cache.Word(token);
            if (word.Joined is { } parts && !asWritten)
            {
                words.AddRange(parts); // научноисследовательский: научно, исследовательский, as phrases expect them
                foreach (var _ in parts)
                    literal.Add(false);
            }
            else if (word.Latin.Length > 0)
            {
                words.Add(word);
                literal.Add(asWritten);
            }
        }
    }

    /// <summary>Whether a token of the normalised text is one Chinese character (each is a token of its own; not a Hangul syllable).</summary>
    internal static bool IsHanSyllable(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>The working lists of one analysis, kept per thread (an index build analyses a million names).</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? free;

        public List<AnalysedWord> Words { get; } = new(16);

        public List<AnalysedWord> Kept { get; } = new(16);

        public List<bool> OptionalWords { get; } = new(16);

        public List<bool> KeptOptional { get; } = new(16);

        public List<bool> KeptOfRussia { get; } = new(16);

        public List<bool> LiteralWords { get; } = new(16);

        public List<bool> KeptLiteral { get; } = new(16);

        public List<bool> TokenOptional { get; } = new(16);

        public List<string> Keys { get; } = new(16);

        public List<PreparedToken> Tokens { get; } = new(16);

        public List<string> CoreKeys { get; } = new(16);

        public static Scratch Take()
        {
            var s = free ?? new Scratch();
            free = null;
            return s;
        }

        public static void Give(Scratch s)
        {
            s.Words.Clear();
            s.Kept.Clear();
            s.OptionalWords.Clear();
            s.KeptOptional.Clear();
            s.KeptOfRussia.Clear();
            s.LiteralWords.Clear();
            s.KeptLiteral.Clear();
            s.TokenOptional.Clear();
            s.Keys.Clear();
            s.Tokens.Clear();
            s.CoreKeys.Clear();
            free = s;
        }
    }

    /// <summary>XxHash3 of the words joined by single spaces.</summary>
    private static ulong HashOf(List<AnalysedWord> words) =>
        TextHash.Joined<AnalysedWord>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), static w => w.Latin, " ");

    /// <summary>
    /// Marks optional the words a word of the same name contracts (<see cref="NameScorer.Contracts"/>): Russian Defense
    /// Export beside Rosoboronexport glosses the brand, a qualifier another publisher leaves out, as an acronym beside
    /// its name is. Returns whether any was marked.
    /// </summary>
    private static bool MarkGlosses(List<PreparedToken> tokens, List<bool> optional)
    {
        string[]?[]? keys = null;
        var marked = false;
        for (var c = 0; c < tokens.Count; c++)
        {
            if (optional[c] || !NameScorer.MayBeContraction(tokens[c]))
                continue;
            var single = NameScorer.ContractionKey(tokens[c])!;
            if (keys is null)
            {
                keys = new string[]?[tokens.Count];
                for (var k = 0; k < tokens.Count; k++)
                    keys[k] = tokens[k].ContractionKeys;
            }

            for (var j = 0; j + 2 <= tokens.Count; j++)
            {
                // the run's first word must begin the contraction: most names stop here
                if (c == j || c == j + 1 || keys[j] is not { } first || !BeginsWithHeadOf(single, first))
                    continue;
                for (var length = Math.Min(NameScorer.MaxContractionParts, tokens.Count - j); length >= 2; length--)
                {
                    if (c >= j && c < j + length)
                        continue;
                    var run = new string[length][];
                    var whole = true;
                    for (var k = 0; k < length && whole; k++)
                    {
                        whole = keys[j + k] is not null && !optional[j + k];
                        run[k] = keys[j + k] ?? [];
                    }

                    if (!whole || !NameScorer.Contracts(single, run))
                        continue;
                    for (var k = j; k < j + length; k++)
                        optional[k] = true;
                    marked = true;
                    break;
                }
            }
        }

        return marked;

        static bool BeginsWithHeadOf(string single, string[] keys)
        {
            foreach (var key in keys)
            {
                if (key.Length >= NameScorer.MinContractionPart && single.AsSpan().StartsWith(key.AsSpan(0, NameScorer.MinContractionPart)))
                    return true;
            }

            return false;
        }
    }

    /// <summary>
    /// An acronym beside a longer name (VgTZ, KMZ, SKBM): three letters or fewer, or one that reads as an acronym and
    /// cannot be said as a word (Trust, Smart and Trast are words of the name, not acronyms).
    /// </summary>
    private static bool IsQualifyingAcronym(PreparedToken t) =>
        t.Kind == TokenKind.Word && t.Text.Length <= AcronymMaxLength && Acronyms.LooksLikeAcronym(t.Text)
        && (t.Text.Length <= 3 || Acronyms.IsUnpronounceable(t.Text));

    /// <summary>
    /// Marks the single consonant letters <paramref name="text"/> joins to the word before by a hyphen (ANGSTREM-T,
    /// АНГСТРЕМ-Т): <see cref="PreparedToken.IsBrandLetter"/>, words, also where a letter alone would be read as a legal
    /// form (BITRIVER-K). Not a vowel: the e of Persian names (TOSE-E MELLI) joins two words.
    /// </summary>
    private static void MarkBrandLetters(List<PreparedToken> tokens, string text)
    {
        if (!text.Contains('-', StringComparison.Ordinal))
            return;
        string? latin = null;
        for (var t = 1; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.LegalForm) || token.Text.Length != 1 || token.Text[0] is < 'a' or > 'z' || IsVowelLetter(token.Text[0])
                || tokens[t - 1].Kind is TokenKind.LegalForm or TokenKind.Number)
                continue;
            latin ??= Transliterator.ToLatin(text.ToLowerInvariant());
            if (BrandLetter(latin, token.Text[0]))
                tokens[t] = new PreparedToken(token.Text, Transliterator.PhoneticKey(token.Text), TokenKind.Word) { IsBrandLetter = true }; // not the legal form a letter may abbreviate (K, B)
        }

        static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

        static bool BrandLetter(string latin, char letter)
        {
            for (var i = latin.IndexOf('-', StringComparison.Ordinal); i > 0 && i + 1 < latin.Length; i = latin.IndexOf('-', i + 1))
            {
                if (latin[i + 1] == letter && char.IsLetter(latin[i - 1]) && (i + 2 == latin.Length || !char.IsLetterOrDigit(latin[i + 2])))
                    return true;
            }

            return false;
        }
    }

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="text"/> joined to another word by a hyphen.</summary>
    private static bool Hyphenated(string text, string word) =>
        text.Contains("-" + word, StringComparison.OrdinalIgnoreCase) || text.Contains(word + "-", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="text"/> with a person named by two initials and a surname (<c>A.Ya. Bereznyak</c>, <c>I. I.
    /// Toropov</c>) put in brackets, when the rest of the name has two words or more, one of them neither a common English
    /// word nor a word of the vocabulary or a legal form (in <c>A.N. Tupolev Design Bureau</c> the person is the name), and
    /// the surname is no common English word (<c>U.S. Steel</c> is no person); unchanged otherwise, and where the name has
    /// brackets already.
    /// </summary>
    internal static string BracketHonouredPerson(string text)
    {
        if (!text.Contains('.', StringComparison.Ordinal) || text.AsSpan().IndexOfAny('(', '[') >= 0
            || HonouredPerson().Match(text) is not { Success: true } m)
            return text;
        if (GenericWords.IsCommonWord(Transliterator.ToLatin(m.Groups[1].Value.ToLowerInvariant())))
            return text;
        var rest = string.Concat(text.AsSpan(0, m.Index), " ", text.AsSpan(m.Index + m.Length));
        int others = 0, distinctive = 0;
        foreach (var w in rest.Split([' ', '-', ',', '"', '«', '»', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Count(char.IsLetter) < 3)
                continue;
            others++;
            var latin = Transliterator.ToLatin(w.ToLowerInvariant());
            var key = Transliterator.PhoneticKey(latin);
            if (!GenericWords.IsCommonWord(latin) && IndustrialVocabulary.Table.MatchSingle(key) is null && LegalForms.Table.MatchSingle(key) is null)
                distinctive++;
        }

        // the rest must name the firm itself: in A.N. Tupolev Design Bureau the person is the name
        return others < 2 || distinctive == 0 ? text : text[..m.Index] + "(" + m.Value + ")" + text[(m.Index + m.Length)..];
    }

    /// <summary>Two initials and a surname: <c>A.Ya. Bereznyak</c>, <c>I. I. Toropov</c>, <c>А.Л. Минца</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}.])\p{Lu}\p{Ll}?\.\s?\p{Lu}\p{Ll}?\.\s?(\p{L}{3,})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HonouredPerson();

    /// <summary>
    /// Dotted letters (<see cref="DottedLetters"/>) as one word and a space, marked <see cref="NameNormalizer.Literal"/>
    /// where they are an honoree's initials (<paramref name="honoured"/>: N.P. is no non-profit partnership in Named
    /// after (N.P. Fedorov)) or would read as a Roman numeral (<c>I.I.</c>, <c>X.V.</c>): dots mark initials or an
    /// abbreviation.
    /// </summary>
    private static string JoinDottedLetters(string dotted, bool honoured)
    {
        var letters = string.Concat(dotted.Where(char.IsLetter));
        return (honoured || NameNormalizer.IsRomanNumeral(letters.ToLowerInvariant()) ? NameNormalizer.Literal + letters : letters) + " ";
    }

    /// <summary>Whether dotted letters open a bracket of initials and a surname (<see cref="BracketHonouredPerson"/>: (N.P. Fedorov)).</summary>
    private static bool Honoured(string text, System.Text.RegularExpressions.Match m) =>
        m.Index > 0 && text[m.Index - 1] == '(' && BracketedSurname().IsMatch(text, m.Index + m.Length);

    /// <summary>A surname that closes a bracket, after initials: <c> Fedorov)</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s?\p{L}{3,}\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BracketedSurname();

    /// <summary>Two letters or more each followed by a dot: <c>A.B.C.</c>, <c>V.I.</c>, <c>P. J. S. C.</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}\.(?:\s?\p{L}\.)+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DottedLetters();

    /// <summary>Initials before a surname: <c>S. V. Chemezov</c>, <c>S.V. Chemezov</c>, <c>A. Mikheev</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\p{L}\.\s*(?:\p{L}\.\s*)?\p{L}{2,}[^.]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LeadingInitials();

    /// <summary>
    /// Initials after a surname: <c>Chemezov S.V.</c>, <c>Mikheev A. A.</c> (one word before them: <c>Banco Santander
    /// S.A.</c> ends in a legal form, not in initials).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[^\s.]*\p{L}{2,},?\s+\p{L}\.\s*(?:\p{L}\.)?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TrailingInitials();

    private static bool IsAcronymLike(List<PreparedToken> tokens, string coreKey)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.LegalForm)
                continue;
            return t.Kind is TokenKind.Word && t.Text.Length <= AcronymMaxLength && coreKey.Length <= AcronymMaxLength
                && Acronyms.LooksLikeAcronym(t.Text);
        }

        return false;
    }

    /// <summary>Russian patronymics: a word of six letters or more with a <see cref="PatronymicEndings">patronymic ending</see> (-ich of seven or more).</summary>
    public static bool IsPatronymic(string latinWord)
    {
        if (latinWord.Length < 6)
            return false;
        foreach (var ending in PatronymicEndings)
        {
            if (latinWord.EndsWith(ending, StringComparison.Ordinal))
                return ending != "ich" || latinWord.Length >= 7;
        }

        return false;
    }

    // -ovich, -evich (-yevich), -ovych, -ovna, -evna, -ivna, -ichna (-inichna), -ich; -ovitch and -evitch, the French
    // romanisation of -вич (-vić, which ends Serbian and Croatian surnames, is no patronymic: Novak Srdjan Djokovic would
    // lose his surname to it); the Belarusian -avich, -auna, -euna (Валянцінавіч, Уладзіміраўна: its o written a, its в ў).
    // Longer endings first: the first that fits gives the father's name.
    private static readonly string[] PatronymicEndings = ["ovitch", "evitch", "ovich", "evich", "avich", "ovych", "ovna", "evna", "avna", "auna", "euna", "ivna", "ichna", "ich"];

    /// <summary>
    /// The key of a patronymic: the father's given name without the gender ending, unified as given names are and
    /// without a final y or i, so Aleksandrovich = Aleksandrovna, Yuryevich = Yurevich, Serhiyovych = Sergeyevich; the
    /// Ukrainian Oleksandrivna meets them through the fuzzy comparison.
    /// </summary>
    internal static string PatronymicKey(string latinWord)
    {
        foreach (var ending in PatronymicEndings)
        {
            if (latinWord.EndsWith(ending, StringComparison.Ordinal) && latinWord.Length - ending.Length >= 3)
            {
                // the father's given name as the given names are unified (Serhiyovych = Sergeyevich), looked up as written
                // and without its й or ь (written y, i or not at all), and keyed without a final i: Yuryevich =
                // Yurievich = Yurevich, Sergeyevich = Sergeevich, Nikolayevich = Nikolaevich = Mykolayovych
                var father = latinWord[..^ending.Length];
                var key = Transliterator.PhoneticKey(father);
                if (!GivenNameKeys.TryGetValue(key, out var canonical))
                {
                    var bare = father.AsSpan();
                    while (bare.Length > 3 && bare[^1] is 'y' or 'i' or 'j')
                        bare = bare[..^1];
                    var bareKey = Transliterator.PhoneticKey(bare.ToString());
                    canonical = GivenNameKeys.TryGetValue(bareKey, out var known) ? known : bareKey;
                }

                return canonical.Length > 3 && canonical[^1] == 'i' ? canonical[..^1] : canonical;
            }
        }

        return Transliterator.PhoneticKey(latinWord);
    }

    /// <summary>The key shared by the spellings of one given name (Sergei, Sergey, Serhiy), or <paramref name="key"/> itself.</summary>
    internal static string CanonicalGivenName(string key) => GivenNameKeys.TryGetValue(key, out var canonical) ? canonical : key;

    private static Dictionary<string, string> BuildGivenNames()
    {
        string[][] groups =
        [
            ["aleksandr", "alexander", "aleksander", "alexandr", "oleksandr", "alexandre", "aleksandar", "alessandro", "aliaksandr", "alyaksandr"],
            ["mikhail", "michael", "mykhailo", "michail", "mykhaylo"],
            ["nikolai", "nikolay", "nicolai", "nicolas", "nikolaj", "mykola", "mikola", "mikalai", "mikalay"],
            ["pyotr", "petr", "peter", "piotr", "petro", "piatro", "pyatro"],
            ["fyodor", "fedor", "feodor", "fiodor", "theodor", "fedir"],
            ["yevgeny", "evgeny", "evgenii", "yevgeniy", "evgeniy", "yevhen", "yevgen", "eugene", "yevhenii", "yevheniy", "yauhen", "yaugen", "yauheni"],
            ["dmitry", "dmitri", "dmitrii", "dmitriy", "dmytro", "dimitri", "dzmitry", "dzmitryi", "dzmitriy"],
            ["sergey", "sergei", "serhiy", "serhii", "sergiy", "siarhei", "siarhey", "syarhey", "syargey", "siarhiej"],
            ["andrey", "andrei", "andriy", "andrii", "andrew"],
            ["alexey", "aleksei", "alexei", "aleksey", "oleksiy", "oleksii", "aliaksei", "aliaksey", "alyaksey"],
            ["vladimir", "volodymyr", "wladimir", "uladzimir", "uladzimer"],
            ["yury", "yuri", "yuriy", "iurii", "jurij", "yurii"],
            ["ilya", "ilia", "ilja", "illia"],
            ["grigory", "grigorii", "hryhoriy", "gregory", "hryhorii", "ryhor", "rygor"],
            ["ivan", "ioann"],
            ["pavel", "pavlo", "paul"],
            ["anatoly", "anatolii", "anatoliy", "anatol", "anatoli"],
            ["maksim", "maxim", "maksym"],
            ["olga", "olha", "volha"],
            ["elena", "yelena", "olena", "jelena", "helen"],
            ["ekaterina", "yekaterina", "kateryna", "katerina", "jekaterina", "katsiaryna"],
            ["oleg", "oleh", "aleh"],
            ["natalya", "natalia", "nataliya", "natalja", "nataliia", "natallia", "natallya"],
            ["tatyana", "tatiana", "tetiana", "tetyana", "tatsiana"],
            ["anna", "hanna", "ganna"],
            ["ksenia", "kseniya", "xenia", "kseniia"],
            ["viktor", "victor", "wiktor", "viktar"],
            ["igor", "ihor", "ihar", "igar"],
            ["yevgenia", "evgenia", "yevheniia", "evgeniya", "yevgeniya"],
            ["mariya", "maria", "mariia", "marija"],
            ["georgy", "georgii", "georgiy", "heorhiy", "george", "heorhii"],
            ["vasily", "vasilii", "vasiliy", "vasyl", "vasil", "vasili"],
            ["aleksandra", "alexandra", "oleksandra"],
            ["vladislav", "vladyslav", "uladzislau", "uladzislav"],
            ["vyacheslav", "viacheslav", "viachaslau", "vyachaslau"],

            // Russian given names and their Ukrainian (г → h, и → y, і → i) and Belarusian forms
            ["kirill", "kyrylo", "kiril", "kiryl"],
            ["konstantin", "kostiantyn", "kostyantyn", "kanstantsin"],
            ["svetlana", "svitlana", "sviatlana"],
            ["irina", "iryna"],
            ["galina", "halyna"],
            ["boris", "borys", "barys"],
            ["bogdan", "bohdan"],
            ["gennady", "gennadiy", "gennadii", "hennadiy", "hennadii", "henadz", "genadz"],
            ["nikita", "mykyta"],
            ["vitaly", "vitaliy", "vitalii", "vital", "vitali"],
            ["valery", "valeriy", "valerii"],
            ["valeriya", "valeriia"],
            ["denis", "denys", "dzianis", "dzyanis"],
            ["larisa", "larysa"],
            ["lyudmila", "liudmyla", "lyudmyla", "ludmila", "liudmila"],
            ["yulia", "yuliya", "yuliia", "iuliia"],
            ["valentina", "valentyna"],
            ["valentin", "valentyn", "valiantsin", "valyantsin"],
            ["semyon", "semen", "semion", "siamion", "syamyon"],
            ["yakov", "yakiv", "iakov"],
            ["timofey", "tymofiy", "timofei", "tymofii", "tsimafei", "tsimafey"],
            ["arkady", "arkadiy", "arkadii"],
            ["stanislav", "stanislau"],
            ["vadim", "vadym"],
            ["rostislav", "rostyslav"],
            ["svyatoslav", "sviatoslav"],
            ["viktoriya", "viktoria", "victoria", "viktoriia"],
            ["darya", "daria", "dariia"],
            ["artyom", "artem", "artiom"],
            ["matvey", "matviy", "matvei"],
            ["yegor", "egor", "yehor"],
            ["anastasia", "anastasiya", "anastasiia"],
            ["elizaveta", "yelizaveta", "yelyzaveta"],
            ["sofia", "sofiya", "sofiia", "sophia"],
            ["leonid", "leanid"],
            ["yaroslav", "yaroslau", "iaroslav", "jaroslav"],
            ["stepan", "stsiapan", "stsyapan"],
            ["daniil", "danylo", "danila"],
            ["iosif", "yosyp", "osip", "josif", "iosyp"],
            ["filipp", "pylyp", "philipp", "filip", "pilip"],
            ["anton", "antin"],
            ["lyubov", "liubov", "lubov", "lyubou"],
            ["zakhar", "zakhariy", "zakharii"],
            ["tikhon", "tykhon", "tsikhan"],
            ["mefodiy", "mefodii", "methodius"],

            // not given names, but words written in several ways the same lookup unifies: the Arabic article, saint
            ["al", "el", "ul"],
            ["saint", "st", "ste", "sainte", "sankt"],
        ];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var canonical = Transliterator.PhoneticKey(group[0]);
            foreach (var name in group)
                map[Transliterator.PhoneticKey(name)] = canonical;
        }

        return map;
    }
}
