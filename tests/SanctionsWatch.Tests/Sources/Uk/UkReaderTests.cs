using SanctionsWatch.Model;
using SanctionsWatch.Sources.Uk;

namespace SanctionsWatch.Tests.Sources.Uk;

public sealed class UkReaderTests
{
    private readonly UkReader _reader = new();

    private ListFile Read(string name) => _reader.Read(ReaderFiles.Fixture("uk", name), "uk-fcdo");

    [Fact]
    public void Reads_the_xml_designations_by_unique_id_with_the_generation_date()
    {
        var list = Read("uk-sanctions-list.xml");

        Assert.Equal("uk-xml", list.Format);
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal(["RUS9001", "RUS9002", "DPR9003"], list.Entries.Select(e => e.EntryId));
        Assert.Equal([PartyType.Organization, PartyType.Person, PartyType.Vessel], list.Entries.Select(e => e.PartyType));
    }

    [Fact]
    public void Maps_a_russian_entity_with_inn_and_ogrn_from_its_registration_numbers()
    {
        var acme = Read("uk-sanctions-list.xml").Entries[0];

        Assert.Equal(
            [
                new EntryName("ACME MACHINE BUILDING PLANT", NameType.Primary),
                new EntryName("PJSC ACMEMASH", NameType.Alias),
                new EntryName("ACME", NameType.WeakAlias),
                new EntryName("ПАО «Акмемаш»", NameType.OriginalScript),
            ],
            acme.Names);
        Assert.Equal(["The Russia (Sanctions) (EU Exit) Regulations 2019"], acme.Programmes);
        Assert.Equal(
            [
                new EntryIdentifier("inn", "4501008142", "Russia"),
                new EntryIdentifier("ogrn", "1024500508346", "Russia"),
                new EntryIdentifier("registration", "Company no. 12345"),
            ],
            acme.Identifiers);
        Assert.Equal(["1 Mashinostroiteley Avenue, Kurgan, 640021, Russia"], acme.Addresses);
        Assert.Equal(["Russia"], acme.Countries);
        Assert.Equal(new DateOnly(2022, 5, 4), acme.ListedOn);
        Assert.Equal("(UK Sanctions List Ref):RUS9001. (Parent company): State Corporation Rostec", acme.Remarks);
        Assert.Null(acme.Link);
    }

    [Fact]
    public void Maps_a_person_and_a_ship()
    {
        var entries = Read("uk-sanctions-list.xml").Entries;

        var ivanov = entries[1];
        Assert.Equal(
            [new EntryName("Ivan Petrovich IVANOV", NameType.Primary), new EntryName("Ivan IVANOFF", NameType.Alias)], ivanov.Names);
        Assert.Equal(
            [new EntryIdentifier("passport", "720000001"), new EntryIdentifier("national-id", "4501 123456")], ivanov.Identifiers);
        Assert.Equal(["Russia"], ivanov.Countries);
        Assert.Null(ivanov.Remarks);
        var petrel = entries[2];
        Assert.Equal([new EntryIdentifier("imo", "9562234")], petrel.Identifiers);
        Assert.Equal(new DateOnly(2017, 10, 3), petrel.ListedOn);
    }

    [Fact]
    public void Reads_the_csv_one_row_per_name_grouped_by_unique_id_like_the_xml()
    {
        var csv = Read("uk-sanctions-list.csv");
        var xml = Read("uk-sanctions-list.xml");

        Assert.Equal("uk-csv", csv.Format);
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 0, 0, 0, TimeSpan.Zero), csv.PublishedAt);
        Assert.Equal(xml.Entries.Select(e => (e.EntryId, e.PartyType)), csv.Entries.Select(e => (e.EntryId, e.PartyType)));
        for (var i = 0; i < xml.Entries.Count; i++)
        {
            Assert.Equal(xml.Entries[i].Names, csv.Entries[i].Names);
            Assert.Equal(xml.Entries[i].Programmes, csv.Entries[i].Programmes);
            Assert.Equal(xml.Entries[i].Addresses, csv.Entries[i].Addresses);
            Assert.Equal(xml.Entries[i].Countries, csv.Entries[i].Countries);
            Assert.Equal(xml.Entries[i].ListedOn, csv.Entries[i].ListedOn);
        }

        Assert.Equal(xml.Entries[0].Identifiers.Take(2), csv.Entries[0].Identifiers);
        Assert.Equal(xml.Entries[1].Identifiers, csv.Entries[1].Identifiers);
        Assert.Equal(xml.Entries[2].Identifiers, csv.Entries[2].Identifiers);
        Assert.Equal("Deputy director, \"Acme\" plant", csv.Entries[1].Remarks);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("\n  \n", "empty")]
    [InlineData(ReaderFiles.HtmlPage, "not well-formed")]
    [InlineData("<export><sanctionEntity/></export>", "expected root element Designations, found export")]
    [InlineData("<Designations><DateGenerated>10/09/2026</DateGenerated></Designations>", "holds no Designation")]
    [InlineData("<Designations><Designation><UniqueID>RUS1</UniqueID></Designation></Designations>", "designation RUS1 has no name")]
    [InlineData(
        "<Designations><Designation><UniqueID>RUS1</UniqueID><Names><Name><Name6>A</Name6><NameType>Primary Name</NameType></Name></Names></Designation>"
        + "<Designation><UniqueID>RUS1</UniqueID><Names><Name><Name6>B</Name6><NameType>Primary Name</NameType></Name></Names></Designation></Designations>",
        "duplicate id RUS1")]
    [InlineData("Report Date: 10-Sep-2026\r\nName,Regime\r\nA,B\r\n", "no header with a 'Unique ID' column")]
    [InlineData("Report Date: 10-Sep-2026\r\nUnique ID,Name 6,Name type\r\n", "holds no designation")]
    [InlineData(
        "Report Date: 10-Sep-2026\r\nUnique ID,Name 6,Name type\r\nRUS1,A,Primary Name\r\nRUS2,B,Primary Name\r\nRUS1,C,Alias\r\n",
        "duplicate id RUS1 (its rows are not together)")]
    [InlineData("Report Date: 10-Sep-2026\r\nUnique ID,Name 6,Name type\r\nRUS1,\"A, cut", "truncated")]
    [InlineData(
        "Report Date: 10-Sep-2026\r\nUnique ID,Name 6,Name type\r\nRUS1,\"A \"\"B\"\", two\r\nlines\",Primary Name\r\nRUS2,B,Primary Name\r\n\r\nRUS1,C,Alias\r\n",
        "line 7: duplicate id RUS1")] // a quoted field's line break and a blank line counted
    [InlineData("Report Date: 10-Sep-2026\r\nUnique ID,Name 6,Name type\r\nRUS1,A,Primary Name\r\nRUS2,\"B\r\ncut", "a quoted field opened on line 4 never closes")]
    public void Refuses_broken_inputs(string content, string reason) =>
        Assert.Contains(reason, ReaderFiles.Refusal(_reader, content, "uk-fcdo"), StringComparison.Ordinal);

    [Fact]
    public void Refuses_a_csv_record_longer_than_the_parser_holds()
    {
        var content = "Report Date: 10-Sep-2026\r\nUnique ID,Name 6,Name type\r\nRUS1,\"" + new string('A', 20_000_000) + "\",Primary Name\r\n";

        Assert.Contains("a record of more than 16777216 characters", ReaderFiles.Refusal(_reader, content, "uk-fcdo", "list.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_truncated_xml_file() =>
        Assert.Contains(
            "truncated",
            ReaderFiles.Refusal(_reader, ReaderFiles.Truncated(ReaderFiles.Fixture("uk", "uk-sanctions-list.xml")), "uk-fcdo"),
            StringComparison.Ordinal);
}
