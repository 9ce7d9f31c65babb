using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Sources.OpenSanctions;
using SanctionsWatch.Sources.Uk;
using SanctionsWatch.Sources.Un;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Links;

/// <summary>
/// The links of the real files in ../shared, counted per type against the files themselves (their elements, entities
/// or remark clauses counted here without the readers).
/// </summary>
public sealed class RealDataLinksTests
{
    private static int Count(IEnumerable<ListEntry> entries, LinkType type, bool withId = false) =>
        entries.SelectMany(e => e.Links).Count(l => l.Type == type && (!withId || l.EntryId is not null));

    [SharedDataFact]
    public void Ofac_sdn_of_2024_05_03_has_6375_linked_to_15_of_them_to_rostec_and_no_owner_in_its_remarks()
    {
        var path = OfacHistory.PathOf("sdn_2024-05-03T1843.csv");
        var text = File.ReadAllText(path);
        var entries = new OfacReader().Read(path, "ofac-sdn").Entries;

        Assert.Equal(Regex.Count(text, "Linked To: "), Count(entries, LinkType.LinkedTo));
        Assert.Equal(6375, Count(entries, LinkType.LinkedTo));
        // "Owned or Controlled By" is written 589 times, every time in the North Korea directive clause: no owner.
        Assert.Equal(589, Regex.Count(text, "Owned or Controlled By"));
        Assert.Equal(589, Regex.Count(text, "Persons Owned or Controlled By U\\.S\\. "));
        Assert.Equal(0, Count(entries, LinkType.Owner));
        Assert.Equal(15, entries.Count(e => e.Links.Contains(new EntryLink(LinkType.LinkedTo, "STATE CORPORATION ROSTEC"))));
        Assert.DoesNotContain(entries.SelectMany(e => e.Links), l => l.Name!.Contains("Linked To", StringComparison.Ordinal) || l.Name.EndsWith(';'));
    }

    [SharedDataFact]
    public void Ofac_consolidated_relationships_and_remarks_are_read_whole()
    {
        var advancedPath = SharedData.PathOf("data/ofac/cons-advanced-2020-03.xml");
        var relations = XDocument.Load(advancedPath).Descendants().Where(d => d.Name.LocalName == "ProfileRelationship").ToList();
        var advanced = new OfacReader().Read(advancedPath, "ofac-cons").Entries;
        var ids = advanced.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(276, relations.Count);
        Assert.All(relations, r => Assert.Equal("false", (string?)r.Attribute("Former")));
        Assert.Equal(relations.Count, Count(advanced, LinkType.Owner, withId: true));
        Assert.All(advanced.SelectMany(e => e.Links), l => Assert.Contains(l.EntryId!, ids));
        var rosneft = advanced.Single(e => e.EntryId == "17022").PrimaryName;
        Assert.Equal(
            relations.Count(r => (string?)r.Attribute("To-ProfileID") == "17022"),
            advanced.Count(e => e.Links.Contains(new EntryLink(LinkType.Owner, rosneft, "17022"))));

        var classicPath = SharedData.PathOf("data/ofac/cons-classic-2025-03-28.xml");
        var classic = new OfacReader().Read(classicPath, "ofac-cons").Entries;
        Assert.Equal(Regex.Count(File.ReadAllText(classicPath), @"\(Linked To: "), Count(classic, LinkType.LinkedTo));
        Assert.Equal(41, classic.Count(e => e.Links.Contains(new EntryLink(LinkType.LinkedTo, "STATE CORPORATION ROSTEC"))));
    }

    [SharedDataFact]
    public void Uk_parent_companies_and_subsidiaries_are_read_as_the_file_states_them()
    {
        var path = SharedData.PathOf("data/uk/fcdo-uksl-xml-excerpt-2026-09.xml");
        var designations = XDocument.Load(path).Descendants("Designation").ToList();
        var entries = new UkReader().Read(path, "uk-fcdo").Entries.ToDictionary(e => e.EntryId);

        foreach (var (element, type) in new[] { ("ParentCompany", LinkType.Parent), ("Subsidiary", LinkType.Subsidiary) })
        {
            var stated = designations.SelectMany(d => d.Descendants(element).Select(p => ((string)d.Element("UniqueID")!, p.Value.Trim()))).ToList();
            Assert.Equal(stated.Count, Count(entries.Values, type));
            Assert.All(stated, s => Assert.Contains(new EntryLink(type, s.Item2), entries[s.Item1].Links));
        }

        Assert.Equal((2, 1), (Count(entries.Values, LinkType.Parent), Count(entries.Values, LinkType.Subsidiary)));
        // Other information in prose: "Associated with Abdul Sattar (TAi.162)" (a UN reference, not a UK id).
        Assert.Contains(new EntryLink(LinkType.LinkedTo, "Abdul Sattar"), entries["AFG0001"].Links);
    }

    [SharedDataFact]
    public void Opensanctions_relation_entities_and_notes_become_links()
    {
        var deltaPath = SharedData.PathOf("data/opensanctions/sanctions-entities.delta-2024.json");
        var entities = File.ReadLines(deltaPath).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.GetProperty("op").GetString() != "DEL")
            .Select(r => r.GetProperty("entity")).ToList();
        var delta = new OpenSanctionsReader(deltaAsEntries: true).Read(deltaPath, "opensanctions").Entries;
        var inFile = delta.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        int Stated(string schema, string carrier) => entities.Count(e =>
            e.GetProperty("schema").GetString() == schema
            && e.GetProperty("properties").TryGetProperty(carrier, out var p) && inFile.Contains(p[0].GetString()!));

        Assert.Equal((1, 2, 0), (entities.Count(e => e.GetProperty("schema").GetString() == "Ownership"), entities.Count(e => e.GetProperty("schema").GetString() == "UnknownLink"), entities.Count(e => e.GetProperty("schema").GetString() == "Directorship")));
        Assert.Equal(Stated("Ownership", "asset"), Count(delta, LinkType.Owner, withId: true));
        Assert.Equal(Stated("UnknownLink", "subject"), Count(delta, LinkType.LinkedTo, withId: true));
        Assert.Equal(Stated("Directorship", "organization"), Count(delta, LinkType.Director, withId: true));
        var elektromashina = delta.Single(e => e.EntryId == "NK-NSWaHofFyh2DLnmr5aaemb");
        Assert.Contains(new EntryLink(LinkType.LinkedTo, "Rostec", "nz-ru-named-rostec"), elektromashina.Links);
        Assert.Contains(new EntryLink(LinkType.Owner, null, "NK-kNULoiM7XfTYeWLtTZ4UHg"), elektromashina.Links);

        var sample = new OpenSanctionsReader().Read(SharedData.PathOf("data/opensanctions/sanctions-entities.ftm-sample-2024.json"), "opensanctions").Entries;
        Assert.Equal(
            [new EntryLink(LinkType.LinkedTo, "High Precision Systems"), new EntryLink(LinkType.LinkedTo, "Rostec")],
            sample.Single(e => e.EntryId == "NK-2Ka3UvopqbpZmVDFjWd4LA").Links);
    }

    [SharedDataFact]
    public void Un_comments_cite_the_reference_numbers_of_parties_on_the_same_list()
    {
        var entries = new UnReader().Read(SharedData.PathOf("data/un/consolidated-2026-02.xml"), "un-sc").Entries;
        var ids = entries.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        var cited = entries.SelectMany(e => e.Links).Where(l => l.EntryId is not null).ToList();

        Assert.True(cited.Count > 100, $"{cited.Count} links with a reference number");
        Assert.All(cited, l => Assert.True(UnReader.IsReference(l.EntryId!)));
        Assert.True(cited.Count(l => ids.Contains(l.EntryId!)) >= cited.Count * 95 / 100, "the references are entries of the list");
        Assert.Contains(
            new EntryLink(LinkType.LinkedTo, "Organization of Al-Qaida in the Islamic Maghreb", "QDe.014"),
            entries.SelectMany(e => e.Links));
    }
}
