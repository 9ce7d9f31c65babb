using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Matching;

/// <summary>Katakana's foreign names read in Japanese sounds (<see cref="Kana"/>), on both sides.</summary>
public class KanaTests
{
    [Theory]
    [InlineData("ラブロフ", "lavrov")] // added vowels, l as r, v as b and -ov as -ofu
    [InlineData("プーチン", "putin")] // ti as chi
    [InlineData("ムサンナー", "muthanna")] // th as s, a doubled letter once
    [InlineData("ムハンマド", "muhammad")] // ン before m
    [InlineData("ツァリョフ", "tsaryov")] // ts
    [InlineData("アレクサンドル", "alexandr")] // x is ks
    public void A_katakana_word_and_its_latin_spelling_have_one_skeleton(string katakana, string latin) =>
        Assert.Contains(Kana.Skeleton(latin), Kana.SkeletonsOf(Transliterator.ToLatin(katakana)));

    [Theory]
    [InlineData("ラブロフ", "lazarov")]
    [InlineData("プーチン", "pushkin")]
    [InlineData("ムハンマド", "mahdi")]
    public void Other_sounds_make_another_skeleton(string katakana, string latin) =>
        Assert.DoesNotContain(Kana.Skeleton(latin), Kana.SkeletonsOf(Transliterator.ToLatin(katakana)));

    [Theory]
    [InlineData("taheru", "taher", "Same")] // the u katakana adds after a final consonant
    [InlineData("danieru", "daniel", "Same")]
    [InlineData("iwanowa", "ivanova", "Same")]
    [InlineData("raja", "rajah", "Same")] // a final h after a vowel is Latin's own
    [InlineData("serugei", "sergej", "Same")] // and a j after one an i
    [InlineData("andorei", "andrey", "Same")]
    [InlineData("miroshebichi", "milosevich", "Same")] // ッチ
    [InlineData("pita", "peter", "Same")] // English -er written a long a
    [InlineData("iwanowa", "ivanov", "Different")] // -ova is no -ov
    [InlineData("iwanofu", "ivanova", "Different")]
    [InlineData("daniera", "daniel", "Different")]
    [InlineData("hamidi", "hamid", "Different")] // i is no vowel katakana adds after d
    [InlineData("romano", "roman", "Different")] // nor o after n
    [InlineData("mamadu", "mamad", "Different")] // ドゥ writes du itself
    [InlineData("andore", "andrey", "Different")] // e is e
    [InlineData("serugei", "serge", "Different")] // a diphthong is that diphthong
    [InlineData("nikorai", "nicole", "Different")]
    [InlineData("roberuto", "robert", "Ambiguous")] // Robert or Roberto
    [InlineData("hamido", "hamid", "Same")] // ド after d: Arabic names end so far more often than in -do
    [InlineData("erunesuto", "ernest", "Ambiguous")]
    public void The_ending_of_a_katakana_word_is_its_last_sound(string kana, string latin, string ending) =>
        Assert.Equal(ending, Kana.EndingOf(kana, latin).ToString());

    [Theory]
    [InlineData("ウラル", "ural")] // one letter said twice is two
    [InlineData("ハビーブ", "habib")]
    [InlineData("アルバート", "albert")] // English without its r after a vowel
    [InlineData("ロバート", "robert")]
    public void A_latin_word_has_the_skeleton_katakana_writes_it_with(string katakana, string latin) =>
        Assert.Contains(Kana.SkeletonsOf(Transliterator.ToLatin(katakana)), own => Kana.LatinSkeletons(latin).Contains(own));

    [Theory]
    [InlineData("アガ", "agha", true)] // gh, kh, th is one sound: Agha has three, as al has two
    [InlineData("アル", "al", true)]
    [InlineData("アッラー", "allah", true)] // a doubled letter and a final h are no sounds of their own
    [InlineData("アガ", "agatha", false)] // a one-consonant skeleton meets no longer word
    [InlineData("アガ", "angha", false)]
    public void A_one_consonant_skeleton_meets_a_word_of_three_sounds_or_fewer(string katakana, string latin, bool meets)
    {
        var kana = new PreparedToken(Transliterator.ToLatin(katakana), Transliterator.ToLatin(katakana), TokenKind.Word);
        var word = new PreparedToken(latin, latin, TokenKind.Word);
        Assert.Equal(meets ? Kana.Similarity : 0.0, Kana.Compare(kana, word));
    }

    [Theory]
    [InlineData("アブドゥル・ワーヒド・シャフィーク", "Abdul Wahed Shafiq")] // abuduru: Abdul, which the Latin side reads abd al
    [InlineData("アブドゥルパッタ・エスカロン・アブバカル", "ABDULPATTA ESCALON ABUBAKAR")] // abd al patta
    [InlineData("アブド・アッラー・アッザーム", "Abdullah Azzam")] // and the other way: two katakana words, one Latin
    [InlineData("シャムス・ウッディーン", "Shamsuddin")]
    public void A_katakana_word_meets_the_latin_words_it_writes_as_one(string katakana, string latin)
    {
        var result = new NameMatcher().Compare(MatchSubject.FromName(katakana, PartyType.Person), MatchSubject.FromName(latin, PartyType.Person));
        Assert.True(result.Score >= new MatchThresholds().Review, $"{katakana} / {latin}: {result.Score:F3}");
    }

    [Fact]
    public void Only_katakana_is_katakana()
    {
        Assert.True(Kana.IsKatakana("ラブロフ"));
        Assert.False(Kana.IsKatakana("らぶろふ")); // hiragana
        Assert.False(Kana.IsKatakana("Лавров"));
        Assert.False(Kana.IsKatakana("・")); // the middle dot alone
    }
}
