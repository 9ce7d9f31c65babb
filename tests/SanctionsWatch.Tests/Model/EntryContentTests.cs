using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Model;

public sealed class EntryContentTests
{
    private static readonly ListEntry Rostec = new()
    {
        Source = "ofac-sdn",
        EntryId = "17260",
        PartyType = PartyType.Organization,
        Names = [new EntryName("STATE CORPORATION ROSTEC", NameType.Primary), new EntryName("ROSTEKH", NameType.WeakAlias)],
        Programmes = ["UKRAINE-EO13662", "RUSSIA-EO14024"],
        Identifiers = [new EntryIdentifier("inn", "7704274402", "Russia")],
        Addresses = ["Moscow"],
        Countries = ["Russia"],
        ListedOn = new DateOnly(2022, 6, 28),
        Remarks = "Tax ID No. 7704274402 (Russia).",
        Link = "https://example.org/17260",
    };

    public static TheoryData<string, ListEntry> EachFieldChanged => new()
    {
        { "party_type", Rostec with { PartyType = PartyType.Person } },
        { "names", Rostec with { Names = [new EntryName("STATE CORPORATION ROSTEC", NameType.Primary)] } },
        { "names", Rostec with { Names = [new EntryName("STATE CORPORATION ROSTEC", NameType.Primary), new EntryName("ROSTEKH", NameType.Alias)] } },
        { "programmes", Rostec with { Programmes = ["RUSSIA-EO14024", "UKRAINE-EO13662"] } },
        { "identifiers", Rostec with { Identifiers = [new EntryIdentifier("ogrn", "7704274402", "Russia")] } },
        { "addresses", Rostec with { Addresses = [] } },
        { "countries", Rostec with { Countries = ["Russia", "China"] } },
        { "listed_on", Rostec with { ListedOn = null } },
        { "remarks", Rostec with { Remarks = "Tax ID No. 7704274402 (Russia)" } },
        { "link", Rostec with { Link = null } },
        { "sub_list", Rostec with { SubList = "Entity List (EL) - Bureau of Industry and Security" } },
        { "citation", Rostec with { Citation = "87 FR 12240" } },
    };

    [Theory]
    [MemberData(nameof(EachFieldChanged))]
    public void A_change_in_any_field_changes_the_hash_and_is_named(string field, ListEntry changed)
    {
        Assert.NotEqual(EntryContent.Hash(Rostec), EntryContent.Hash(changed));
        Assert.Equal([field], EntryContent.ChangedFields(Rostec, changed));
    }

    [Fact]
    public void Equal_content_has_an_equal_hash_and_survives_the_json_round_trip()
    {
        var copy = EntryContent.FromJson(EntryContent.ToJson(Rostec));

        Assert.Equal(EntryContent.Hash(Rostec), EntryContent.Hash(copy));
        Assert.Empty(EntryContent.ChangedFields(Rostec, copy));
        Assert.Equal("STATE CORPORATION ROSTEC", copy.PrimaryName);
    }

    [Fact]
    public void An_entry_without_a_sub_list_or_citation_keeps_the_hash_it_had_before_those_fields_existed()
    {
        // The value computed by the code before ListEntry had SubList and Citation: stored hashes stay valid.
        Assert.Equal("cb791bdf62be260ba2a0dfc6492e3002", EntryContent.Hash(Rostec));
    }

    [Fact]
    public void A_sub_list_and_a_citation_are_told_apart_and_survive_the_json_round_trip()
    {
        var listed = Rostec with { SubList = "Entity List (EL) - Bureau of Industry and Security", Citation = "87 FR 12240" };
        var amended = listed with { Citation = "87 FR 12240; 89 FR 84770" };
        var swapped = Rostec with { SubList = null, Citation = listed.SubList };

        Assert.Equal(["citation"], EntryContent.ChangedFields(listed, amended));
        Assert.NotEqual(EntryContent.Hash(listed), EntryContent.Hash(amended));
        Assert.NotEqual(EntryContent.Hash(Rostec with { SubList = listed.SubList }), EntryContent.Hash(swapped));
        var copy = EntryContent.FromJson(EntryContent.ToJson(listed));
        Assert.Equal(EntryContent.Hash(listed), EntryContent.Hash(copy));
        Assert.Contains("\"sub_list\":\"Entity List (EL)", EntryContent.ToJson(listed), StringComparison.Ordinal);
        Assert.DoesNotContain("sub_list", EntryContent.ToJson(Rostec), StringComparison.Ordinal);
    }

    [Fact]
    public void Field_boundaries_are_part_of_the_hash()
    {
        var a = Rostec with { Programmes = ["AB", "C"] };
        var b = Rostec with { Programmes = ["A", "BC"] };

        Assert.NotEqual(EntryContent.Hash(a), EntryContent.Hash(b));
    }

    [Fact]
    public void Only_identity_fields_make_a_change_material()
    {
        Assert.True(EntryContent.IsMaterial(["remarks", "names"]));
        Assert.True(EntryContent.IsMaterial(["programmes"]));
        Assert.False(EntryContent.IsMaterial(["remarks", "addresses", "link"]));
    }
}
