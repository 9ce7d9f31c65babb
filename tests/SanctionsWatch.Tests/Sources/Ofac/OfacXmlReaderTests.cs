using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;

namespace SanctionsWatch.Tests.Sources.Ofac;

public sealed class OfacXmlReaderTests : IDisposable
{
    private readonly OfacFiles _files = new();
    private readonly OfacReader _reader = new();

    public void Dispose() => _files.Dispose();

    private static ListFile ReadFixture() => new OfacReader().Read(OfacFiles.Fixture("sdn.xml"), "ofac-sdn");

    [Fact]
    public void Reads_the_entries_and_the_publication_date_of_the_classic_schema()
    {
        var list = ReadFixture();

        Assert.Equal("ofac-xml", list.Format);
        Assert.Null(list.Complete);
        Assert.Equal(new DateTimeOffset(2025, 3, 28, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal(["200", "201", "202"], list.Entries.Select(e => e.EntryId));
        Assert.Equal(
            [PartyType.Organization, PartyType.Person, PartyType.Vessel], list.Entries.Select(e => e.PartyType));
    }

    [Fact]
    public void Maps_an_entity_with_strong_weak_and_former_names_identifiers_and_addresses()
    {
        var acme = ReadFixture().Entries[0];

        Assert.Equal(
            [
                new EntryName("ACME MACHINE WORKS", NameType.Primary),
                new EntryName("ACME JSC", NameType.Alias),
                new EntryName("ACME MW", NameType.WeakAlias),
                new EntryName("OLD ACME", NameType.FormerName),
            ],
            acme.Names);
        Assert.Equal(["UKRAINE-EO13662", "RUSSIA-EO14024"], acme.Programmes);
        Assert.Equal(
            [
                new EntryIdentifier("inn", "1234567890", "Russia"),
                new EntryIdentifier("ogrn", "1027700000001", "Russia"),
                new EntryIdentifier("swift", "ACMERUMM"),
            ],
            acme.Identifiers);
        Assert.Equal(["1 Lenina Street, Moscow, 101000, Russia"], acme.Addresses);
        Assert.Equal(["Russia", "Kazakhstan"], acme.Countries);
        Assert.Equal("Linked To: STATE CORPORATION ROSTEC; a.k.a. 'ACME MW'.", acme.Remarks);
        Assert.Equal("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=200", acme.Link);
    }

    [Fact]
    public void Maps_a_person_as_last_comma_first_with_nationality_and_citizenship_as_countries()
    {
        var ivanov = ReadFixture().Entries[1];

        Assert.Equal([new EntryName("IVANOV, Ivan", NameType.Primary)], ivanov.Names);
        Assert.Equal([new EntryIdentifier("passport", "123456", "Russia")], ivanov.Identifiers);
        Assert.Equal(["Russia", "Belarus"], ivanov.Countries);
        Assert.Empty(ivanov.Addresses);
        Assert.Null(ivanov.Remarks);
    }

    [Fact]
    public void Reads_the_imo_number_of_a_vessel_as_digits()
    {
        var vessel = ReadFixture().Entries[2];

        Assert.Equal([new EntryIdentifier("imo", "9123456")], vessel.Identifiers);
    }

    [Fact]
    public void Detects_xml_by_content_whatever_the_file_is_called()
    {
        var path = _files.Write("SDN.CSV", File.ReadAllBytes(OfacFiles.Fixture("sdn.xml")));

        Assert.Equal("ofac-xml", _reader.Read(path, "ofac-sdn").Format);
    }

    [Fact]
    public void Rejects_a_document_with_another_root()
    {
        var path = _files.Write("sdn.xml", "<?xml version=\"1.0\"?><export><sanctionEntity/></export>");

        var ex = Assert.Throws<ListFormatException>(() => _reader.Read(path, "ofac-sdn"));

        Assert.Contains("expected root element sdnList, found export", ex.Message);
    }

    [Fact]
    public void Rejects_a_truncated_document_with_the_line_where_it_stops()
    {
        var text = File.ReadAllText(OfacFiles.Fixture("sdn.xml"));
        var path = _files.Write("sdn.xml", text[..text.IndexOf("<uid>201</uid>", StringComparison.Ordinal)]);

        var ex = Assert.Throws<ListFormatException>(() => _reader.Read(path, "ofac-sdn"));

        Assert.Contains("truncated", ex.Message);
        Assert.Matches(@"line (7[0-9]|8[0-9])\b", ex.Message);
    }

    [Fact]
    public void Refuses_a_document_type_declaration()
    {
        var path = _files.Write(
            "sdn.xml", "<?xml version=\"1.0\"?><!DOCTYPE sdnList [<!ENTITY x \"y\">]><sdnList>&x;</sdnList>");

        Assert.Throws<ListFormatException>(() => _reader.Read(path, "ofac-sdn"));
    }
}
