using SanctionsWatch.Model;
using SanctionsWatch.Sources.Au;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Au;

public sealed class AuDfatReaderTests : IDisposable
{
    private static readonly object?[] Header =
    [
        "Reference", "Name of Individual or Entity", "Type", "Name Type", "Date of Birth", "Place of Birth",
        "Citizenship", "Address", "Additional Information", "Listing Information", "Committees", "Control Date",
    ];

    private readonly TempDir _dir = new();
    private readonly AuDfatReader _reader = new();

    public void Dispose() => _dir.Dispose();

    private string Xlsx(params object?[][] rows)
    {
        var path = _dir.File("regulation8_consolidated.xlsx");
        MinimalXlsx.Write(path, rows);
        return path;
    }

    private ListFormatException Refused(string path) =>
        Assert.Throws<ListFormatException>(() => _reader.Read(path, "au-dfat"));

    [Fact]
    public void Rows_sharing_a_reference_number_are_one_party()
    {
        var path = Xlsx(
            Header,
            [7450, "Kurganmashzavod Public Joint Stock Company ", "Entity", "Primary Name", null, null, null,
                "17 Mashinostroitelny Ave., Kurgan, Russia", "Website: www.kurganmash.ru. OGRN: 1024500521682 INN 4501008142",
                "Instrument 2023", "Autonomous (Russia)", 44981],
            ["7450a", "Kurgan Machinery Plant", "Entity", "Aka", null, null, null,
                "17 Mashinostroitelny Ave., Kurgan, Russia", null, "Instrument 2023", "Autonomous  (Russia) ", 44981],
            ["7450b", "КУРГАНМАШЗАВОД", "Entity", "original script ", null, null, null, null, null, null, "Autonomous (Russia)", 44981],
            [12, "IVANOV, Ivan", "Individual", "Primary name", "1 Jan 1960", "Moscow", "Russia", "NA", null, null, "Autonomous (Ukraine)", "12/3/2022"],
            [null, null, null, null]);

        var list = _reader.Read(path, "au-dfat");

        Assert.Equal(AuDfatReader.FormatName, list.Format);
        Assert.Equal(["7450", "12"], list.Entries.Select(e => e.EntryId));
        var kurgan = list.Entries[0];
        Assert.Equal(PartyType.Organization, kurgan.PartyType);
        Assert.Equal(
            [
                new EntryName("Kurganmashzavod Public Joint Stock Company", NameType.Primary),
                new EntryName("Kurgan Machinery Plant", NameType.Alias),
                new EntryName("КУРГАНМАШЗАВОД", NameType.OriginalScript),
            ],
            kurgan.Names);
        Assert.Equal(["Autonomous (Russia)"], kurgan.Programmes);
        Assert.Equal(["17 Mashinostroitelny Ave., Kurgan, Russia"], kurgan.Addresses);
        Assert.Equal(new DateOnly(2023, 2, 24), kurgan.ListedOn);
        Assert.Equal(
            [new EntryIdentifier("ogrn", "1024500521682", "Russia"), new EntryIdentifier("inn", "4501008142", "Russia")],
            kurgan.Identifiers);

        var ivanov = list.Entries[1];
        Assert.Equal(PartyType.Person, ivanov.PartyType);
        Assert.Equal(["Russia"], ivanov.Countries);
        Assert.Empty(ivanov.Addresses);
        Assert.Equal(new DateOnly(2022, 3, 12), ivanov.ListedOn);
        Assert.Contains("Date of birth: 1 Jan 1960", ivanov.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_wrong_header()
    {
        var path = Xlsx(["Ref", "Name"], [1, "X"]);
        Assert.Contains("lacks Reference", Refused(path).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_sheet_without_entries()
    {
        Assert.Contains("no entries", Refused(Xlsx(Header)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_duplicate_references_and_two_primary_names()
    {
        var same = Xlsx(Header, [1, "A", "Entity", "Primary Name"], ["1a", "B", "Entity", "aka"], ["1a", "C", "Entity", "aka"]);
        Assert.Contains("duplicate reference 1a", Refused(same).Message, StringComparison.Ordinal);
        var twoPrimaries = Xlsx(Header, [1, "A", "Entity", "Primary Name"], ["1a", "B", "Entity", "Primary Name"]);
        Assert.Contains("duplicate entry 1", Refused(twoPrimaries).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_empty_html_csv_and_truncated_files()
    {
        Assert.Contains("empty", Refused(_dir.Write("empty.xlsx", "")).Message, StringComparison.Ordinal);
        Assert.Contains("HTML page", Refused(_dir.Write("error.xlsx", "<!DOCTYPE html><html><body>502</body></html>")).Message, StringComparison.Ordinal);
        Assert.Contains("not a zip archive", Refused(_dir.Write("list.xlsx", "Reference,Name\n1,X\n")).Message, StringComparison.Ordinal);

        var whole = File.ReadAllBytes(Xlsx(Header, [1, "A", "Entity", "Primary Name"]));
        var cut = _dir.File("cut.xlsx");
        File.WriteAllBytes(cut, whole[..(whole.Length * 2 / 3)]);
        Assert.Contains("truncated or damaged", Refused(cut).Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Reads_the_real_consolidated_file()
    {
        var list = _reader.Read(SharedData.PathOf("data/au/dfat-consolidated-2024-12.xlsx"), "au-dfat");

        Assert.Equal(3062, list.Entries.Count);
        Assert.Equal(list.Entries.Count, list.Entries.Select(e => e.EntryId).Distinct().Count());
        Assert.Equal(9554, list.Entries.Sum(e => e.Names.Count) + DuplicateNameRows);
        Assert.All(list.Entries, e => Assert.Equal(NameType.Primary, e.Names[0].Type));

        var kurgan = Assert.Single(list.Entries, e => e.EntryId == "7450");
        Assert.Equal("Kurganmashzavod Public Joint Stock Company", kurgan.PrimaryName);
        Assert.Equal(PartyType.Organization, kurgan.PartyType);
        Assert.Equal(
            ["Kurganmashzavod Public Joint Stock Company", "Kurgan Machinery Plant", "PJSC Kurgansky Mashinostroitelny Factory"],
            kurgan.Names.Select(n => n.Text));
        Assert.Equal(["Autonomous (Russia)"], kurgan.Programmes);
        Assert.Equal(["17 Mashinostroitelny Ave. Letter 1J, Kurgan, 640021, Russia"], kurgan.Addresses);
        Assert.Equal(new DateOnly(2023, 2, 24), kurgan.ListedOn);
        Assert.Contains("www.kurganmash.ru", kurgan.Remarks, StringComparison.Ordinal);

        var rostec = Assert.Single(list.Entries, e => e.EntryId == "6312");
        Assert.Equal("Rostec", rostec.PrimaryName);
        Assert.Equal(["Autonomous (Ukraine)"], rostec.Programmes);
        Assert.Equal(new DateOnly(2022, 2, 25), rostec.ListedOn);
        Assert.Equal("Rosoboronexport", Assert.Single(list.Entries, e => e.EntryId == "6313").PrimaryName);

        // "2940j" is listed apart from 2940…2940i, further down the sheet: still the same party.
        Assert.Equal(11, Assert.Single(list.Entries, e => e.EntryId == "2940").Names.Count);
    }

    /// <summary>Name rows of the real file that repeat a name of their party with the same type (the reader keeps one).</summary>
    private const int DuplicateNameRows = 21;
}
