namespace SanctionsWatch.Matching;

/// <summary>
/// One word of a name as the analysis needs it, worked out once: romanised, its phonetic key, whether it is a function
/// word, and the tokens it becomes on its own: split into its parts (<c>kurganmashzavod</c>, <c>abdelrahman</c>), or one plain
/// token (a number, or a word with given names made canonical), or for a person's name a patronymic.
/// Phrases (legal forms, industrial vocabulary) span words and are found by <see cref="NameAnalyzer"/>.
/// </summary>
internal sealed class AnalysedWord
{
    public AnalysedWord(string latin, bool abjad = false, bool kana = false, bool han = false, ReadOnlySpan<char> written = default)
    {
        Latin = latin;
        IsHan = han;
        Key = Transliterator.PhoneticKey(latin);
        if (abjad)
        {
            // a consonant skeleton (محمد → mhmd): no function word, compound, given name or patronymic to read in it
            Plain = Personal = new PreparedToken(latin, Key, TokenKind.Word) { IsAbjad = true, IsDescriptor = false };
            return;
        }

        IsFunctionWord = !han && NameAnalyzer.FunctionWords.Contains(latin); // 拉 la, 德 de are syllables of a name, no articles
        IsRussiaGenitive = NameAnalyzer.RussiaGenitive.Contains(latin);
        var parts = kana ? null : NameAnalyzer.SplitCompound(latin); // a katakana word is a foreign word's sounds, no Russian compound
        if (parts is not null)
        {
            Contraction = new PreparedToken[parts.Count];
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                // the parts of a brand made of a place and concepts (Tula-mash-zavod) are the brand, no descriptors; a
                // contraction of concepts only (Radio-zavod) is a description still
                var brand = parts.Any(static p => !IndustrialVocabulary.IsConcept(p));
                Contraction[i] = IndustrialVocabulary.IsConcept(part)
                    ? new PreparedToken(latin, part, TokenKind.Concept) { IsDescriptor = !brand }
                    : new PreparedToken(part, Transliterator.PhoneticKey(part), TokenKind.Word) { IsDescriptor = false };
            }
        }
        else if (!kana && latin.Length is >= 2 * MinJoinedPart and <= MaxJoinedLength)
        {
            Joined = SplitJoinedAdjectives(latin);
        }

        var plain = NameNormalizer.IsDigits(Key)
            ? new PreparedToken(latin, Key, TokenKind.Number)
            : new PreparedToken(latin, NameAnalyzer.CanonicalGivenName(Key), TokenKind.Word);
        Personal = plain.Kind == TokenKind.Word && NameAnalyzer.IsPatronymic(latin)
            ? new PreparedToken(latin, NameAnalyzer.PatronymicKey(latin), TokenKind.Patronymic)
            : plain;

        Plain = Learned(plain);
        if (kana)
        {
            // its letters romanised as any word's, its skeleton compared too (Kana)
            Plain = Plain with { IsKana = true };
            Personal = Personal with { IsKana = true };
        }
        else if ((han || IsHangulSyllable(written)) && Plain.Kind == TokenKind.Word)
        {
            // a Chinese character's or a Hangul syllable's sounds: a run of them may write a foreign name (HanSounds)
            var hangul = IsHangul = !han;
            var bare = hangul && IsBareConsonantSyllable(written[0]);
            Plain = Plain with { IsHan = true, IsHangul = hangul, IsBareConsonant = bare };
            Personal = Personal.Kind == TokenKind.Word ? Personal with { IsHan = true, IsHangul = hangul, IsBareConsonant = bare } : Personal;
        }
        else if (Plain.Kind == TokenKind.Word && !written.IsEmpty && Transliterator.SecondReading(written, latin) is { } second)
        {
            // a foreign name as Georgian, Greek or a marked Latin alphabet writes it (პუტინი, Μεντβέντεφ, Šojgu): also read so
            Plain = Plain with { SecondReading = second };
            Personal = Personal.Kind == TokenKind.Word ? Personal with { SecondReading = second } : Personal;
        }
    }

    /// <summary>One Hangul syllable (each is a token of its own: 김영남 = Kim Yong Nam).</summary>
    private static bool IsHangulSyllable(ReadOnlySpan<char> written) => written.Length == 1 && written[0] is >= '\uAC00' and <= '\uD7A3';

    /// <summary>A Hangul syllable of a consonant and ㅡ with no final (르, 브, 프): <see cref="PreparedToken.IsBareConsonant"/>.</summary>
    private static bool IsBareConsonantSyllable(char syllable)
    {
        var index = syllable - '\uAC00';
        return index % 28 == 0 && index / 28 % 21 == 18 && index / (21 * 28) != 11; // ㅡ, no final, an initial other than ㅇ
    }

    /// <summary>The syllable of one Chinese character (<see cref="PreparedToken.IsHan"/>).</summary>
    public bool IsHan { get; }

    /// <summary>One Hangul syllable (<see cref="PreparedToken.IsHangul"/>): no word of a phrase (로 ro is no legal form).</summary>
    public bool IsHangul { get; }

    private const int MinJoinedPart = 6;

    /// <summary>The longest word looked at as two joined (научноисследовательский is 23 letters): longer is no such word, and a hostile one is not split letter by letter.</summary>
    private const int MaxJoinedLength = 48;

    /// <summary>
    /// A Russian compound adjective written without its hyphen (научноисследовательский, производственнотехническое,
    /// опытноконструкторское: two words of the vocabulary joined by their linking o or e), as its two words; null for any
    /// other word, and for a joined word the vocabulary knows whole (радиотехнический, электромеханический).
    /// </summary>
    private static AnalysedWord[]? SplitJoinedAdjectives(string latin)
    {
        if (IndustrialVocabulary.Table.MatchSingle(Transliterator.PhoneticKey(latin)) is not null)
            return null;
        for (var k = MinJoinedPart; k <= latin.Length - MinJoinedPart; k++)
        {
            if (latin[k - 1] is not ('o' or 'e') || !char.IsLetter(latin[k]))
                continue;
            string left = latin[..k], right = latin[k..];
            if (IndustrialVocabulary.Table.MatchSingle(Transliterator.PhoneticKey(left)) is not null
                && IndustrialVocabulary.Table.MatchSingle(Transliterator.PhoneticKey(right)) is not null)
                return [new AnalysedWord(left), new AnalysedWord(right)];
        }

        return null;
    }

    /// <summary>
    /// In an organisation's name a word with a learned translation is a concept of its group (predpriyatiye = enterprise);
    /// a group that joined no concept is a word spelled two ways (eshelon / echelon): a word still, keyed by its group, a
    /// descriptor only when a common English word is of the group.
    /// </summary>
    private static PreparedToken Learned(PreparedToken plain)
    {
        if (plain.Kind != TokenKind.Word || !Lexicon.MayHold(plain.Key) || !Lexicon.TryGroup(plain.Stem, out var group))
            return plain;
        return Lexicon.IsWordGroup(group)
            ? new PreparedToken(plain.Text, group, TokenKind.Word) { IsDescriptor = Lexicon.IsDescriptive(group) }
            : new PreparedToken(plain.Text, group, TokenKind.Concept);
    }

    /// <summary>The word in Latin letters (Cyrillic romanised), as shown.</summary>
    public string Latin { get; }

    /// <summary>The phonetic key of <see cref="Latin"/> (before given names are made canonical).</summary>
    public string Key { get; }

    public bool IsFunctionWord { get; }

    /// <summary>Russia in the genitive (Rossii, Rosiyi): "of Russia" after a word of an organisation's name.</summary>
    public bool IsRussiaGenitive { get; }

    /// <summary>The tokens of a compound (<see cref="NameAnalyzer.SplitCompound"/>), or null when the word is one part.</summary>
    public PreparedToken[]? Contraction { get; }

    /// <summary>The two words of a compound adjective written as one (<see cref="SplitJoinedAdjectives"/>), or null.</summary>
    public AnalysedWord[]? Joined { get; }

    /// <summary>The word as one token of an organisation's name.</summary>
    public PreparedToken Plain { get; }

    /// <summary>The word as one token of the name of anything but an organisation (a person, a vessel, an unknown party): patronymics recognised.</summary>
    public PreparedToken Personal { get; }
}
