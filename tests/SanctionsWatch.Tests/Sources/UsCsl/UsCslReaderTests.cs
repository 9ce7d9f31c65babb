using System.IO.Compression;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.UsCsl;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.UsCsl;

public sealed class UsCslReaderTests : IDisposable
{
    private const string EntityList = "Entity List (EL) - Bureau of Industry and Security";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Fixture => ReaderFiles.Fixture("us-csl", "consolidated.csv");

    private static string[] FixtureLines => File.ReadAllLines(Fixture);

    private static ListFile Read(string path, UsCslChoice? choice = null) => new UsCslReader(choice).Read(path, "us-csl");

    private static ListEntry Entry(ListFile list, string id) => Assert.Single(list.Entries, e => e.EntryId == id);

    private string Refused(string content, UsCslChoice? choice = null, string name = "consolidated.csv") =>
        Assert.Throws<ListFormatException>(() => Read(_dir.Write(name, content), choice)).Message;

    private string Gzip(string name, byte[] csv)
    {
        var path = _dir.File(name);
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Optimal))
            gzip.Write(csv);
        return path;
    }

    [Fact]
    public void By_default_keeps_the_lists_no_ofac_source_carries()
    {
        var list = Read(Fixture);

        Assert.Equal("us-csl-csv", list.Format);
        Assert.Null(list.Complete);
        Assert.Equal(
            [
                "el/rostec-russian-technologies-state-corporation", "el/tekhnodinamika-jsc",
                "el/far-east-avionics-trading-co-ltd-a-k-a-feat-co", "meu/harbin-aircraft-industry-group-co-ltd",
                "uvl/kaliningrad-avia-parts-llc", "dpl/ivan-petrovich-sidorov", "isn/rosoboronexport", "dtc/aero-parts-brokers-inc",
            ],
            list.Entries.Select(e => e.EntryId));
        Assert.Equal(
            ["EL", "MEU", "UVL", "DPL", "ISN", "DTC"],
            list.Entries.Select(e => UsCslLists.Of(e.SubList!).Code).Distinct());
    }

    [Fact]
    public void Reads_an_entity_list_entry_with_its_list_start_date_and_federal_register_citation()
    {
        var rostec = Entry(Read(Fixture), "el/rostec-russian-technologies-state-corporation");

        Assert.Equal("us-csl", rostec.Source);
        Assert.Equal(EntityList, rostec.SubList);
        Assert.Equal("87 FR 12240", rostec.Citation);
        Assert.Equal(new DateOnly(2022, 3, 3), rostec.ListedOn);
        Assert.Equal(PartyType.Unknown, rostec.PartyType); // the Commerce lists do not say
        Assert.Equal(
            [
                new EntryName("Rostec (Russian Technologies State Corporation)", NameType.Primary),
                new EntryName("Rostec", NameType.Alias),
                new EntryName("Russian Technologies State Corporation", NameType.Alias),
            ],
            rostec.Names);
        Assert.Equal(["24 Usacheva Street, Moscow, 119048, RU"], rostec.Addresses);
        Assert.Equal(["RU"], rostec.Countries);
        Assert.Empty(rostec.Programmes);
        Assert.Equal("http://bit.ly/1L47xrV", rostec.Link);
        Assert.Equal(
            "License requirement: All items subject to the EAR except for food or medicine designated as EAR99. " +
            "(See §§ 734.9(g), 746.8(a)(3), and 744.21(b) of the EAR)\n" +
            "License policy: Policy of denial. See §§ 746.8(b) and 744.21(e).",
            rostec.Remarks);
    }

    [Fact]
    public void Rows_of_one_list_with_one_name_are_one_party_with_every_address_and_citation_and_the_earliest_date()
    {
        var tekhnodinamika = Entry(Read(Fixture), "el/tekhnodinamika-jsc");

        Assert.Equal(
            [
                new EntryName("Tekhnodinamika JSC", NameType.Primary),
                new EntryName("Joint Stock Company Tekhnodinamika", NameType.Alias),
                new EntryName("AO Tekhnodinamika", NameType.Alias), // "and AO Tekhnodinamika" in the file
            ],
            tekhnodinamika.Names);
        Assert.Equal(
            ["Ibragimova Street 29, Moscow, 105318, RU", "Ulitsa Bolshaya Semenovskaya 40, Moscow, 107023, RU"],
            tekhnodinamika.Addresses);
        Assert.Equal("87 FR 12240; 89 FR 51654, 6/18/24", tekhnodinamika.Citation);
        Assert.Equal(new DateOnly(2022, 3, 3), tekhnodinamika.ListedOn);
    }

    [Fact]
    public void A_reordered_file_gives_the_same_entries()
    {
        var lines = FixtureLines;
        var reordered = _dir.Write("reordered.csv", string.Join("\n", [lines[0], .. lines[1..].Reverse()]) + "\n");

        var original = Read(Fixture, UsCslChoice.All).Entries.ToDictionary(e => e.EntryId, EntryContent.Hash);
        var again = Read(reordered, UsCslChoice.All).Entries.ToDictionary(e => e.EntryId, EntryContent.Hash);

        Assert.Equal(original.OrderBy(p => p.Key), again.OrderBy(p => p.Key));
        Assert.Equal(12, original.Count);
    }

    [Fact]
    public void Treasury_rows_are_keyed_by_their_entity_number_in_each_list()
    {
        var list = Read(Fixture, UsCslChoice.All);

        var sdn = Entry(list, "sdn/35345");
        var ssi = Entry(list, "ssi/35345");
        Assert.Equal(PartyType.Organization, sdn.PartyType);
        Assert.Equal("Specially Designated Nationals (SDN) - Treasury Department", sdn.SubList);
        Assert.Equal(["RUSSIA-EO14024"], sdn.Programmes);
        Assert.Equal(
            [new EntryIdentifier("inn", "4501008142", "RU"), new EntryIdentifier("ogrn", "1024500521506", "RU")],
            sdn.Identifiers); // the website is no identifier
        Assert.Equal([new EntryIdentifier("inn", "4501008142", "RU")], ssi.Identifiers);
        Assert.StartsWith("For more information on directives", ssi.Remarks, StringComparison.Ordinal);

        var chemezov = Entry(list, "sdn/31245");
        Assert.Equal(PartyType.Person, chemezov.PartyType);
        Assert.Equal([new EntryIdentifier("passport", "712345678", "RU")], chemezov.Identifiers); // not the gender
        Assert.Equal(["RU"], chemezov.Countries);
        Assert.Equal(
            "Title: Chief Executive Officer of Rostec\nDate of birth: 1952-08-20\nPlace of birth: Cheremkhovo, Irkutsk Region, Russia",
            chemezov.Remarks);
        Assert.Equal("OFAC NS-CMIC List", UsCslLists.LabelOf(Entry(list, "cmic/32091").SubList!));
    }

    [Fact]
    public void Names_in_brackets_become_aliases_and_former_names_but_acronyms_stay()
    {
        Assert.Equal(
            [new EntryName("Far East Avionics Trading Co., Ltd.", NameType.Alias), new EntryName("FEAT Co.", NameType.Alias)],
            UsCslParty.InBrackets("Far East Avionics Trading Co., Ltd. (a.k.a. FEAT Co.)"));
        Assert.Equal(
            [new EntryName("Gazprom Dobycha Irkutsk, OOO", NameType.Alias), new EntryName("Otkrytoe Aktsionernoe Obshchestvo Irkutskgazprom", NameType.FormerName)],
            UsCslParty.InBrackets("Gazprom Dobycha Irkutsk, OOO (f.k.a., Otkrytoe Aktsionernoe Obshchestvo Irkutskgazprom)"));
        Assert.Equal([new EntryName("Rosoboronexport OJSC", NameType.Alias)], UsCslParty.InBrackets("Rosoboronexport OJSC (ROE)"));
        Assert.Equal([new EntryName("Sur-Link International Ltd.", NameType.Alias)], UsCslParty.InBrackets("Sur-Link International (HK) Ltd."));
        Assert.Empty(UsCslParty.InBrackets("Aero Parts Brokers, Inc."));
    }

    [Fact]
    public void Configured_lists_keep_those_lists_only_and_all_keeps_every_list()
    {
        var two = Read(Fixture, UsCslChoice.Parse(["el", "Military End User (MEU) List - Bureau of Industry and Security"]));
        var all = Read(Fixture, UsCslChoice.Parse(["all"]));

        Assert.Equal(["EL", "MEU"], two.Entries.Select(e => UsCslLists.Of(e.SubList!).Code).Distinct());
        Assert.Equal(4, two.Entries.Count);
        Assert.Equal(12, all.Entries.Count);
        Assert.Contains(all.Entries, e => e.EntryId == "cmic/32091");
    }

    [Theory]
    [InlineData("Entity Lst", "unknown list 'Entity Lst'")]
    [InlineData("XYZ", "the lists are EL, MEU, UVL, DPL, ISN, DTC, SDN, SSI, FSE, PLC, CAP, CMIC, MBS")]
    public void An_unknown_list_in_configuration_is_an_error_naming_it(string name, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => UsCslChoice.Parse(["EL", name]));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_stands_alone_and_no_names_are_the_default()
    {
        Assert.Contains("'all' stands alone", Assert.Throws<ArgumentException>(() => UsCslChoice.Parse(["all", "EL"])).Message, StringComparison.Ordinal);
        Assert.Same(UsCslChoice.Default, UsCslChoice.Parse([" ", ""]));
        Assert.Equal("EL, MEU, UVL, DPL, ISN, DTC", UsCslChoice.Default.ToString());
    }

    [Fact]
    public void A_chosen_list_without_rows_in_the_file_is_refused_not_delisted()
    {
        var message = Refused(File.ReadAllText(Fixture), UsCslChoice.Parse(["EL", "FSE"]));

        Assert.Contains("no rows of 'Foreign Sanctions Evaders (FSE) - Treasury Department'", message, StringComparison.Ordinal);
        Assert.Contains("renamed or dropped by trade.gov", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_trade_gov_adds_is_skipped_by_default_and_kept_by_all()
    {
        var lines = FixtureLines;
        var added = lines[1].Replace(EntityList, "Israeli Boycott Requester List (IBR) - International Trade Administration", StringComparison.Ordinal)
            .Replace("Rostec (Russian Technologies State Corporation)", "Example Boycott Office", StringComparison.Ordinal);
        var path = _dir.Write("consolidated.csv", string.Join("\n", [.. lines, added]) + "\n");

        Assert.DoesNotContain(Read(path).Entries, e => e.EntryId.StartsWith("ibr/", StringComparison.Ordinal));
        var kept = Entry(Read(path, UsCslChoice.All), "ibr/example-boycott-office");
        Assert.Equal("Israeli Boycott Requester List (IBR) - International Trade Administration", UsCslLists.LabelOf(kept.SubList!));
    }

    [Fact]
    public void A_gzip_file_reads_as_the_csv_it_holds()
    {
        var gz = Gzip("consolidated.csv.gz", File.ReadAllBytes(Fixture));

        Assert.Equal(
            Read(Fixture).Entries.Select(EntryContent.Hash),
            Read(gz).Entries.Select(EntryContent.Hash));
    }

    [Theory]
    [InlineData(4)] // the trailer's length gone: the CSV inside is whole, only the trailer tells
    [InlineData(8)] // the whole trailer gone
    [InlineData(-1)] // half the file: cut inside a row
    public void A_cut_short_gzip_file_is_refused(int cutBytes)
    {
        var whole = File.ReadAllBytes(Gzip("whole.csv.gz", File.ReadAllBytes(Fixture)));
        var cut = _dir.File("cut.csv.gz");
        File.WriteAllBytes(cut, whole[..(cutBytes < 0 ? whole.Length / 2 : whole.Length - cutBytes)]);

        var message = Assert.Throws<ListFormatException>(() => Read(cut)).Message;

        Assert.StartsWith("cut.csv.gz: ", message, StringComparison.Ordinal);
        Assert.Contains(cutBytes < 0 ? "not a readable gzip-compressed CSV" : "the gzip file is cut short", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_cut_short_inside_a_row_is_refused_with_the_line()
    {
        var text = File.ReadAllText(Fixture);
        var cut = text[..text.IndexOf("Tekhnodinamika JSC,,\"Ibragimova", StringComparison.Ordinal)];

        var message = Refused(cut);

        Assert.StartsWith("consolidated.csv: not a well-formed CSV (cut short?): ", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void A_csv_cut_short_inside_its_last_quoted_cell_is_refused()
    {
        var text = File.ReadAllText(Fixture);
        var cut = text[..(text.IndexOf("\"Male, Gender", StringComparison.Ordinal) + 8)]; // the row is whole but for its last cell

        Assert.Equal("consolidated.csv: cut short inside a quoted cell (the file ends with a quote open)", Refused(cut));
    }

    [Fact]
    public void A_header_without_a_column_the_reader_uses_is_refused_naming_it()
    {
        var text = File.ReadAllText(Fixture).Replace("federal_register_notice", "fr_notice", StringComparison.Ordinal);

        var message = Refused(text);

        Assert.StartsWith(
            "consolidated.csv: not the Consolidated Screening List CSV: the header lacks federal_register_notice",
            message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData(" \n", "the file is empty")]
    [InlineData(ReaderFiles.HtmlPage, "found an HTML or XML document")]
    [InlineData("{\"results\": []}", "found JSON (us-csl reads consolidated.csv)")]
    [InlineData("ent_num,name\n1,X\n", "the header lacks source, entity_number, type")]
    public void What_is_not_the_csv_is_refused_with_the_reason(string content, string reason)
    {
        Assert.Contains(reason, Refused(content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_alone_or_rows_of_other_lists_only_are_refused()
    {
        var lines = FixtureLines;

        Assert.Contains("the file holds no rows of the lists kept (EL, MEU, UVL, DPL, ISN, DTC)", Refused(lines[0] + "\n"), StringComparison.Ordinal);
        Assert.Contains("holds no rows", Refused(string.Join("\n", lines[0], lines[^1]) + "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_a_name_is_refused_with_its_line()
    {
        var lines = FixtureLines;
        lines[3] = lines[3].Replace("Tekhnodinamika  JSC ", "  ", StringComparison.Ordinal);

        Assert.Equal(
            "consolidated.csv line 4: a row of the EL list without a name",
            Refused(string.Join("\n", lines) + "\n"));
    }
}
