using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ch;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Ch;

public sealed class ChReaderTests
{
    private readonly ChReader _reader = new();

    private ListFile ReadFixture() => _reader.Read(ReaderFiles.Fixture("ch", "swiss-sanctions-list.xml"), "ch-seco");

    [Fact]
    public void Reads_the_targets_still_listed_by_ssid_with_the_list_date()
    {
        var list = ReadFixture();

        Assert.Equal("ch-seco-xml", list.Format);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal(["70010", "70020"], list.Entries.Select(e => e.EntryId));
    }

    [Fact]
    public void Maps_an_entity_completely()
    {
        var acme = ReadFixture().Entries[0];

        Assert.Equal(PartyType.Organization, acme.PartyType);
        Assert.Equal(
            [
                new EntryName("Acme Machine Building Plant", NameType.Primary),
                new EntryName("Акме машиностроительный завод", NameType.OriginalScript),
                new EntryName("PJSC Acmemash", NameType.Alias),
                new EntryName("Acme", NameType.WeakAlias),
            ],
            acme.Names);
        Assert.Equal(["Ordinance on measures in connection with the situation in Ukraine: Annex 8"], acme.Programmes);
        Assert.Equal(["1 Mashinostroiteley Avenue, 640021, Kurgan, Russia"], acme.Addresses);
        Assert.Equal(["Russia"], acme.Countries);
        Assert.Equal(new DateOnly(2022, 4, 13), acme.ListedOn);
        Assert.Equal("Manufacturer of armoured vehicles.", acme.Remarks);
        Assert.Null(acme.Link);
    }

    [Fact]
    public void Maps_a_person_with_name_parts_in_order_and_a_second_identity_as_alias()
    {
        var ivanov = ReadFixture().Entries[1];

        Assert.Equal(PartyType.Person, ivanov.PartyType);
        Assert.Equal([new EntryName("Ivan Ivanov", NameType.Primary), new EntryName("Iwan Iwanow", NameType.Alias)], ivanov.Names);
        Assert.Equal([new EntryIdentifier("passport", "720000001", "Russia")], ivanov.Identifiers);
        Assert.Equal(["Russia"], ivanov.Countries);
    }

    [SharedDataFact]
    public void Reads_the_real_example_completely()
    {
        var list = _reader.Read(SharedData.PathOf("data/ch/seco-example-2024-01.xml"), "ch-seco");

        Assert.Equal(new DateTimeOffset(2024, 1, 17, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal(
            [("64398", "Test B", "United Kingdom"), ("64403", "Test C", "United States"), ("64393", "Test A", "Switzerland")],
            list.Entries.Select(e => (e.EntryId, e.PrimaryName, e.Countries.Single())));
        Assert.All(list.Entries, e => Assert.Equal(PartyType.Person, e.PartyType));
        Assert.Equal(["EXAMPLE: Financial measures, annex 2"], list.Entries[0].Programmes);
        Assert.Equal(["EXAMPLE: Travel ban, annex 1"], list.Entries[1].Programmes);
        Assert.Equal(["EXAMPLE: Financial measures, annex 2", "EXAMPLE: Travel ban, annex 1"], list.Entries[2].Programmes);
        Assert.All(list.Entries, e => Assert.Single(e.Names));
        Assert.All(list.Entries, e => Assert.Null(e.ListedOn));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(ReaderFiles.HtmlPage, "not well-formed")]
    [InlineData("<Designations><Designation/></Designations>", "expected root element swiss-sanctions-list, found Designations")]
    [InlineData("<swiss-sanctions-list date=\"2024-01-17\"></swiss-sanctions-list>", "holds no target")]
    [InlineData("<swiss-sanctions-list><target ssid=\"1\"><entity><identity main=\"true\"/></entity></target></swiss-sanctions-list>", "target 1 has no name")]
    [InlineData("<swiss-sanctions-list><target ssid=\"1\"><sanctions-set-id>5</sanctions-set-id></target></swiss-sanctions-list>", "target 1 is neither individual, entity nor object")]
    [InlineData(
        "<swiss-sanctions-list><target ssid=\"1\"><entity><identity main=\"true\"><name name-type=\"primary-name\"><name-part order=\"1\"><value>A</value></name-part></name></identity></entity></target>"
        + "<target ssid=\"1\"><entity><identity main=\"true\"><name name-type=\"primary-name\"><name-part order=\"1\"><value>B</value></name-part></name></identity></entity></target></swiss-sanctions-list>",
        "duplicate id 1")]
    public void Refuses_broken_inputs(string content, string reason) =>
        Assert.Contains(reason, ReaderFiles.Refusal(_reader, content, "ch-seco"), StringComparison.Ordinal);

    [Fact]
    public void Refuses_a_truncated_file() =>
        Assert.Contains(
            "truncated",
            ReaderFiles.Refusal(_reader, ReaderFiles.Truncated(ReaderFiles.Fixture("ch", "swiss-sanctions-list.xml")), "ch-seco"),
            StringComparison.Ordinal);
}
