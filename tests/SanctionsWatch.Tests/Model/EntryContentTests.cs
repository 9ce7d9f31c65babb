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
