using SanctionsWatch.Matching;

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
    [InlineData("taheru", "taher", true)] // the vowel katakana adds after a final consonant
    [InlineData("danieru", "daniel", true)]
    [InlineData("iwanowa", "ivanova", true)]
    [InlineData("iwanowa", "ivanov", false)] // -ova is no -ov
    [InlineData("iwanofu", "ivanova", false)]
    [InlineData("daniera", "daniel", false)]
    public void The_ending_of_a_katakana_word_is_its_last_sound(string kana, string latin, bool same) =>
        Assert.Equal(same, Kana.SameEnding(kana, latin));

    [Fact]
    public void Only_katakana_is_katakana()
    {
        Assert.True(Kana.IsKatakana("ラブロフ"));
        Assert.False(Kana.IsKatakana("らぶろふ")); // hiragana
        Assert.False(Kana.IsKatakana("Лавров"));
        Assert.False(Kana.IsKatakana("・")); // the middle dot alone
    }
}
