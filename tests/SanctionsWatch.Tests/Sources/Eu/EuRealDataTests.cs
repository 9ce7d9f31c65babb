using SanctionsWatch.Model;
using SanctionsWatch.Sources.Eu;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Eu;

public sealed class EuRealDataTests
{
    private static ListFile Read(string name) => new EuReader().Read(SharedData.PathOf("data/eu/" + name), "eu-fsf");

    [SharedDataFact]
    public void Reads_the_five_entities_of_the_xml_1_1_excerpt()
    {
        var list = Read("fsf-xml-1.1-excerpt-2026-08.xml");

        Assert.Equal(["191", "521", "3822", "6106", "6177"], list.Entries.Select(e => e.EntryId));
        Assert.Equal(
            ["Khalid Sheikh MOHAMMED", "Haji Ahmad Jan", "Parchin Chemical Industries (PCI)", "Abu Zayd Umar DORDA", "Ibrahim Hassan Tali Al-Asiri"],
            list.Entries.Select(e => e.PrimaryName));
        Assert.Equal(new DateTimeOffset(2026, 8, 5, 14, 47, 4, 449, TimeSpan.Zero), list.PublishedAt);
    }

    [SharedDataFact]
    public void Reads_parchin_chemical_industries_completely()
    {
        var parchin = Read("fsf-xml-1.1-excerpt-2026-08.xml").Entries.Single(e => e.EntryId == "3822");

        Assert.Equal(PartyType.Organization, parchin.PartyType);
        Assert.Equal(16, parchin.Names.Count);
        Assert.Equal(new EntryName("Parchin Chemical Industries (PCI)", NameType.Primary), parchin.Names[0]);
        Assert.Contains(new EntryName("صنایع شیمیایی پارچین", NameType.OriginalScript), parchin.Names);
        Assert.Contains(new EntryName("Parchin Military Base", NameType.Alias), parchin.Names);
        Assert.Contains(new EntryName("Tionscail Ceimiceán Parchin", NameType.Alias), parchin.Names);
        Assert.Equal(["IRN"], parchin.Programmes);
        Assert.Equal([new EntryIdentifier("registration", "892")], parchin.Identifiers);
        Assert.Equal(6, parchin.Addresses.Count);
        Assert.Equal("Pasdaran Square, 16765/358, Tehran, IRAN (ISLAMIC REPUBLIC OF)", parchin.Addresses[0]);
        Assert.Equal(["IRAN (ISLAMIC REPUBLIC OF)"], parchin.Countries);
        Assert.Equal(new DateOnly(2008, 6, 23), parchin.ListedOn);
        Assert.Null(parchin.Remarks);
    }

    [SharedDataFact]
    public void Reads_a_person_with_a_national_id_an_expired_passport_and_arabic_names()
    {
        var asiri = Read("fsf-xml-1.1-excerpt-2026-08.xml").Entries.Single(e => e.EntryId == "6177");

        Assert.Equal(PartyType.Person, asiri.PartyType);
        Assert.Equal(
            [new EntryIdentifier("national-id", "1028745097", "SAUDI ARABIA"), new EntryIdentifier("passport", "F654645", "SAUDI ARABIA")],
            asiri.Identifiers);
        Assert.Equal(2, asiri.Names.Count(n => n.Type == NameType.OriginalScript));
        Assert.Equal(["SAUDI ARABIA", "YEMEN"], asiri.Countries);
        Assert.Equal(["TAQA"], asiri.Programmes);
    }

    [SharedDataFact]
    public void Reads_the_legacy_xml_1_0_excerpt()
    {
        var list = Read("legacy-whole-excerpt-2016-02.xml");

        Assert.Equal("eu-fsf-xml-1.0", list.Format);
        Assert.Equal(595, list.Entries.Count);
        Assert.Equal(319, list.Entries.Count(e => e.PartyType == PartyType.Person));
        var mugabe = list.Entries.Single(e => e.EntryId == "1");
        Assert.Equal([new EntryName("Robert Gabriel Mugabe", NameType.Primary)], mugabe.Names);
        Assert.Equal([new EntryIdentifier("passport", "AD001095")], mugabe.Identifiers);
        Assert.Equal(["ZWE"], mugabe.Programmes);
        Assert.Equal(new DateOnly(2012, 2, 21), mugabe.ListedOn);
    }
}
