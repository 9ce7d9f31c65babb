using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Ofac;

public sealed class OfacRealDataTests : IDisposable
{
    private const string LastSdn = "sdn_2024-05-03T1843.csv";

    private readonly OfacFiles _files = new();
    private readonly OfacReader _reader = new();

    public void Dispose() => _files.Dispose();

    private static ListEntry Entry(ListFile list, string id) => Assert.Single(list.Entries, e => e.EntryId == id);

    [SharedDataFact]
    public void The_last_sdn_csv_of_the_history_has_14965_complete_entries()
    {
        var list = _reader.Read(OfacHistory.PathOf(LastSdn), "ofac-sdn");

        Assert.True(list.Complete);
        Assert.Equal(14_965, list.Entries.Count);
        Assert.Equal(list.Entries.Count, list.Entries.Select(e => e.EntryId).Distinct().Count());
        Assert.Equal(6_854, list.Entries.Count(e => e.PartyType == PartyType.Person));
        Assert.Equal(851, list.Entries.Count(e => e.PartyType == PartyType.Vessel));
        Assert.Equal(376, list.Entries.Count(e => e.PartyType == PartyType.Aircraft));
    }

    [SharedDataFact]
    public void Finds_the_russian_defence_industry_entries_with_their_identifiers()
    {
        var list = _reader.Read(OfacHistory.PathOf(LastSdn), "ofac-sdn");

        var kurgan = Entry(list, "35345");
        Assert.Equal("KURGANMASHZAVOD", kurgan.PrimaryName);
        Assert.Equal(PartyType.Organization, kurgan.PartyType);
        Assert.Equal(["RUSSIA-EO14024"], kurgan.Programmes);
        Assert.Equal([new EntryIdentifier("inn", "4501008142", "Russia")], kurgan.Identifiers);

        var rostec = Entry(list, "17260");
        Assert.Equal("STATE CORPORATION ROSTEC", rostec.PrimaryName);
        Assert.Equal(["UKRAINE-EO13662", "RUSSIA-EO14024"], rostec.Programmes);
        Assert.Contains(new EntryIdentifier("inn", "7704274402", "Russia"), rostec.Identifiers);
        Assert.Contains(new EntryIdentifier("ogrn", "1077799030847", "Russia"), rostec.Identifiers);
        Assert.Contains(new EntryIdentifier("okpo", "94137372", "Russia"), rostec.Identifiers);

        var ilyushin = Entry(list, "35996");
        Assert.Equal("OPEN JOINT STOCK COMPANY ILYUSHIN AVIATION COMPLEX", ilyushin.PrimaryName);
        Assert.Contains(new EntryName("OJSC IL", NameType.WeakAlias), ilyushin.Names);
        Assert.Contains(new EntryIdentifier("isin", "RU0007796926"), ilyushin.Identifiers);
    }

    [SharedDataFact]
    public void Every_history_version_ends_with_the_end_marker()
    {
        var files = Directory.GetFiles(OfacHistory.Directory, "sdn_*.csv");
        Assert.Equal(OfacHistory.Versions, files.Length);

        Assert.All(files, f =>
        {
            using var stream = File.OpenRead(f);
            stream.Seek(-1, SeekOrigin.End);
            Assert.Equal(0x1A, stream.ReadByte());
        });
    }

    [SharedDataFact]
    public void Every_tenth_history_version_parses_complete_and_the_list_grows_from_9083_to_14965()
    {
        var files = Directory.GetFiles(OfacHistory.Directory, "sdn_*.csv").Order(StringComparer.Ordinal).ToArray();
        var sample = files.Where((_, i) => i % 10 == 0 || i == files.Length - 1).ToArray();

        var counts = sample.Select(f => _reader.Read(f, "ofac-sdn")).Select(l => (l.Complete, l.Entries.Count)).ToArray();

        Assert.All(counts, c => Assert.True(c.Complete));
        Assert.Equal(9_083, counts[0].Count);
        Assert.Equal(14_965, counts[^1].Count);
    }

    [SharedDataFact]
    public void A_real_sdn_csv_cut_in_half_is_reported_as_truncated()
    {
        var bytes = File.ReadAllBytes(OfacHistory.PathOf(LastSdn));
        var path = _files.Write("sdn.csv", bytes[..(bytes.Length / 2)]);

        var ex = Assert.Throws<ListFormatException>(() => _reader.Read(path, "ofac-sdn"));

        Assert.Contains("truncated", ex.Message);
        Assert.Matches(@"line \d+", ex.Message);
    }

    [SharedDataFact]
    public void A_real_sdn_csv_cut_at_a_line_boundary_parses_as_incomplete()
    {
        var bytes = File.ReadAllBytes(OfacHistory.PathOf(LastSdn));
        var cut = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length / 2) + 1;
        var path = _files.Write("sdn.csv", bytes[..cut]);

        var list = _reader.Read(path, "ofac-sdn");

        Assert.False(list.Complete);
        Assert.Equal(bytes.AsSpan(0, cut).Count((byte)'\n'), list.Entries.Count);
    }

    [SharedDataFact]
    public void Reads_the_consolidated_csv_family_with_aliases_addresses_and_comments()
    {
        var list = _reader.Read(SharedData.PathOf("data/ofac/cons-csv-2025-12/cons_prim.csv"), "ofac-cons");

        Assert.True(list.Complete);
        Assert.Equal(442, list.Entries.Count);
        Assert.Equal(79, list.Entries.Count(e => e.PartyType == PartyType.Person));

        var gazprombank = Entry(list, "17016");
        Assert.Equal("GAZPROMBANK JOINT STOCK COMPANY", gazprombank.PrimaryName);
        Assert.Contains(new EntryName("BANK GPB JSC", NameType.Alias), gazprombank.Names);
        Assert.Contains(new EntryName("GAZPROMBANK OPEN JOINT STOCK COMPANY", NameType.FormerName), gazprombank.Names);
        Assert.Contains("16 Nametkina Street, Bldg. 1, Moscow 117420, Russia", gazprombank.Addresses);
        Assert.Equal(["Russia", "Mongolia", "Kazakhstan", "India", "China"], gazprombank.Countries);

        // These identifiers sit past the 1000th character of the remarks, in cons_comments.csv.
        Assert.True(gazprombank.Remarks!.Length > 1000);
        Assert.Contains(new EntryIdentifier("inn", "7744001497", "Russia"), gazprombank.Identifiers);
        Assert.Contains(new EntryIdentifier("ogrn", "1027700167110", "Russia"), gazprombank.Identifiers);
        Assert.Contains(new EntryIdentifier("lei", "253400WSS48YWMBUA688"), gazprombank.Identifiers);
    }

    [SharedDataFact]
    public void Reads_the_2025_consolidated_classic_xml()
    {
        var list = _reader.Read(SharedData.PathOf("data/ofac/cons-classic-2025-03-28.xml"), "ofac-cons");

        Assert.Equal("ofac-xml", list.Format);
        Assert.Equal(443, list.Entries.Count);
        Assert.Equal(new DateTimeOffset(2025, 3, 28, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);

        var zahhar = Entry(list, "9647");
        Assert.Equal(PartyType.Person, zahhar.PartyType);
        Assert.Equal(
            [
                new EntryName("ZAHHAR, Mahmoud Khaled", NameType.Primary),
                new EntryName("AL ZAHAR, Mahmoud Khaled", NameType.Alias),
                new EntryName("ZAHAR, Mahmoud", NameType.WeakAlias),
                new EntryName("AL-ZAHAR, Mahmoud", NameType.WeakAlias),
            ],
            zahhar.Names);
        Assert.Equal(["NS-PLC", "SDGT"], zahhar.Programmes);
        Assert.Empty(zahhar.Identifiers);
        Assert.Empty(zahhar.Addresses);
        Assert.Equal(["Region: Gaza", "Palestinian"], zahhar.Countries);
        Assert.Equal("(Linked To: HAMAS)", zahhar.Remarks);

        var gazprombank = Entry(list, "17016");
        Assert.Contains(new EntryIdentifier("inn", "7744001497", "Russia"), gazprombank.Identifiers);
        Assert.Contains(new EntryIdentifier("ogrn", "1027700167110", "Russia"), gazprombank.Identifiers);
        Assert.Contains(new EntryIdentifier("swift", "GAZPRUMM"), gazprombank.Identifiers);
    }

    [SharedDataFact]
    public void Reads_the_2018_consolidated_classic_xml_in_its_older_namespace()
    {
        var list = _reader.Read(SharedData.PathOf("data/ofac/cons-classic-2018-04.xml"), "ofac-cons");

        Assert.Equal(639, list.Entries.Count);
        Assert.Equal(new DateTimeOffset(2018, 4, 6, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);
        var markazi = Entry(list, "4632");
        Assert.Equal("BANK MARKAZI JOMHOURI ISLAMI IRAN", markazi.PrimaryName);
        Assert.Equal(["IRAN"], markazi.Programmes);
        Assert.Contains(new EntryName("CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN", NameType.Alias), markazi.Names);
    }

    [SharedDataFact]
    public void A_real_xml_cut_in_half_fails_to_parse()
    {
        var bytes = File.ReadAllBytes(SharedData.PathOf("data/ofac/cons-classic-2025-03-28.xml"));
        var path = _files.Write("CONSOLIDATED.XML", bytes[..(bytes.Length / 2)]);

        var ex = Assert.Throws<ListFormatException>(() => _reader.Read(path, "ofac-cons"));

        Assert.Contains("line", ex.Message);
    }
}
