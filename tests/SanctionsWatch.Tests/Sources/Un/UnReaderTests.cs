using SanctionsWatch.Model;
using SanctionsWatch.Sources.Un;

namespace SanctionsWatch.Tests.Sources.Un;

public sealed class UnReaderTests
{
    private readonly UnReader _reader = new();

    private ListFile ReadFixture() => _reader.Read(ReaderFiles.Fixture("un", "consolidated.xml"), "un-sc");

    [Fact]
    public void Reads_individuals_and_entities_with_the_generation_date()
    {
        var list = ReadFixture();

        Assert.Equal("un-xml", list.Format);
        Assert.Null(list.Complete);
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal(["KPi.901", "QDe.901"], list.Entries.Select(e => e.EntryId));
        Assert.Equal([PartyType.Person, PartyType.Organization], list.Entries.Select(e => e.PartyType));
        Assert.Equal("un-sc", list.Entries[0].Source);
    }

    [Fact]
    public void Maps_an_individual_completely()
    {
        var ivan = ReadFixture().Entries[0];

        Assert.Equal(
            [
                new EntryName("IVAN PETROVICH SIDOROV", NameType.Primary),
                new EntryName("Иван Петрович Сидоров", NameType.OriginalScript),
                new EntryName("Ivan Sidorov", NameType.Alias),
                new EntryName("Vanya", NameType.WeakAlias),
                new EntryName("Ivan Petrov", NameType.FormerName),
            ],
            ivan.Names);
        Assert.Equal(["DPRK"], ivan.Programmes);
        Assert.Equal(
            [
                new EntryIdentifier("passport", "720000001", "Russian Federation"),
                new EntryIdentifier("national-id", "4501 123456"),
            ],
            ivan.Identifiers);
        Assert.Equal(
            ["1 Lenina Street, Moscow, Russian Federation", "Democratic People's Republic of Korea"], ivan.Addresses);
        Assert.Equal(["Russian Federation", "Democratic People's Republic of Korea"], ivan.Countries);
        Assert.Equal(new DateOnly(2017, 6, 2), ivan.ListedOn);
        Assert.Equal("Broker of arms deals.", ivan.Remarks);
        Assert.Null(ivan.Link);
    }

    [Fact]
    public void Maps_an_entity_with_a_name_over_two_lines_and_a_listing_date_with_a_zone()
    {
        var acme = ReadFixture().Entries[1];

        Assert.Equal(
            [new EntryName("ACME MACHINE BUILDING PLANT", NameType.Primary), new EntryName("ACME MBP", NameType.Alias)],
            acme.Names);
        Assert.Equal(["Al-Qaida"], acme.Programmes);
        Assert.Equal(["Operates in Syria"], acme.Addresses);
        Assert.Empty(acme.Countries);
        Assert.Empty(acme.Identifiers);
        Assert.Equal(new DateOnly(2015, 9, 29), acme.ListedOn);
        Assert.Null(acme.Remarks);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(ReaderFiles.HtmlPage, "not well-formed")]
    [InlineData("<?xml version=\"1.0\"?><sdnList><sdnEntry/></sdnList>", "expected root element CONSOLIDATED_LIST, found sdnList")]
    [InlineData("<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>", "holds no INDIVIDUAL or ENTITY")]
    [InlineData("<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>X</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>", "has no REFERENCE_NUMBER")]
    [InlineData(
        "<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>QDe.1</REFERENCE_NUMBER></ENTITY>"
        + "<ENTITY><FIRST_NAME>B</FIRST_NAME><REFERENCE_NUMBER>QDe.1 </REFERENCE_NUMBER></ENTITY></ENTITIES></CONSOLIDATED_LIST>",
        "duplicate id QDe.1")]
    public void Refuses_broken_inputs(string content, string reason) =>
        Assert.Contains(reason, ReaderFiles.Refusal(_reader, content, "un-sc"), StringComparison.Ordinal);

    [Fact]
    public void Refuses_a_truncated_file()
    {
        var message = ReaderFiles.Refusal(_reader, ReaderFiles.Truncated(ReaderFiles.Fixture("un", "consolidated.xml")), "un-sc");

        Assert.Contains("truncated", message, StringComparison.Ordinal);
    }
}
