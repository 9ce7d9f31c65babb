using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;

namespace SanctionsWatch.Tests.Sources.Ofac;

public sealed class OfacCsvReaderTests : IDisposable
{
    private readonly OfacFiles _files = new();
    private readonly OfacReader _reader = new();

    public void Dispose() => _files.Dispose();

    private static ListFile ReadFixture() => new OfacReader().Read(OfacFiles.Fixture("csv/sdn.csv"), "ofac-sdn");

    [Fact]
    public void Reads_every_primary_record_in_file_order_and_sees_the_end_marker()
    {
        var list = ReadFixture();

        Assert.Equal("ofac-csv", list.Format);
        Assert.True(list.Complete);
        Assert.Null(list.PublishedAt);
        Assert.Equal(["100", "101", "102", "103"], list.Entries.Select(e => e.EntryId));
        Assert.All(list.Entries, e => Assert.Equal("ofac-sdn", e.Source));
        Assert.Equal(
            [PartyType.Organization, PartyType.Person, PartyType.Vessel, PartyType.Aircraft],
            list.Entries.Select(e => e.PartyType));
    }

    [Fact]
    public void Maps_an_entity_with_its_aliases_addresses_and_remarks_identifiers()
    {
        var acme = ReadFixture().Entries[0];

        Assert.Equal(
            [
                new EntryName("ACME MACHINE WORKS", NameType.Primary),
                new EntryName("ACME MACHINE WORKS JSC", NameType.Alias),
                new EntryName("OLD ACME", NameType.FormerName),
                new EntryName("ACME MW", NameType.WeakAlias),
            ],
            acme.Names);
        Assert.Equal(["RUSSIA-EO14024"], acme.Programmes);
        Assert.Equal(
            [new EntryIdentifier("inn", "1234567890", "Russia"), new EntryIdentifier("ogrn", "1027700000001", "Russia")],
            acme.Identifiers);
        Assert.Equal(["1 Lenina Street, Moscow 101000, Russia"], acme.Addresses);
        Assert.Equal(["Russia", "Kazakhstan"], acme.Countries);
        Assert.Equal(
            "Tax ID No. 1234567890 (Russia); Registration Number 1027700000001 (Russia); a.k.a. 'ACME MW'.",
            acme.Remarks);
        Assert.Equal("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=100", acme.Link);
    }

    [Fact]
    public void Maps_a_person_with_two_programmes_and_remarks_continued_in_the_comments_file()
    {
        var ivanov = ReadFixture().Entries[1];

        Assert.Equal("IVANOV, Ivan", ivanov.PrimaryName);
        Assert.Contains(new EntryName("IVANOV, Ivan Ivanovich", NameType.Alias), ivanov.Names);
        Assert.Equal(["UKRAINE-EO13662", "RUSSIA-EO14024"], ivanov.Programmes);
        Assert.Equal(
            "DOB 01 Jan 1960; Passport 123456 (Russia); Gender Male; National ID No. 9876 (Russia)", ivanov.Remarks);
        Assert.Equal(
            [new EntryIdentifier("passport", "123456", "Russia"), new EntryIdentifier("national-id", "9876", "Russia")],
            ivanov.Identifiers);
        Assert.Equal(["Minsk, Belarus"], ivanov.Addresses);
        Assert.Equal(["Belarus"], ivanov.Countries);
    }

    [Fact]
    public void Reads_quoted_commas_doubled_quotes_and_vessel_and_aircraft_identifiers()
    {
        var entries = ReadFixture().Entries;

        Assert.Equal([new EntryIdentifier("imo", "9123456")], entries[2].Identifiers);
        Assert.Contains(new EntryName("OCEAN \"STAR\"", NameType.FormerName), entries[2].Names);
        Assert.Equal([new EntryIdentifier("msn", "1450743164000")], entries[3].Identifiers);
        Assert.Empty(entries[3].Addresses);
    }

    [Fact]
    public void Ignores_companion_files_beside_a_file_not_named_sdn_csv()
    {
        var path = _files.Write("sdn_2024-05-03T1843.csv", File.ReadAllBytes(OfacFiles.Fixture("csv/sdn.csv")));
        _files.Write("alt.csv", File.ReadAllBytes(OfacFiles.Fixture("csv/alt.csv")));

        var acme = _reader.Read(path, "ofac-sdn").Entries[0];

        Assert.DoesNotContain(acme.Names, n => n.Type == NameType.Alias);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n \t\r\n")]
    [InlineData("\r\n\x1a")]
    public void Rejects_an_empty_file(string content)
    {
        var path = _files.Write("sdn.csv", content);

        var ex = Assert.Throws<ListFormatException>(() => _reader.Read(path, "ofac-sdn"));

        Assert.Contains("the file is empty", ex.Message);
    }

    [Fact]
    public void A_file_cut_at_a_line_boundary_parses_but_is_not_complete()
    {
        var bytes = File.ReadAllBytes(OfacFiles.Fixture("csv/sdn.csv"));
        var secondLineEnd = IndexOfNth(bytes, (byte)'\n', 2) + 1;
        var path = _files.Write("cut.csv", bytes[..secondLineEnd]);

        var list = _reader.Read(path, "ofac-sdn");

        Assert.False(list.Complete);
        Assert.Equal(["100", "101"], list.Entries.Select(e => e.EntryId));
    }

    [Theory]
    [InlineData(40)] // inside a quoted field of line 1
    [InlineData(120)] // inside the quoted remarks of line 1
    [InlineData(177)] // after the remarks' closing quote, before the line end
    [InlineData(200)] // inside an unquoted field of line 2
    public void A_file_cut_inside_a_record_is_reported_as_truncated_with_its_line(int length)
    {
        var bytes = File.ReadAllBytes(OfacFiles.Fixture("csv/sdn.csv"));
        var path = _files.Write("cut.csv", bytes[..length]);

        var ex = Assert.Throws<ListFormatException>(() => _reader.Read(path, "ofac-sdn"));

        Assert.Contains("truncated", ex.Message);
        Assert.Contains("line " + (length < 180 ? 1 : 2), ex.Message);
    }

    [Theory]
    [InlineData("100,\"A\",-0- ,\"X\"\r\n\x1a", "line 1: expected 12 fields, found 4")]
    [InlineData(Row100 + "\r\nABC" + Rest + "\r\n\x1a", "line 2: ent_num 'ABC' is not a number")]
    [InlineData(Row100 + "\r\n" + Row100 + "\r\n\x1a", "line 2: duplicate ent_num 100")]
    public void Rejects_a_malformed_row_with_its_line_and_reason(string content, string reason)
    {
        var path = _files.Write("sdn.csv", content);

        var ex = Assert.Throws<ListFormatException>(() => _reader.Read(path, "ofac-sdn"));

        Assert.Contains(reason, ex.Message);
    }

    [Fact]
    public void Counts_lines_inside_a_multi_line_quoted_field_when_it_reports_a_row()
    {
        var path = _files.Write(
            "sdn.csv", Row100.Replace("\"X\"", "\"X\r\nY\"", StringComparison.Ordinal) + "\r\n101,\"B\"\r\n\x1a");

        var ex = Assert.Throws<ListFormatException>(() => _reader.Read(path, "ofac-sdn"));

        Assert.Contains("line 3: expected 12 fields, found 2", ex.Message);
    }

    [Fact]
    public void A_companion_file_cut_at_a_line_boundary_makes_the_list_incomplete()
    {
        var primary = _files.Write("sdn.csv", File.ReadAllBytes(OfacFiles.Fixture("csv/sdn.csv")));
        var alt = File.ReadAllBytes(OfacFiles.Fixture("csv/alt.csv"));
        _files.Write("ALT.CSV", alt[..(Array.IndexOf(alt, (byte)'\n') + 1)]);

        var list = _reader.Read(primary, "ofac-sdn");

        Assert.False(list.Complete);
        Assert.Contains(new EntryName("ACME MACHINE WORKS JSC", NameType.Alias), list.Entries[0].Names);
        Assert.DoesNotContain(list.Entries[0].Names, n => n.Type == NameType.FormerName && n.Text == "OLD ACME");
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body>busy</body></html>")]
    [InlineData("<html><body><h1>Service Unavailable</h1></body></html>")]
    [InlineData("{\"error\": \"rate limited\"}")]
    [InlineData("Service Unavailable\r\n")]
    public void Rejects_an_error_page_instead_of_producing_entries(string content)
    {
        var path = _files.Write("sdn.csv", content);

        Assert.Throws<ListFormatException>(() => _reader.Read(path, "ofac-sdn"));
    }

    private const string Rest = ",\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";
    private const string Row100 = "100" + Rest;

    private static int IndexOfNth(byte[] bytes, byte value, int n)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == value && --n == 0)
                return i;
        }

        return -1;
    }
}
