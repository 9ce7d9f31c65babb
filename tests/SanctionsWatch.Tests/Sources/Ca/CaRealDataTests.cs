using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ca;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Ca;

public sealed class CaRealDataTests
{
    private static ListFile Read(string name) => new CaReader().Read(SharedData.PathOf("data/ca/" + name), "ca-sema");

    [SharedDataTheory]
    [InlineData("sema-2020-04.xml", 1369)]
    [InlineData("sema-2025-05.xml", 4758)] // 4,759 records: MENYAILO Sergey Ivanovich is listed twice (schedule 1 parts 1 and 1.1)
    public void Reads_every_record_of_the_real_versions(string name, int entries)
    {
        var list = Read(name);

        Assert.Equal(entries, list.Entries.Count);
        Assert.All(list.Entries, e => Assert.NotEmpty(e.PrimaryName));
    }

    [SharedDataFact]
    public void Reads_kurganmashzavod_in_the_2025_file_completely()
    {
        var kurgan = Read("sema-2025-05.xml").Entries.Single(e => e.EntryId == "russia/kurganmashzavod-pjsc");

        Assert.Equal(PartyType.Organization, kurgan.PartyType);
        Assert.Equal(
            [new EntryName("Kurganmashzavod PJSC", NameType.Primary), new EntryName("ПАО «Курганмашзавод»", NameType.OriginalScript)],
            kurgan.Names);
        Assert.Equal(["Russia"], kurgan.Programmes);
        Assert.Equal(new DateOnly(2022, 4, 8), kurgan.ListedOn);
        Assert.Equal("Schedule 1, Part 2; Item 142", kurgan.Remarks);
        Assert.Empty(kurgan.Identifiers);
    }

    [SharedDataFact]
    public void Counts_persons_entities_and_ships_of_2025()
    {
        var list = Read("sema-2025-05.xml");
        var byType = list.Entries.GroupBy(e => e.PartyType).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(3333, byType[PartyType.Person]);
        Assert.Equal(list.Entries.Count - 3333, byType[PartyType.Organization] + byType[PartyType.Vessel]);
        Assert.True(byType[PartyType.Vessel] >= 109, $"{byType[PartyType.Vessel]} vessels");
        Assert.All(list.Entries.Where(e => e.PartyType == PartyType.Vessel), v => Assert.StartsWith("imo-", v.EntryId, StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void The_diff_from_2020_to_2025_adds_thousands_removes_zimbabwe_delistings_and_renumbers_schedules()
    {
        var diff = ReaderFiles.Import(
            "ca-sema", new CaReader(), SharedData.PathOf("data/ca/sema-2020-04.xml"), SharedData.PathOf("data/ca/sema-2025-05.xml"));
        var added = diff.Ids("added").ToHashSet(StringComparer.Ordinal);
        var removed = diff.Ids("removed").ToHashSet(StringComparer.Ordinal);

        Assert.Contains("russia/kurganmashzavod-pjsc", added);
        Assert.Contains("russia/kurganpribor-jsc", added);
        Assert.Contains("russia/tulamashzavod-jsc", added);
        Assert.Contains("zimbabwe/walter-mzembi", removed);
        // The limit of ids made from names: a party renamed in the list leaves and comes back under its new name.
        Assert.Contains("russia/jsc-united-aircraft-corporation", removed);
        Assert.Contains("russia/united-aircraft-corporation", added);
        Assert.Contains("russia/igor-ivanovich-sechin", diff.Ids("modified"));
        Assert.Equal("[\"listed_on\",\"remarks\"]", diff.FieldsOf("russia/igor-ivanovich-sechin"));
        Assert.Equal((3503, 114, 1255), (diff.Second.Added, diff.Second.Removed, diff.Second.Modified));
        // Every party found again changed: the 2025 file adds DateOfListing and renumbered the schedules.
        Assert.Equal(diff.First.EntryCount - diff.Second.Removed, diff.Second.Modified);
        Assert.Equal(diff.First.EntryCount + diff.Second.Added - diff.Second.Removed, diff.Second.EntryCount);
        Assert.True(removed.Count(id => id.StartsWith("zimbabwe/", StringComparison.Ordinal)) >= 90);
    }
}
