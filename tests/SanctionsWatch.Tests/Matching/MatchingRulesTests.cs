using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Matching;

/// <summary>
/// The rules of the matching issue not covered elsewhere, with the story's names: brand spellings (kh/c), one-word
/// queries, persons with initials, romanised Chinese names, vessels (prefixes, IMO numbers), soft signs.
/// </summary>
public class MatchingRulesTests
{
    private static readonly NameMatcher Matcher = new();
    private static readonly MatchThresholds Thresholds = new();

    private static MatchResult Compare(string query, string candidate, PartyType kind = PartyType.Unknown) =>
        Matcher.Compare(MatchSubject.FromName(query, kind), MatchSubject.FromName(candidate, kind));

    private static MatchBand Band(string query, string candidate, PartyType kind = PartyType.Unknown) =>
        Thresholds.BandOf(Compare(query, candidate, kind).Score);

    [Theory]
    [InlineData("Rostekh", "STATE CORPORATION ROSTEC")]
    [InlineData("Ростех", "STATE CORPORATION ROSTEC")]
    [InlineData("Госкорпорация «Ростех»", "STATE CORPORATION ROSTEC")]
    [InlineData("Izhevskiy Mashinostroitel'nyi Zavod", "IZHEVSK MACHINE BUILDING PLANT")]
    [InlineData("Izhevskiy Mashinostroitelʹnyi Zavod", "Ижевский машиностроительный завод")]
    public void Brand_spellings_and_soft_signs_alert(string query, string candidate) =>
        Assert.True(Band(query, candidate) == MatchBand.Alert, $"{query} vs {candidate}: {Compare(query, candidate).Score:F3}");

    [Theory]
    [InlineData("Polyot", "JOINT STOCK COMPANY SCIENTIFIC AND PRODUCTION ENTERPRISE POLYOT")]
    [InlineData("ОАО «Полёт»", "JOINT STOCK COMPANY SCIENTIFIC AND PRODUCTION ENTERPRISE POLYOT")]
    [InlineData("KAMAZ", "KAMAZ PUBLICLY TRADED COMPANY")]
    [InlineData("Gelios LLC", "LIMITED LIABILITY CORPORATION GELIOS")]
    public void A_one_word_name_alerts_on_a_longer_name_whose_other_words_are_descriptors(string query, string candidate)
    {
        // the word is the name: the other words say what the firm is (finance, scientific production enterprise), not
        // which one (issue 11, class 2)
        var r = Compare(query, candidate, PartyType.Organization);
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Alert, $"{query} vs {candidate}: {r.Score:F3}");
    }

    [Theory]
    [InlineData("Aviastar", "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE")]
    [InlineData("Ilyushin Aviation Complex", "JOINT STOCK COMPANY ILYUSHIN FINANCE COMPANY")]
    [InlineData("Kazan Aviation Plant", "KAZAN HELICOPTER PLANT")]
    public void A_name_does_not_alert_on_one_with_another_distinctive_word_or_other_descriptors(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Organization);
        Assert.True(Thresholds.BandOf(r.Score) != MatchBand.Alert, $"{query} vs {candidate}: {r.Score:F3}");
    }

    [Theory]
    [InlineData("Rostec", "STATE CORPORATION ROSTEC")]
    [InlineData("Tekhnodinamika", "JOINT STOCK COMPANY TEKHNODINAMIKA")]
    [InlineData("Rosoboronexport", "ROSOBORONEKSPORT OAO")]
    public void A_one_word_name_whose_other_words_are_legal_forms_still_alerts(string query, string candidate) =>
        Assert.Equal(MatchBand.Alert, Band(query, candidate, PartyType.Organization));

    [Theory]
    [InlineData("S. V. Chemezov", "CHEMEZOV, Sergei Viktorovich")]
    [InlineData("Chemezov S.V.", "CHEMEZOV, Sergei Viktorovich")]
    [InlineData("S. Chemezov", "CHEMEZOV, Sergei")]
    [InlineData("Mikheev A. A.", "MIKHEEV, Aleksander Aleksandrovich")]
    public void Initials_match_given_names_and_patronymics(string query, string candidate) =>
        Assert.True(Band(query, candidate) == MatchBand.Alert, $"{query} vs {candidate}: {Compare(query, candidate).Score:F3}");

    [Fact]
    public void A_second_initial_is_a_patronymic_the_list_may_leave_out() =>
        Assert.True(Compare("S. V. Chemezov", "CHEMEZOV, Sergei").Score >= Thresholds.Review);

    [Fact]
    public void The_same_text_analysed_as_person_and_as_unknown_still_matches_exactly()
    {
        var r = Matcher.Compare(MatchSubject.FromName("S. V. Chemezov"), MatchSubject.FromName("S. V. Chemezov", PartyType.Person));
        Assert.True(r.Score >= Thresholds.Alert, $"{r.Score:F3}");
        var v = Matcher.Compare(MatchSubject.FromName("MV Arman 114"), MatchSubject.FromName("MV Arman 114", PartyType.Organization));
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(v.Score));
    }

    [Fact]
    public void Initials_that_differ_do_not_alert()
    {
        Assert.NotEqual(MatchBand.Alert, Band("A. Chemezov", "CHEMEZOV, Sergei Viktorovich", PartyType.Person));
        Assert.NotEqual(MatchBand.Alert, Band("A. Chemezov", "CHEMEZOV, Sergei", PartyType.Person));
        Assert.NotEqual(MatchBand.Alert, Band("A. V. Chemezov", "CHEMEZOV, Sergei", PartyType.Person));
    }

    [Theory]
    [InlineData("LI Shangfu", "Li Shang-fu")]
    [InlineData("Shangfu Li", "LI, Shangfu")]
    [InlineData("Li Shang Fu", "LI Shangfu")]
    [InlineData("Ли Шанфу", "LI Shangfu")]
    public void Romanised_chinese_names_in_any_order_and_syllable_split(string query, string candidate) =>
        Assert.True(Band(query, candidate, PartyType.Person) == MatchBand.Alert, $"{query} vs {candidate}: {Compare(query, candidate, PartyType.Person).Score:F3}");

    [Fact]
    public void Another_chinese_given_name_does_not_alert() =>
        Assert.NotEqual(MatchBand.Alert, Band("Li Shangwei", "LI Shangfu", PartyType.Person));

    [Theory]
    [InlineData("M/V ARMAN 114", "ARMAN 114")]
    [InlineData("MV Arman 114", "ARMAN 114")]
    [InlineData("M.V. ARMAN 114", "ARMAN 114")]
    [InlineData("MT SEA ROSE", "SEA ROSE")]
    public void Vessel_prefixes_are_not_part_of_the_name(string query, string candidate) =>
        Assert.Equal(1.0, Compare(query, candidate, PartyType.Vessel).Score);

    [Fact]
    public void An_imo_number_written_in_a_name_is_decisive_and_a_different_one_keeps_vessels_apart()
    {
        var same = Compare("MV NEW NAME (IMO 9117389)", "ARMAN 114 IMO 9117389", PartyType.Vessel);
        Assert.Equal(1.0, same.Score);
        Assert.Equal("identifier", same.Explanation.Rule);

        var other = Compare("ARMAN 114 (IMO 9117389)", "ARMAN 114 (IMO 9117390)", PartyType.Vessel);
        Assert.True(other.Score < Thresholds.Review, $"{other.Score:F3}");
        Assert.Contains(other.Explanation.Notes, n => n.Contains("IMO", StringComparison.Ordinal));
    }

    [Fact]
    public void An_imo_in_a_name_is_found_through_the_index()
    {
        var index = Matcher.Index(
        [
            new MatchSubject("ofac-sdn/1", PartyType.Vessel, [new EntryName("ARMAN 114", NameType.Primary)], [new EntryIdentifier("imo", "9117389")]),
            new MatchSubject("ofac-sdn/2", PartyType.Vessel, [new EntryName("SEA ROSE", NameType.Primary)], []),
        ]);
        var results = index.Search(MatchSubject.FromName("Renamed tanker IMO 9117389"), Thresholds.Alert);
        Assert.Equal("ofac-sdn/1", Assert.Single(results).CandidateKey);
    }

    [Fact]
    public void M_v_initials_of_a_person_are_not_a_vessel_prefix_for_firms() =>
        Assert.Equal(MatchBand.Alert, Band("M.V. Frunze Arsenal Design Bureau", "ARSENAL DESIGN BUREAU NAMED AFTER M.V. FRUNZE", PartyType.Organization));
}
