using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Tests.Support;
using Xunit.Abstractions;

namespace SanctionsWatch.Tests.Sources.Ofac;

public sealed class OfacAdvancedXmlReaderTests(ITestOutputHelper output) : IDisposable
{
    private readonly OfacFiles _files = new();
    private readonly OfacReader _reader = new();

    public void Dispose() => _files.Dispose();

    private static ListEntry Entry(ListFile list, string id) => Assert.Single(list.Entries, e => e.EntryId == id);

    private string Refused(string name, string content) =>
        Assert.Throws<ListFormatException>(() => _reader.Read(_files.Write(name, content), "ofac-sdn")).Message;

    [Fact]
    public void The_ofac_reader_dispatches_the_advanced_xml_by_its_root()
    {
        var list = _reader.Read(OfacFiles.Fixture("sdn_advanced.xml"), "ofac-sdn");

        Assert.Equal(OfacAdvancedXmlReader.FormatName, list.Format);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal(["35345", "40001"], list.Entries.Select(e => e.EntryId));

        var kurgan = list.Entries[0];
        Assert.Equal(PartyType.Organization, kurgan.PartyType);
        Assert.Equal(
            [
                new EntryName("KURGANMASHZAVOD", NameType.Primary),
                new EntryName("КУРГАНМАШЗАВОД", NameType.OriginalScript),
                new EntryName("PAO KURGANMASHZAVOD", NameType.Alias),
                new EntryName("KURGAN MACHINE BUILDING PLANT", NameType.FormerName),
                new EntryName("KMZ", NameType.WeakAlias),
            ],
            kurgan.Names);
        Assert.Equal(
            [
                new EntryIdentifier("inn", "4501008142", "Russia"),
                new EntryIdentifier("ogrn", "1024500521682", "Russia"),
                new EntryIdentifier("swift", "KURGRUMM"),
            ],
            kurgan.Identifiers);
        Assert.Equal(["RUSSIA-EO14024"], kurgan.Programmes);
        Assert.Equal(["17 Mashinostroiteley Avenue, Kurgan, Russia"], kurgan.Addresses);
        Assert.Equal(["Russia"], kurgan.Countries);
        Assert.Equal("Website www.kurganmash.ru; a.k.a. 'KMZ'.", kurgan.Remarks);
        Assert.Equal(OfacReader.LinkOf("35345"), kurgan.Link);

        var ivanov = list.Entries[1];
        Assert.Equal(PartyType.Person, ivanov.PartyType);
        Assert.Equal([new EntryName("IVANOV, Ivan Ivanovich", NameType.Primary), new EntryName("VANYA", NameType.WeakAlias)], ivanov.Names);
        Assert.Equal([new EntryIdentifier("passport", "7512345678", "Russia")], ivanov.Identifiers);
        Assert.Equal(["RUSSIA-EO14024", "UKRAINE-EO13661"], ivanov.Programmes);
        Assert.Equal(["Russia"], ivanov.Countries);
        Assert.Empty(ivanov.Addresses);
        Assert.Null(ivanov.Remarks);
    }

    [Fact]
    public void Refuses_truncated_duplicate_and_empty_advanced_files()
    {
        var whole = File.ReadAllText(OfacFiles.Fixture("sdn_advanced.xml"));
        Assert.Contains("truncated", Refused("cut.xml", whole[..(whole.Length * 3 / 4)]), StringComparison.Ordinal);

        var start = whole.IndexOf("    <DistinctParty FixedRef=\"40001\">", StringComparison.Ordinal);
        var end = whole.IndexOf("  </DistinctParties>", StringComparison.Ordinal);
        var party = whole[start..end].Replace("40001", "35345", StringComparison.Ordinal);
        Assert.Contains("duplicate FixedRef 35345", Refused("dup.xml", whole.Insert(end, party)), StringComparison.Ordinal);

        var none = whole[..whole.IndexOf("<DistinctParty ", StringComparison.Ordinal)] + "</DistinctParties></Sanctions>";
        Assert.Contains("no DistinctParty", Refused("none.xml", none), StringComparison.Ordinal);
        Assert.Contains("expected root element sdnList, found html", Refused("page.xml", "<html><body>Service unavailable</body></html>"), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Reads_the_real_consolidated_advanced_file_as_the_classic_reader_reads_the_same_parties()
    {
        var advanced = _reader.Read(SharedData.PathOf("data/ofac/cons-advanced-2020-03.xml"), "ofac-cons");
        Assert.Equal(OfacAdvancedXmlReader.FormatName, advanced.Format);
        Assert.Equal(375, advanced.Entries.Count);
        Assert.Equal(82, advanced.Entries.Count(e => e.PartyType == PartyType.Person));
        Assert.All(advanced.Entries, e => Assert.NotEmpty(e.Programmes));

        // The FixedRef is the classic uid: VTB Bank, read from the classic consolidated XML of 2018-04.
        var classic = _reader.Read(SharedData.PathOf("data/ofac/cons-classic-2018-04.xml"), "ofac-cons");
        var a = Entry(advanced, "17013");
        var c = Entry(classic, "17013");
        Assert.Equal("VTB BANK OAO", a.PrimaryName);
        Assert.Equal(c.PartyType, a.PartyType);
        // The advanced file writes names in mixed case ("VTB Bank, open joint-stock company"); the classic files
        // capitalise last names and entity names, and so does the reader.
        Assert.Equal(c.Names.Order(NameOrder.Instance), a.Names.Order(NameOrder.Instance));
        Assert.Equal(c.Identifiers.OrderBy(i => i.Type + i.Value, StringComparer.Ordinal), a.Identifiers.OrderBy(i => i.Type + i.Value, StringComparer.Ordinal));
        Assert.Contains(new EntryIdentifier("ogrn", "1027739609391", "Russia"), a.Identifiers);
        Assert.Contains(new EntryIdentifier("swift", "VTBRRUMM"), a.Identifiers);
        Assert.Equal(c.Programmes, a.Programmes);
        Assert.Equal(c.Addresses, a.Addresses);
        Assert.Equal(c.Countries, a.Countries);
        Assert.Equal(c.Remarks, a.Remarks);
        Assert.Equal(c.Link, a.Link);

        // Across every party in both files (two years apart, so some really changed): how many read the same.
        var byId = classic.Entries.ToDictionary(e => e.EntryId);
        var common = advanced.Entries.Where(e => byId.ContainsKey(e.EntryId)).ToList();
        var sameNames = common.Count(e => e.Names.ToHashSet().SetEquals(byId[e.EntryId].Names));
        var sameIds = common.Count(e => e.Identifiers.ToHashSet().SetEquals(byId[e.EntryId].Identifiers));
        var sameType = common.Count(e => e.PartyType == byId[e.EntryId].PartyType);
        output.WriteLine($"common {common.Count}: same names {sameNames}, same identifiers {sameIds}, same party type {sameType}");
        foreach (var e in common.Where(e => !e.Names.ToHashSet().SetEquals(byId[e.EntryId].Names)).Take(5))
            output.WriteLine($"{e.EntryId}: {string.Join(" | ", e.Names)} vs {string.Join(" | ", byId[e.EntryId].Names)}");
        foreach (var e in common.Where(e => !e.Identifiers.ToHashSet().SetEquals(byId[e.EntryId].Identifiers)).Take(13))
            output.WriteLine($"{e.EntryId}: {string.Join(" | ", e.Identifiers)} vs {string.Join(" | ", byId[e.EntryId].Identifiers)}");
        Assert.Equal(373, common.Count);
        Assert.Equal(common.Count, sameType);
        Assert.Equal(common.Count, sameNames);

        // The 13 parties whose identifiers differ really changed between 2018 and 2020: SWIFT codes lost their spaces
        // ("RUAG RU MM" → "RUAGRUMM") and one party gained two Swiss numbers.
        Assert.Equal(common.Count - 13, sameIds);
    }

    private sealed class NameOrder : IComparer<EntryName>
    {
        public static readonly NameOrder Instance = new();

        public int Compare(EntryName? x, EntryName? y) =>
            string.CompareOrdinal(x?.Type + "|" + x?.Text, y?.Type + "|" + y?.Text);
    }
}
