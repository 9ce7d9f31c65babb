using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sources.Un;

namespace SanctionsWatch.Tests.Sources.Links;

/// <summary>Links stated in prose, on remarks written as the EU, the UN, the UK and OpenSanctions write them.</summary>
public sealed class RemarkLinksTests
{
    private static IReadOnlyList<EntryLink> Org(string text) => RemarkLinks.Parse(text, PartyType.Organization);

    [Theory]
    [InlineData("Part of the Chemical Industries and Development of Material Group (CIDMG).", LinkType.Parent, "Chemical Industries and Development of Material Group")]
    [InlineData("Roshan Money Exchange stores and transfers funds. Owned by Ahmed Shah Noorzai Obaidullah (TAi.166).", LinkType.Owner, "Ahmed Shah Noorzai Obaidullah")]
    [InlineData("BNK (UK) Ltd is controlled by CJSC Belarusian Oil Company, the state exporter of oil products.", LinkType.Owner, "CJSC Belarusian Oil Company")]
    [InlineData("associated with Joint Stock Company Almaz-Antey air and space defence corporation; Type of entity: Joint Stock", LinkType.LinkedTo, "Joint Stock Company Almaz-Antey")]
    [InlineData("Money exchange business facilitating the movement of funds on behalf of Islamic State in Iraq and the Levant (ISIL), listed as Al-Qaida in Iraq.", LinkType.LinkedTo, "Islamic State in Iraq and the Levant")]
    [InlineData("(UK Sanctions List Ref):RUS9001. (Parent company): State Corporation Rostec", LinkType.Parent, "State Corporation Rostec")]
    [InlineData("General Director: Oleg Yurevitsh Martinov", LinkType.Director, "Oleg Yurevitsh Martinov")]
    [InlineData("A subsidiary of KOMID’s trading arm.", LinkType.Parent, "KOMID")]
    public void Reads_the_other_party_of_a_stated_link(string remark, LinkType type, string name) =>
        Assert.Equal([new EntryLink(type, name)], Org(remark));

    [Theory]
    [InlineData("Linked to terrorist crimes in Italy.")]
    [InlineData("acting on behalf of or at the direction of an entity owned or controlled by a designated individual or entity")]
    [InlineData("Not affiliated with the humanitarian group International Federation of the Red Cross and Red Crescent Societies.")]
    [InlineData("HASI is not affiliated with International Federation of the Red Cross.")]
    [InlineData("He is part of a group of senior LRA officers.")]
    [InlineData("Listed pursuant to paragraph 8 of resolution 1844, part of Annex I.")]
    [InlineData("Associated with Al-Qaida-related groups in the United Kingdom.")]
    [InlineData("Deployed by the ministry; Linked to")]
    [InlineData("")]
    public void Reads_no_link_from_prose_that_names_no_party(string remark) => Assert.Empty(Org(remark));

    [Fact]
    public void Reads_un_references_as_ids_of_the_same_list_and_follows_the_enumeration()
    {
        var links = RemarkLinks.Parse(
            "Was founded in December 2011 by Iyad ag Ghali (QDi.316). Linked to the Organization of Al-Qaida in the Islamic " +
            "Maghreb (QDe.014) and Mouvement pour l’Unification et le Jihad en Afrique de l’Ouest (MUJAO) (QDe.134). " +
            "Associated with Abdelmalek Droukdel (QDi.232).",
            PartyType.Organization,
            UnReader.IsReference);

        Assert.Equal(
            [
                new EntryLink(LinkType.LinkedTo, "Organization of Al-Qaida in the Islamic Maghreb", "QDe.014"),
                new EntryLink(LinkType.LinkedTo, "Mouvement pour l’Unification et le Jihad en Afrique de l’Ouest", "QDe.134"),
                new EntryLink(LinkType.LinkedTo, "Abdelmalek Droukdel", "QDi.232"),
            ],
            links);
    }

    [Fact]
    public void An_also_known_as_inside_the_name_keeps_the_first_name_with_the_id_and_a_wrapped_line_goes_on()
    {
        Assert.Equal(
            [new EntryLink(LinkType.LinkedTo, "Islamic Jihad Union", "QDe.119")],
            RemarkLinks.Parse("Associated with the Islamic Jihad Union (IJU), also known as the Islamic Jihad Group (QDe.119).", PartyType.Person, UnReader.IsReference));
        Assert.Equal(
            [new EntryLink(LinkType.LinkedTo, "Joint Stock Company Almaz-Antey"), new EntryLink(LinkType.Director, "Oleg Yurevitsh Martinov")],
            Org("associated with Joint Stock Company Almaz-Antey air and space defence corporation; Type of entity: Joint Stock\nCompany; General Director: Oleg\nYurevitsh Martinov"));
    }

    [Fact]
    public void A_reference_is_an_id_only_where_the_list_says_so()
    {
        Assert.Equal([new EntryLink(LinkType.Owner, "Ahmed Shah Noorzai Obaidullah")], Org("Owned by Ahmed Shah Noorzai Obaidullah (TAi.166)."));
        Assert.Equal(
            [new EntryLink(LinkType.Owner, "Ahmed Shah Noorzai Obaidullah", "TAi.166")],
            RemarkLinks.Parse("Owned by Ahmed Shah Noorzai Obaidullah (TAi.166).", PartyType.Organization, UnReader.IsReference));
    }

    [Fact]
    public void A_holding_company_of_a_group_names_both_and_a_person_has_no_parent_company()
    {
        const string note = "The plant is part of the High Precision Systems holding company of Rostec";

        Assert.Equal(
            [new EntryLink(LinkType.Parent, "High Precision Systems"), new EntryLink(LinkType.Parent, "Rostec")],
            Org(note));
        Assert.Equal(
            [new EntryLink(LinkType.LinkedTo, "High Precision Systems"), new EntryLink(LinkType.LinkedTo, "Rostec")],
            RemarkLinks.Parse(note, PartyType.Person));
    }

    [Fact]
    public void Reads_a_list_of_subsidiaries()
    {
        Assert.Equal(
            [
                new EntryLink(LinkType.Subsidiary, "BNK"),
                new EntryLink(LinkType.Subsidiary, "Belneftekhim"),
                new EntryLink(LinkType.Subsidiary, "Naftan"),
            ],
            Org("(Subsidiaries): BNK, Belneftekhim and Naftan. (Type of entity): Oil"));
    }

    [Fact]
    public void Huge_or_broken_text_gives_at_most_a_bounded_number_of_links_and_never_throws()
    {
        var many = string.Join(" ", Enumerable.Range(0, 500).Select(i => $"Associated with Party Number{i} (QDe.{i % 1000:000})."));
        var links = RemarkLinks.Parse(many, PartyType.Organization, UnReader.IsReference);
        Assert.Equal(RemarkLinks.MaxLinks, links.Count);

        var garbage = new string('(', 10_000) + "owned by " + new string('A', 100_000) + " part of the the the";
        Assert.Empty(Org(garbage));
        Assert.Empty(Org("owned by"));
        Assert.Empty(Org("Linked to (QDe.014"));
    }

    [Fact]
    public async Task A_remark_of_unclosed_brackets_is_read_in_linear_time()
    {
        // each "linked to X(" looked for its closing bracket to the end of the text: 3 MB took 10 s, 100 MB hours; the
        // bound is far above the linear reading's milliseconds and far below the old reading's minutes at 8 MB
        var hostile = string.Concat(Enumerable.Repeat("linked to X(", 8_000_000 / 12));
        var reading = Task.Run(() => RemarkLinks.Parse(hostile, PartyType.Organization, UnReader.IsReference));
        var links = await reading.WaitAsync(TimeSpan.FromSeconds(30)); // throws TimeoutException past the bound
        Assert.Empty(links);
    }
}
