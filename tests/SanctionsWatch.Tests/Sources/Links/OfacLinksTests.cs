using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Tests.Sources.Ofac;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources.Links;

/// <summary>OFAC's links: "Linked To" and "Owned or Controlled By" in the remarks, ProfileRelationship in the advanced XML.</summary>
public sealed class OfacLinksTests : IDisposable
{
    private readonly OfacFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static EntryLink Linked(string name, string? id = null) => new(LinkType.LinkedTo, name, id);

    [Fact]
    public void Reads_linked_to_as_the_last_clause_or_in_the_middle_and_keeps_the_identifiers()
    {
        var last = OfacRemarks.Parse("Tax ID No. 7704274402 (Russia); Linked To: STATE CORPORATION ROSTEC.");
        Assert.Equal([Linked("STATE CORPORATION ROSTEC")], last.Links);
        Assert.Equal([new EntryIdentifier("inn", "7704274402", "Russia")], last.Identifiers);

        var middle = OfacRemarks.Parse(
            "Additional Sanctions Information - Subject to Secondary Sanctions; Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE; " +
            "Linked To: MAHAN AIR.");
        Assert.Equal([Linked("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE"), Linked("MAHAN AIR")], middle.Links);

        // A name's own full stop stays when the clause is not the last one.
        Assert.Equal([Linked("NEW AHMADI LTD."), Linked("MAHAN AIR")], OfacRemarks.Parse("Linked To: NEW AHMADI LTD.; Linked To: MAHAN AIR.").Links);
    }

    [Fact]
    public void Reads_the_consolidated_lists_bracketed_form_and_owned_or_controlled_by()
    {
        var cons = OfacRemarks.Parse(
            "For more information on directives, please visit the following link: http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives.; " +
            "(Linked To: OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY)");
        Assert.Equal([Linked("OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY")], cons.Links);

        Assert.Equal(
            [new EntryLink(LinkType.Owner, "OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY")],
            OfacRemarks.Parse("Registration ID 1025600000000 (Russia); Owned or Controlled By: OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY.").Links);
    }

    [Fact]
    public void The_north_korea_directive_about_us_financial_institutions_is_not_an_owner()
    {
        // The ~590 "Owned or Controlled By" of sdn_2024-05-03 are all this clause, never a link.
        var parsed = OfacRemarks.Parse(
            "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; Transactions Prohibited For " +
            "Persons Owned or Controlled By U.S. Financial Institutions: North Korea Sanctions Regulations section 510.214; Passport 836210029.");

        Assert.Empty(parsed.Links);
        Assert.Equal([new EntryIdentifier("passport", "836210029")], parsed.Identifiers);
    }

    [Theory]
    [InlineData("Linked To:")]
    [InlineData("Linked To: .")]
    [InlineData("Linked To: ;;; ")]
    [InlineData("(Linked To: )")]
    [InlineData("Linked To: 12345.")]
    public void A_link_without_a_name_is_no_link(string remarks) => Assert.Empty(OfacRemarks.Parse(remarks).Links);

    [Fact]
    public void An_unterminated_or_overlong_link_never_breaks_the_remarks()
    {
        Assert.Equal([Linked("STATE CORPORATION ROSTEC")], OfacRemarks.Parse("a.k.a. 'X1'; (Linked To: STATE CORPORATION ROSTEC").Links);
        var runaway = OfacRemarks.Parse("Linked To: " + new string('A', 5000) + "; a.k.a. 'SHORT NAME'.");
        Assert.Empty(runaway.Links);
        Assert.Equal([new EntryName("SHORT NAME", NameType.WeakAlias)], runaway.Names);
    }

    [Fact]
    public void The_csv_and_classic_xml_readers_put_the_remarks_links_on_the_entry()
    {
        var csv = _files.Write("sdn.csv", OfacCsv.File(
            OfacCsv.Row(17260, "STATE CORPORATION ROSTEC", remarks: "Tax ID No. 7704274402 (Russia)."),
            OfacCsv.Row(18774, "JOINT STOCK COMPANY TEKHNODINAMIKA", remarks: "Tax ID No. 7703058331 (Russia); Linked To: STATE CORPORATION ROSTEC."),
            OfacCsv.Row(100, "ACME", remarks: "Linked To: JOINT STOCK COMPANY TEKHNODINAMIKA; Linked To: MAHAN AIR.")));
        var entries = new OfacReader().Read(csv, "ofac-sdn").Entries.ToDictionary(e => e.EntryId);

        Assert.Empty(entries["17260"].Links);
        Assert.Equal([Linked("STATE CORPORATION ROSTEC")], entries["18774"].Links);
        Assert.Equal([Linked("JOINT STOCK COMPANY TEKHNODINAMIKA"), Linked("MAHAN AIR")], entries["100"].Links);

        var acme = new OfacReader().Read(OfacFiles.Fixture("sdn.xml"), "ofac-sdn").Entries[0];
        Assert.Equal([Linked("STATE CORPORATION ROSTEC")], acme.Links);
    }

    [Fact]
    public void Profile_relationships_of_the_advanced_xml_become_typed_links_with_the_other_partys_id()
    {
        var whole = File.ReadAllText(OfacFiles.Fixture("sdn_advanced.xml"))
            .Replace(
                "  </ReferenceValueSets>",
                """
                    <RelationTypeValues>
                      <RelationType ID="1555" Symmetrical="false">Associate Of</RelationType>
                      <RelationType ID="15003" Symmetrical="false">Owned or Controlled By</RelationType>
                      <RelationType ID="91422" Symmetrical="false">Leader or official of</RelationType>
                    </RelationTypeValues>
                  </ReferenceValueSets>
                """,
                StringComparison.Ordinal)
            .Replace("<Comment>Website www.kurganmash.ru; a.k.a. 'KMZ'.</Comment>", "<Comment>Website www.kurganmash.ru; a.k.a. 'KMZ'; Linked To: IVANOV, Ivan Ivanovich.</Comment>", StringComparison.Ordinal)
            .Replace(
                "<ProfileRelationships />",
                """
                <ProfileRelationships>
                    <ProfileRelationship ID="1" From-ProfileID="35345" To-ProfileID="40001" RelationTypeID="15003" RelationQualityID="1" Former="false" SanctionsEntryID="1"><Comment /></ProfileRelationship>
                    <ProfileRelationship ID="2" From-ProfileID="40001" To-ProfileID="35345" RelationTypeID="91422" RelationQualityID="1" Former="false" SanctionsEntryID="2"><Comment /></ProfileRelationship>
                    <ProfileRelationship ID="3" From-ProfileID="35345" To-ProfileID="40001" RelationTypeID="1555" RelationQualityID="1" Former="false" SanctionsEntryID="1"><Comment /></ProfileRelationship>
                    <ProfileRelationship ID="4" From-ProfileID="40001" To-ProfileID="35345" RelationTypeID="1555" RelationQualityID="1" Former="true" SanctionsEntryID="2"><Comment /></ProfileRelationship>
                    <ProfileRelationship ID="5" From-ProfileID="40001" To-ProfileID="99999" RelationTypeID="1555" RelationQualityID="1" Former="false" SanctionsEntryID="2"><Comment /></ProfileRelationship>
                  </ProfileRelationships>
                """,
                StringComparison.Ordinal);
        Assert.Contains("RelationTypeValues", whole, StringComparison.Ordinal);
        var list = new OfacReader().Read(_files.Write("sdn_advanced.xml", whole), "ofac-sdn");
        var kurgan = list.Entries.Single(e => e.EntryId == "35345");
        var ivanov = list.Entries.Single(e => e.EntryId == "40001");

        // The comment's link and relationship 3 are one link, with the id; the leader is a director of the firm.
        Assert.Equal(
            [
                new EntryLink(LinkType.Owner, "IVANOV, Ivan Ivanovich", "40001"),
                new EntryLink(LinkType.Director, "IVANOV, Ivan Ivanovich", "40001"),
                Linked("IVANOV, Ivan Ivanovich", "40001"),
            ],
            kurgan.Links);
        Assert.Empty(ivanov.Links); // former, and to a profile the file does not hold: no link
    }
}
