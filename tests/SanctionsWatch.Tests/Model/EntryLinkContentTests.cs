using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Model;

/// <summary>Links are part of an entry's content: stored, hashed and diffed; an entry without links is stored as before.</summary>
public sealed class EntryLinkContentTests
{
    private static readonly ListEntry Tekhnodinamika = new()
    {
        Source = "ofac-sdn",
        EntryId = "18774",
        PartyType = PartyType.Organization,
        Names = [new EntryName("JOINT STOCK COMPANY TEKHNODINAMIKA", NameType.Primary)],
        Programmes = ["RUSSIA-EO14024"],
        Identifiers = [new EntryIdentifier("inn", "7703058331", "Russia")],
        Remarks = "Tax ID No. 7703058331 (Russia); Linked To: STATE CORPORATION ROSTEC.",
    };

    private static readonly EntryLink ToRostec = new(LinkType.LinkedTo, "STATE CORPORATION ROSTEC");

    [Fact]
    public void An_entry_without_links_keeps_the_hash_and_the_json_it_had_before_links_were_read()
    {
        // The Rostec entry of EntryContentTests, whose hash the code computed before entries had sub-lists, citations
        // or links: stored hashes stay valid, so no entry without links is "modified" by the upgrade.
        var rostec = new ListEntry
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

        Assert.Equal("cb791bdf62be260ba2a0dfc6492e3002", EntryContent.Hash(rostec));
        Assert.NotEqual("cb791bdf62be260ba2a0dfc6492e3002", EntryContent.Hash(rostec with { Links = [ToRostec] }));
        Assert.DoesNotContain("links", EntryContent.ToJson(rostec), StringComparison.Ordinal);
        Assert.Empty(EntryContent.FromJson(EntryContent.ToJson(rostec)).Links);
    }

    [Fact]
    public void Links_are_written_typed_and_survive_the_json_round_trip()
    {
        var linked = Tekhnodinamika with { Links = [ToRostec, new EntryLink(LinkType.Owner, "ROSNEFT", "17022"), new EntryLink(LinkType.Subsidiary, null, "NK-x")] };

        var json = EntryContent.ToJson(linked);
        Assert.Contains(
            "\"links\":[{\"type\":\"linked-to\",\"name\":\"STATE CORPORATION ROSTEC\"},{\"type\":\"owner\",\"name\":\"ROSNEFT\",\"entry_id\":\"17022\"},{\"type\":\"subsidiary\",\"entry_id\":\"NK-x\"}]",
            json,
            StringComparison.Ordinal);
        var copy = EntryContent.FromJson(json);
        Assert.Equal(linked.Links, copy.Links);
        Assert.Equal(EntryContent.Hash(linked), EntryContent.Hash(copy));
        Assert.Empty(EntryContent.ChangedFields(linked, copy));
    }

    public static TheoryData<ListEntry> LinkChanges => new()
    {
        Tekhnodinamika with { Links = [ToRostec] },
        Tekhnodinamika with { Links = [ToRostec, new EntryLink(LinkType.LinkedTo, "MAHAN AIR")] },
        Tekhnodinamika with { Links = [ToRostec with { Type = LinkType.Owner }] },
        Tekhnodinamika with { Links = [ToRostec with { EntryId = "17260" }] },
        Tekhnodinamika with { Links = [ToRostec with { Name = "ROSTEC" }] },
    };

    [Theory]
    [MemberData(nameof(LinkChanges))]
    public void A_link_added_removed_or_changed_is_a_change_of_the_links_field_and_not_material(ListEntry changed)
    {
        var before = Tekhnodinamika with { Links = [new EntryLink(LinkType.LinkedTo, "STATE CORPORATION ROSTEC", "1")] };

        Assert.NotEqual(EntryContent.Hash(before), EntryContent.Hash(changed));
        Assert.Equal(["links"], EntryContent.ChangedFields(before, changed));
        Assert.False(EntryContent.IsMaterial(EntryContent.ChangedFields(before, changed)));
        Assert.NotEqual(EntryContent.Hash(Tekhnodinamika), EntryContent.Hash(changed));
    }

    [Fact]
    public void Link_boundaries_and_order_are_part_of_the_hash()
    {
        var a = Tekhnodinamika with { Links = [new EntryLink(LinkType.LinkedTo, "AB", "C")] };
        var b = Tekhnodinamika with { Links = [new EntryLink(LinkType.LinkedTo, "A", "BC")] };
        var one = new EntryLink(LinkType.Parent, "X");
        var two = new EntryLink(LinkType.Parent, "Y");

        Assert.NotEqual(EntryContent.Hash(a), EntryContent.Hash(b));
        Assert.NotEqual(EntryContent.Hash(Tekhnodinamika with { Links = [one, two] }), EntryContent.Hash(Tekhnodinamika with { Links = [two, one] }));
    }
}
