using SanctionsWatch.Model;
using SanctionsWatch.Sources.Un;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Un;

public sealed class UnRealDataTests
{
    private static ListFile Read(string name) =>
        new UnReader().Read(SharedData.PathOf("data/un/" + name), "un-sc");

    [SharedDataTheory]
    [InlineData("consolidated-2018-10.xml", 703, 390)]
    [InlineData("consolidated-2020-03.xml", 709, 305)]
    [InlineData("consolidated-2025-11.xml", 727, 273)]
    [InlineData("consolidated-2026-02.xml", 730, 273)]
    public void Reads_every_individual_and_entity_of_the_real_versions(string name, int individuals, int entities)
    {
        var list = Read(name);

        Assert.Equal(individuals, list.Entries.Count(e => e.PartyType == PartyType.Person));
        Assert.Equal(entities, list.Entries.Count(e => e.PartyType == PartyType.Organization));
        Assert.All(list.Entries, e => Assert.NotEmpty(e.PrimaryName));
    }

    [SharedDataFact]
    public void Reads_the_2026_file_completely_for_a_known_individual_and_entity()
    {
        var list = Read("consolidated-2026-02.xml");

        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), list.PublishedAt);
        var fitouri = list.Entries.Single(e => e.EntryId == "LYi.023");
        Assert.Equal(
            [
                new EntryName("Ahmad Oumar Imhamad al-Fitouri", NameType.Primary),
                new EntryName("احمد عمر امحمد الفيتوري", NameType.OriginalScript),
                new EntryName("Al-Dabachi", NameType.WeakAlias),
                new EntryName("Al Ammu", NameType.WeakAlias),
                new EntryName("The Uncle", NameType.WeakAlias),
                new EntryName("Al-Ahwal", NameType.WeakAlias),
                new EntryName("Al Dabbashi", NameType.WeakAlias),
            ],
            fitouri.Names);
        Assert.Equal(["Libya"], fitouri.Programmes);
        Assert.Equal(new DateOnly(2018, 6, 7), fitouri.ListedOn);
        Assert.Equal(
            [new EntryIdentifier("passport", "LY53FP76", "Libya"), new EntryIdentifier("national-id", "119880387067")],
            fitouri.Identifiers);
        Assert.Equal(["Garabulli, Libya", "Zawiya, Libya"], fitouri.Addresses);
        Assert.Equal(["Libya"], fitouri.Countries);
        Assert.Equal("Listed pursuant to paragraphs 15 and 17 of resolution 1970 (Travel Ban, Asset Freeze)", fitouri.Remarks);

        var mid = list.Entries.Single(e => e.EntryId == "KPe.028");
        Assert.Equal(PartyType.Organization, mid.PartyType);
        Assert.Equal(
            [
                new EntryName("MUNITIONS INDUSTRY DEPARTMENT", NameType.Primary),
                new EntryName("Military Supplies Industry Department", NameType.Alias),
                new EntryName("MID", NameType.Alias),
                new EntryName("MACHINE INDUSTRY DEPARTMENT", NameType.FormerName),
            ],
            mid.Names);
        Assert.Equal(["DPRK"], mid.Programmes);
        Assert.Equal(["Pyongyang, Democratic People's Republic of Korea"], mid.Addresses);
        Assert.Equal(new DateOnly(2016, 3, 2), mid.ListedOn);
    }

    [SharedDataFact]
    public void Reference_numbers_padded_with_spaces_in_2020_are_the_same_ids_in_2025()
    {
        var ids2020 = Read("consolidated-2020-03.xml").Entries.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("KPi.050", ids2020);
        Assert.Contains("KPe.068", ids2020);
        Assert.Contains("KPe.068", Read("consolidated-2025-11.xml").Entries.Select(e => e.EntryId));
    }

    [SharedDataFact]
    public void The_diff_from_2025_11_to_2026_02_adds_four_sudan_listings_removes_one_and_modifies_two()
    {
        var diff = ReaderFiles.Import(
            "un-sc", new UnReader(),
            SharedData.PathOf("data/un/consolidated-2025-11.xml"), SharedData.PathOf("data/un/consolidated-2026-02.xml"));

        Assert.Equal(1000, diff.First.EntryCount);
        Assert.Equal(1003, diff.Second.EntryCount);
        Assert.Equal(["SDi.007", "SDi.008", "SDi.009", "SDi.010"], diff.Ids("added").Order(StringComparer.Ordinal));
        Assert.Equal(["IQi.074"], diff.Ids("removed"));
        Assert.Equal(["HTi.006", "SOi.022"], diff.Ids("modified").Order(StringComparer.Ordinal));
        Assert.Equal("[\"remarks\"]", diff.FieldsOf("HTi.006"));
        Assert.Equal("[\"remarks\"]", diff.FieldsOf("SOi.022")); // only COMMENTS1 changed (its aliases differ in layout only)
        Assert.Equal((4, 1, 2), (diff.Second.Added, diff.Second.Removed, diff.Second.Modified));
    }
}
