using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Matching;

/// <summary>
/// The building blocks against values published elsewhere: Jaro-Winkler against the examples of Winkler (1990) as
/// every implementation quotes them, identifiers against how the lists write the same number.
/// </summary>
public class ReferenceValueTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.9611)] // Jaro 0.9444, common prefix 3
    [InlineData("DWAYNE", "DUANE", 0.8400)]  // Jaro 0.8222, prefix 1
    [InlineData("DIXON", "DICKSONX", 0.8133)] // Jaro 0.7667, prefix 2
    [InlineData("JELLYFISH", "SMELLYFISH", 0.8963)] // no common prefix: Jaro alone
    [InlineData("CRATE", "TRACE", 0.7333)]
    [InlineData("ABC", "XYZ", 0.0)]
    [InlineData("", "ABC", 0.0)]
    [InlineData("SAME", "SAME", 1.0)]
    public void Jaro_winkler_gives_the_published_values_both_ways(string a, string b, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 4);
        Assert.Equal(expected, JaroWinkler.Similarity(b, a), 4);
    }

    [Fact]
    public void Jaro_winkler_of_words_longer_than_the_stack_buffer_is_the_same_as_of_short_ones()
    {
        var a = new string('a', 200) + "MARTHA";
        var b = new string('a', 200) + "MARHTA";
        Assert.InRange(JaroWinkler.Similarity(a, b), 0.99, 1.0);
        Assert.True(JaroWinkler.Similarity(a, b) < 1.0);
    }

    [Theory]
    [InlineData("7704274402", "7704274402")]
    [InlineData("77-04 274 402", "7704274402")]       // spaced and hyphenated as some lists print it
    [InlineData("IMO 9187629", "IMO9187629")]
    [InlineData("sabrrumm", "SABRRUMM")]               // a BIC in lower case
    [InlineData("№ 1077799030847.", "1077799030847")]  // a number sign and a full stop from a remark
    public void Identifier_values_compare_by_their_letters_and_digits(string written, string normalised) =>
        Assert.Equal(normalised, IdentifierMatching.NormalizeValue(written));

    [Theory]
    [InlineData("inn", "Tax ID No.", false)] // the remark's label is no type: the reader maps it to tax-id
    [InlineData("inn", "tax-id", true)]
    [InlineData("INN", "tax_id", true)]
    [InlineData("ogrn", "Registration ID", true)]
    [InlineData("swift", "BIC", true)]
    [InlineData("inn", "ogrn", false)]
    [InlineData("passport", "national-id", false)]
    public void Identifier_types_are_compatible_within_one_family(string a, string b, bool compatible) =>
        Assert.Equal(compatible, IdentifierMatching.FamilyOf(a) == IdentifierMatching.FamilyOf(b));

    [Fact]
    public void An_identifier_matches_only_a_compatible_type_with_the_same_value_long_enough()
    {
        EntryIdentifier[] query = [new("inn", "7704274402")];
        Assert.NotNull(IdentifierMatching.FindMatch(query, [new("tax-id", "77-0427-4402")], minLength: 6));
        Assert.Null(IdentifierMatching.FindMatch(query, [new("ogrn", "7704274402")], minLength: 6));
        Assert.Null(IdentifierMatching.FindMatch([new("inn", "123")], [new("inn", "123")], minLength: 6));
    }
}
