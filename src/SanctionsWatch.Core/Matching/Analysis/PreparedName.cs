using SanctionsWatch.Model;

namespace SanctionsWatch.Matching;

/// <summary>What a token is, for weighting and comparing.</summary>
public enum TokenKind
{
    Word,
    Number,
    LegalForm,
    Concept,
    Patronymic,
}

/// <summary>One analysed token: as shown (<see cref="Text"/>) and as compared (<see cref="Key"/>).</summary>
public sealed record PreparedToken(string Text, string Key, TokenKind Kind)
{
    /// <summary>Pseudo-tokens (legal forms, concepts) and numbers only ever match exactly.</summary>
    public bool ExactOnly => Kind is TokenKind.LegalForm or TokenKind.Concept or TokenKind.Number;

    /// <summary>
    /// A word written in a script that leaves out short vowels (Arabic, Hebrew): its romanisation is a consonant skeleton
    /// (محمد → mhmd), which meets a Latin spelling by its consonants (<see cref="Abjad"/>).
    /// </summary>
    public bool IsAbjad { get; init; }

    /// <summary>
    /// A word written in Japanese katakana, romanised letter by letter (ラブロフ → raburofu): it also meets a Latin spelling by
    /// a skeleton in Japanese sounds (<see cref="Kana"/>).
    /// </summary>
    public bool IsKana { get; init; }

    /// <summary>
    /// The word's second romanisation from its script (<see cref="Transliterator.SecondReading"/>: Georgian პუტინი, putini,
    /// also putin), compared as <see cref="AsReadBack"/>; null for most words.
    /// </summary>
    public string? SecondReading { get; init; }

    /// <summary>
    /// A consonant letter a firm's name joins to a word by a hyphen (ANGSTREM-T, GEFEST-M, BITRIVER-K): part of the brand,
    /// which tells two firms apart, not an initial that says little.
    /// </summary>
    public bool IsBrandLetter { get; init; }

    /// <summary>
    /// The pinyin syllable of one Chinese character (申, shen), or a Hangul syllable (<see cref="IsHangul"/>): a run of them
    /// may write a foreign name by its sounds, met by a skeleton in Chinese or Korean sounds (<see cref="HanSounds"/>).
    /// </summary>
    public bool IsHan { get; init; }

    /// <summary>
    /// Of <see cref="IsHan"/> tokens, a Hangul syllable (McCune-Reischauer: 라 ra, 브 pu): a run of them may write a foreign
    /// name by its sounds as Korean does (라브로프, ra pu ro pu: Lavrov), met by a skeleton in Korean sounds.
    /// </summary>
    public bool IsHangul { get; init; }

    /// <summary>
    /// A Hangul syllable of a consonant and ㅡ alone (르 ru, 브 pu, 프 pu): how Korean writes a consonant with no vowel of
    /// its own, in a foreign name (라브로프, Lavrov), never in a Korean one (김정은, Kim Jong Un). Only a run of syllables with
    /// one is read as a foreign name's sounds: a Korean name's skeleton would meet words at random (kim jong un: Commission).
    /// </summary>
    public bool IsBareConsonant { get; init; }

    /// <summary>
    /// The phonetic key of the stem of the text as written (<see cref="Stemmer"/>; each word of a phrase): the forms of
    /// one word meet (production / productive, missile / missiles), in organisations' names only.
    /// </summary>
    public string Stem => stem ??= StemOf(Text, Kind);

    // worked out on first read (most tokens of a million-name index are never compared by stem)
    private string? stem;

    /// <summary>
    /// The token as a plain word keyed as written (a concept or a learned word group compared with a word outside it:
    /// Composite against KOMPOZIT), worked out on first read.
    /// </summary>
    internal PreparedToken AsWritten => asWritten ??= new PreparedToken(Text, Transliterator.PhoneticKey(Text), TokenKind.Word);

    private PreparedToken? asWritten;

    /// <summary>
    /// Whether the token is compared with a plain word as written (<see cref="AsWritten"/>): a one-word concept (Eastern
    /// against ISTERN) or a word of a learned group (Composite against KOMPOZIT). The scorer compares them so, and the
    /// index posts and looks them up by that spelling too.
    /// </summary>
    internal bool ComparedAsWritten =>
        (Kind == TokenKind.Concept && !Text.Contains(' ', StringComparison.Ordinal)) || (Kind == TokenKind.Word && Lexicon.IsWordGroup(Key));

    /// <summary>
    /// The word as a Russian firm writes an English word by its sounds (<see cref="EnglishSounds"/>: tools as TULZ), as a
    /// plain word; null when the token is no word, or the reading keys as the word does (macro read makro: the key is one
    /// already). Worked out on first read.
    /// </summary>
    internal PreparedToken? AsEnglishSounds =>
        Reading(ref englishSounds, static t => t.Kind == TokenKind.Word && !t.IsAbjad && !t.IsKana ? EnglishSounds.Read(t.Text) : null, TokenKind.Word);

    private PreparedToken? englishSounds;

    /// <summary>
    /// The word as another language writes a name, read back: as French romanises a Russian name (<see cref="FrenchSounds"/>:
    /// Poutine as putin) or Polish does (<see cref="PolishSounds"/>: Szojgu as shojgu), or as its script's second
    /// romanisation (<see cref="SecondReading"/>: Georgian putini as putin);
    /// a token of its kind; null when the token is no word or has no mark of such a spelling. Worked out on first read.
    /// </summary>
    internal PreparedToken? AsReadBack =>
        Reading(ref readBack, static t => t.Kind is not (TokenKind.Word or TokenKind.Patronymic) || t.IsAbjad || t.IsKana || t.IsHan ? null
            : t.SecondReading ?? FrenchSounds.Read(t.Text) ?? PolishSounds.Read(t.Text), Kind);

    private PreparedToken? readBack;

    /// <summary>
    /// The word with дж written the other way (<see cref="DzhSounds"/>: Jafarov as dzhafarov, Dzhabbarov as jabbarov), a
    /// plain word met only by its key; null when the token is no word or has no j, dzh or dj. Worked out on first read.
    /// </summary>
    internal PreparedToken? AsDzh =>
        Reading(ref dzh, static t => t.Kind == TokenKind.Word && !t.IsAbjad && !t.IsKana && !t.IsHan ? DzhSounds.Read(t.Text) : null, TokenKind.Word);

    private PreparedToken? dzh;

    /// <summary>
    /// The keys whose beginning the token gives a contraction (<see cref="NameScorer.ContractionKeys"/>), worked out on
    /// first read: the analysis, the index and every pair the scorer compares ask for them; null where it gives none.
    /// </summary>
    internal string[]? ContractionKeys
    {
        get
        {
            contractionKeys ??= NameScorer.ContractionKeys(this) ?? NoContractionKeys;
            return ReferenceEquals(contractionKeys, NoContractionKeys) ? null : contractionKeys;
        }
    }

    private string[]? contractionKeys;

    private static readonly string[] NoContractionKeys = [string.Empty];

    /// <summary>
    /// Another reading of the token (<paramref name="read"/>'s text, null for none) as a token of <paramref name="kind"/>,
    /// worked out once into <paramref name="known"/>; null where there is none or it keys as the token does.
    /// </summary>
    private PreparedToken? Reading(ref PreparedToken? known, Func<PreparedToken, string?> read, TokenKind kind)
    {
        if (known is null)
        {
            var text = read(this);
            var key = text is null ? null : Transliterator.PhoneticKey(text);
            known = key is null || key == Key ? NoReading : new PreparedToken(text!, key, kind);
        }

        return ReferenceEquals(known, NoReading) ? null : known;
    }

    private static readonly PreparedToken NoReading = new("", "", TokenKind.Word);

    /// <summary>The initials the token may be abbreviated by (<see cref="Acronyms.InitialsOf"/>), worked out on first read.</summary>
    internal IReadOnlyList<string> Initials => initials ??= Acronyms.ComputeInitials(this);

    private IReadOnlyList<string>? initials;

    // 0: not worked out yet, 1: no, 2: yes (worked out on first read: a race only works it out twice)
    private byte descriptor;

    /// <summary>
    /// A word that describes what an organisation is or does (a concept of the vocabulary, a word of it, or a common
    /// English word: plant, armament, productive, oil) rather than which one it is (Stupino, Vympel): it counts less when one side leaves
    /// it out.
    /// </summary>
    /// <remarks>
    /// The parts of a contraction (Tula-mash-zavod) are no descriptors: there they are part of one word, the brand, and a
    /// name without them (ZAVOD TULA) is another firm.
    /// </remarks>
    public bool IsDescriptor
    {
        get
        {
            if (descriptor == 0)
                descriptor = Kind == TokenKind.Concept || (Kind == TokenKind.Word && (IndustrialVocabulary.IsWordOfVocabulary(Key) || GenericWords.IsGeneric(Stem))) ? (byte)2 : (byte)1;
            return descriptor == 2;
        }

        init => descriptor = value ? (byte)2 : (byte)1;
    }

    private static string StemOf(string text, TokenKind kind)
    {
        if (kind is TokenKind.Number or TokenKind.Patronymic)
            return text;
        if (!text.Contains(' ', StringComparison.Ordinal))
            return Transliterator.PhoneticKey(Stemmer.Stem(text));
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(static w => Transliterator.PhoneticKey(Stemmer.Stem(w))));
    }
}

/// <summary>A name analysed once (at index time for candidates): normalised tokens, keys, kinds.</summary>
public sealed class PreparedName
{
    internal PreparedName(string original, NameType type, ulong normalizedHash, PreparedToken[] tokens, bool isShort, bool[]? optional = null)
    {
        Original = original;
        Type = type;
        NormalizedHash = normalizedHash;
        Tokens = tokens;
        IsShort = isShort;
        optionalTokens = optional;
        var core = 0;
        var patronymic = false;
        var abjad = false;
        var kana = false;
        var han = false;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.LegalForm)
                core++;
            if (t.Kind == TokenKind.Patronymic)
                patronymic = true;
            abjad |= t.IsAbjad;
            kana |= t.IsKana;
            han |= t.IsHan;
        }

        CoreCount = core;
        HasPatronymic = patronymic;
        HasAbjad = abjad;
        HasKana = kana;
        HasHan = han;
    }

    private readonly bool[]? optionalTokens;

    public string Original { get; private init; }

    /// <summary>The same analysis, shown with the name as written (before vessel conventions were taken out).</summary>
    internal PreparedName WithOriginal(string original) => new(original, Type, NormalizedHash, Tokens, IsShort, optionalTokens);

    /// <summary>
    /// Whether token <paramref name="i"/> is part of a qualifier (a bracketed part, an honorific "named after …") that
    /// another publisher may leave out: it counts when it matches and costs little when it does not.
    /// </summary>
    public bool IsOptional(int i) => optionalTokens is not null && optionalTokens[i];

    public NameType Type { get; }

    /// <summary>
    /// A 64-bit hash (XxHash3) of the normalised, romanised text, every word kept: two names whose hashes are equal
    /// are equal after normalisation (a hash, not the string, as an index keeps a million of these).
    /// </summary>
    public ulong NormalizedHash { get; }

    public PreparedToken[] Tokens { get; }

    /// <summary>An acronym or weak alias (<c>UVZ</c>, <c>KRET</c>): matches only whole, never fuzzily.</summary>
    public bool IsShort { get; }

    /// <summary>Whether a word of the name is written in an abjad (<see cref="PreparedToken.IsAbjad"/>).</summary>
    public bool HasAbjad { get; }

    /// <summary>Whether a word of the name is written in katakana (<see cref="PreparedToken.IsKana"/>).</summary>
    public bool HasKana { get; }

    /// <summary>Whether a word of the name is a Chinese character's syllable (<see cref="PreparedToken.IsHan"/>).</summary>
    public bool HasHan { get; }

    /// <summary>The keys of the tokens other than legal forms, joined by spaces (whole-name comparison of short names).</summary>
    public string CoreKey => JoinCore(static t => t.Key);

    /// <summary>
    /// XxHash3 of <see cref="CoreKey"/>, made without the string: an index keys its whole names by it (a million
    /// names would otherwise keep a million joined strings).
    /// </summary>
    internal ulong CoreHash() => TextHash.Joined<PreparedToken>(Tokens, static t => t.Kind == TokenKind.LegalForm ? null : t.Key, " ");

    /// <summary>The texts of the tokens other than legal forms, joined by spaces.</summary>
    public string CoreText => JoinCore(static t => t.Text);

    /// <summary>How many tokens are not legal forms; a name with none never matches.</summary>
    public int CoreCount { get; }

    public bool HasPatronymic { get; }

    public override string ToString() => Original;

    private string JoinCore(Func<PreparedToken, string> part) =>
        string.Join(' ', Tokens.Where(static t => t.Kind != TokenKind.LegalForm).Select(part));
}
