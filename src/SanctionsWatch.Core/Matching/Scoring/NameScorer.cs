namespace SanctionsWatch.Matching;

/// <summary>The score of one query name against one candidate name, with its explanation.</summary>
public readonly record struct NameScore(double Score, string Rule, IReadOnlyList<TokenComparison> Tokens, IReadOnlyList<string> Notes);

/// <summary>
/// Scores two prepared names: exact, acronym (whole only) or token alignment. Tokens are aligned one to one, best
/// similarity first; unmatched query tokens cost more than unmatched candidate tokens; rare tokens weigh more (IDF);
/// distinctive tokens present on both sides but different weigh against the match.
/// </summary>
public sealed class NameScorer
{
    private readonly NameMatcherOptions options;
    private readonly TokenStatistics? statistics;

    public NameScorer(NameMatcherOptions options, TokenStatistics? statistics)
    {
        this.options = options;
        this.statistics = statistics;
    }

    /// <summary>The weight of a token: IDF from the index where there is one, else a constant.</summary>
    public double WeightOf(PreparedToken token) => WeightOf(token, persons: false);

    /// <summary>
    /// As <see cref="WeightOf(PreparedToken)"/>; outside people's names a common English word (a descriptor) weighs as
    /// a concept does.
    /// </summary>
    public double WeightOf(PreparedToken token, bool persons)
    {
        switch (token.Kind)
        {
            case TokenKind.LegalForm:
                return options.LegalFormWeight;
            case TokenKind.Concept:
                return (statistics is null ? 2.0 : statistics.Idf(token.Key)) * options.ConceptWeightFactor;
            default:
                if (token.Key.Length == 1 && token.Kind == TokenKind.Word && !token.IsBrandLetter)
                    return options.InitialWeight; // an initial says little
                var idf = statistics is null ? 4.0 : statistics.Idf(token.Key);
                return !persons && token.IsDescriptor ? idf * options.DescriptorWeightFactor : idf;
        }
    }

    /// <summary>The similarity of two tokens in [0, 1]: 0 below the floor, for short tokens that differ, across kinds.</summary>
    /// <param name="persons">
    /// Whether the tokens are words of persons' names: then an s against a z is another name (Kasimov / Kazimov), where in
    /// a firm's long word between vowels it is one sound written two ways (Composite / Kompozit).
    /// </param>
    public double TokenSimilarity(PreparedToken q, PreparedToken c, bool persons = false) => TokenSimilarity(q, c, persons, kana: true);

    /// <param name="kana">Whether a katakana word may meet a Latin one by skeleton (<see cref="Kana"/>), not only by spelling.</param>
    private double TokenSimilarity(PreparedToken q, PreparedToken c, bool persons, bool kana)
    {
        var s = SpellingSimilarity(q, c, persons);
        if (!persons && s < options.KeyEqualSimilarity)
            s = Math.Max(s, ByEnglishSounds(q, c));
        if (s < options.KeyEqualSimilarity && !q.IsAbjad && !c.IsAbjad && (q.AsReadBack is not null || c.AsReadBack is not null))
            s = Math.Max(s, ByReadBack(q, c, persons));
        if (s < options.KeyEqualSimilarity && (q.AsDzh is not null || c.AsDzh is not null) && SameByDzh(q, c))
            s = options.KeyEqualSimilarity;

        if (q.IsKana == c.IsKana || q.IsAbjad || c.IsAbjad || !IsWordLike(q.Kind) || !IsWordLike(c.Kind))
            return s;

        // katakana has one letter for l and r: a Latin l is spelled r there, so Kamal meets カマル (kamaru) as Kamar does
        var latin = q.IsKana ? c : q;
        if (latin.Text.Contains('l', StringComparison.Ordinal))
        {
            var asR = latin.Text.Replace('l', 'r');
            var r = new PreparedToken(asR, NameAnalyzer.CanonicalGivenName(Transliterator.PhoneticKey(asR)), latin.Kind);
            s = Math.Max(s, q.IsKana ? SpellingSimilarity(q, r, persons) : SpellingSimilarity(r, c, persons));
        }

        // and by their skeletons in Japanese sounds (ラブロフ / Lavrov)
        return kana && s < Kana.Similarity ? Math.Max(s, q.IsKana ? Kana.Compare(q, c) : Kana.Compare(c, q)) : s;
    }

    /// <summary>
    /// Two words of firms' names where one is the other, an English word, as Russian writes it by its sounds and romanised
    /// back (<see cref="EnglishSounds"/>: Macro Team / MAKRO TIM, Tools / TULZ, Pola Rise / POLA RAIZ): their similarity
    /// with that reading, at most that of one key written two ways; 0 for any other pair.
    /// </summary>
    private double ByEnglishSounds(PreparedToken q, PreparedToken c)
    {
        return AsWord(q) is { } a && AsWord(c) is { } b ? ByReading(a, a.AsEnglishSounds, b, b.AsEnglishSounds, persons: false) : 0.0;

        // a word as written: a one-word concept or a word of a learned group by its spelling
        static PreparedToken? AsWord(PreparedToken t) =>
            t.IsKana || t.IsAbjad ? null : t.ComparedAsWritten ? t.AsWritten : t.Kind == TokenKind.Word ? t : null;
    }

    /// <summary>
    /// Whether two words are one with дж written the other way in one of them (<see cref="PreparedToken.AsDzh"/>: Jafarov,
    /// DZHAFAROV; Azerbaijani Cəfərov, read dzhafarov, and Jafarov): by key only, as the j of a Slavic name is a y, and a
    /// reading that needed a typo besides would make other names meet (Jalilov, Galilov).
    /// </summary>
    private static bool SameByDzh(PreparedToken q, PreparedToken c)
    {
        var (qDzh, cDzh) = (q.AsDzh?.Key, c.AsDzh?.Key);
        var (qRead, cRead) = (q.AsReadBack?.Key, c.AsReadBack?.Key);
        return (qDzh is not null && (qDzh == c.Key || qDzh == cRead)) || (cDzh is not null && (cDzh == q.Key || cDzh == qRead));
    }

    /// <summary>
    /// Two words where one is a name as another language writes it, read back (<see cref="PreparedToken.AsReadBack"/>: French
    /// Poutine / PUTIN, Choïgou / SHOIGU; Georgian პუტინი, putini / PUTIN): their similarity with that reading, at most
    /// that of one key written two ways; 0 for any other pair.
    /// </summary>
    private double ByReadBack(PreparedToken q, PreparedToken c, bool persons) =>
        ByReading(q, q.AsReadBack, c, c.AsReadBack, persons);

    /// <summary>
    /// Two tokens compared through another reading of either (<paramref name="qRead"/> against <paramref name="c"/>,
    /// <paramref name="q"/> against <paramref name="cRead"/>): at most the similarity of one key written two ways, as
    /// another spelling is below the same one.
    /// </summary>
    private double ByReading(PreparedToken q, PreparedToken? qRead, PreparedToken c, PreparedToken? cRead, bool persons)
    {
        var s = qRead is null ? 0.0 : SpellingSimilarity(qRead, c, persons);
        if (cRead is not null)
            s = Math.Max(s, SpellingSimilarity(q, cRead, persons));
        return Math.Min(s, options.KeyEqualSimilarity);
    }

    /// <summary>
    /// Whether a token is an initial: one letter, or one Cyrillic letter's romanisation (Sh., Zh.), which key as one letter;
    /// not a letter doubled (AA, II: two initials written together, whose key the doubling made one letter).
    /// </summary>
    private static bool IsInitial(PreparedToken t) =>
        t.Key.Length == 1 && (t.Text.Length == 1 || t.Text.AsSpan(1).IndexOfAnyExcept(t.Text[0]) >= 0);

    /// <summary>
    /// Whether <paramref name="word"/> and <paramref name="concept"/>'s written word are both common English words
    /// (<see cref="GenericWords.IsListedWord"/>) of other stems: two words of English, not two spellings of one (a Turkish
    /// makina, a concept, still meets the English machine).
    /// </summary>
    private static bool AnotherEnglishWord(PreparedToken concept, PreparedToken word) =>
        !string.Equals(concept.Stem, word.Stem, StringComparison.Ordinal) && GenericWords.IsListedWord(word.Text) && GenericWords.IsListedWord(concept.Text);

    /// <summary>
    /// Whether <paramref name="cut"/> is <paramref name="word"/>, a common English word, cut short as lists abbreviate
    /// (CONSTR: construction): six letters or more (TRANS begins many words), its beginning as written, and no English
    /// word itself (Radiy is no Radiosvyaz: that is no English word cut).
    /// </summary>
    private static bool Truncates(PreparedToken cut, PreparedToken word) =>
        cut.Kind == TokenKind.Word && word.Kind == TokenKind.Word && cut.Text.Length >= 6 && word.Text.Length > cut.Text.Length + 1
        && word.Text.StartsWith(cut.Text, StringComparison.Ordinal) && GenericWords.IsListedWord(word.Text) && !GenericWords.IsListedWord(cut.Text);

    private double SpellingSimilarity(PreparedToken q, PreparedToken c, bool persons)
    {
        if ((IsInitial(q) && c.Kind == TokenKind.Patronymic && q.Kind == TokenKind.Word)
            || (IsInitial(c) && q.Kind == TokenKind.Patronymic && c.Kind == TokenKind.Word))
        {
            // an initial (V.) against a patronymic (Viktorovich)
            return q.Text[0] == c.Text[0] ? options.InitialSimilarity : 0.0;
        }

        // a word of an abjad (محمد, romanised mhmd) against a Latin spelling (Mohammed): by their consonants
        if (q.IsAbjad != c.IsAbjad && q.Kind is TokenKind.Word or TokenKind.Patronymic && c.Kind is TokenKind.Word or TokenKind.Patronymic)
            return q.IsAbjad ? Abjad.Compare(q, c) : Abjad.Compare(c, q);

        if (q.Kind != c.Kind && !(IsWordLike(q.Kind) && IsWordLike(c.Kind) && q.Kind != TokenKind.Patronymic && c.Kind != TokenKind.Patronymic))
        {
            // a word of a learned group against a concept: two concepts, as the group was one (0, as concepts that differ)
            if (Lexicon.IsWordGroup(q.Key) || Lexicon.IsWordGroup(c.Key))
                return 0.0;

            // a one-word concept against a word: the word may be another spelling of it the vocabulary lacks
            // (Composite, a learned translation of kompozitsionnyy, against KOMPOZIT); not a word of English that is
            // another word (Security, a concept, against SECRET): the vocabulary would hold it, were it that concept's
            if (q.ComparedAsWritten && c.Kind == TokenKind.Word)
                return AnotherEnglishWord(q.AsWritten, c) ? 0.0 : TokenSimilarity(q.AsWritten, c);
            if (c.ComparedAsWritten && q.Kind == TokenKind.Word)
                return AnotherEnglishWord(c.AsWritten, q) ? 0.0 : TokenSimilarity(q, c.AsWritten);
            return 0.0;
        }

        // a word of a learned group (Composite, keyed by the group of kompozitsionnyy) against a word outside it: the
        // other may be a spelling the group lacks (KOMPOZIT), so the word is compared as written
        if (q.Kind == TokenKind.Word && c.Kind == TokenKind.Word && Lexicon.IsWordGroup(q.Key) != Lexicon.IsWordGroup(c.Key))
            return Lexicon.IsWordGroup(q.Key) ? TokenSimilarity(q.AsWritten, c) : TokenSimilarity(q, c.AsWritten);

        // two groups are two words, as two concepts are two concepts: their keys (#~gas, #~glass) are no spellings to compare
        if (Lexicon.IsWordGroup(q.Key) && Lexicon.IsWordGroup(c.Key) && !string.Equals(q.Key, c.Key, StringComparison.Ordinal))
            return 0.0;

        if (string.Equals(q.Key, c.Key, StringComparison.Ordinal))
        {
            if (q.ExactOnly || string.Equals(q.Text, c.Text, StringComparison.Ordinal))
                return 1.0;

            // the same key, written differently (a romanisation variant): a hair below the same spelling, so that
            // the same spelling ranks first (TBSS before TBS)
            return options.KeyEqualSimilarity;
        }

        // two acronyms the list gives as names of one party (ODK, UEC): an abbreviation's similarity
        if (statistics is not null && statistics.AreAcronymSynonyms(q.Key, c.Key))
            return options.AbbreviationSimilarity;

        if (q.ExactOnly || c.ExactOnly)
            return 0.0;
        if (q.Key.Length == 1 || c.Key.Length == 1)
        {
            // an initial (G.) against a word with that initial (Georgiou)
            return q.Key.Length != c.Key.Length && (IsInitial(q) || IsInitial(c)) && q.Text[0] == c.Text[0] ? options.InitialSimilarity : 0.0;
        }

        // a place of three letters too (Ulan-Ude = Ulan-Udenskiy, Gavrilov-Yam = Gavrilov-Yamskiy): its adjective is longer
        if ((EndsAsAdjective(q.Text) && IsAdjectiveOfPlace(q.Key, c.Key, q.Text)) || (EndsAsAdjective(c.Text) && IsAdjectiveOfPlace(c.Key, q.Key, c.Text)))
            return options.PlaceAdjectiveSimilarity; // Tula = Tulskiy, Perm = Permskie, Siberian = Sibirskaya
        if (q.Key.Length <= options.ExactOnlyTokenLength || c.Key.Length <= options.ExactOnlyTokenLength)
            return 0.0;
        int shorter = Math.Min(q.Key.Length, c.Key.Length), longer = Math.Max(q.Key.Length, c.Key.Length);
        if (shorter < longer * 0.6)
        {
            // Radiy is no typo of Radiosvyaz; but an English word cut short is that word (CONSTR = CONSTRUCTION), where
            // it is too short a part of it to be compared by its letters (MANUFACT = MANUFACTURING is)
            return !persons && (Truncates(q, c) || Truncates(c, q)) ? options.AbbreviationSimilarity : 0.0;
        }
        if (!SameStart(q.Key[0], c.Key[0]))
            return 0.0; // a word rarely loses or changes its first sound by a typo: Eastern is not Western
        if (longer <= 6 && OneVowelAToI(q.Key, c.Key))
            return 0.0; // in a short word a against i makes another name: Kamal / Kamil, Rashid / Rashad, Hamid / Hamad
        // х is written kh, h or c (Tekhmash, Tecmash): the same key but for h against k is one letter romanised two ways
        if (longer >= 6 && q.Key.Length == c.Key.Length && HVariant(q.Key, c.Key, 'k'))
            return options.KeyEqualSimilarity;

        // г is h in Ukrainian and Belarusian, and Russian writes a foreign h г: Hryhorovych = Grigorovich, Horbunov =
        // Gorbunov, Gelios = Helios, Gasan = Hasan
        if (longer >= 5 && q.Key.Length == c.Key.Length && (HVariant(q.Key, c.Key, 'g') || HVariant(WithFinalH(q), WithFinalH(c), 'g')))
            return options.KeyEqualSimilarity;

        var jw = Math.Max(JaroWinkler.Similarity(q.Key, c.Key), FirstLettersApartSimilarity(q.Key, c.Key)); // Honcharenko / Goncharenko

        // vowels are what romanisations disagree on most (Mohammed / Muhammad, Hezbollah / Hizballah, Laden / Ladin); the
        // consonant check is cheap and rarely true, the edit distance is computed only where it is needed
        var sameConsonants = SameConsonants(q.Key, c.Key, voicing: !persons);
        if (jw < options.TokenSimilarityFloor && !sameConsonants)
            return 0.0;

        // looked up only for the few pairs still alike here, not for every pair compared
        if (!persons && Places.AreOtherPlaces(q, c))
            return 0.0; // Krasnoyarsk is no typo of Krasnodar: GAZPROM DOBYCHA KRASNOYARSK is another firm
        var edit = EditDistance.Similarity(q.Key, c.Key);
        var vowelVariant = sameConsonants && edit >= options.EditSimilarityFloor ? options.VowelVariantSimilarity : 0.0;
        if (jw < options.TokenSimilarityFloor)
            return vowelVariant;
        if (options.EditSimilarityFloor > 0 && edit < options.EditSimilarityFloor)
            return 0.0; // a shared prefix is not enough: Aviastar is not Aviatrade
        if (!persons && !sameConsonants && TwoConsonantsApart(q.Key, c.Key))
            return 0.0;
        return Math.Max(vowelVariant, 1.0 - (options.FuzzyPenalty * (1.0 - jw)));
    }

    /// <summary>
    /// The acronym a short name (<paramref name="acronym"/>: VTB) is, when it is the one word of <paramref name="other"/>
    /// among descriptors (VTB BANK; <see cref="Acronyms.AmongDescriptors"/>), letter for letter; null otherwise.
    /// </summary>
    private static string? SameAcronymAmongDescriptors(PreparedName acronym, PreparedName other)
    {
        if (acronym.Type == Model.NameType.WeakAlias && acronym.CoreCount != 1)
            return null;
        var at = Acronyms.AmongDescriptors(other.Tokens);
        var text = acronym.CoreText;
        return at >= 0 && string.Equals(other.Tokens[at].Text, text, StringComparison.Ordinal) ? text : null;
    }

    /// <summary>
    /// Jaro-Winkler of two keys whose first letters are two ways of writing one sound (Г as h or g; two vowels), with
    /// those letters held apart: otherwise one word's first letter may pair with a later letter of the other and the rest
    /// fall out of order (Honcharenko / Goncharenko, keyed honharenko / gonharenko, scored below a typo in the middle of
    /// a word). 0 for other keys: g against k or zh are other names (Gagarin / Kagarin, Kaganov / Gaganov).
    /// </summary>
    private static double FirstLettersApartSimilarity(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2 || a.Length > 64 || b.Length > 64 || a[0] == b[0]
            || !((a[0] is 'g' or 'h' && b[0] is 'g' or 'h') || (IsVowel(a[0]) && IsVowel(b[0]))))
            return 0.0;
        Span<char> x = stackalloc char[a.Length];
        Span<char> y = stackalloc char[b.Length];
        a.CopyTo(x);
        b.CopyTo(y);
        x[0] = '\u0001';
        y[0] = '\u0002';
        return JaroWinkler.Similarity(x, y);
    }

    public NameScore Score(PreparedName q, PreparedName c) => Score(q, c, persons: false);

    /// <summary>
    /// As <see cref="Score(PreparedName, PreparedName)"/>; <paramref name="persons"/> when the names are known to name
    /// people: then a given name or surname that differs only in its ending (Daniel / Daniela, Ivanov / Ivanova,
    /// Medvedev / Medvedchuk) is another name, and a name the other side leaves out (a middle name, a second surname)
    /// costs little when every name of the other side is matched.
    /// </summary>
    public NameScore Score(PreparedName q, PreparedName c, bool persons)
    {
        if (q.CoreCount == 0 || c.CoreCount == 0)
            return new NameScore(0.0, "legal-form-only", [], ["a legal form alone never matches"]);
        // the same text may be analysed differently by kind (initials kept for persons): then it is aligned below
        if (q.NormalizedHash == c.NormalizedHash && q.Tokens.Length == c.Tokens.Length && !q.IsShort && !c.IsShort)
        {
            var same = new TokenComparison[q.Tokens.Length];
            for (var i = 0; i < same.Length; i++)
                same[i] = new TokenComparison(q.Tokens[i].Text, c.Tokens[i].Text, 1.0, WeightOf(q.Tokens[i]));
            return new NameScore(1.0, "exact", same, []);
        }

        // an acronym alone is weak evidence (KMZ is Kurganmashzavod, Kovrov Mechanical Plant and a few more): equal
        // acronyms, or an acronym spelling the other name, reach the review band, not the alert band
        var expansion = persons ? null : AcronymExpansion(q, c);
        if (q.IsShort || c.IsShort)
        {
            string qText = q.CoreText, cText = c.CoreText; // computed on each read: read once
            var equal = string.Equals(qText, cText, StringComparison.Ordinal); // letters, not sounds: STZ is no STS
            if (!equal && !persons && q.IsShort != c.IsShort && SameAcronymAmongDescriptors(q.IsShort ? q : c, q.IsShort ? c : q) is { } among)
            {
                // VTB against VTB BANK, GAZ against GAZ GROUP: the acronym is the other name's one distinctive word
                return new NameScore(
                    options.AcronymScore,
                    "acronym",
                    [new TokenComparison(qText, cText, 1.0, 1.0)],
                    [$"the acronym {among} among descriptors only: review at most"]);
            }

            var whole = new NameScore(
                equal ? options.AcronymScore : 0.0,
                "acronym",
                [new TokenComparison(qText, equal ? cText : null, equal ? 1.0 : 0.0, 1.0)],
                [equal ? "acronyms or weak aliases equal as a whole: alone, review at most" : "short names and weak aliases match only whole"]);
            return expansion is { } e && e.Score > whole.Score ? e : whole;
        }

        var aligned = Align(q, c, persons);
        if (q.HasAbjad != c.HasAbjad && aligned.Score > Abjad.Similarity)
        {
            // a word of an abjad is several Latin names (محمد is Mohammed and Mahmud): review at most, ranked higher where
            // every word's written vowels agree too
            var skeletonOnly = aligned.Tokens.Any(static t => t is { QueryToken: not null, CandidateToken: not null, Similarity: > 0 and < Abjad.VowelledSimilarity });
            var cap = skeletonOnly ? Abjad.Similarity : Abjad.VowelledSimilarity;
            if (aligned.Score > cap)
                aligned = aligned with { Score = cap, Notes = [.. aligned.Notes, "a name in Arabic or Hebrew letters against a Latin one: review at most"] };
        }

        var sounds = (Kana: q.HasKana || c.HasKana, Han: q.HasHan || c.HasHan);
        if ((sounds.Kana || sounds.Han) && aligned.Score > Kana.Similarity && MetBySoundsOnly(aligned, sounds.Kana, sounds.Han))
        {
            // a katakana word met only by its consonants (ハーリス / Harith; Harris too) or with an ending of two readings
            // (ロベルト: Robert, Roberto), or Chinese characters met so (图波列夫 / Tupolev): review at most, unless the
            // spellings alone score higher
            var spelled = Align(q, c, persons, kana: false);
            var what = q.HasKana || c.HasKana ? "a katakana word" : "a foreign name in Chinese characters";
            aligned = spelled.Score > Kana.Similarity && !MetBySoundsOnly(spelled, sounds.Kana, sounds.Han) ? spelled
                : aligned with { Score = Kana.Similarity, Notes = [.. aligned.Notes, what + " met a Latin one by its consonants only: review at most"] };
        }

        if (WholeAbjadName(q, c, aligned) is { } skeleton && skeleton.Score > aligned.Score)
            aligned = skeleton;
        return expansion is { } x && x.Score > aligned.Score ? x : aligned;
    }

    /// <summary>Whether a token pair met by sounds only (a katakana word's skeleton, Chinese characters' one) is among the aligned ones.</summary>
    private static bool MetBySoundsOnly(NameScore aligned, bool kana, bool han) =>
        aligned.Tokens.Any(t => t.QueryToken is not null && t.CandidateToken is not null
            && ((kana && t.Similarity == Kana.Similarity) || (han && t.Similarity == HanSounds.Similarity)));

    /// <summary>
    /// A name all in an abjad's words against one all in Latin words with one consonant skeleton over all their words
    /// (<see cref="Abjad.SameWholeName"/>: يحيى عبد الله العبيدي / YAHIA ABDALLAH AL-UBAIDI, however each writes its words
    /// apart): <see cref="Abjad.Similarity"/>, review. Null otherwise.
    /// </summary>
    private static NameScore? WholeAbjadName(PreparedName q, PreparedName c, NameScore aligned)
    {
        if (!q.HasAbjad && !c.HasAbjad)
            return null; // the common case, without allocating
        var qCore = q.Tokens.Where(static t => t.Kind != TokenKind.LegalForm).ToList();
        var cCore = c.Tokens.Where(static t => t.Kind != TokenKind.LegalForm).ToList();
        bool qAbjad = qCore.Count > 0 && qCore.TrueForAll(static t => t.IsAbjad), cAbjad = cCore.Count > 0 && cCore.TrueForAll(static t => t.IsAbjad);
        if (qAbjad == cAbjad || !(qAbjad ? cCore : qCore).TrueForAll(static t => !t.IsAbjad && t.Kind is TokenKind.Word or TokenKind.Patronymic))
            return null;
        if (!(qAbjad ? Abjad.SameWholeName(qCore, cCore) : Abjad.SameWholeName(cCore, qCore)))
            return null;
        return new NameScore(Abjad.Similarity, "abjad-skeleton", aligned.Tokens, [.. aligned.Notes, "one consonant skeleton over the whole name, an abjad's words against Latin ones"]);
    }

    /// <summary>
    /// One side a single token (an acronym: TSNIIAG, RPZ, ODK), the other a longer name whose core tokens it spells
    /// (<see cref="Acronyms.Spells"/>; legal forms may be left out or spelled): <see cref="NameMatcherOptions.AcronymScore"/>
    /// less a little, review at most. Null when it does not spell it.
    /// </summary>
    private NameScore? AcronymExpansion(PreparedName q, PreparedName c)
    {
        var (acronym, full, fromQuery) = q.CoreCount == 1 && c.CoreCount >= 2 ? (q, c, true)
            : c.CoreCount == 1 && q.CoreCount >= 2 ? (c, q, false)
            : (null, null, false);
        if (acronym is null || full is null)
            return null;
        PreparedToken? only = null;
        foreach (var t in acronym.Tokens)
        {
            if (t.Kind != TokenKind.LegalForm)
                only = t;
        }

        // an acronym reads as one (ODK, TSNIIAG, NIIHIT): a word such as Rostec or Vnesheconombank is no acronym to spell
        if (only is not { Kind: TokenKind.Word, IsAbjad: false } || only.Text.Length is < 2 or > Acronyms.MaxLength
            || (only.Text.Length > 4 && !Acronyms.LooksLikeAcronym(only.Text) && !ManyVowelsAcronym(only.Text)))
            return null;
        var letters = only.Text;
        var tokens = full.Tokens;

        // the core run, with the legal forms after it that are words of the name spelled or not (OAK: Obyedinennaya
        // Aviastroitelnaya Korporatsiya; not Limited, LLC, JSC: DHL is not Dana Holdings Limited), as the index keys it
        var (first, coreEnd, spelledEnd) = Acronyms.SpelledRun(tokens);
        for (var end = coreEnd; end <= spelledEnd; end++)
        {
            if (!Acronyms.Spells(letters, tokens, first, end))
                continue;
            var run = RunText(tokens[first..end].Select(static t => t.Text));

            // spelled by the words as written (KEK: Krasnoyarskaya Energeticheskaya Kompaniya) a hair above spelled only
            // through their Russian initials (Kalaye Electric Company, компания: k), as one key written two ways is below
            // the same spelling
            var written = WrittenInitials(tokens, first, end, coreEnd, legalForms: true) == letters || WrittenInitials(tokens, first, end, coreEnd, legalForms: false) == letters;
            return new NameScore(
                options.AcronymScore - (written ? 0.03 : 0.035),
                "acronym",
                [fromQuery ? new TokenComparison(letters, run, 1.0, 1.0) : new TokenComparison(run, letters, 1.0, 1.0)],
                ["acronym spelled by the initials of the other name: " + letters + " = " + run + " (alone, review at most)"]);
        }

        return null;
    }

    /// <summary>The first letters of the words of tokens <paramref name="first"/> to <paramref name="end"/> as written, with or without the legal forms inside the core.</summary>
    private static string WrittenInitials(PreparedToken[] tokens, int first, int end, int coreEnd, bool legalForms)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = first; i < end; i++)
        {
            if (!legalForms && i < coreEnd && tokens[i].Kind == TokenKind.LegalForm)
                continue;
            foreach (var word in tokens[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                sb.Append(word[0]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Two tokens of one stem are forms of one word when the stem is of a common English word and each is a word of the
    /// language, an English word or a word less one inflection or participle ending (production / productive,
    /// elektronnoy / electronic, kombinirovannaya / combined), or when each is its stem less one inflection (Makeyev /
    /// Makeyeva, Ural / Urals); two brands that only share a beginning (Inforion / Inforos; Polymedics, stemmed polym by
    /// three endings, / Polimer) are not.
    /// </summary>
    private static bool SameWord(PreparedToken q, PreparedToken c) =>
        q.Kind != TokenKind.Word || c.Kind != TokenKind.Word
        || (GenericWords.IsGeneric(q.Stem) && IsFormOfWord(q.Text) && IsFormOfWord(c.Text))
        || (Stemmer.IsInflection(q.Text) && Stemmer.IsInflection(c.Text));

    private static bool IsFormOfWord(string text) => GenericWords.IsListedWord(text) || Stemmer.IsWordForm(text);

    private static bool IsWordLike(TokenKind kind) => kind is TokenKind.Word or TokenKind.Patronymic;

    /// <summary>Whether a word's key is the shared key of a given name's spellings rather than its own (<see cref="NameAnalyzer.CanonicalGivenName"/>).</summary>
    private static bool GivenNameUnified(PreparedToken t) => !string.Equals(t.Key, t.AsWritten.Key, StringComparison.Ordinal);

    private NameScore Align(PreparedName q, PreparedName c, bool persons, bool kana = true)
    {
        var qt = q.Tokens;
        var ct = c.Tokens;
        int n = qt.Length, m = ct.Length;
        Span<double> sim = n * m <= 512 ? stackalloc double[n * m] : new double[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var s = TokenSimilarity(qt[i], ct[j], persons, kana);
                var (qw, cw) = (qt[i], ct[j]);
                if (persons && s < options.KeyEqualSimilarity && qw.Kind == TokenKind.Word && cw.Kind == TokenKind.Word && !qw.IsAbjad && !cw.IsAbjad
                    && (GivenNameUnified(qw) || GivenNameUnified(cw)) && TokenSimilarity(qw.AsWritten, cw.AsWritten, persons) is var written && written > s)
                {
                    // a given name the table unifies against a spelling it lacks (Yauhen / Yauhien): compared as written
                    s = written;
                    (qw, cw) = (qw.AsWritten, cw.AsWritten);
                }

                // a katakana word's ending against a Latin one's, only where a similarity is left to lower
                var ending = qt[i].IsKana == ct[j].IsKana || s <= 0 || s >= options.KeyEqualSimilarity ? Kana.Ending.Same
                    : Kana.EndingOf(qt[i].IsKana ? qw.Text : cw.Text, qt[i].IsKana ? cw.Text : qw.Text);
                if (s > 0 && s < options.KeyEqualSimilarity && qt[i].Kind == TokenKind.Word && ct[j].Kind == TokenKind.Word
                    && qt[i].IsAbjad == ct[j].IsAbjad && (persons || OtherShortWord(qt[i], ct[j]))
                    && (qt[i].IsKana == ct[j].IsKana ? DifferentEnding(qw, cw) : ending == Kana.Ending.Different))
                {
                    s = Math.Min(s, options.DifferentEndingSimilarity); // Daniel / Daniela: another name, not a typo
                }

                else if (ending == Kana.Ending.Ambiguous && s > Kana.Similarity)
                {
                    s = Kana.Similarity; // ロベルト: Robert or Roberto, review
                }

                else if (!persons && s < options.StemSimilarity && qt[i].Kind != TokenKind.LegalForm && ct[j].Kind != TokenKind.LegalForm
                    && qt[i].Stem.Length >= Stemmer.MinLength - 1 && string.Equals(qt[i].Stem, ct[j].Stem, StringComparison.Ordinal)
                    && SameWord(qt[i], ct[j]))
                {
                    s = options.StemSimilarity; // forms of one word: production / productive, missile / missiles
                }

                if (!persons && s > 0 && q.IsOptional(i) != c.IsOptional(j) && IsInitialAgainstWord(qt[i], ct[j]) && !SameNeighbour(qt, ct, i, j))
                    s = 0; // the initial of whom a firm is named after is no initial of the firm's own name (M. Simonov: Malachite)

                sim[(i * m) + j] = s;
            }
        }

        // a token that is exactly two adjacent tokens of the other side joined (Shangfu = Shang-fu; Rosoboron Export, a
        // word and a concept) is left to the join pass below rather than paired fuzzily with one half
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j + 1 < m; j++)
            {
                if (qt[i].Kind == TokenKind.Word && ct[j].Kind == TokenKind.Word && IsJoinable(ct[j + 1])
                    && IsJoin(qt[i].Key, ct[j].Key, JoinKey(ct[j + 1])))
                {
                    sim[(i * m) + j] = 0;
                    sim[(i * m) + j + 1] = 0;
                }
            }
        }

        for (var j = 0; j < m; j++)
        {
            for (var i = 0; i + 1 < n; i++)
            {
                if (ct[j].Kind == TokenKind.Word && qt[i].Kind == TokenKind.Word && IsJoinable(qt[i + 1])
                    && IsJoin(ct[j].Key, qt[i].Key, JoinKey(qt[i + 1])))
                {
                    sim[(i * m) + j] = 0;
                    sim[((i + 1) * m) + j] = 0;
                }
            }
        }

        // the same for a Latin word that is two words of an abjad joined (Abdallah: عبد الله), or the reverse
        if (q.HasAbjad != c.HasAbjad)
        {
            LeaveAbjadJoins(qt, ct, sim, m, queryRuns: false);
            LeaveAbjadJoins(ct, qt, sim, m, queryRuns: true);
        }

        Span<int> qPartner = n <= 64 ? stackalloc int[n] : new int[n];
        Span<int> cPartner = m <= 64 ? stackalloc int[m] : new int[m];
        qPartner.Fill(-1);
        cPartner.Fill(-1);

        // greedy one-to-one alignment, best pair first
        while (true)
        {
            var best = 0.0;
            int bi = -1, bj = -1;
            for (var i = 0; i < n; i++)
            {
                if (qPartner[i] >= 0)
                    continue;
                for (var j = 0; j < m; j++)
                {
                    if (cPartner[j] >= 0)
                        continue;
                    var s = sim[(i * m) + j];
                    if (s > best)
                    {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }

            if (bi < 0)
                break;
            qPartner[bi] = bj;
            cPartner[bj] = bi;
        }

        if (persons)
            UnbindParticles(qt, ct, qPartner, cPartner);

        var comparisons = new List<TokenComparison>(n + m);
        List<string>? notes = null;
        double num = 0, den = 0;

        // an abbreviation on one side spelling the initials of a run of tokens on the other (MMZ = Moscow Machine-building Plant)
        Span<int> qAbbr = n <= 64 ? stackalloc int[n] : new int[n];
        Span<int> cAbbr = m <= 64 ? stackalloc int[m] : new int[m];
        qAbbr.Fill(-1);
        cAbbr.Fill(-1);
        MatchAbbreviations(qt, ct, qPartner, cPartner, qAbbr, cAbbr, fromQuery: true, persons, comparisons, ref num, ref den, ref notes);
        MatchAbbreviations(ct, qt, cPartner, qPartner, cAbbr, qAbbr, fromQuery: false, persons, comparisons, ref num, ref den, ref notes);

        // joins: one token on one side = two or three adjacent tokens on the other (Machinebuilding = Machine Building,
        // Seaport = Sea Port, Chonmasan = Chon Ma San)
        Span<int> qJoin = n <= 64 ? stackalloc int[n] : new int[n];
        Span<int> cJoin = m <= 64 ? stackalloc int[m] : new int[m];
        qJoin.Fill(-1);
        cJoin.Fill(-1);
        MatchJoins(qt, ct, qPartner, cPartner, qJoin, cJoin, qAbbr, cAbbr, fromQuery: true, kana && c.HasHan, kana && (q.HasKana || c.HasKana), comparisons, ref num, ref den, ref notes);
        MatchJoins(ct, qt, cPartner, qPartner, cJoin, qJoin, cAbbr, qAbbr, fromQuery: false, kana && q.HasHan, kana && (q.HasKana || c.HasKana), comparisons, ref num, ref den, ref notes);
        if (!persons)
        {
            // a syllabic contraction: one word made of the beginnings of adjacent words of the other side (Sovcomflot =
            // Sovremennyy Kommercheskiy Flot, Sbertech = Sberbank Technologies)
            MatchContractions(qt, ct, qPartner, cPartner, qJoin, cJoin, qAbbr, cAbbr, sim, fromQuery: true, comparisons, ref num, ref den, ref notes);
            MatchContractions(ct, qt, cPartner, qPartner, cJoin, qJoin, cAbbr, qAbbr, sim, fromQuery: false, comparisons, ref num, ref den, ref notes);

            // a phrase of the vocabulary on one side whose concepts the other side writes apart (research institute /
            // research … radio engineering … institute)
            MatchComponents(qt, ct, qPartner, cPartner, qJoin, cJoin, qAbbr, cAbbr, fromQuery: true, comparisons, ref num, ref den, ref notes);
            MatchComponents(ct, qt, cPartner, qPartner, cJoin, qJoin, cAbbr, qAbbr, fromQuery: false, comparisons, ref num, ref den, ref notes);
        }

        // persons: when every name of one side is matched (at least two of them), the other side's further names (a middle
        // name, a second surname) are names the shorter form leaves out, not a conflict
        // a name met only by an initial is no name found where the other side has a further name of its own to let off
        // (Medvedev, by the M. of TOLCHINSKIY, Dmitri M.: TOLCHINSKIY); a particle left over is let off still (Al)
        var qMissingNames = persons && AllNamesMatched(ct, qt, cPartner, cJoin, cAbbr, out var matchedC, out var cByInitial) && matchedC >= 2
            && !(cByInitial && HasUnmatchedName(qt, qPartner, qJoin, qAbbr));
        var cMissingNames = persons && AllNamesMatched(qt, ct, qPartner, qJoin, qAbbr, out var matchedQ, out var qByInitial) && matchedQ >= 2
            && !(qByInitial && HasUnmatchedName(ct, cPartner, cJoin, cAbbr));
        var missingNamesNoted = false;

        // outside people's names, descriptors (concepts, common words: plant, armament) that one side leaves out cost less
        // than distinctive words (Stupino, Vympel); a candidate's distinctive words cost more when none of the query's
        // distinctive words was found (the query named only what the firm does: Special Design Bureau)
        // a name of descriptors only (Special Design Bureau, Radio Plant) is all its descriptors: the other side's further
        // descriptors are no detail there, they make another firm (Special Design Bureau of Transport Machine-Building)
        var anchored = persons || Anchored(qt, ct, qPartner, qJoin, qAbbr);
        var queryDescriptive = !persons && !HasDistinctive(qt, q, qPartner);
        var candidateDescriptive = !persons && !HasDistinctive(ct, c, cPartner);

        // a list name that only adds description to a query found whole (Vnesheconombank / State Corporation Bank for
        // Development and Foreign Economic Affairs Vnesheconombank) is the same party described more fully; description
        // the query lacks while the query has words of its own unfound (Zavod Proton / Proton) tells firms apart
        var queryComplete = !persons && Complete(qt, qPartner, qJoin, qAbbr, q, sim, m) && !FoundOnlyPlaces(ct, cPartner, cJoin, cAbbr);

        // a legal form on one side only says little; two legal forms of different classes tell firms apart (LLC / JSC)
        var legalConflict = Unmatched(qt, qPartner, TokenKind.LegalForm) && Unmatched(ct, cPartner, TokenKind.LegalForm);
        double maxMissQ = 0, maxMissC = 0, maxDescriptorMissQ = 0, maxDescriptorMissC = 0, maxOptionalMissQ = 0, maxOptionalMissC = 0;
        double maxQualifierMissQ = 0, maxQualifierMissC = 0; // the optional misses above with initials included
        List<string>? qInitials = null, cInitials = null;
        var unanchoredCost = false;
        bool otherThanKindQ = false, otherThanKindC = false;
        var extraDescription = 0.0;
        List<(int Comparison, int Token, bool Syllable)>? optionalCosts = null, optionalCostsC = null;
        for (var i = 0; i < n; i++)
        {
            if (qJoin[i] >= 0 || qAbbr[i] >= 0)
                continue;
            var wq = WeightOf(qt[i], persons);
            var j = qPartner[i];
            if (j >= 0)
            {
                var wc = WeightOf(ct[j], persons);

                // a word met by the other side's concept or learned group as written (Investa / investments) is worth
                // what that word of the description is worth, not what a rare name is
                if (!persons && MetAsDescription(ct, j) && !MetAsDescription(qt, i))
                    wq = Math.Min(wq, wc);
                else if (!persons && MetAsDescription(qt, i) && !MetAsDescription(ct, j))
                    wc = Math.Min(wc, wq);
                var w = wq + wc;
                var s = sim[(i * m) + j];
                num += s * w;
                den += w;
                comparisons.Add(new TokenComparison(qt[i].Text, ct[j].Text, s, w));
                continue;
            }

            if (!persons && OneWordWithTheOneBefore(qt, i, qPartner, qJoin, qAbbr))
                continue;
            var optional = q.IsOptional(i);
            if (optional)
            {
                if (IsInitials(qt[i]))
                    AddInitialUnits(qInitials ??= [], qt[i]);
                else
                    maxOptionalMissQ = Math.Max(maxOptionalMissQ, wq);
                maxQualifierMissQ = Math.Max(maxQualifierMissQ, wq);
                wq *= options.OptionalMissFactor; // a qualifier the other side leaves out: (ODK), named after A. Ya. Bereznyak
            }
            else if (qt[i].Kind == TokenKind.Patronymic && !c.HasPatronymic)
                wq *= options.MissingPatronymicFactor;
            else if (IsSecondInitial(qt, i) && !c.HasPatronymic)
                wq *= options.MissingPatronymicFactor; // S. V. Chemezov: the second initial is a patronymic the list leaves out
            else if (qMissingNames && qt[i].Kind == TokenKind.Word)
            {
                wq *= options.MissingNameFactor;
                missingNamesNoted = true;
            }

            var descriptor = !persons && qt[i].IsDescriptor;
            var missCost = qt[i].Kind == TokenKind.LegalForm ? (legalConflict ? options.LegalFormMissCost : options.LegalFormOneSideCost)
                : descriptor && !candidateDescriptive ? options.QueryDescriptorMissCost
                : options.QueryMissCost;
            var cost = 2 * wq * missCost;
            den += cost;
            comparisons.Add(new TokenComparison(qt[i].Text, null, 0.0, cost));
            if (optional)
            {
                if (q.HasHan || q.HasKana)
                    (optionalCosts ??= []).Add((comparisons.Count - 1, i, qt[i].IsHan || qt[i].IsKana));
                continue;
            }

            if (descriptor)
            {
                maxDescriptorMissQ = Math.Max(maxDescriptorMissQ, wq);
                otherThanKindQ |= !(qt[i].Kind == TokenKind.Concept && IndustrialVocabulary.IsKindOfBody(qt[i].Key));
            }
            else if (qt[i].Kind is TokenKind.Word or TokenKind.Number && wq > maxMissQ)
                maxMissQ = wq;
        }

        for (var j = 0; j < m; j++)
        {
            if (cPartner[j] >= 0 || cJoin[j] >= 0 || cAbbr[j] >= 0 || (!persons && OneWordWithTheOneBefore(ct, j, cPartner, cJoin, cAbbr)))
                continue;
            var wc = WeightOf(ct[j], persons);
            // a name of descriptors only is all it says: the list's qualifier (… of the Cable Industry) is another firm
            var optional = c.IsOptional(j) && !queryDescriptive;
            if (optional)
            {
                if (IsInitials(ct[j]))
                    AddInitialUnits(cInitials ??= [], ct[j]);
                else
                    maxOptionalMissC = Math.Max(maxOptionalMissC, wc);
                maxQualifierMissC = Math.Max(maxQualifierMissC, wc);
                wc *= options.OptionalMissFactor;
            }
            else if (ct[j].Kind == TokenKind.Patronymic && !q.HasPatronymic)
                wc *= options.MissingPatronymicFactor;
            else if (IsSecondInitial(ct, j) && !q.HasPatronymic)
                wc *= options.MissingPatronymicFactor; // A. V. Bortnikov on the list, Aleksandr Bortnikov asked
            else if (cMissingNames && ct[j].Kind == TokenKind.Word)
            {
                wc *= options.MissingNameFactor;
                missingNamesNoted = true;
            }

            var descriptor = !persons && ct[j].IsDescriptor;
            var distinctive = ct[j].Kind is TokenKind.Word or TokenKind.Number && !descriptor && !optional;
            var unanchored = (distinctive && !anchored) || (descriptor && queryDescriptive && !OpensOneWordOfConcepts(ct, j));
            var missCost = ct[j].Kind == TokenKind.LegalForm ? (legalConflict ? options.LegalFormMissCost : options.LegalFormOneSideCost)
                : unanchored ? options.CandidateUnanchoredMissCost
                : descriptor ? (queryComplete ? options.CandidateExtraDescriptorCost : options.CandidateDescriptorMissCost)
                : options.CandidateMissCost;
            unanchoredCost |= unanchored;
            var cost = 2 * wc * missCost;
            if (descriptor && queryComplete && !unanchored)
            {
                // a long description on the list's side (Bank for Development and Foreign Economic Affairs) is worth
                // no more than a share of what was found
                cost = Math.Min(cost, Math.Max(0, (options.ExtraDescriptionCap * num) - extraDescription));
                extraDescription += cost;
            }

            den += cost;
            comparisons.Add(new TokenComparison(null, ct[j].Text, 0.0, cost));
            if (optional)
            {
                if (c.HasHan || c.HasKana)
                    (optionalCostsC ??= []).Add((comparisons.Count - 1, j, ct[j].IsHan || ct[j].IsKana));
                continue;
            }

            if (descriptor)
            {
                maxDescriptorMissC = Math.Max(maxDescriptorMissC, wc);
                otherThanKindC |= !(ct[j].Kind == TokenKind.Concept && IndustrialVocabulary.IsKindOfBody(ct[j].Key));
            }
            else if (distinctive && wc > maxMissC)
                maxMissC = wc;
        }

        // a qualifier's word written in Han or kana is a token a syllable (以前掲載の氏名, previously listed name: seven): a run
        // of them left out (its kana particles, の, among them) costs what its costliest syllable does, as one word (only a
        // side with Han or kana can have such a run: the others' qualifiers are not gathered)
        den -= OneQualifierCost(comparisons, optionalCosts) + OneQualifierCost(comparisons, optionalCostsC);

        if (missingNamesNoted)
            (notes ??= []).Add("every name of one side matched: the other side's further names cost little");
        if (unanchoredCost)
            (notes ??= []).Add("no distinctive word of the query found (or it has none): the candidate's further words cost more");
        if (maxMissQ > 0 && maxMissC > 0)
        {
            var conflict = 2 * options.ConflictCost * Math.Min(maxMissQ, maxMissC);
            den += conflict;
            (notes ??= []).Add("distinctive tokens differ on both sides");
        }

        // an honoree's initials left unpaired on both sides that spell the same letters (Y.M. / YA M: Я written y and ya)
        // are the same initials written another way; other initials (V.A. / A.A.) and codes ((UK) / (CY)) still differ
        if (qInitials is null || cInitials is null || !SameInitials(qInitials, cInitials))
        {
            maxOptionalMissQ = maxQualifierMissQ;
            maxOptionalMissC = maxQualifierMissC;
        }

        if (maxOptionalMissQ > 0 && maxOptionalMissC > 0)
        {
            // a qualifier each side keeps and the other lacks is another qualifier: Central Bank of the Russian Federation
            // is not the Central Bank of the Islamic Republic of Iran
            den += 2 * options.ConflictCost * Math.Min(maxOptionalMissQ, maxOptionalMissC);
            (notes ??= []).Add("qualifiers differ on both sides");
        }

        // descriptors each side leaves out tell firms apart (Transport Machine-Building / Instrument Making), but kinds of
        // body only (NPO POLET, a scientific production association / Scientific and Production Enterprise Polyot) are
        // one body another publisher calls by another kind: each still costs its miss, not the conflict besides
        if (maxDescriptorMissQ > 0 && maxDescriptorMissC > 0 && (otherThanKindQ || otherThanKindC))
        {
            den += 2 * options.DescriptorConflictCost * Math.Min(maxDescriptorMissQ, maxDescriptorMissC);
            (notes ??= []).Add("descriptors differ on both sides");
        }

        var score = den > 0 ? num / den : 0.0;

        // two names of descriptors only are told apart by their order: Special Design Bureau of Machine-Building (SKBM,
        // Kurgan) is not the Design Bureau of Special Machine-Building (KBSM, St Petersburg)
        if (queryDescriptive && candidateDescriptive && score > 0 && Reattached(qt, ct, qPartner, cPartner) && !OnlyNeighboursSwapped(qt, qPartner))
        {
            score *= options.OrderConflictFactor;
            (notes ??= []).Add("names of descriptors only, in another order: another firm?");
        }

        // legal forms of different classes (AO / LLC) and a name met only in another spelling (SIGNALTEK / SIGNATEK): each
        // a sign of another firm, together no alert
        if (!persons && legalConflict && score > options.AcronymScore && OnlyFuzzy(qt, qPartner, sim, m) && FormsOfOtherClasses(qt, qPartner, ct, cPartner))
        {
            score = options.AcronymScore;
            (notes ??= []).Add("legal forms of different classes, and the name found only in another spelling: review at most");
        }

        if (!persons && score > options.AcronymScore && (OnlyAbbreviated(qt, qPartner, qJoin, qAbbr, ct, cAbbr) || OnlyAbbreviated(ct, cPartner, cJoin, cAbbr, qt, qAbbr)))
        {
            score = options.AcronymScore; // AKB MFK: every word of the query an acronym of the other name's words
            (notes ??= []).Add("every word found is an acronym or a contraction: review at most");
        }

        return new NameScore(Math.Clamp(score, 0.0, 1.0), "token-alignment", comparisons, (IReadOnlyList<string>?)notes ?? []);
    }

    /// <summary>
    /// A run of tokens as the explanation shows it: the tokens of one phrase of several concepts (NII: research, institute),
    /// each holding the phrase's text, written once.
    /// </summary>
    private static string RunText(IEnumerable<string> texts)
    {
        var shown = new List<string>();
        foreach (var text in texts)
        {
            if (shown.Count == 0 || !string.Equals(shown[^1], text, StringComparison.Ordinal))
                shown.Add(text);
        }

        return string.Join(' ', shown);
    }

    /// <summary>What a phrase of several concepts is met at by its last concept alone, a kind of firm (research institute / institute).</summary>
    private const double PartialSim = 0.9;

    /// <summary>
    /// The concepts of <paramref name="singleSide"/> made of other concepts (<see cref="PhraseTable.ComponentsOf"/>: research
    /// institute) whose concepts are all left on the other side, apart or in another order (Central Research Radio
    /// Engineering Institute): met as a join is, at <see cref="NameMatcherOptions.KeyEqualSimilarity"/>; or whose last
    /// concept, a kind of body (<see cref="IndustrialVocabulary.IsKindOfBody"/>), is left there without the concepts that qualify it (Polyus
    /// Institute / Research Institute Polyus), at <see cref="PartialSim"/>.
    /// </summary>
    private void MatchComponents(
        PreparedToken[] singleSide,
        PreparedToken[] partsSide,
        Span<int> singlePartner,
        Span<int> partsPartner,
        Span<int> singleJoin,
        Span<int> partsJoin,
        Span<int> singleAbbr,
        Span<int> partsAbbr,
        bool fromQuery,
        List<TokenComparison> comparisons,
        ref double num,
        ref double den,
        ref List<string>? notes)
    {
        Span<int> at = stackalloc int[3];
        for (var i = 0; i < singleSide.Length; i++)
        {
            if (singleSide[i].Kind != TokenKind.Concept || singlePartner[i] >= 0 || singleJoin[i] >= 0 || singleAbbr[i] >= 0
                || IndustrialVocabulary.Table.ComponentsOf(singleSide[i].Key) is not { } parts)
                continue;
            var found = 0;
            var head = false;
            for (var k = 0; k < parts.Length; k++)
            {
                for (var j = 0; j < partsSide.Length; j++)
                {
                    if (partsSide[j].Kind == TokenKind.Concept && partsPartner[j] < 0 && partsJoin[j] < 0 && partsAbbr[j] < 0
                        && string.Equals(partsSide[j].Key, parts[k], StringComparison.Ordinal) && !at[..found].Contains(j))
                    {
                        at[found++] = j;
                        head |= k == parts.Length - 1 && IndustrialVocabulary.IsKindOfBody(parts[k]);
                        break;
                    }
                }
            }

            if (found < parts.Length && !(found > 0 && head))
                continue;
            singleJoin[i] = at[0];
            var run = MeetRun(singleSide[i], i, partsSide, at[..found], partsJoin, found < parts.Length ? PartialSim : options.KeyEqualSimilarity, fromQuery, comparisons, ref num, ref den);
            (notes ??= []).Add("a phrase met by its words written apart: " + singleSide[i].Text + " = " + run);
        }
    }

    /// <summary>
    /// The tokens of <paramref name="singleSide"/> that are runs of 2–3 adjacent tokens of the other side joined, and, where
    /// <paramref name="syllables"/> (the other side has Chinese characters, and sounds are compared), a Latin word that a run
    /// of up to <see cref="HanSounds.MaxSyllables"/> characters' syllables writes by its sounds (图波列夫, tu bo lie fu:
    /// Tupolev), at <see cref="HanSounds.Similarity"/>; and, where <paramref name="kana"/> (a side has katakana, and sounds
    /// are compared), a katakana word and Latin words joined, either way round (<see cref="KanaRun"/>), at <see cref="Kana.Similarity"/>.
    /// </summary>
    private void MatchJoins(
        PreparedToken[] singleSide,
        PreparedToken[] runSide,
        Span<int> singlePartner,
        Span<int> runPartner,
        Span<int> singleJoin,
        Span<int> runJoin,
        Span<int> singleAbbr,
        Span<int> runAbbr,
        bool fromQuery,
        bool syllables,
        bool kana,
        List<TokenComparison> comparisons,
        ref double num,
        ref double den,
        ref List<string>? notes)
    {
        for (var i = 0; i < singleSide.Length; i++)
        {
            if (singlePartner[i] >= 0 || singleJoin[i] >= 0 || singleAbbr[i] >= 0 || !IsJoinable(singleSide[i]))
                continue;
            var single = JoinKey(singleSide[i]);
            var latin = syllables && singleSide[i] is { Kind: TokenKind.Word, IsHan: false, IsAbjad: false, IsKana: false };

            // the best run, not the first: hehuixin is he hui xin (合汇鑫) joined, not hui xin with a letter or two more
            double best = 0;
            int bestStart = -1, bestLength = 0;
            for (var length = 2; length <= (latin ? HanSounds.MaxSyllables : 3) && best < 1.0; length++)
            {
                for (var j = 0; j + length <= runSide.Length && best < 1.0; j++)
                {
                    int letters = 0, concepts = 0;
                    var free = true;
                    for (var k = j; k < j + length && free; k++)
                    {
                        var t = runSide[k];
                        free = runPartner[k] < 0 && runJoin[k] < 0 && runAbbr[k] < 0 && IsJoinable(t);
                        letters += t.Kind == TokenKind.Word ? t.Key.Length : t.Text.Length;
                        concepts += t.Kind == TokenKind.Concept ? 1 : 0;
                    }

                    double s = 0.0;
                    if (!free)
                        continue;
                    if (AbjadRun(singleSide[i], runSide, j, length))
                    {
                        // an abjad's words against Latin ones, joined (نصر الله / Nasrallah, Abd al-Rahman / عبد الرحمن)
                        var texts = JoinedText(runSide, j, length);
                        s = singleSide[i].IsAbjad ? Abjad.Compare(singleSide[i].Text, texts) : Abjad.Compare(texts, singleSide[i].Text, article: false);
                    }
                    else
                    {
                        // the joined form may lose or gain a letter or two (a doubled letter, a linking vowel); a concept's
                        // key (computed only now) may be a little shorter than its text
                        if (length <= 3 && single.Length >= letters - 2 - (2 * concepts) && single.Length <= letters + 2)
                        {
                            var joined = length == 2
                                ? string.Concat(JoinKey(runSide[j]), JoinKey(runSide[j + 1]))
                                : string.Concat(JoinKey(runSide[j]), JoinKey(runSide[j + 1]), JoinKey(runSide[j + 2]));
                            s = Math.Abs(single.Length - joined.Length) <= 2 ? JoinedSimilarity(single, joined) : 0.0;
                        }

                        if (latin && s < HanSounds.Similarity && HanRun(runSide, j, length) is { } run)
                            s = HanSounds.Compare(run, singleSide[i].Text, runSide[j].IsHangul); // a foreign name in Chinese characters or Hangul

                        // a katakana word against Latin words it writes as one (アブドゥル, abuduru: Abdul, read abd al), or a
                        // Latin word against the katakana words it is written with (Abdullah: アブド・アッラー), by their
                        // skeleton joined
                        if (kana && s < Kana.Similarity && length <= 3 && KanaRun(singleSide[i], runSide, j, length))
                        {
                            var joined = JoinedText(runSide, j, length);
                            var words = new PreparedToken(joined, joined, TokenKind.Word);
                            s = singleSide[i].IsKana ? Kana.Compare(singleSide[i], words) : Kana.Compare(words, singleSide[i]);
                        }
                    }

                    // of runs met alike by sounds, the longest: 伊万诺夫 yi wan nuo fu is Ivanov whole, its yi a vowel of it
                    if (s > best || (s > 0 && s == best && s == HanSounds.Similarity && length > bestLength))
                        (best, bestStart, bestLength) = (s, j, length);
                }
            }

            if (best <= 0)
                continue;
            singleJoin[i] = bestStart;
            MeetRun(singleSide[i], i, runSide, bestStart, bestLength, runJoin, best, fromQuery, comparisons, ref num, ref den);
            (notes ??= []).Add("joined tokens compared with one");
        }
    }

    /// <summary>
    /// The words of <paramref name="singleSide"/> that are syllabic contractions of a run of two or three adjacent free
    /// tokens of the other side (<see cref="Contracts(string, ReadOnlySpan{string[]})"/>: Sovcomflot = Sovremennyy
    /// Kommercheskiy Flot, Uralsib = Ural Siberian, Chelpipe = Chelyabinsk Pipe), or of two in the other order, as English
    /// translates a Russian noun and its genitive (Tekhmash, технологии машиностроения: Machine Engineering
    /// Technologies), compared with the run at
    /// <see cref="NameMatcherOptions.ContractionSimilarity"/> and counted as abbreviations (a name found only so is review at
    /// most). A word paired only fuzzily with one word of a run it contracts (Rustitan ~ Russian) is taken from it for the run.
    /// </summary>
    private void MatchContractions(
        PreparedToken[] singleSide,
        PreparedToken[] runSide,
        Span<int> singlePartner,
        Span<int> runPartner,
        Span<int> singleJoin,
        Span<int> runJoin,
        Span<int> singleAbbr,
        Span<int> runAbbr,
        Span<double> sim,
        bool fromQuery,
        List<TokenComparison> comparisons,
        ref double num,
        ref double den,
        ref List<string>? notes)
    {
        var m = fromQuery ? runSide.Length : singleSide.Length;
        string[]?[]? runKeys = null; // the other side's contraction keys, made once, and only where a word may be a contraction
        string[][]? keys = null;
        for (var i = 0; i < singleSide.Length; i++)
        {
            var t = singleSide[i];
            var partner = singlePartner[i];
            if (singleJoin[i] >= 0 || singleAbbr[i] >= 0 || !MayBeContraction(t)
                || (partner >= 0 && sim[fromQuery ? (i * m) + partner : (partner * m) + i] >= options.KeyEqualSimilarity))
                continue;
            var single = ContractionKey(t)!;
            if (runKeys is null)
            {
                runKeys = new string[]?[runSide.Length];
                for (var k = 0; k < runSide.Length; k++)
                    runKeys[k] = runSide[k].ContractionKeys;
                keys = new string[MaxContractionParts][];
            }

            var found = false;
            for (var length = 2; length <= MaxContractionParts && !found; length++)
            {
                for (var j = 0; j + length <= runSide.Length && !found; j++)
                {
                    // the run's tokens free, but for the single's fuzzy partner, which must be of the run if it has one
                    var free = partner < 0 || (partner >= j && partner < j + length);
                    for (var k = j; k < j + length && free; k++)
                    {
                        var key = (runPartner[k] < 0 || k == partner) && runJoin[k] < 0 && runAbbr[k] < 0 ? runKeys[k] : null;
                        free = key is not null;
                        keys![k - j] = key ?? [];
                    }

                    if (!free || !(Contracts(single, keys.AsSpan(0, length)) || (length == 2 && Contracts(single, [keys![1], keys[0]]))))
                        continue;
                    found = true;
                    if (partner >= 0)
                    {
                        runPartner[partner] = -1; // the fuzzy pair gives way to the contraction
                        singlePartner[i] = -1;
                    }

                    singleAbbr[i] = j;
                    var run = MeetRun(t, i, runSide, j, length, runAbbr, options.ContractionSimilarity, fromQuery, comparisons, ref num, ref den);
                    (notes ??= []).Add("contraction of the beginnings of words: " + t.Text + " = " + run);
                }
            }
        }
    }

    /// <summary>The fewest letters of each word a contraction takes (Sov-com-flot).</summary>
    internal const int MinContractionPart = 3;

    /// <summary>The most words a contraction is made of.</summary>
    internal const int MaxContractionParts = 3;

    /// <summary>Whether a token may be a contraction: a word of two parts' letters at least, no Russian adjective in -sk-.</summary>
    internal static bool MayBeContraction(PreparedToken t) =>
        t.Kind == TokenKind.Word && !t.IsAbjad && !t.IsHan && t.Key.Length >= 2 * MinContractionPart && !IsSkAdjective(t.Text);

    // the endings of a Russian adjective after -sk- (Uralski, Kazanskiy, Permskaya; not Moskva)
    private static readonly string[] SkAdjectiveEndings =
        ["i", "y", "ii", "iy", "ij", "yi", "yy", "iye", "ie", "ye", "aya", "aia", "oye", "oe", "oy", "oi", "ogo", "omu", "ikh", "im", "om", "uyu"];

    /// <summary>A Russian adjective in -sk- (Uralski, Kazanskiy): no contraction, though its -ski may begin Scientific.</summary>
    private static bool IsSkAdjective(string text)
    {
        var sk = text.LastIndexOf("sk", StringComparison.Ordinal);
        if (sk < 2)
            return false;
        var ending = text.AsSpan(sk + 2);
        foreach (var e in SkAdjectiveEndings)
        {
            if (ending.SequenceEqual(e))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The key whose beginning a token gives a contraction, or null when it gives none: a word's key; a one-word
    /// concept's or a learned group's key as written (Technologies, Pipe); a final ch or kh, which the key makes a k (tech,
    /// Rostekh), as the h it is elsewhere (Sbertech, Smartturbotekh / Sberbank Tekhnologii).
    /// </summary>
    internal static string? ContractionKey(PreparedToken t)
    {
        if (!IsJoinable(t))
            return null;
        var key = t.Kind == TokenKind.Word && !Lexicon.IsWordGroup(t.Key) ? t.Key : t.AsWritten.Key;
        return key.Length > 1 && key[^1] == 'k' && (t.Text.EndsWith("ch", StringComparison.Ordinal) || t.Text.EndsWith("kh", StringComparison.Ordinal))
            ? string.Concat(key.AsSpan(0, key.Length - 1), "h")
            : key;
    }

    /// <summary>
    /// The keys whose beginning a token gives a contraction: its <see cref="ContractionKey"/>, and for a concept the keys of
    /// its Russian spellings (<see cref="PhraseTable.ContractionStemsOf"/>: Russian as rosiisk*, so that Roselektronika
    /// contracts Russian Electronics); null when it gives none.
    /// </summary>
    internal static string[]? ContractionKeys(PreparedToken t)
    {
        var key = ContractionKey(t);
        var stems = IndustrialVocabulary.ContractionStemsOf(t);
        return stems is null ? (key is null ? null : [key])
            : key is null ? stems // a concept written in words (俄罗斯, e luo si): its Russian stems only
            : [key, .. stems];
    }

    /// <summary>
    /// Whether <paramref name="single"/> is, whole, the beginnings of a run of tokens in order, each part the beginning of
    /// one of its token's keys (<paramref name="alternatives"/>, <see cref="ContractionKeys"/>) of
    /// <see cref="MinContractionPart"/> letters or more, one part at least shorter than its key; the last part may be a
    /// whole stem (a key ending in *) and an ending of up to <see cref="MaxContractionEnding"/> letters (Roselektronik-a).
    /// </summary>
    internal static bool Contracts(string single, ReadOnlySpan<string[]> alternatives)
    {
        // reachable[k] (bit 0: every part so far whole, bit 1: one cut short): the first k letters are spelled
        Span<byte> reachable = stackalloc byte[single.Length + 1];
        Span<byte> next = stackalloc byte[single.Length + 1];
        reachable[0] = 1;
        for (var p = 0; p < alternatives.Length; p++)
        {
            next.Clear();
            var any = false;
            foreach (var alternative in alternatives[p])
            {
                var stem = alternative.EndsWith('*');
                var key = stem ? alternative.AsSpan(0, alternative.Length - 1) : alternative.AsSpan();
                any |= Step(single, key, reachable, next);
                if (!stem || p + 1 < alternatives.Length)
                    continue;
                for (var k = Math.Max(0, single.Length - key.Length - MaxContractionEnding); k + key.Length < single.Length; k++)
                {
                    if (reachable[k] != 0 && single.AsSpan(k).StartsWith(key, StringComparison.Ordinal))
                    {
                        next[single.Length] |= reachable[k];
                        any = true;
                    }
                }
            }

            if (!any)
                return false;
            next.CopyTo(reachable);
        }

        return (reachable[single.Length] & 2) != 0;
    }

    /// <summary>The most letters of a case ending after a whole stem that ends a contraction (-a of Roselektronika).</summary>
    private const int MaxContractionEnding = 3;

    /// <summary>
    /// One part of a contraction: from each reachable letter of <paramref name="single"/>, the beginnings of
    /// <paramref name="key"/> of <see cref="MinContractionPart"/> letters or more it spells, marked in <paramref name="next"/>
    /// (bit 1 where the part is shorter than its key). Returns whether any was.
    /// </summary>
    private static bool Step(string single, ReadOnlySpan<char> key, ReadOnlySpan<byte> reachable, Span<byte> next)
    {
        var any = false;
        for (var k = 0; k < single.Length; k++)
        {
            if (reachable[k] == 0)
                continue;
            var common = 0;
            while (common < key.Length && k + common < single.Length && single[k + common] == key[common])
                common++;
            for (var l = MinContractionPart; l <= common; l++)
            {
                next[k + l] |= l < key.Length ? (byte)2 : reachable[k];
                any = true;
            }

            // a final k for the kh the key writes h, as brands end (Ros-tec: Rossiyskie Tekhnologii, Russian Technologies)
            if (k + common == single.Length - 1 && single[^1] == 'k' && common < key.Length && key[common] == 'h' && common + 1 >= MinContractionPart)
            {
                next[single.Length] |= common + 1 < key.Length ? (byte)2 : reachable[k];
                any = true;
            }

            // a part that begins with the letter the part before it ended in, written once in the key, which writes a
            // doubled letter once (Ros-selkhoz-bank: the key reads roselhozbank)
            if (k > 0 && key.Length > 0 && single[k - 1] == key[0])
            {
                var shared = 1;
                while (shared < key.Length && k + shared - 1 < single.Length && single[k + shared - 1] == key[shared])
                    shared++;
                for (var l = MinContractionPart; l <= shared; l++)
                {
                    next[k + l - 1] |= l < key.Length ? (byte)2 : reachable[k];
                    any = true;
                }
            }
        }

        return any;
    }

    /// <summary>
    /// One token of a side meeting the run <paramref name="runSide"/>[<paramref name="start"/> .. +<paramref name="length"/>)
    /// of the other (a join, a contraction, an abbreviation): the run marked as met by token <paramref name="single"/>
    /// in <paramref name="runMark"/>, the pair counted at <paramref name="similarity"/> with the token's weight and the
    /// run's mean weight, and explained. Returns the run as text.
    /// </summary>
    private string MeetRun(
        PreparedToken token,
        int single,
        PreparedToken[] runSide,
        int start,
        int length,
        Span<int> runMark,
        double similarity,
        bool fromQuery,
        List<TokenComparison> comparisons,
        ref double num,
        ref double den)
    {
        Span<int> at = stackalloc int[length];
        for (var k = 0; k < length; k++)
            at[k] = start + k;
        return MeetRun(token, single, runSide, at, runMark, similarity, fromQuery, comparisons, ref num, ref den);
    }

    /// <summary>As <see cref="MeetRun(PreparedToken, int, PreparedToken[], int, int, Span{int}, double, bool, List{TokenComparison}, ref double, ref double)"/>, for the tokens <paramref name="at"/>, adjacent or not.</summary>
    private string MeetRun(
        PreparedToken token,
        int single,
        PreparedToken[] runSide,
        ReadOnlySpan<int> at,
        Span<int> runMark,
        double similarity,
        bool fromQuery,
        List<TokenComparison> comparisons,
        ref double num,
        ref double den)
    {
        var runWeight = 0.0;
        var texts = new string[at.Length];
        for (var k = 0; k < at.Length; k++)
        {
            runMark[at[k]] = single;
            runWeight += WeightOf(runSide[at[k]]);
            texts[k] = runSide[at[k]].Text;
        }

        var w = WeightOf(token) + (runWeight / at.Length);
        num += similarity * w;
        den += w;
        var run = RunText(texts);
        comparisons.Add(fromQuery ? new TokenComparison(token.Text, run, similarity, w) : new TokenComparison(run, token.Text, similarity, w));
        return run;
    }

    /// <summary>
    /// What a token contributes to a joined form: a word its key; a one-word concept (sea, port) the key of the word as
    /// written, as its concept id says nothing of the letters; anything else (numbers, legal forms) cannot be joined.
    /// </summary>
    private static string JoinKey(PreparedToken t) => t.Kind == TokenKind.Word ? t.Key : Transliterator.PhoneticKey(t.Text);

    /// <summary>
    /// Leaves to the join pass a word of <paramref name="singles"/> that two adjacent words of <paramref name="runs"/> of
    /// the other writing make joined (Abdallah: عبد الله), as it does for two words of one writing: paired with one half
    /// (عبد ~ Ubaidi) it would take a word another half needs. <paramref name="sim"/> is by query row, <paramref name="m"/>
    /// candidate columns; <paramref name="queryRuns"/> when the runs are the query's.
    /// </summary>
    private static void LeaveAbjadJoins(PreparedToken[] singles, PreparedToken[] runs, Span<double> sim, int m, bool queryRuns)
    {
        for (var a = 0; a < singles.Length; a++)
        {
            for (var b = 0; b + 1 < runs.Length; b++)
            {
                if (!AbjadRun(singles[a], runs, b, 2))
                    continue;
                var joined = runs[b].Text + runs[b + 1].Text;
                if ((singles[a].IsAbjad ? Abjad.Compare(singles[a].Text, joined) : Abjad.Compare(joined, singles[a].Text, article: false)) <= 0)
                    continue;
                for (var k = b; k <= b + 1; k++)
                    sim[queryRuns ? (k * m) + a : (a * m) + k] = 0;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="single"/> and the run of words it may be joined from are katakana and Latin, either way
    /// round (as <see cref="AbjadRun"/> is for an abjad).
    /// </summary>
    private static bool KanaRun(PreparedToken single, PreparedToken[] runSide, int start, int length)
    {
        if (!single.IsKana && !IsLatinWord(single))
            return false;
        for (var k = start; k < start + length; k++)
        {
            if (single.IsKana ? !IsLatinWord(runSide[k]) : runSide[k] is not { Kind: TokenKind.Word or TokenKind.Patronymic, IsKana: true })
                return false;
        }

        return true;

        static bool IsLatinWord(PreparedToken t) => t is { Kind: TokenKind.Word or TokenKind.Patronymic, IsKana: false, IsHan: false, IsAbjad: false };
    }

    /// <summary>The texts of tokens <paramref name="start"/> to +<paramref name="length"/> written as one word.</summary>
    private static string JoinedText(PreparedToken[] tokens, int start, int length) =>
        string.Concat(tokens.AsSpan(start, length).ToArray().Select(static t => t.Text));

    /// <summary>Whether <paramref name="single"/> and the run of words it may be joined from are of the two kinds of writing (an abjad's and Latin).</summary>
    private static bool AbjadRun(PreparedToken single, PreparedToken[] runSide, int start, int length)
    {
        if (single.Kind != TokenKind.Word)
            return false;
        for (var k = start; k < start + length; k++)
        {
            if (runSide[k].Kind != TokenKind.Word || runSide[k].IsAbjad == single.IsAbjad)
                return false;
        }

        return true;
    }

    /// <summary>
    /// The syllables of the run of <paramref name="length"/> tokens from <paramref name="start"/>, when each is a Chinese
    /// character's, or each a Hangul syllable and one a bare consonant (<see cref="PreparedToken.IsBareConsonant"/>); null otherwise.
    /// </summary>
    private static string[]? HanRun(PreparedToken[] tokens, int start, int length)
    {
        var bare = false;
        for (var k = start; k < start + length; k++)
        {
            if (!HanSounds.IsSyllable(tokens[k]) || tokens[k].IsHangul != tokens[start].IsHangul)
                return null;
            bare |= tokens[k].IsBareConsonant;
        }

        if (tokens[start].IsHangul && !bare)
            return null; // a Korean name, not a foreign one (IsBareConsonant)

        var run = new string[length];
        for (var k = 0; k < length; k++)
            run[k] = tokens[start + k].Text;
        return run;
    }

    /// <summary>
    /// Leaves unpaired a particle that binds the name after it (Abu, Bin, Ibn, Ben, Bint, Umm: father of, son of…) where the
    /// name after it is paired elsewhere: Abu Hasan is not the Abu of Hasan Abu Habib, whose Hasan is another of his names.
    /// Articles and particles between are passed over (Abu al-Hasan, アブ・アル・アシル); a particle with no name after it
    /// on one side (HASAN, Abu), or whose next names are paired to nothing, keeps its pair.
    /// </summary>
    private static void UnbindParticles(PreparedToken[] qt, PreparedToken[] ct, Span<int> qPartner, Span<int> cPartner)
    {
        for (var i = 0; i < qt.Length; i++)
        {
            var j = qPartner[i];
            if (j < 0 || !BindingParticles.Contains(qt[i].Key) || Bound(qt, ct, qPartner, cPartner, i + 1, j + 1))
                continue;
            qPartner[i] = -1;
            cPartner[j] = -1;
        }

        static bool Bound(PreparedToken[] qt, PreparedToken[] ct, Span<int> qPartner, Span<int> cPartner, int ni, int nj)
        {
            while (ni < qt.Length && nj < ct.Length)
            {
                if (qPartner[ni] == nj && !IsParticle(qt[ni]) && !IsParticle(ct[nj]))
                    return true;
                if (qPartner[ni] == nj)
                    (ni, nj) = (ni + 1, nj + 1);
                else if (qPartner[ni] < 0 && IsParticle(qt[ni]))
                    ni++;
                else if (cPartner[nj] < 0 && IsParticle(ct[nj]))
                    nj++;
                else
                    return qPartner[ni] < 0 && cPartner[nj] < 0;
            }

            return true;
        }

        static bool IsParticle(PreparedToken t) => NameParticles.Contains(t.Key);
    }

    /// <summary>
    /// Brings the costs of each run of adjacent tokens of a side's qualifiers left out (<paramref name="at"/>: the
    /// comparison and the token of each, and whether it is a Han or kana syllable), half of them syllables or more, down to
    /// the costliest one's, scaled alike, so the explanation still sums to the score; returns the cost taken off.
    /// </summary>
    private static double OneQualifierCost(List<TokenComparison> comparisons, List<(int Comparison, int Token, bool Syllable)>? at)
    {
        if (at is not { Count: > 1 })
            return 0;
        var taken = 0.0;
        for (int start = 0, end; start < at.Count; start = end)
        {
            end = start + 1;
            while (end < at.Count && at[end].Token == at[end - 1].Token + 1)
                end++;
            double sum = 0, max = 0;
            var syllables = 0;
            for (var k = start; k < end; k++)
            {
                sum += comparisons[at[k].Comparison].Weight;
                max = Math.Max(max, comparisons[at[k].Comparison].Weight);
                syllables += at[k].Syllable ? 1 : 0;
            }

            if (end - start < 2 || 2 * syllables < end - start || sum <= 0)
                continue;
            for (var k = start; k < end; k++)
                comparisons[at[k].Comparison] = comparisons[at[k].Comparison] with { Weight = comparisons[at[k].Comparison].Weight * max / sum };
            taken += sum - max;
        }

        return taken;
    }

    /// <summary>The particles of <see cref="UnbindParticles"/>: each names a person by the name after it.</summary>
    private static readonly HashSet<string> BindingParticles =
        new(new[] { "abu", "abou", "bin", "ben", "ibn", "bint", "umm" }.Select(Transliterator.PhoneticKey), StringComparer.Ordinal);

    /// <summary>The keys of the particles of people's names (articles, son of, father of, of), which abbreviate nothing.</summary>
    private static readonly HashSet<string> NameParticles =
        new(new[] { "al", "el", "ul", "bin", "ben", "ibn", "bint", "abu", "de", "da", "del", "van", "von", "der" }.Select(Transliterator.PhoneticKey), StringComparer.Ordinal);

    private static bool IsJoinable(PreparedToken t) =>
        t.Kind == TokenKind.Word || (t.Kind == TokenKind.Concept && !t.Text.Contains(' ', StringComparison.Ordinal));

    private void MatchAbbreviations(
        PreparedToken[] abbrSide,
        PreparedToken[] runSide,
        Span<int> abbrPartner,
        Span<int> runPartner,
        Span<int> abbrUsed,
        Span<int> runUsed,
        bool fromQuery,
        bool persons,
        List<TokenComparison> comparisons,
        ref double num,
        ref double den,
        ref List<string>? notes)
    {
        for (var i = 0; i < abbrSide.Length; i++)
        {
            var a = abbrSide[i];
            var letters = a.Text;
            if (persons && NameParticles.Contains(a.Key))
                continue; // the Al of Al-Hakim, the bin of a nasab: a word of a person's name, no initials of his other names
            // a word, or a concept written as its acronym (NPK, a concept of the vocabulary, against Scientific and
            // Production Company, a spelling it lacks)
            var acronymConcept = a.Kind == TokenKind.Concept && !letters.Contains(' ', StringComparison.Ordinal);
            if (abbrPartner[i] >= 0 || abbrUsed[i] >= 0 || !(a.Kind == TokenKind.Word || acronymConcept) || a.IsAbjad || a.IsHan || letters.Length is < 2 or > Acronyms.MaxLength
                || !(letters.Length <= 4 || Acronyms.ReadsAsAcronym(letters)) || NameNormalizer.IsRomanNumeral(letters))
                continue; // a word that reads as a Roman numeral is dotted initials (I.I. Toropov), which spell no Interstate Corporation
            var found = false;
            for (var start = 0; start < runSide.Length && !found; start++)
            {
                // the run: free words, concepts and legal forms, at least two, at most one per letter; not begun by a
                // legal form, which says how the firm is incorporated, before its name: JSC (Bulgarian АД) and M(orskiye)
                // spell no ADM, LLC no IQ
                if (runSide[start].Kind == TokenKind.LegalForm)
                    continue;
                var end = start;
                while (end < runSide.Length && end - start < letters.Length && runPartner[end] < 0 && runUsed[end] < 0
                    && runSide[end].Kind is TokenKind.Word or TokenKind.Concept or TokenKind.LegalForm && runSide[end].Text.Length > 1)
                    end++;
                for (var stop = end; stop >= start + 2 && !found; stop--)
                {
                    if (!Acronyms.Spells(letters, runSide, start, stop))
                        continue;
                    found = true;
                    abbrUsed[i] = start;
                    var run = MeetRun(a, i, runSide, start, stop - start, runUsed, options.AbbreviationSimilarity, fromQuery, comparisons, ref num, ref den);
                    (notes ??= []).Add("abbreviation spelled by initials: " + a.Text + " = " + run);
                }
            }
        }
    }

    /// <summary>
    /// True when a distinctive token of the query (<see cref="IsDistinctive"/>) was found on the other side: matched to a
    /// word that is no concept or learned group (<see cref="MetAsDescription"/>), joined or abbreviated. A name met only by
    /// the other side's description (Investa by the investments of KRONVALIS INVESTMENT GROUP, Severin by Severnaya)
    /// anchors nothing.
    /// </summary>
    private bool Anchored(PreparedToken[] tokens, PreparedToken[] other, Span<int> partner, Span<int> join, Span<int> abbr)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (IsDistinctive(tokens[i]) && ((partner[i] >= 0 && !MetAsDescription(other, partner[i])) || join[i] >= 0 || abbr[i] >= 0))
                return true;
        }

        return false;
    }

    /// <summary>
    /// True when a word of the query stands before another matched word on the other side than in the query: Special
    /// Design Bureau of Machine-Building against Design Bureau of Special Machine-Building (special moved from the bureau
    /// to the machine-building). A block moved as a whole, as translation does (Design Bureau of Instrument Making /
    /// Instrument Making Design Bureau), is no such change.
    /// </summary>
    private static bool Reattached(PreparedToken[] qt, PreparedToken[] ct, Span<int> qPartner, Span<int> cPartner)
    {
        for (var i = 0; i < qt.Length; i++)
        {
            // legal forms stand where a publisher puts them (JSC Russian Helicopters, Vertolety Rossii AO): no word's neighbour
            var nextQ = NextWordOrConcept(qt, i);
            if (qt[i].Kind == TokenKind.LegalForm || nextQ < 0)
                continue;
            int here = qPartner[i], next = qPartner[nextQ];
            var nextC = here < 0 ? -1 : NextWordOrConcept(ct, here);
            if (next < 0 || nextC < 0)
                continue;
            var after = cPartner[nextC];
            if (after >= 0 && after != nextQ)
                return true;
        }

        return false;
    }

    /// <summary>
    /// True when the query's paired words stand in the other side's order but for neighbours that changed places, as
    /// translation turns a Russian genitive round (служба безопасности / security service, институт физики / physics
    /// institute); a word moved further (Special Design Bureau of Machine-Building / Design Bureau of Special
    /// Machine-Building) is no such swap.
    /// </summary>
    private static bool OnlyNeighboursSwapped(PreparedToken[] qt, Span<int> qPartner)
    {
        var order = new List<int>(qt.Length);
        for (var i = 0; i < qt.Length; i++)
        {
            if (qt[i].Kind != TokenKind.LegalForm && qPartner[i] >= 0)
                order.Add(qPartner[i]);
        }

        // the other side's positions as ranks 0 … n-1: in order but for ranks k+1, k written one after the other
        var ranks = order.Select(p => order.Count(x => x < p)).ToArray();
        var swapped = false;
        for (var k = 0; k < ranks.Length; k++)
        {
            if (ranks[k] == k)
                continue;
            if (k + 1 < ranks.Length && ranks[k] == k + 1 && ranks[k + 1] == k)
            {
                swapped = true;
                k++;
                continue;
            }

            return false;
        }

        return swapped;
    }

    /// <summary>The index of the first token after <paramref name="i"/> that is no legal form, or -1.</summary>
    private static int NextWordOrConcept(PreparedToken[] tokens, int i)
    {
        for (var k = i + 1; k < tokens.Length; k++)
        {
            if (tokens[k].Kind != TokenKind.LegalForm)
                return k;
        }

        return -1;
    }

    /// <summary>
    /// Russian research-institute acronyms read as words by their vowels (NIIHIT, GOSNIIP, UNIIKM): two i in a row mark
    /// them (НИИ).
    /// </summary>
    private static bool ManyVowelsAcronym(string text) => text.Contains("ii", StringComparison.Ordinal);

    /// <summary>
    /// True when some word or number of a side is an abbreviation or a contraction of the other side and none is matched
    /// otherwise. Asked of both sides: the list's INTERKOM HOLDING is found by INTERNATIONAL COMMUNICATIONS HOLDING through
    /// its contraction only, however the query's words are read (concepts here, not words). An acronym of descriptors
    /// only (VPK: military-industrial corporation) is a descriptor itself, as the words it stands for are: VPK NPO
    /// MASHINOSTROYENIYA is no name met through its acronym alone.
    /// </summary>
    private static bool OnlyAbbreviated(PreparedToken[] tokens, Span<int> partner, Span<int> join, Span<int> abbr, PreparedToken[] other, Span<int> otherAbbr)
    {
        var abbreviated = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Patronymic))
                continue;
            if (partner[i] >= 0 || join[i] >= 0)
                return false;
            abbreviated |= abbr[i] >= 0 && !(tokens[i].Text.Length <= 4 && AbbreviatesDescription(i, other, otherAbbr));
        }

        return abbreviated;
    }

    /// <summary>Whether the run token <paramref name="i"/> abbreviates on the other side is all concepts and legal forms.</summary>
    private static bool AbbreviatesDescription(int i, PreparedToken[] other, Span<int> otherAbbr)
    {
        var any = false;
        for (var k = 0; k < other.Length; k++)
        {
            if (otherAbbr[k] != i)
                continue;
            if (other[k].Kind is not (TokenKind.Concept or TokenKind.LegalForm))
                return false;
            any = true;
        }

        return any;
    }

    /// <summary>
    /// True when every token of the query but its legal forms and qualifiers is found: matched as written or in another
    /// form of the word (a fuzzy pair, Elekond / Elekon, is no such certainty), joined or abbreviated.
    /// </summary>
    private bool Complete(PreparedToken[] tokens, Span<int> partner, Span<int> join, Span<int> abbr, PreparedName name, Span<double> sim, int m)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.LegalForm || name.IsOptional(i) || join[i] >= 0 || abbr[i] >= 0)
                continue;
            if (partner[i] < 0 || sim[(i * m) + partner[i]] < Math.Min(options.StemSimilarity, options.KeyEqualSimilarity))
                return false;
        }

        return true;
    }

    /// <summary>
    /// True when each side has a legal form left unmatched that says what a firm is (joint-stock, limited liability, state,
    /// non-profit; not a company or corporation, which any may be called) and none of one side's is of the other's class.
    /// </summary>
    private static bool FormsOfOtherClasses(PreparedToken[] qt, Span<int> qPartner, PreparedToken[] ct, Span<int> cPartner)
    {
        bool anyQ = false, anyC = false;
        for (var i = 0; i < qt.Length; i++)
        {
            if (qt[i].Kind != TokenKind.LegalForm || qPartner[i] >= 0 || GenericForm(qt[i].Key))
                continue;
            anyQ = true;
            for (var j = 0; j < ct.Length; j++)
            {
                if (ct[j].Kind != TokenKind.LegalForm || cPartner[j] >= 0 || GenericForm(ct[j].Key))
                    continue;
                if (string.Equals(ct[j].Key, qt[i].Key, StringComparison.Ordinal))
                    return false;
                anyC = true;
            }
        }

        return anyQ && anyC;
    }

    private static bool GenericForm(string key) => key is "#lf:co" or "#lf:corp";

    /// <summary>
    /// True when the query's distinctive words (<see cref="IsDistinctive"/>) found are found only fuzzily, none as written,
    /// by its key or its stem; false when none is found.
    /// </summary>
    private bool OnlyFuzzy(PreparedToken[] tokens, Span<int> partner, Span<double> sim, int m)
    {
        var any = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (partner[i] < 0 || !IsDistinctive(tokens[i]))
                continue;
            if (sim[(i * m) + partner[i]] >= Math.Min(options.StemSimilarity, options.KeyEqualSimilarity))
                return false;
            any = true;
        }

        return any;
    }

    /// <summary>
    /// True when what was found of a side is places only (Novgorod), no word or concept besides: a place says where a firm
    /// is, not which, so the other side's further description is no mere detail (NOVY GOROD is not PRESSMAN PREMIUM
    /// PACKAGING NOVGOROD; Kazan Helicopters, a place and a concept, is still Kazan Helicopter Plant).
    /// </summary>
    private static bool FoundOnlyPlaces(PreparedToken[] tokens, Span<int> partner, Span<int> join, Span<int> abbr)
    {
        var places = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.LegalForm || (partner[i] < 0 && join[i] < 0 && abbr[i] < 0))
                continue;
            if (!Places.IsPlace(tokens[i]))
                return false;
            places++;
        }

        return places > 0;
    }

    /// <summary>True when a token of this kind is left unmatched on a side.</summary>
    private static bool Unmatched(PreparedToken[] tokens, Span<int> partner, TokenKind kind)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == kind && partner[i] < 0)
                return true;
        }

        return false;
    }

    /// <summary>
    /// True when a name has a distinctive token (<see cref="IsDistinctive"/>): in a qualifier only when it was found
    /// (Radiozavod (Penza) against PENZA BEARING PLANT is a name of descriptors; … named after N. L. Dukhov against DUKHOV
    /// AUTOMATICS RESEARCH INSTITUTE is not).
    /// </summary>
    private bool HasDistinctive(PreparedToken[] tokens, PreparedName name, Span<int> partner)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (IsDistinctive(tokens[i]) && (!name.IsOptional(i) || partner[i] >= 0))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a word met the other side's concept or learned group (by its spelling: Investa / investments, Severin /
    /// Severnaya): there it names what a firm does, as the concept would, and anchors no firm.
    /// </summary>
    private static bool MetAsDescription(PreparedToken[] other, int partner) =>
        other[partner].Kind == TokenKind.Concept || Lexicon.IsWordGroup(other[partner].Key);

    /// <summary>
    /// A word, number or patronymic that tells which party a name is: not a descriptor, or a common English word that is
    /// rare in the list (Tactical Missiles Corporation: tactical is a common word, and a rare one among listed names).
    /// </summary>
    private bool IsDistinctive(PreparedToken t) =>
        t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Patronymic
        && (!t.IsDescriptor || (statistics is not null && statistics.IsRare(t.Key)));

    /// <summary>Whether a side has a word of three letters or more left unmatched: a name, not a particle (al, de).</summary>
    private static bool HasUnmatchedName(PreparedToken[] tokens, Span<int> partner, Span<int> join, Span<int> abbr)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].Key.Length >= 3 && partner[i] < 0 && join[i] < 0 && abbr[i] < 0)
                return true;
        }

        return false;
    }

    /// <summary>
    /// True for the first of the concepts one written word stands for (NPO: research, production, association; KB: design,
    /// bureau): an acronym of the kind of body a firm is, which a name of descriptors only may leave out as it leaves out a
    /// legal form (High Precision Systems / JSC NPO HIGH PRECISION SYSTEMS).
    /// </summary>
    private static bool OpensOneWordOfConcepts(PreparedToken[] tokens, int i) =>
        i + 1 < tokens.Length && OneWrittenWord(tokens[i], tokens[i + 1]) && !tokens[i].Text.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// Whether unmatched token <paramref name="i"/> is a concept read, with the unmatched one before it, from one written
    /// word (NPO: research, production, association): the word left out costs once, as any other word does.
    /// </summary>
    private static bool OneWordWithTheOneBefore(PreparedToken[] tokens, int i, Span<int> partner, Span<int> join, Span<int> abbr) =>
        i > 0 && OneWrittenWord(tokens[i - 1], tokens[i]) && partner[i - 1] < 0 && join[i - 1] < 0 && abbr[i - 1] < 0;

    /// <summary>Two adjacent concepts of one written word or phrase: the tokens of a phrase of several concepts share its text.</summary>
    private static bool OneWrittenWord(PreparedToken a, PreparedToken b) =>
        a.Kind == TokenKind.Concept && b.Kind == TokenKind.Concept && string.Equals(a.Text, b.Text, StringComparison.Ordinal);

    /// <summary>
    /// True when every word, number and patronymic of a side is matched; <paramref name="matched"/> counts them, and
    /// <paramref name="byInitial"/> says whether a whole name was met only by an initial of <paramref name="others"/> (a
    /// Chinese character's syllable, 阿 a, is no initial).
    /// </summary>
    private static bool AllNamesMatched(PreparedToken[] tokens, PreparedToken[] others, Span<int> partner, Span<int> join, Span<int> abbr, out int matched, out bool byInitial)
    {
        matched = 0;
        byInitial = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Patronymic))
                continue;
            if (partner[i] < 0 && join[i] < 0 && abbr[i] < 0)
                return false;
            byInitial |= partner[i] >= 0 && tokens[i].Key.Length > 1 && IsInitial(others[partner[i]]) && !others[partner[i]].IsHan;
            if (!IsCompoundParticle(tokens[i].Key))
                matched++;
        }

        return true;

        // the abd and al of an Abd al- compound (Abdul Aziz: abd al aziz) make one name with the word after them, not three
        // (AZIZ, Abdul is one name matched in RAMADAN, Nizar Abd-Al-Aziz, not every name of a person of three)
        static bool IsCompoundParticle(string key) => key is "abd" or "al";
    }

    /// <summary>
    /// Two name keys whose last letters differ (a final h after a vowel left aside: Abdulla = Abdullah): a change at the
    /// end of a name makes another name (Daniel / Daniela, Ivanov / Ivanova, Christian / Christine, Shangfu / Shangkun),
    /// where a typo or a romanisation variant keeps the ending (Jonathan / Jonathon, Mohammed / Muhammad), as does a
    /// language's own form of one surname (-enko, Belarusian -enka), or the -ov, -ev Russian says -of, -ef and Greek and
    /// older spellings write so (Λαβρόφ, Lavrof; Smirnoff).
    /// </summary>
    internal static bool DifferentEnding(PreparedToken a, PreparedToken b)
    {
        var x = WithoutSilentH(a);
        var y = WithoutSilentH(b);
        return x.Length >= 3 && y.Length >= 3 && x[^1] != y[^1] && !BelarusianEnko(x, y) && !BelarusianEnko(y, x) && !DevoicedV(x, y);
    }

    /// <summary>
    /// Two keys of six letters or more ending alike in -ov or -ev but for f against v: Lavrof / Lavrov (not Yusof / Yusov:
    /// in a short name one letter is more of it).
    /// </summary>
    private static bool DevoicedV(ReadOnlySpan<char> x, ReadOnlySpan<char> y) =>
        x.Length >= 6 && y.Length >= 6 && x[^1] is 'f' or 'v' && y[^1] is 'f' or 'v' && x[^2] == y[^2] && x[^2] is 'o' or 'e';

    /// <summary>
    /// An initial or two run together (the Y.M. of "named after Y.M. Sverdlov"): left unpaired in a qualifier on both
    /// sides, where both spell the same letters (<see cref="SameInitials"/>), it is the honoree's initials romanised
    /// another way (YA M: Я is ya), not another qualifier.
    /// </summary>
    private static bool IsInitials(PreparedToken t) => t.Kind == TokenKind.Word && t.Key.Length <= 2;

    /// <summary>
    /// The initials a token of <see cref="IsInitials"/> stands for: a Cyrillic letter romanised with two (ya, yu, ye, yo,
    /// ts, kh) is one, any other letter one each (the Y.M. of an organisation's name is joined into ym; TSA is ts, a).
    /// </summary>
    private static void AddInitialUnits(List<string> units, PreparedToken t)
    {
        var text = t.Text;
        for (var k = 0; k < text.Length; k++)
        {
            if (k + 1 < text.Length && text.AsSpan(k, 2) is "ya" or "yu" or "ye" or "yo" or "ts" or "kh")
            {
                units.Add(text.Substring(k, 2));
                k++;
            }
            else
            {
                units.Add(text.Substring(k, 1));
            }
        }
    }

    /// <summary>
    /// Two runs of initials that spell the same letters: each pair equal, or a letter romanised with two against its one
    /// letter (Я: ya / y, Ц: ts / c, Х: kh / h); Yu and Ya are two letters, as are Zh and Z.
    /// </summary>
    private static bool SameInitials(List<string> a, List<string> b)
    {
        if (a.Count != b.Count)
            return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] == b[i])
                continue;
            var (two, one) = a[i].Length == 2 ? (a[i], b[i]) : (b[i], a[i]);
            if (two.Length != 2 || one.Length != 1 || one[0] != (two switch { "ts" => 'c', "kh" => 'h', "ye" or "yo" => 'e', _ => two[0] }))
                return false;
        }

        return true;
    }

    /// <summary>
    /// A surname in -ченко or -шенко, which Belarusian writes -чэнка, -чанка, -шэнка, -шанка: Lukashenko = Lukashenka,
    /// Andreichenko = Andreichanka (keyed -henko, -Senko); not other endings in -nko, which end given names too (Milenko /
    /// Milanka, Zdenko / Zdenka).
    /// </summary>
    private static bool BelarusianEnko(ReadOnlySpan<char> enko, ReadOnlySpan<char> enka) =>
        enko.Length >= 7 && enka.Length >= 7 && (enko.EndsWith("henko") || enko.EndsWith("Senko"))
        && enka[^5] == enko[^5] && (enka.EndsWith("enka") || enka.EndsWith("anka"));

    /// <summary>
    /// Outside people's names, two short words (six letters or fewer) that are not one word with a Russian case ending or
    /// a plural added (Makeyev / Makeyeva, Ural / Urals): a different ending makes another word there too (Yantar /
    /// Yantai, Tako / Takom).
    /// </summary>
    private static bool OtherShortWord(PreparedToken x, PreparedToken y)
    {
        string a = x.Key, b = y.Key;
        if (Math.Max(a.Length, b.Length) > 6 || IsPlaceAdjective(a, b, x.Text) || IsPlaceAdjective(b, a, y.Text))
            return false; // Tulsk = Tula, Odesskiy = Odessa
        if (a.Length == b.Length && VoicingPair(a[^1], b[^1]))
            return false; // a final consonant written voiced or not: Almaz / Almas
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return !(longer.Length == shorter.Length + 1 && (IsVowel(longer[^1]) || longer[^1] == 's') && longer.StartsWith(shorter, StringComparison.Ordinal));
    }

    /// <summary>Two consonants Russian tells apart only by voicing, which it loses at a word's end (з/с, в/ф, д/т, б/п, г/к, ж/ш).</summary>
    private static bool VoicingPair(char x, char y) =>
        (x, y) is ('z', 's') or ('s', 'z') or ('v', 'f') or ('f', 'v') or ('d', 't') or ('t', 'd') or ('b', 'p') or ('p', 'b')
            or ('g', 'k') or ('k', 'g') or ('Z', 'S') or ('S', 'Z');

    /// <summary>The key without a final h written after a vowel (the key may have made it a k, as in Rostekh).</summary>
    private static ReadOnlySpan<char> WithoutSilentH(PreparedToken t) =>
        t.Key.Length > 3 && t.Text.Length > 3 && t.Text[^1] == 'h' && IsVowel(t.Text[^2]) && t.Key[^1] is 'h' or 'k'
            ? t.Key.AsSpan(0, t.Key.Length - 1)
            : t.Key.AsSpan();

    /// <summary>Whether letter <paramref name="i"/> of a key stands between two vowels: there an s sounds z (composite = композит).</summary>
    private static bool BetweenVowels(string key, int i) => i > 0 && i + 1 < key.Length && IsVowel(key[i - 1]) && IsVowel(key[i + 1]);

    /// <summary>
    /// Whether <see cref="SameConsonants"/> (without voicing) lets the consonant stand for another: h, k, g, the key's C
    /// and s, the key's Z (one side's consonant another side may lack).
    /// </summary>
    internal static bool MayStandForAnother(char consonant) => consonant is 'h' or 'k' or 'g' or 'C' or 's' or 'Z';

    /// <summary>
    /// Two keys with the same consonants in the same order, vowels aside (but a single a against a single i: those
    /// vowels tell Arabic names apart), g and h alike in keys of five letters or more (Ukrainian writes г h: Puhachov /
    /// Pugachyov), h and k alike in keys of six letters or more
    /// (the key writes kh as h and c as k: Tekhmash / Tecmash; in short words they tell names apart: Zahir / Zakir), and
    /// so s and the key's C (c before e, i, y: Resources / Risorses), and g and the key's Z inside a word (the English g
    /// that sounds j, written дж in Russian: logistics / lodzhistiks), and, with <paramref name="voicing"/>, s and z between
    /// vowels in keys of eight letters or more (Composite / Kompozit; not Rezina / Resina, Kosarev / Kozarev): at
    /// least three consonants, or two when the keys
    /// start alike (or both with a vowel) and have five letters or more (Yusuf / Youssef, Osama / Usama). Allocation-free.
    /// </summary>
    internal static bool SameConsonants(string a, string b, bool voicing = false)
    {
        if (a.Length > 1 && b.Length > 1 && IsVowel(a[0]) && IsVowel(b[0]) && Glide(a) != Glide(b) && (Glide(a) ? !LeadingVowels(b).Contains(a[1]) : !LeadingVowels(a).Contains(b[1])))
            return false; // a word that begins with the y of я, ю, ё keeps its vowel without it (Yunistrim / Unistrim), not another one (Yantar / Inter)
        int i = 0, j = 0, consonants = 0;
        while (true)
        {
            int vi = i, vj = j;
            while (i < a.Length && IsVowel(a[i]))
                i++;
            while (j < b.Length && IsVowel(b[j]))
                j++;
            if (i - vi == 1 && j - vj == 1 && (a[vi], b[vj]) is ('a', 'i') or ('i', 'a'))
                return false; // a against i makes another name, not another spelling: Kamal / Kamil, Rashid / Rashad, Hamid / Hamad
            if (i == a.Length || j == b.Length)
                break;
            if (a[i] != b[j] && !(a[i] is 'h' or 'k' && b[j] is 'h' or 'k' && Math.Min(a.Length, b.Length) >= 6)
                && !(a[i] is 'g' or 'h' && b[j] is 'g' or 'h' && Math.Min(a.Length, b.Length) >= 5)
                && !(a[i] is 'C' or 's' && b[j] is 'C' or 's' && Math.Min(a.Length, b.Length) >= 6)
                && !(a[i] is 'Z' or 'g' && b[j] is 'Z' or 'g' && i > 0 && j > 0 && Math.Min(a.Length, b.Length) >= 6)
                && !(voicing && a[i] is 's' or 'z' && b[j] is 's' or 'z' && BetweenVowels(a, i) && BetweenVowels(b, j) && Math.Min(a.Length, b.Length) >= 8)
                && !(voicing && a[i] is 'C' or 'k' && b[j] is 'C' or 'k' && Math.Min(a.Length, b.Length) >= 5))
                return false;
            consonants++;
            i++;
            j++;
        }

        if (i != a.Length || j != b.Length)
            return false;
        return consonants >= 3
            || (consonants == 2 && (a[0] == b[0] || (IsVowel(a[0]) && IsVowel(b[0]))) && Math.Min(a.Length, b.Length) >= 5);
    }

    /// <summary>A key that begins with a y-glide: i before another vowel (ia, iu, ie, io).</summary>
    private static bool Glide(string key) => key[0] == 'i' && IsVowel(key[1]);

    private static ReadOnlySpan<char> LeadingVowels(string key)
    {
        var n = 0;
        while (n < key.Length && IsVowel(key[n]))
            n++;
        return key.AsSpan(0, n);
    }

    /// <summary>
    /// A Russian adjective in -sk- made from a place name (<c>tulski</c>, <c>permsk</c>, <c>kurgansk</c>: keys, whose
    /// endings are cut; see <see cref="EndsAsAdjective"/> for the text) against that
    /// place (<c>tula</c>, <c>perm</c>, <c>kurgan</c>): the stem before -sk- (at least three letters) is the place, or the
    /// place without its final vowel, with -en- or -in- after it (Penza / Penzenskiy), or a place in -sk itself; or the
    /// place with e or o between its last consonants (Kolomna / Kolomenskiy), its g become zh (Kaluga / Kaluzhskiy), its
    /// final s one with the s of -sk- where <paramref name="adjectiveText"/> writes them twice (Odessa / Odesskiy).
    /// </summary>
    internal static bool IsPlaceAdjective(string adjective, string place, string? adjectiveText = null)
    {
        var ck = adjective.LastIndexOf("Ck", StringComparison.Ordinal);
        if (ck > 0 && !adjective.Contains("sk", StringComparison.Ordinal))
            adjective = string.Concat(adjective.AsSpan(0, ck), "tsk", adjective.AsSpan(ck + 2)); // the key read t + sk as ts: vyatskoye
        var sk = SkStem(adjective);
        if (sk < 0)
            return false;
        for (var i = sk + 2; i < adjective.Length; i++)
        {
            if (!IsVowel(adjective[i]))
                return false;
        }

        var stem = adjective.AsSpan(0, sk);
        var p = place.AsSpan();
        if (p.Length > 3 && p.EndsWith("sk") && p[..^2].SequenceEqual(stem))
            return true; // a place in -sk: Magnitogorsk / Magnitogorskiy
        if (IsVowel(place[^1]) && place[^1] != 'a' && stem.Length == place.Length + 1 && stem[^1] == 'n' && stem.StartsWith(place))
            return true; // a place ending in a vowel but a takes -n- before -sk-: Ulan-Ude / Ulan-Udenskiy, Sochi / Sochinskiy
        if (p.Length > 3 && IsVowel(p[^1]))
            p = p[..^1];
        if (p.Length == stem.Length + 1 && p[^1] is 'k' or 'C')
            p = p[..^1]; // a k or ts before -sk- goes: Vyatka / Vyatskoye
        if (p.Length >= 3 && stem.Length == p.Length + 2 && stem.StartsWith(p) && stem[^2..] is "en" or "in" && !IsVowel(p[^1]) && !IsVowel(p[^2]))
            return true; // -en- or -in- after two consonants, before -sk-: Penza / Penzenskiy, Dubna / Dubnenskiy, Ukhta / Ukhtinskiy (Lena / Leninskiy: no)
        if (place.Length >= 6 && place[^1] == 'a' && stem.Length == p.Length + 1 && !IsVowel(p[^1]) && !IsVowel(p[^2]) && stem[^2] is 'e' or 'o'
            && stem[..^2].SequenceEqual(p[..^1]) && stem[^1] == p[^1])
            return true; // e or o between the last two consonants of a place in -a of six letters or more: Kolomna / Kolomenskiy, Vologda / Vologodskiy (Smolny, Petra, Sosna: no)
        if (p.Length >= 4 && p[^1] == 's' && p.Length == stem.Length + 1 && p.StartsWith(stem)
            && adjectiveText is not null && adjectiveText.Contains("ssk", StringComparison.OrdinalIgnoreCase))
            return true; // the place's s and the s of -sk- are one in the key, two as written: Odessa / Odesskiy, Samus / Samusskiy (Kurs / Kurskiy: no)
        if (p.Length >= 4 && p[^1] == 'g' && stem[^1] == 'Z' && p.Length == stem.Length && p[..^1].SequenceEqual(stem[..^1]))
            return true; // g becomes zh before -sk-: Kaluga / Kaluzhskiy, Volga / Volzhskiy (Riga, four letters, is exact-only)
        return p.SequenceEqual(stem);
    }

    /// <summary>A Russian place adjective's key against its place (<see cref="IsPlaceAdjective"/>) or the place's English adjective (<see cref="IsTranslatedPlaceAdjective"/>).</summary>
    internal static bool IsAdjectiveOfPlace(string adjective, string place, string? adjectiveText = null) =>
        IsPlaceAdjective(adjective, place, adjectiveText) || IsTranslatedPlaceAdjective(adjective, place);

    /// <summary>
    /// A Russian adjective in -sk- (a key: <c>sibirsk</c>, <c>kaspisk</c>, <c>baltisk</c>) against the English adjective of
    /// that place in -ian, -an or -ic (<c>siberian</c>, <c>kaspian</c>, <c>baltik</c>): their stems, final vowels aside, are
    /// equal or have the same consonants (sibir / siber).
    /// </summary>
    internal static bool IsTranslatedPlaceAdjective(string russian, string english)
    {
        var sk = SkStem(russian);
        if (sk < 0 || english.Length < 5)
            return false;
        var cut = english.EndsWith("ian", StringComparison.Ordinal) ? 3
            : english.EndsWith("an", StringComparison.Ordinal) || english.EndsWith("ik", StringComparison.Ordinal) ? 2
            : 0;
        if (cut == 0)
            return false;
        var r = russian.AsSpan(0, sk).TrimEnd("aeiou");
        var e = english.AsSpan(0, english.Length - cut).TrimEnd("aeiou");
        return r.Length >= 3 && e.Length >= 3 && (r.SequenceEqual(e) || SameConsonants(r.ToString(), e.ToString()));
    }

    /// <summary>
    /// Where the -sk- of a Russian adjective's key stands, after a stem of three letters or more and before an ending of
    /// three letters at most; -1 when the key has none.
    /// </summary>
    internal static int SkStem(string adjective)
    {
        var sk = adjective.LastIndexOf("sk", StringComparison.Ordinal);
        return sk < 3 || adjective.Length - sk > 5 ? -1 : sk;
    }

    /// <summary>
    /// Whether a word as written ends like a Russian adjective after its -sk- (<c>Tulskiy</c>, <c>Permskie</c>,
    /// <c>Kurganskogo</c>): <c>Dansk</c>, <c>Norsk</c>, <c>Minsk</c> end in -sk itself and are no such adjectives.
    /// </summary>
    internal static bool EndsAsAdjective(string text)
    {
        var sk = text.LastIndexOf("sk", StringComparison.Ordinal);
        return sk >= 0 && text.Length - sk - 2 is >= 1 and <= 4;
    }

    /// <summary>
    /// Whether two words may be variants by their first letters: the same letter, two vowels (Osama / Usama), g / h / k
    /// (Ukrainian romanises Г as h: Hryhoriy, Hennadiy; Arabic and Persian ق and غ are written q, g, gh or k: Qaddafi /
    /// Gaddafi, Qasem / Ghasem / Kassem), j / g (Jamal / Gamal; the key writes j as Z), or s / c before e, i, y (Cetelem / Setelem, Cyprus / Syprus; the key
    /// writes that c as C, the sound of ts, as Romance languages and Russian romanisations disagree on it).
    /// </summary>
    private static bool SameStart(char a, char b) =>
        a == b || (IsVowel(a) && IsVowel(b)) || (a is 'g' or 'h' or 'k' && b is 'g' or 'h' or 'k') || (a is 'Z' or 'g' && b is 'Z' or 'g')
        || (a is 'C' or 's' && b is 'C' or 's');

    /// <summary>
    /// The key with its final k as the h the word ends in after a consonant (Ukrainian Rotenberh, Vekselberh: the г of
    /// -berg), which the key made a k as in Rostekh; the key itself for any other word.
    /// </summary>
    private static string WithFinalH(PreparedToken t) =>
        t.Key.Length >= 5 && t.Key[^1] == 'k' && t.Text.Length >= 5 && t.Text[^1] == 'h' && !IsVowel(t.Text[^2])
            && t.Text[^2] is not ('k' or 'c' or 's' or 'z' or 't' or 'p' or 'g')
            ? string.Concat(t.Key.AsSpan(0, t.Key.Length - 1), "h")
            : t.Key;

    /// <summary>Two keys of one length that differ only where one has h and the other <paramref name="other"/> (k or g).</summary>
    private static bool HVariant(string a, string b, char other)
    {
        var differ = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
                continue;
            if (!((a[i] == 'h' && b[i] == other) || (a[i] == other && b[i] == 'h')))
                return false;
            differ = true;
        }

        return differ;
    }

    /// <summary>Two keys of one length that differ in one letter only, an a against an i.</summary>
    private static bool OneVowelAToI(string a, string b)
    {
        if (a.Length != b.Length)
            return false;
        var differ = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
                continue;
            if (differ >= 0)
                return false;
            differ = i;
        }

        return differ >= 0 && (a[differ], b[differ]) is ('a', 'i') or ('i', 'a');
    }

    internal static bool IsVowel(char ch) => ch is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// Whether two short keys (up to five consonants) differ in two consonants or more, the one no stem of the other: the
    /// keys already write a sound one way, so what is left is a typo (one letter) or another word (Integral / Interpal,
    /// Veche / Menkeche). A longer word may carry two typos; a stem and its derived word (Mari / Mariyskiy) are left to the
    /// other rules. Apart read every way: the key's one-letter sounds as keyed (faundeiSn, a Bulgarian Фаундейшън, is one
    /// letter from foundation), S and Z spelled sh and zh again (RUSHYDRO, keyed ruSidro, is one from RUSGIDRO), and C as ts
    /// too (Irkutsk, keyed irkuCk, is Irkut's stem; as one sound, Volfovits is one from Volfovich, keyed h).
    /// </summary>
    private static bool TwoConsonantsApart(string a, string b)
    {
        if (!TwoConsonantsApart(a, b, spelled: false, spellTs: false) || !TwoConsonantsApart(a, b, spelled: true, spellTs: false))
            return false;
        var withTs = a.Contains('C', StringComparison.Ordinal) || b.Contains('C', StringComparison.Ordinal);
        return !withTs || TwoConsonantsApart(a, b, spelled: true, spellTs: true);
    }

    private static bool TwoConsonantsApart(string a, string b, bool spelled, bool spellTs)
    {
        const int MaxConsonants = 5;
        Span<char> x = stackalloc char[2 * MaxConsonants];
        Span<char> y = stackalloc char[2 * MaxConsonants];
        if (Consonants(a, x, spelled, spellTs) is not { } n || Consonants(b, y, spelled, spellTs) is not { } m)
            return false;
        if (x[..n].StartsWith(y[..m]) || y[..m].StartsWith(x[..n]))
            return false;
        return EditDistance.Distance(new string(x[..n]), new string(y[..m])) >= 2;

        static int? Consonants(string key, Span<char> into, bool spelled, bool spellTs)
        {
            int sounds = 0, length = 0;
            foreach (var ch in key)
            {
                if (IsVowel(ch))
                    continue;
                if (sounds++ == MaxConsonants)
                    return null;
                var letters = !spelled ? null : ch switch { 'S' => "sh", 'Z' => "zh", 'C' when spellTs => "ts", _ => null };
                if (letters is null)
                {
                    into[length++] = ch;
                }
                else
                {
                    letters.CopyTo(into[length..]);
                    length += 2;
                }
            }

            return length;
        }
    }

    /// <summary>
    /// True when a word beside <paramref name="i"/> (before or after it) meets a word beside <paramref name="j"/>: an
    /// initial and a given name next to one surname (M. Simonov, Mikhail Simonov, Petrov M.) are one person's name
    /// wherever each side writes it. Only words count, not concepts or legal forms (the M of "Design Bureau named after
    /// M Petrov" is not Morkiy's in "Design Bureau Morkiy").
    /// </summary>
    private bool SameNeighbour(PreparedToken[] qt, PreparedToken[] ct, int i, int j)
    {
        for (var di = -1; di <= 1; di += 2)
        {
            for (var dj = -1; dj <= 1; dj += 2)
            {
                int a = i + di, b = j + dj;
                if (a >= 0 && a < qt.Length && b >= 0 && b < ct.Length && IsNeighbourWord(qt[a]) && IsNeighbourWord(ct[b])
                    && TokenSimilarity(qt[a], ct[b]) > 0)
                    return true;
            }
        }

        return false;
    }

    private static bool IsNeighbourWord(PreparedToken t) => t.Kind == TokenKind.Word && t.Key.Length > 1;

    private static bool IsInitialAgainstWord(PreparedToken a, PreparedToken b) =>
        a.Kind == TokenKind.Word && b.Kind == TokenKind.Word && (a.Key.Length == 1) != (b.Key.Length == 1);

    private static bool IsSecondInitial(PreparedToken[] tokens, int i) =>
        i > 0 && tokens[i].Kind == TokenKind.Word && tokens[i].Key.Length == 1
        && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Key.Length == 1;

    private static bool IsJoin(string single, string left, string right) =>
        single.Length == left.Length + right.Length && single.StartsWith(left, StringComparison.Ordinal)
        && single.EndsWith(right, StringComparison.Ordinal);

    /// <summary>
    /// A word against a run of words joined: near by Jaro-Winkler and at most a letter apart (two in a word of twelve letters
    /// or more: design and development, its and dropped). A shared start is not enough: Aeroscan is not Aero Skyone.
    /// </summary>
    private double JoinedSimilarity(string single, string joined)
    {
        if (string.Equals(single, joined, StringComparison.Ordinal))
            return 1.0;
        var jw = JaroWinkler.Similarity(single, joined);
        var allowed = Math.Max(single.Length, joined.Length) >= 12 ? 2 : 1;
        return jw >= Math.Max(options.TokenSimilarityFloor, 0.92) && EditDistance.Distance(single, joined) <= allowed ? jw : 0.0;
    }
}
