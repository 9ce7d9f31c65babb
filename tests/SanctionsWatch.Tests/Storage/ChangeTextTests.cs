using System.Text.Json.Nodes;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Tests.Storage;

/// <summary>Changes as text: a word diff of a long field, and a change in one line.</summary>
public sealed class ChangeTextTests
{
    private static string Runs(string? before, string? after) =>
        string.Join(" | ", ChangeText.WordDiff(before, after).Select(r => r.Op + r.Text));

    [Fact]
    public void A_word_diff_keeps_what_is_common_and_shows_what_was_removed_and_added()
    {
        Assert.Equal("=a b c", Runs("a b c", "a  b\tc"));
        Assert.Equal("=a b | +x y | =c", Runs("a b c", "a b x y c"));
        Assert.Equal("=a | -b | =c", Runs("a b c", "a c"));
        Assert.Equal("=Tax ID No. | -123; | +456; | =Website www.x.ru", Runs("Tax ID No. 123; Website www.x.ru", "Tax ID No. 456; Website www.x.ru"));
        Assert.Equal("+new text", Runs(null, "new text"));
        Assert.Equal("-old", Runs("old", ""));
        // the kept words, in order, give back the old text; with the added ones, the new
        var before = "one two three four five six seven eight nine ten";
        var after = "zero one two four five 5.5 six eight nine ten eleven";
        var runs = ChangeText.WordDiff(before, after);
        Assert.Equal(before, string.Join(' ', runs.Where(r => r.Op != "+").Select(r => r.Text)));
        Assert.Equal(after, string.Join(' ', runs.Where(r => r.Op != "-").Select(r => r.Text)));
    }

    [Fact]
    public void Inline_keeps_a_few_words_around_each_change()
    {
        var runs = ChangeText.WordDiff(
            "w1 w2 w3 w4 w5 w6 w7 w8 w9 old w10 w11 w12 w13 w14 w15 w16 w17",
            "w1 w2 w3 w4 w5 w6 w7 w8 w9 new w10 w11 w12 w13 w14 w15 w16 w17");
        Assert.Equal("… w4 w5 w6 w7 w8 w9 [-old-] {+new+} w10 w11 w12 w13 w14 w15 …", ChangeText.Inline(runs));
        Assert.Equal("a [-b-] {+c+}", ChangeText.Inline(ChangeText.WordDiff("a b", "a c")));
    }

    [Fact]
    public void One_line_gives_list_items_removed_and_added_and_text_words_replaced()
    {
        var identifiers = new FieldDiff(
            "identifiers",
            JsonNode.Parse("""[{"type":"inn","value":"7714027882"}]"""),
            JsonNode.Parse("""[{"type":"ogrn","value":"1027739118659"}]"""),
            ["inn · 7714027882"],
            ["ogrn · 1027739118659"]);
        var remarks = new FieldDiff("remarks", JsonValue.Create("Website www.a.ru; Tax ID No. 1."), JsonValue.Create("Website www.b.ru; Tax ID No. 1."), [], []);

        Assert.Equal(
            "identifiers: -inn · 7714027882 +ogrn · 1027739118659; remarks: \"www.a.ru;\" → \"www.b.ru;\"",
            ChangeText.OneLine([identifiers, remarks]));
        Assert.Equal(40, ChangeText.OneLine([identifiers, remarks], 40).Length);
        Assert.Equal("abcdef…wxyz", ChangeText.Short("abcdefghijklmnopqrstuvwxyz", 11)); // two thirds before the ellipsis
    }
}
