using SanctionsWatch.Model;
using SanctionsWatch.Sources.Uk;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Uk;

public sealed class UkRealDataTests
{
    private static ListFile ReadExcerpt() =>
        new UkReader().Read(SharedData.PathOf("data/uk/fcdo-uksl-xml-excerpt-2026-09.xml"), "uk-fcdo");

    [SharedDataFact]
    public void Reads_the_five_designations_of_the_excerpt()
    {
        var list = ReadExcerpt();

        Assert.Equal(new DateTimeOffset(2026, 9, 10, 0, 0, 0, TimeSpan.Zero), list.PublishedAt);
        Assert.Equal(["AFG0001", "AFG0006", "BEL0107", "DPR0075", "AQD0195"], list.Entries.Select(e => e.EntryId));
        Assert.Equal(
            [PartyType.Organization, PartyType.Person, PartyType.Organization, PartyType.Vessel, PartyType.Person],
            list.Entries.Select(e => e.PartyType));
    }

    [SharedDataFact]
    public void Reads_a_person_completely()
    {
        var akhund = ReadExcerpt().Entries[1];

        Assert.Equal(
            [
                new EntryName("MOHAMMAD HASSAN AKHUND", NameType.Primary),
                new EntryName("Mohammad Akhwand", NameType.Alias),
                new EntryName("محمد حسن آخوند", NameType.OriginalScript),
            ],
            akhund.Names);
        Assert.Equal(["The Afghanistan (Sanctions) (EU Exit) Regulations 2020"], akhund.Programmes);
        Assert.Equal(new DateOnly(2001, 1, 25), akhund.ListedOn);
        Assert.Equal(
            [new EntryIdentifier("passport", "P04581926"), new EntryIdentifier("national-id", "2132370")], akhund.Identifiers);
        Assert.Equal(["Kabul, Afghanistan"], akhund.Addresses);
        Assert.Equal(["Afghanistan"], akhund.Countries);
        Assert.StartsWith("A close associate of Mullah Mohammed Omar (TAi.004).", akhund.Remarks, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Reads_an_entity_with_weak_aliases_and_a_company_number_and_a_ship_with_its_imo_number()
    {
        var entries = ReadExcerpt().Entries;

        var bnk = entries[2];
        Assert.Equal(
            [
                new EntryName("BNK (UK) Ltd", NameType.Primary),
                new EntryName("BNK UK Limited", NameType.Alias),
                new EntryName("BNK", NameType.WeakAlias),
            ],
            bnk.Names);
        Assert.Equal([new EntryIdentifier("registration", "UK Company no. 06527449")], bnk.Identifiers);
        Assert.Equal(["Salatin House, 19 Cedar Road, Sutton, Surrey, SM2 5DA, United Kingdom"], bnk.Addresses);
        var petrel = entries[3];
        Assert.Equal([new EntryName("Petrel 8", NameType.Primary), new EntryName("Tian Tai 36", NameType.Alias)], petrel.Names);
        Assert.Equal([new EntryIdentifier("imo", "9562233")], petrel.Identifiers);
    }

    [SharedDataFact]
    public void Refuses_the_retired_ofsi_consolidated_list_csv()
    {
        var path = SharedData.PathOf("data/uk/hmt-conlist-2018-12-noheader.csv");

        var refusal = Assert.Throws<ListFormatException>(() => new UkReader().Read(path, "uk-fcdo"));

        Assert.Contains("no header with a 'Unique ID' column", refusal.Message, StringComparison.Ordinal);
    }
}
