using SanctionsWatch.Model;
using SanctionsWatch.Sources.Eu;

namespace SanctionsWatch.Tests.Sources.Eu;

public sealed class EuReaderTests
{
    private readonly EuReader _reader = new();

    private ListFile Read(string name) => _reader.Read(ReaderFiles.Fixture("eu", name), "eu-fsf");

    [Fact]
    public void Reads_xml_1_1_entities_by_logical_id_with_the_generation_date()
    {
        var list = Read("fsf-1.1.xml");

        Assert.Equal("eu-fsf-xml-1.1", list.Format);
        Assert.Equal(new DateTimeOffset(2026, 8, 5, 14, 47, 4, 449, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal(["9001", "9002"], list.Entries.Select(e => e.EntryId));
    }

    [Fact]
    public void Maps_a_russian_firm_with_inn_and_ogrn_from_its_tax_and_registration_numbers()
    {
        var acme = Read("fsf-1.1.xml").Entries[0];

        Assert.Equal(PartyType.Organization, acme.PartyType);
        Assert.Equal(
            [
                new EntryName("Public Joint Stock Company Acme Machine Building Plant", NameType.Primary),
                new EntryName("ПАО «Акме машзавод»", NameType.OriginalScript),
                new EntryName("Acmemash", NameType.WeakAlias),
                new EntryName("PJSC Acme", NameType.Alias),
            ],
            acme.Names);
        Assert.Equal(["UKR", "RUS"], acme.Programmes);
        Assert.Equal(
            [
                new EntryIdentifier("ogrn", "1024500508346", "RUSSIAN FEDERATION"),
                new EntryIdentifier("inn", "4501008142", "RUSSIAN FEDERATION"),
                new EntryIdentifier("swift", "ACMERUMM"),
            ],
            acme.Identifiers);
        Assert.Equal(["1 Mashinostroiteley Avenue, Kurgan, 640021, RUSSIAN FEDERATION"], acme.Addresses);
        Assert.Equal(["RUSSIAN FEDERATION"], acme.Countries);
        Assert.Equal(new DateOnly(2022, 6, 3), acme.ListedOn);
        Assert.Equal("Manufacturer of armoured vehicles. INN: 4501008142", acme.Remarks);
        Assert.Null(acme.Link);
    }

    [Fact]
    public void Maps_a_person_named_by_first_and_last_name_with_citizenship_and_documents()
    {
        var ivanov = Read("fsf-1.1.xml").Entries[1];

        Assert.Equal(PartyType.Person, ivanov.PartyType);
        Assert.Equal([new EntryName("Ivan IVANOV", NameType.Primary)], ivanov.Names);
        Assert.Equal(
            [new EntryIdentifier("passport", "720000001", "RUSSIAN FEDERATION"), new EntryIdentifier("national-id", "4501 123456")],
            ivanov.Identifiers);
        Assert.Equal(["RUSSIAN FEDERATION"], ivanov.Countries);
        Assert.Null(ivanov.ListedOn);
        Assert.Null(ivanov.Remarks);
    }

    [Fact]
    public void Reads_the_legacy_xml_1_0_with_the_same_ids()
    {
        var list = Read("legacy-1.0.xml");

        Assert.Equal("eu-fsf-xml-1.0", list.Format);
        Assert.Equal(new DateTimeOffset(2016, 2, 11, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);
        var doe = list.Entries[0];
        Assert.Equal("1", doe.EntryId);
        Assert.Equal(PartyType.Person, doe.PartyType);
        Assert.Equal([new EntryName("John Q Doe", NameType.Primary), new EntryName("Johnny Doe", NameType.Alias)], doe.Names);
        Assert.Equal(["ZWE"], doe.Programmes);
        Assert.Equal(
            [new EntryIdentifier("passport", "AD001095"), new EntryIdentifier("national-id", "63-123456", "ZWE")], doe.Identifiers);
        Assert.Equal(["ZWE"], doe.Countries);
        Assert.Equal(new DateOnly(2012, 2, 21), doe.ListedOn);
        Assert.Equal("(Entity is sanctioned in regime 310/2002 (OJ L50) of programme ZWE)", doe.Remarks);
        var acme = list.Entries[1];
        Assert.Equal(("231", PartyType.Organization), (acme.EntryId, acme.PartyType));
        Assert.Equal(["Al Khalani Square, Baghdad, IRQ"], acme.Addresses);
        Assert.Null(acme.Remarks);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(ReaderFiles.HtmlPage, "not well-formed")]
    [InlineData("<sdnList><sdnEntry/></sdnList>", "expected root element export, found sdnList")]
    [InlineData("<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"></export>", "holds no sanctionEntity")]
    [InlineData("<export><sanctionEntity logicalId=\"5\"><subjectType code=\"person\"/></sanctionEntity></export>", "sanctionEntity 5 has no name")]
    [InlineData(
        "<export><sanctionEntity logicalId=\"5\"><nameAlias wholeName=\"A\"/></sanctionEntity>"
        + "<sanctionEntity logicalId=\"5\"><nameAlias wholeName=\"B\"/></sanctionEntity></export>",
        "duplicate id 5")]
    [InlineData("<WHOLE Date=\"11/02/2016\"><ENTITY Id=\"1\"><NAME><WHOLENAME>A</WHOLENAME></NAME></ENTITY><ENTITY Id=\"1\"><NAME><WHOLENAME>B</WHOLENAME></NAME></ENTITY></WHOLE>", "duplicate id 1")]
    public void Refuses_broken_inputs(string content, string reason) =>
        Assert.Contains(reason, ReaderFiles.Refusal(_reader, content, "eu-fsf"), StringComparison.Ordinal);

    [Theory]
    [InlineData("fsf-1.1.xml")]
    [InlineData("legacy-1.0.xml")]
    public void Refuses_a_truncated_file(string name) =>
        Assert.Contains(
            "truncated",
            ReaderFiles.Refusal(_reader, ReaderFiles.Truncated(ReaderFiles.Fixture("eu", name)), "eu-fsf"),
            StringComparison.Ordinal);
}
