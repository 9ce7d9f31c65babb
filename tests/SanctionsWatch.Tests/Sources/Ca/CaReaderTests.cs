using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ca;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Ca;

public sealed class CaReaderTests
{
    private readonly CaReader _reader = new();

    private ListFile ReadFixture() => _reader.Read(ReaderFiles.Fixture("ca", "sema.xml"), "ca-sema");

    [Fact]
    public void Reads_persons_entities_and_ships_under_ids_derived_from_regime_and_name_or_imo()
    {
        var list = ReadFixture();

        Assert.Equal("ca-sema-xml", list.Format);
        Assert.Null(list.PublishedAt);
        Assert.Equal(
            ["russia/ivan-petrovich-ivanov", "russia/acme-machine-building-plant-jsc", "imo-8858087", "myanmar/htoo-furniture", "russia/kurganpribor-jsc"],
            list.Entries.Select(e => e.EntryId));
        Assert.Equal(
            [PartyType.Person, PartyType.Organization, PartyType.Vessel, PartyType.Organization, PartyType.Organization],
            list.Entries.Select(e => e.PartyType));
    }

    [Fact]
    public void A_person_listed_twice_under_one_regime_is_one_entry_with_both_listings()
    {
        var ivanov = ReadFixture().Entries[0];

        Assert.Equal(
            [
                new EntryName("Ivan Petrovich IVANOV", NameType.Primary),
                new EntryName("Ivan Petrovitch IVANOFF", NameType.Alias),
                new EntryName("Іван Пятровіч Іваноў", NameType.OriginalScript),
                new EntryName("Иван Петрович Иванов", NameType.OriginalScript),
                new EntryName("Ivan Petrovich Ivanov", NameType.Alias),
            ],
            ivanov.Names);
        Assert.Equal(["Russia"], ivanov.Programmes);
        Assert.Equal(new DateOnly(2014, 5, 12), ivanov.ListedOn);
        Assert.Equal(
            "Schedule 1, Part 1; Item 44; Title: Major General/major-général | Schedule 1, Part 1.1; Item 6", ivanov.Remarks);
        Assert.Empty(ivanov.Identifiers);
        Assert.Null(ivanov.Link);
    }

    [Fact]
    public void Aliases_split_on_semicolons_when_there_are_any_and_keep_a_legal_form_after_a_comma()
    {
        var entries = ReadFixture().Entries;

        Assert.Equal(
            [
                new EntryName("Acme Machine-Building Plant JSC", NameType.Primary),
                new EntryName("NPO \"Acme\", LLC", NameType.Alias),
                new EntryName("НПО \"Акме\", ООО", NameType.OriginalScript),
                new EntryName("Acme MBP", NameType.Alias),
            ],
            entries[1].Names);
        Assert.Equal(
            ["Htoo Furniture", "Htoo Wood", "Htoo Wood Products Pte. Ltd.", "Htoo Trading"],
            entries[3].Names.Select(n => n.Text));
        Assert.Equal(["Myanmar (Burma)"], entries[3].Programmes);
    }

    [Fact]
    public void Cyrillic_names_side_by_side_with_a_slash_are_each_a_name_while_latin_variants_joined_by_one_stay_whole()
    {
        Assert.Equal(
            [
                new EntryName("ООО \"ТРАНСОЙЛ\"", NameType.OriginalScript),
                new EntryName("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ТРАНСОЙЛ\"", NameType.OriginalScript),
            ],
            CaAliases.Split("ООО \"ТРАНСОЙЛ\" / ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ТРАНСОЙЛ\""));
        Assert.Equal(
            ["Сергей Васильевич Маслюков", "Сяргей Васільевіч Масліавукаў"],
            CaAliases.Split("Russian: Сергей Васильевич Маслюков/ Сяргей Васільевіч Масліавукаў").Select(n => n.Text));
        Assert.Equal(
            [new EntryName("Aleksander/ Aleksandr Vladimirovich Karnienko", NameType.Alias)],
            CaAliases.Split("Aleksander/ Aleksandr Vladimirovich Karnienko"));
    }

    [Fact]
    public void A_firm_named_after_its_listed_parent_has_its_own_name_as_an_alias()
    {
        using var dir = new TempDir();
        var path = dir.Write("sema.xml", """
            <data-set>
              <record><Country>Russia / Russie</Country><EntityOrShip>Zelvanor Missiles Corporation</EntityOrShip><Schedule>1, Part 2</Schedule><Item>1</Item></record>
              <record><Country>Russia / Russie</Country><EntityOrShip>Zelvanor Missiles Corporation, ‘Plant Dagzel’ JSC</EntityOrShip><Schedule>1, Part 2</Schedule><Item>2</Item></record>
              <record><Country>Russia / Russie</Country><EntityOrShip>Zelvanor Holding, JSC</EntityOrShip><Schedule>1, Part 2</Schedule><Item>3</Item></record>
              <record><Country>Russia / Russie</Country><EntityOrShip>Unlisted Parent, Zelvanor Press JSC</EntityOrShip><Schedule>1, Part 2</Schedule><Item>4</Item></record>
            </data-set>
            """);

        var entries = _reader.Read(path, "ca-sema").Entries;

        Assert.Equal(
            [new EntryName("Zelvanor Missiles Corporation, ‘Plant Dagzel’ JSC", NameType.Primary), new EntryName("‘Plant Dagzel’ JSC", NameType.Alias)],
            entries[1].Names);
        Assert.Single(entries[2].Names); // a legal form after the comma is no name
        Assert.Single(entries[3].Names); // a parent the list does not hold may be part of the name
    }

    [Fact]
    public void A_name_with_its_aliases_in_brackets_is_the_name_before_them_and_the_aliases_in_them()
    {
        var kurganpribor = ReadFixture().Entries[4];

        Assert.Equal(
            [
                new EntryName("Kurganpribor JSC", NameType.Primary),
                new EntryName("Scientific-Production Association “Kurganpribor”", NameType.Alias),
                new EntryName("Kurganpribor PA", NameType.Alias),
                new EntryName("Акционерное общество «Курганприбор»", NameType.OriginalScript),
            ],
            kurganpribor.Names);
    }

    [Fact]
    public void A_ship_has_its_imo_number_and_type()
    {
        var skif = ReadFixture().Entries[2];

        Assert.Equal([new EntryName("Skif V", NameType.Primary)], skif.Names);
        Assert.Equal([new EntryIdentifier("imo", "8858087")], skif.Identifiers);
        Assert.Equal("Schedule 1.1; Item 3; Type: General Cargo / Multi Purpose", skif.Remarks);
        Assert.Equal(new DateOnly(2025, 2, 21), skif.ListedOn);
    }

    [Fact]
    public void Reads_the_2020_layout_and_files_burma_under_myanmar()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <data-set>
            	<record>
            		<Country>Burma / Birmanie</Country>
            		<Entity>Htoo Furniture</Entity>
            		<Aliases>Htoo Wood</Aliases>
            		<Schedule>1</Schedule>
            		<Item>7</Item>
            	</record>
            	<record>
            		<Country>Zimbabwe</Country>
            		<LastName>MOYO</LastName>
            		<GivenName>Headman</GivenName>
            		<Title>Colonel</Title>
            		<DateOfBirth>1950-01-01</DateOfBirth>
            		<Item>12</Item>
            	</record>
            </data-set>
            """;
        using var dir = new Support.TempDir();

        var list = _reader.Read(dir.Write("sema.xml", xml), "ca-sema");

        Assert.Equal(["myanmar/htoo-furniture", "zimbabwe/headman-moyo"], list.Entries.Select(e => e.EntryId));
        Assert.Equal(PartyType.Person, list.Entries[1].PartyType);
        Assert.Equal("Item 12; Title: Colonel", list.Entries[1].Remarks);
        Assert.Null(list.Entries[1].ListedOn);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(ReaderFiles.HtmlPage, "not well-formed")]
    [InlineData("<CONSOLIDATED_LIST><ENTITIES/></CONSOLIDATED_LIST>", "expected root element data-set, found CONSOLIDATED_LIST")]
    [InlineData("<data-set></data-set>", "holds no record")]
    [InlineData("<data-set><record><Country>Iran</Country><Item>1</Item></record></data-set>", "record has no name")]
    [InlineData(
        "<data-set><record><Country>Iran</Country><Entity>A</Entity><Schedule>1</Schedule><Item>1</Item></record>"
        + "<record><Country>Iran</Country><Entity>B</Entity><Schedule>1</Schedule><Item>1</Item></record></data-set>",
        "duplicate item Iran / schedule 1 / item 1")]
    public void Refuses_broken_inputs(string content, string reason) =>
        Assert.Contains(reason, ReaderFiles.Refusal(_reader, content, "ca-sema"), StringComparison.Ordinal);

    [Fact]
    public void Refuses_a_truncated_file() =>
        Assert.Contains(
            "truncated",
            ReaderFiles.Refusal(_reader, ReaderFiles.Truncated(ReaderFiles.Fixture("ca", "sema.xml")), "ca-sema"),
            StringComparison.Ordinal);
}
