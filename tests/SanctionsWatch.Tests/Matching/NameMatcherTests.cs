using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Matching;

public class NameMatcherTests
{
    private static readonly NameMatcher Matcher = new();
    private static readonly MatchThresholds Thresholds = new();

    private static MatchResult Compare(string query, string candidate, PartyType qk = PartyType.Unknown, PartyType ck = PartyType.Unknown) =>
        Matcher.Compare(MatchSubject.FromName(query, qk), MatchSubject.FromName(candidate, ck));

    [Theory]
    [InlineData("Курганмашзавод", "KURGANMASHZAVOD")]
    [InlineData("АО «Рособоронэкспорт»", "ROSOBORONEKSPORT OAO")]
    [InlineData("Rosoboronexport JSC", "ROSOBORONEKSPORT OAO")]
    [InlineData("Kurgan Machine-Building Plant", "KURGANMASHZAVOD")]
    [InlineData("Kurgan Machinebuilding Plant", "KURGANMASHZAVOD")]
    [InlineData("Курганский машиностроительный завод", "KURGANMASHZAVOD")]
    [InlineData("PJSC United Aircraft Corporation", "PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION")]
    [InlineData("JSC Tekhnodinamika", "JOINT STOCK COMPANY TEKHNODINAMIKA")]
    [InlineData("Technodinamika", "JOINT STOCK COMPANY TEKHNODINAMIKA")]
    [InlineData("Ilyushin Aviation Complex", "OPEN JOINT STOCK COMPANY ILYUSHIN AVIATION COMPLEX")]
    [InlineData("Rostec", "STATE CORPORATION ROSTEC")]
    [InlineData("Tula Machine Building Plant", "Tulamashzavod")]
    [InlineData("JSC Plant No. 9", "Zavod N9")]
    [InlineData("Design Bureau of Special Machine-Building", "DESIGN BUREAU OF SPECIAL MACHINE-BUILDING")]
    public void Variants_of_one_firm_alert(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Organization, PartyType.Organization);
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Alert, $"{query} vs {candidate}: {r.Score:F3} {r.Explanation}");
    }

    [Theory]
    [InlineData("Сергей Викторович Чемезов", "CHEMEZOV, Sergei Viktorovich")]
    [InlineData("Sergey Chemezov", "CHEMEZOV, Sergei Viktorovich")]
    [InlineData("CHEMEZOV, Sergey Victorovich", "CHEMEZOV, Sergei")]
    [InlineData("Александр Александрович Михеев", "MIKHEEV, Aleksander Aleksandrovich")]
    [InlineData("Alexander Mikheyev", "MIKHEEV, Aleksandr Aleksandrovich")]
    [InlineData("Dmitriy Shugayev", "SHUGAEV, Dmitry Evgenyevich")]
    public void Persons_match_in_any_order_with_optional_patronymic(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Person, PartyType.Person);
        Assert.True(r.Score >= Thresholds.Alert, $"{query} vs {candidate}: {r.Score:F3}");
    }

    [Fact]
    public void Another_family_member_does_not_alert()
    {
        var r = Compare("Sergey Chemezov", "CHEMEZOV, Stanislav Sergeyevich", PartyType.Person, PartyType.Person);
        Assert.True(r.Score < Thresholds.Alert, $"{r.Score:F3}");
    }

    [Fact]
    public void Exact_after_normalisation_scores_one()
    {
        var r = Compare("Joint-Stock Company «Tekhnodinamika»", "JOINT STOCK COMPANY TEKHNODINAMIKA");
        Assert.Equal(1.0, r.Score);
        Assert.Equal("exact", r.Explanation.Rule);
    }

    [Theory]
    [InlineData("JSC")]
    [InlineData("Joint Stock Company")]
    [InlineData("OOO")]
    [InlineData("Открытое акционерное общество")]
    public void A_legal_form_alone_never_matches(string legalForm)
    {
        Assert.Equal(0.0, Compare(legalForm, "JOINT STOCK COMPANY TEKHNODINAMIKA").Score);
        Assert.Equal(0.0, Compare(legalForm, "OPEN JOINT STOCK COMPANY").Score);
    }

    [Fact]
    public void Acronyms_alone_reach_review_at_most_and_compare_letter_for_letter()
    {
        var thresholds = new MatchThresholds();

        // equal acronyms are evidence, not proof: KMZ is Kurganmashzavod, Kovrov Mechanical Plant and more (issue 11);
        // the fuller names must agree, so a party watched by its name and its acronym is not alerted by the acronym alone
        var kurgan = new MatchSubject("ru-kurganmashzavod", PartyType.Organization,
            [new EntryName("Kurganmashzavod", NameType.Primary), new EntryName("KMZ", NameType.Alias)], []);
        var kovrov = new MatchSubject("ofac-sdn/1", PartyType.Organization,
            [new EntryName("KOVROV MECHANICAL PLANT", NameType.Primary), new EntryName("KMZ", NameType.WeakAlias)], []);
        var kmz = Matcher.Compare(kurgan, kovrov);
        Assert.Equal(("acronym", MatchBand.Review), (kmz.Explanation.Rule, thresholds.BandOf(kmz.Score)));

        // a party watched by its acronym alone: the same acronym on the list is what the user asked for
        Assert.Equal(1.0, Compare("UVZ", "UVZ").Score);
        Assert.Equal("acronym", Compare("KBSM", "KBSM AO").Explanation.Rule);
        Assert.Equal(1.0, Compare("KBSM", "KBSM AO").Score);
        Assert.Equal(MatchBand.Review, thresholds.BandOf(Matcher.Compare(kovrov, kurgan).Score));
        Assert.Equal(MatchBand.Review, thresholds.BandOf(Compare("UVZ", "UVZ HOLDING").Score)); // the acronym among descriptors
        Assert.Equal(0.0, Compare("UVZ", "UVZ KARPATY HOLDING").Score); // among another distinctive word
        Assert.Equal(0.0, Compare("UVZ", "UZV").Score);
        Assert.Equal(0.0, Compare("STZ", "STS").Score); // letters, not sounds: z is no s
        Assert.Equal(0.0, Compare("SKBM", "KBSM").Score);
        Assert.Equal(0.0, Compare("ROE", "ROSOBORONEKSPORT OAO").Score);

        // an acronym that spells the other name, through the parts of a contraction or the Russian initials of a concept
        var uvz = Compare("UVZ", "URALVAGONZAVOD");
        Assert.Equal(MatchBand.Review, thresholds.BandOf(uvz.Score));
        Assert.Contains(uvz.Explanation.Notes, n => n.Contains("acronym spelled", StringComparison.Ordinal));
        Assert.Equal(MatchBand.Review, thresholds.BandOf(Compare("KVZ", "Kazan Helicopter Plant", PartyType.Organization, PartyType.Organization).Score));
        Assert.Equal(MatchBand.Review, thresholds.BandOf(Compare("ODK", "United Engine Corporation", PartyType.Organization, PartyType.Organization).Score));
        Assert.Equal(0.0, Compare("ODK", "United Aircraft Corporation", PartyType.Organization, PartyType.Organization).Score);

        var weak = Matcher.Compare(
            MatchSubject.FromName("KRETS"),
            new MatchSubject("x", PartyType.Organization, [new EntryName("KRET", NameType.WeakAlias)], []));
        Assert.Equal(0.0, weak.Score);
    }

    [Theory]
    [InlineData("Aviastar-TU", "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE")]
    [InlineData("Aviastar TU", "Aviastar-SP")]
    [InlineData("Polyot Ivanovo Parachute Plant", "JOINT STOCK COMPANY SCIENTIFIC AND PRODUCTION ENTERPRISE POLYOT")]
    [InlineData("Ilyushin Aviation Complex", "JOINT STOCK COMPANY ILYUSHIN FINANCE COMPANY")]
    [InlineData("Ilyushin Finance Company", "OPEN JOINT STOCK COMPANY ILYUSHIN AVIATION COMPLEX")]
    [InlineData("Dinamika", "JOINT STOCK COMPANY TEKHNODINAMIKA")]
    [InlineData("Dinamika", "Tekhnodinamika")]
    [InlineData("SKBM", "KBSM AO")]
    [InlineData("Aviastar", "AVIATRADE LLC")]
    [InlineData("Chemezov Holding", "CHEMEZOV, Sergei")]
    public void Look_alikes_stay_below_the_alert_threshold(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Organization, PartyType.Organization);
        Assert.True(r.Score < Thresholds.Alert, $"{query} vs {candidate}: {r.Score:F3}");
    }

    [Fact]
    public void An_identifier_is_decisive_when_the_names_agree_and_review_when_they_share_nothing()
    {
        var query = new MatchSubject("ru-kurganmashzavod", PartyType.Organization,
            [new EntryName("Kurganmashzavod JSC", NameType.Primary)], [new EntryIdentifier("inn", "4501008142")]);
        var candidate = new MatchSubject("ofac-sdn/35345", PartyType.Organization,
            [new EntryName("SOMETHING ELSE ENTIRELY", NameType.Primary)], [new EntryIdentifier("tax-id", "4501 008142", "Russia")]);
        var r = Matcher.Compare(query, candidate);
        Assert.Equal(MatchBand.Review, new MatchThresholds().BandOf(r.Score));
        Assert.Equal("identifier", r.Explanation.Rule);
        var agreeing = candidate with { Names = [new EntryName("KURGAN MACHINE BUILDING PLANT", NameType.Primary)] };
        Assert.Equal(1.0, Matcher.Compare(query, agreeing).Score);

        var otherType = candidate with { Identifiers = [new EntryIdentifier("imo", "4501008142")] };
        Assert.NotEqual("identifier", Matcher.Compare(query, otherType).Explanation.Rule);
        var tooShort = query with { Identifiers = [new EntryIdentifier("inn", "45010")] };
        var shortCandidate = candidate with { Identifiers = [new EntryIdentifier("tax-id", "45010")] };
        Assert.NotEqual("identifier", Matcher.Compare(tooShort, shortCandidate).Explanation.Rule);
    }

    [Theory]
    [InlineData("ROSOBORONEXPORTT", "ROSOBORONEKSPORT OAO")]
    [InlineData("Tekhnodinamica", "JOINT STOCK COMPANY TEKHNODINAMIKA")]
    public void Typos_in_long_names_still_alert(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Organization, PartyType.Organization);
        Assert.True(r.Score >= Thresholds.Alert, $"{query} vs {candidate}: {r.Score:F3}");
    }

    [Fact]
    public void Edit_distance_is_restricted_damerau_levenshtein()
    {
        Assert.Equal(1, EditDistance.Distance("kbsm", "kbms"));
        Assert.Equal(2, EditDistance.Distance("skbm", "kbsm"));
        Assert.Equal(0, EditDistance.Distance("uvz", "uvz"));
        Assert.Equal(3, EditDistance.Distance("", "abc"));
    }

    [Fact]
    public void Kind_mismatch_lowers_the_score()
    {
        var r = Compare("Chemezov", "CHEMEZOV", PartyType.Organization, PartyType.Person);
        Assert.True(r.Score < Thresholds.Alert);
        Assert.Contains(r.Explanation.Notes, n => n.Contains("kind mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public void The_explanation_names_the_best_pair_and_each_token()
    {
        var query = new MatchSubject("ru-rosoboronexport", PartyType.Organization,
            [new EntryName("Rosoboronexport JSC", NameType.Primary), new EntryName("Russian Defense Export Rosoboronexport", NameType.Alias)], []);
        var r = Matcher.Compare(query, MatchSubject.FromName("ROSOBORONEKSPORT OAO", PartyType.Organization));
        Assert.Equal("Rosoboronexport JSC", r.Explanation.QueryName);
        Assert.Equal("ROSOBORONEKSPORT OAO", r.Explanation.CandidateName);
        Assert.Equal("token-alignment", r.Explanation.Rule);
        Assert.Contains(r.Explanation.Tokens, t => t.QueryToken == "rosoboronexport" && t.CandidateToken == "rosoboroneksport" && t.Similarity >= 0.99);
    }

    [Fact]
    public void A_person_whose_known_patronymic_differs_is_kept_out_of_the_alert_band()
    {
        var chemezov = new MatchSubject(
            "ru-chemezov",
            PartyType.Person,
            [new EntryName("Sergey Viktorovich CHEMEZOV", NameType.Primary), new EntryName("Sergei Chemezov", NameType.Alias)],
            []);

        var father = Matcher.Compare(chemezov, MatchSubject.FromName("CHEMEZOV, Sergei Viktorovich", PartyType.Person));
        var fatherShort = Matcher.Compare(chemezov, MatchSubject.FromName("CHEMEZOV, Sergei", PartyType.Person));
        var son = Matcher.Compare(chemezov, MatchSubject.FromName("CHEMEZOV, Sergey Sergeevich", PartyType.Person));

        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(father.Score));
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(fatherShort.Score));
        Assert.NotEqual(MatchBand.Alert, Thresholds.BandOf(son.Score));
        Assert.Contains(son.Explanation.Notes, n => n.Contains("patronymic differs", StringComparison.Ordinal));
    }
}
