using SanctionsWatch.Model;
using SanctionsWatch.Sources.OpenSanctions;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.OpenSanctions;

public sealed class OpenSanctionsReaderTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly OpenSanctionsReader _reader = new();

    public void Dispose() => _dir.Dispose();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "opensanctions", name);

    private static ListEntry Entry(ListFile list, string id) => Assert.Single(list.Entries, e => e.EntryId == id);

    private string Refused(string name, string content) =>
        Assert.Throws<ListFormatException>(() => _reader.Read(_dir.Write(name, content), "opensanctions")).Message;

    [Fact]
    public void Reads_the_simple_csv()
    {
        var list = _reader.Read(Fixture("targets.simple.csv"), "opensanctions");

        Assert.Equal("opensanctions-csv", list.Format);
        Assert.Equal(["NK-kurgan", "NK-vessel", "NK-person"], list.Entries.Select(e => e.EntryId));
        var kurgan = list.Entries[0];
        Assert.Equal(PartyType.Organization, kurgan.PartyType);
        Assert.Equal(
            [
                new EntryName("JOINT-STOCK COMPANY KURGAN MACHINE-BUILDING PLANT", NameType.Primary),
                new EntryName("KURGANMASHZAVOD JSC", NameType.Alias),
                new EntryName("АО КУРГАНМАШЗАВОД", NameType.Alias),
            ],
            kurgan.Names);
        Assert.Equal([new EntryIdentifier("ogrn", "1024500521682"), new EntryIdentifier("inn", "4501008142")], kurgan.Identifiers);
        Assert.Equal(["ru"], kurgan.Countries);
        Assert.Equal(["UA-WS-MILIND"], kurgan.Programmes);
        Assert.Equal(["640021, Kurgan, Mashinostroiteli avenue, 17"], kurgan.Addresses);
        Assert.Equal("Russian plant for armored vehicles.\nPart of Rostec.\nSecond sanction text.", kurgan.Remarks);
        Assert.Equal("https://www.opensanctions.org/entities/NK-kurgan/", kurgan.Link);

        var vessel = list.Entries[1];
        Assert.Equal(PartyType.Vessel, vessel.PartyType);
        Assert.Equal([new EntryIdentifier("imo", "9253325")], vessel.Identifiers);
        Assert.Null(vessel.Remarks);
        Assert.Equal([new EntryIdentifier("other", "AB123456")], list.Entries[2].Identifiers);
        Assert.Equal("Born 1971-01-22", list.Entries[2].Remarks);
    }

    [Fact]
    public void Reads_followthemoney_json_lines()
    {
        var list = _reader.Read(Fixture("entities.ftm.json"), "opensanctions");

        Assert.Equal("opensanctions-ftm", list.Format);
        Assert.Equal(["NK-rostec", "NK-kuzmenko", "NK-ship"], list.Entries.Select(e => e.EntryId));
        var rostec = list.Entries[0];
        Assert.Equal(PartyType.Organization, rostec.PartyType);
        Assert.Equal(
            [
                new EntryName("ROSTEC STATE CORPORATION", NameType.Primary),
                new EntryName("Госкорпорация Ростех", NameType.Alias),
                new EntryName("STATE CORPORATION ROSTEC", NameType.Alias),
                new EntryName("Rostec", NameType.WeakAlias),
                new EntryName("Rostekhnologii", NameType.FormerName),
            ],
            rostec.Names);
        Assert.Equal(
            [new EntryIdentifier("inn", "7704274402"), new EntryIdentifier("ogrn", "1077799030847"), new EntryIdentifier("kpp", "774301001")],
            rostec.Identifiers);
        Assert.Equal(["RUSSIA-EO14024"], rostec.Programmes);
        Assert.Equal(["Moscow, Usacheva 24"], rostec.Addresses);
        Assert.Equal(new DateOnly(2014, 7, 16), rostec.ListedOn);
        Assert.Equal("State defence conglomerate.", rostec.Remarks);

        var kuzmenko = list.Entries[1];
        Assert.Equal(PartyType.Person, kuzmenko.PartyType);
        Assert.Equal(["sanction"], kuzmenko.Programmes);
        Assert.Equal([new EntryIdentifier("inn", "366510784303"), new EntryIdentifier("passport", "7512345678")], kuzmenko.Identifiers);
        Assert.Equal([new EntryIdentifier("imo", "9235725")], list.Entries[2].Identifiers);
    }

    [Fact]
    public void Refuses_a_delta_file_unless_asked_to_read_its_additions_and_modifications()
    {
        var refused = Assert.Throws<ListFormatException>(() => _reader.Read(Fixture("entities.delta.json"), "opensanctions"));
        Assert.Contains("delta file", refused.Message, StringComparison.Ordinal);

        var list = new OpenSanctionsReader(deltaAsEntries: true).Read(Fixture("entities.delta.json"), "opensanctions");
        Assert.Equal("opensanctions-ftm-delta", list.Format);
        Assert.Equal(["NK-new", "NK-rostec"], list.Entries.Select(e => e.EntryId));
        Assert.Equal([new EntryIdentifier("ogrn", "1027700000001")], list.Entries[0].Identifiers);
    }

    [Fact]
    public void Refuses_broken_inputs()
    {
        Assert.Contains("empty", Refused("a.csv", ""), StringComparison.Ordinal);
        Assert.Contains("empty", Refused("b.csv", " \r\n"), StringComparison.Ordinal);
        Assert.Contains("HTML", Refused("c.csv", "<!DOCTYPE html><html>503</html>"), StringComparison.Ordinal);
        Assert.Contains("header lacks", Refused("d.csv", "ent_num,name\n1,X\n"), StringComparison.Ordinal);
        Assert.Contains("no entries", Refused("e.csv", "id,schema,name,aliases,countries,identifiers\n"), StringComparison.Ordinal);
        Assert.Contains("duplicate id NK-1", Refused("f.csv", "id,schema,name,aliases,countries,identifiers\nNK-1,Person,A,,,\nNK-1,Person,B,,,\n"), StringComparison.Ordinal);
        Assert.Contains("well-formed", Refused("g.csv", "id,schema,name,aliases,countries,identifiers\nNK-1,Person,A,,,\nNK-2,Person\n"), StringComparison.Ordinal);

        var line = File.ReadAllLines(Fixture("entities.ftm.json"))[0];
        Assert.Contains("duplicate id NK-rostec", Refused("h.json", line + "\n" + line + "\n"), StringComparison.Ordinal);
        Assert.Contains("cut short", Refused("i.json", line + "\n" + line[..(line.Length / 2)]), StringComparison.Ordinal);
        Assert.Contains("no party entities", Refused("j.json", """{"id":"x","schema":"Address","properties":{}}"""), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Reads_the_real_ukraine_war_targets_csv()
    {
        var list = _reader.Read(SharedData.PathOf("data/opensanctions/ua-war-sanctions-targets.simple-2026-03-13.csv"), "opensanctions");

        Assert.Equal(5600, list.Entries.Count);
        Assert.Equal(1543, list.Entries.Count(e => e.PartyType == PartyType.Person));
        Assert.Equal(1340, list.Entries.Count(e => e.PartyType == PartyType.Vessel));

        var kurgan = Entry(list, "NK-aFQVGJL8uaDcuyVmmsDNbw");
        Assert.Equal("JOINT-STOCK COMPANY KURGAN MACHINE-BUILDING PLANT", kurgan.PrimaryName);
        Assert.Contains(new EntryName("KURGANMASHZAVOD JSC", NameType.Alias), kurgan.Names);
        Assert.Equal([new EntryIdentifier("ogrn", "1024500521682"), new EntryIdentifier("inn", "4501008142")], kurgan.Identifiers);
        Assert.Equal(["UA-WS-MILIND"], kurgan.Programmes);
        Assert.StartsWith("Russian machine-building plant", kurgan.Remarks, StringComparison.Ordinal);

        var rostec = Entry(list, "NK-kNULoiM7XfTYeWLtTZ4UHg");
        Assert.Equal("ROSTEC STATE CORPORATION", rostec.PrimaryName);
        Assert.Equal([new EntryIdentifier("ogrn", "1077799030847"), new EntryIdentifier("inn", "7704274402")], rostec.Identifiers);
        Assert.Null(rostec.Remarks);
    }

    [SharedDataFact]
    public void Reads_the_real_ftm_sample_and_the_delta_only_when_asked()
    {
        var sample = _reader.Read(SharedData.PathOf("data/opensanctions/sanctions-entities.ftm-sample-2024.json"), "opensanctions");
        Assert.Equal(6, sample.Entries.Count); // 7 lines, one of them an Address
        var kuzmenko = Entry(sample, "NK-2Ka3UvopqbpZmVDFjWd4LA");
        Assert.Equal("Vitaly Yurievich KUZMENKO", kuzmenko.PrimaryName);
        Assert.Equal([new EntryIdentifier("inn", "366510784303")], kuzmenko.Identifiers);
        Assert.Equal(new DateOnly(2024, 2, 23), kuzmenko.ListedOn);

        var delta = SharedData.PathOf("data/opensanctions/sanctions-entities.delta-2024.json");
        Assert.Throws<ListFormatException>(() => _reader.Read(delta, "opensanctions"));
        var changes = new OpenSanctionsReader(deltaAsEntries: true).Read(delta, "opensanctions");
        // 1,129 ADD/MOD lines, of which 548 are not parties (Sanction, Address, Ownership, …); 571 DEL lines skipped.
        Assert.Equal(576, changes.Entries.Count);
    }
}
