using SanctionsWatch.Matching;

namespace SanctionsWatch.Tests.Matching;

public sealed class BestOfListTests
{
    [Fact]
    public void Keeps_each_groups_best_and_those_within_the_margin_in_their_order()
    {
        (string Group, string Entry, double Score)[] matches =
        [
            ("a", "lesser", 0.90), ("a", "best", 0.97), ("a", "near-tie", 0.955), ("b", "alone", 0.89), ("a", "at-margin", 0.95),
        ];

        var kept = BestOfList.Keep(matches, m => m.Group, m => m.Score).Select(m => m.Entry);

        Assert.Equal(["best", "near-tie", "alone", "at-margin"], kept);
    }

    [Fact]
    public void A_standing_score_outranks_new_matches_of_its_group_only()
    {
        (string Group, string Entry, double Score)[] matches = [("a", "new", 0.91), ("b", "other", 0.91)];
        var standing = new Dictionary<string, double> { ["a"] = 1.0 };

        var kept = BestOfList.Keep(matches, m => m.Group, m => m.Score, standing).Select(m => m.Entry);

        Assert.Equal(["other"], kept);
    }

    [Theory]
    [InlineData(0.979, 1.0, true)]
    [InlineData(0.98, 1.0, false)]
    [InlineData(1.0, 1.0, false)]
    public void Outranked_means_more_than_the_margin_below_the_best(double score, double best, bool outranked) =>
        Assert.Equal(outranked, BestOfList.IsOutranked(score, best));
}
