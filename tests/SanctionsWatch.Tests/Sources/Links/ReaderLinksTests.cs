using SanctionsWatch.Model;
using SanctionsWatch.Sources.Eu;
using SanctionsWatch.Sources.OpenSanctions;
using SanctionsWatch.Sources.Uk;
using SanctionsWatch.Sources.Un;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Links;

/// <summary>The links of the UK, OpenSanctions, EU and UN readers, on their hand-written fixtures given link data.</summary>
public sealed class ReaderLinksTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Fixture(string publisher, string name) => ReaderFiles.Fixture(publisher, name);

    private static ListEntry Entry(ListFile list, string id) => Assert.Single(list.Entries, e => e.EntryId == id);

    [Fact]
    public void Uk_xml_parent_companies_and_subsidiaries_are_links_beside_the_parent_named_in_other_information()
    {
        var xml = File.ReadAllText(Fixture("uk", "uk-sanctions-list.xml")).Replace(
            "          <BusinessRegistrationNumber>Company no. 12345</BusinessRegistrationNumber>\n        </BusinessRegistrationNumbers>",
            """
                      <BusinessRegistrationNumber>Company no. 12345</BusinessRegistrationNumber>
                    </BusinessRegistrationNumbers>
                    <ParentCompanies>
                      <ParentCompany>State Corporation  Rostec</ParentCompany>
                      <ParentCompany>Uralvagonzavod</ParentCompany>
                    </ParentCompanies>
                    <Subsidiaries>
                      <Subsidiary>ACME Trading LLC</Subsidiary>
                      <Subsidiary> </Subsidiary>
                    </Subsidiaries>
            """.TrimStart(),
            StringComparison.Ordinal);
        Assert.Contains("<ParentCompanies>", xml, StringComparison.Ordinal);

        var list = new UkReader().Read(_dir.Write("uk.xml", xml), "uk-fcdo");

        Assert.Equal(
            [
                new EntryLink(LinkType.Parent, "State Corporation Rostec"),
                new EntryLink(LinkType.Parent, "Uralvagonzavod"),
                new EntryLink(LinkType.Subsidiary, "ACME Trading LLC"),
            ],
            Entry(list, "RUS9001").Links);
        Assert.Empty(Entry(list, "RUS9002").Links);
    }

    [Fact]
    public void Uk_csv_parent_company_and_subsidiaries_columns_split_on_the_bar_and_repeat_on_each_row_once()
    {
        var csv = File.ReadAllText(Fixture("uk", "uk-sanctions-list.csv")).Replace(
            ",Public Joint Stock Company,,,Tax",
            ",Public Joint Stock Company,ACME Trading LLC|ACME Logistics LLC,State Corporation Rostec,Tax",
            StringComparison.Ordinal);
        Assert.Contains("ACME Logistics LLC", csv, StringComparison.Ordinal);

        var acme = Entry(new UkReader().Read(_dir.Write("uk.csv", csv), "uk-fcdo"), "RUS9001");

        Assert.Equal(
            [
                new EntryLink(LinkType.Parent, "State Corporation Rostec"),
                new EntryLink(LinkType.Subsidiary, "ACME Trading LLC"),
                new EntryLink(LinkType.Subsidiary, "ACME Logistics LLC"),
            ],
            acme.Links);
    }

    [Fact]
    public void A_uk_cell_of_thousands_of_subsidiaries_or_a_huge_name_is_bounded()
    {
        var many = string.Join("|", Enumerable.Range(0, 5_000).Select(i => $"Front Company {i} LLC"));
        var csv = File.ReadAllText(Fixture("uk", "uk-sanctions-list.csv")).Replace(
            ",Public Joint Stock Company,,,Tax",
            $",Public Joint Stock Company,{many},{new string('R', 100_000)},Tax",
            StringComparison.Ordinal);

        var acme = Entry(new UkReader().Read(_dir.Write("uk.csv", csv), "uk-fcdo"), "RUS9001");

        Assert.Equal(UkDesignation.MaxLinks, acme.Links.Count(l => l.Name!.StartsWith("Front Company ", StringComparison.Ordinal)));
        Assert.All(acme.Links, l => Assert.True(l.Name!.Length <= UkDesignation.MaxLinkNameLength)); // the 100,000-letter parent is no name
        Assert.DoesNotContain(acme.Links, l => l.Type == LinkType.Parent && l.Name!.StartsWith("RRR", StringComparison.Ordinal));
    }

    [Fact]
    public void Opensanctions_ownership_directorship_and_unknown_link_entities_become_links_with_ids()
    {
        var lines = File.ReadAllLines(Fixture("opensanctions", "entities.ftm.json")).Concat(
        [
            """{"id":"NK-plant","caption":"JSC 163 ARMOR REPAIR PLANT","schema":"Company","properties":{"name":["JSC 163 ARMOR REPAIR PLANT"],"notes":["The plant is part of the High Precision Systems holding company of Rostec"]}}""",
            """{"id":"own-1","schema":"Ownership","properties":{"owner":["NK-rostec"],"asset":["NK-plant"],"role":["Owned or Controlled By"]}}""",
            """{"id":"dir-1","schema":"Directorship","properties":{"director":["NK-kuzmenko"],"organization":["NK-plant"],"role":["General Director"]}}""",
            """{"id":"link-1","schema":"UnknownLink","properties":{"subject":["NK-kuzmenko"],"object":["nz-ru-named-rostec"],"role":["Associate of 'Rostec'"]}}""",
            """{"id":"link-2","schema":"UnknownLink","properties":{"subject":["ofac-37182"],"object":["NK-ship"],"role":["Providing support to"]}}""",
            """{"id":"own-2","schema":"Ownership","properties":{"owner":["NK-rostec"],"asset":["NK-elsewhere"]}}""",
            """{"id":"own-3","schema":"Ownership","properties":{"owner":["NK-a"],"asset":["NK-b"]}}""",
            """{"id":"own-4","schema":"Ownership","properties":{"asset":["NK-plant"]}}""",
        ]);
        var list = new OpenSanctionsReader().Read(_dir.Write("entities.ftm.json", string.Join("\n", lines)), "opensanctions");

        Assert.Equal(
            [
                new EntryLink(LinkType.Parent, "High Precision Systems"),
                new EntryLink(LinkType.Parent, "Rostec"),
                new EntryLink(LinkType.Owner, "ROSTEC STATE CORPORATION", "NK-rostec"),
                new EntryLink(LinkType.Director, "Vitaly Yurievich KUZMENKO", "NK-kuzmenko"),
            ],
            Entry(list, "NK-plant").Links);
        // The other party is not in the file: the name the role quotes, or none but the id.
        Assert.Equal([new EntryLink(LinkType.LinkedTo, "Rostec", "nz-ru-named-rostec")], Entry(list, "NK-kuzmenko").Links);
        Assert.Equal([new EntryLink(LinkType.LinkedTo, null, "ofac-37182")], Entry(list, "NK-ship").Links);
        // Rostec owns a party the file does not hold: the owner carries it, as a subsidiary.
        Assert.Equal([new EntryLink(LinkType.Subsidiary, null, "NK-elsewhere")], Entry(list, "NK-rostec").Links.Where(l => l.EntryId is not null));
        Assert.DoesNotContain(list.Entries, e => e.EntryId is "own-1" or "dir-1" or "link-1");
    }

    [Fact]
    public void Eu_and_un_remarks_give_links_and_the_un_gives_the_other_partys_reference_number()
    {
        var eu = File.ReadAllText(Fixture("eu", "fsf-1.1.xml")).Replace(
            "<remark>Manufacturer of armoured vehicles. INN: 4501008142</remark>",
            "<remark>Manufacturer of armoured vehicles. INN: 4501008142. Subsidiary of JSC Rostec Automated Systems (RT-AS).</remark>",
            StringComparison.Ordinal);
        var euEntry = new EuReader().Read(_dir.Write("eu.xml", eu), "eu-fsf").Entries[0];
        Assert.Equal([new EntryLink(LinkType.Parent, "JSC Rostec Automated Systems")], euEntry.Links);

        var un = File.ReadAllText(Fixture("un", "consolidated.xml")).Replace(
            "<COMMENTS1>Broker of\n                arms deals.</COMMENTS1>",
            "<COMMENTS1>Broker of arms deals on behalf of Korea Mining Development Trading Corporation (KPe.001). Associated with Ri Su Yong.</COMMENTS1>",
            StringComparison.Ordinal);
        var person = Entry(new UnReader().Read(_dir.Write("un.xml", un), "un-sc"), "KPi.901");
        Assert.Equal(
            [
                new EntryLink(LinkType.LinkedTo, "Korea Mining Development Trading Corporation", "KPe.001"),
                new EntryLink(LinkType.LinkedTo, "Ri Su Yong"),
            ],
            person.Links);
    }
}
