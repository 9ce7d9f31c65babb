using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Matching;

/// <summary>
/// The index over the primary names of the real OFAC list of 2024-05-03 (as the alias benchmark builds it): names the
/// scorer alerts on are among the candidates the index offers, through each way of blocking added for issue 11.
/// </summary>
public sealed class RealListBlockingTests
{
    private static readonly Lazy<ICandidateIndex> Primaries = new(() =>
    {
        var entries = new OfacReader().Read(OfacHistory.PathOf("sdn_2024-05-03T1843.csv"), "ofac-sdn").Entries;
        return new NameMatcher().Index(entries.Select(e =>
            new MatchSubject(MatchSubject.KeyOf("ofac-sdn", e.EntryId), e.PartyType, [e.Names[0]], [])));
    });

    [SharedDataTheory]
    [InlineData("GOLDEN STAR TRADER", "29865")] // a rare word spelled like a common concept (traders) meets it at the concept's weight
    [InlineData("OOO ISTERN TREYD", "44842")] // EASTERN TRADE: a word against a concept as written
    public void The_expected_entry_alerts_through_the_index(string query, string entryId)
    {
        var results = Primaries.Value.Search(MatchSubject.FromName(query, PartyType.Organization), MatchThresholds.DefaultAlert);

        Assert.Contains(results, r => r.CandidateKey == MatchSubject.KeyOf("ofac-sdn", entryId));
    }

    [SharedDataTheory]
    [InlineData("OOO ZAVOD KDM", "45739")] // ZAVOD KOMPLEKSNYE DOROZHNYE MASHINY: the end of a name as its acronym
    [InlineData("IPC SB RAS", "43175")] // INSTITUTE OF PETROLEUM CHEMISTRY SIBERIAN BRANCH …: its start
    public void An_acronym_of_part_of_a_name_finds_it_first(string query, string entryId)
    {
        var results = Primaries.Value.Search(MatchSubject.FromName(query, PartyType.Organization), MatchThresholds.DefaultReview, 1);

        Assert.Equal(MatchSubject.KeyOf("ofac-sdn", entryId), Assert.Single(results).CandidateKey);
    }

    [SharedDataTheory]
    [InlineData("SBERTECH JSC", "36410")] // JOINT STOCK COMPANY SBERBANK TECHNOLOGIES
    [InlineData("JOINT STOCK COMPANY CHELPIPE", "48012")] // JOINT STOCK COMPANY CHELYABINSK PIPE ROLLING PLANT
    [InlineData("JSC RUSELECTRONICS", "18770")] // OPEN JOINT STOCK COMPANY RUSSIAN ELECTRONICS: two concepts
    [InlineData("URAL SIBERIAN BANK", "39317")] // PUBLIC JOINT STOCK COMPANY BANK URALSIB: the contraction on the list
    [InlineData("PUBLICHNOE AKTSIONERNOE OBSCHESTVO SOVREMENNYY KOMMERCHESKIY FLOT", "34741")] // JOINT STOCK COMPANY SOVCOMFLOT
    public void A_contraction_finds_what_it_abbreviates_first(string query, string entryId)
    {
        var results = Primaries.Value.Search(MatchSubject.FromName(query, PartyType.Organization), MatchThresholds.DefaultReview, 1);

        Assert.Equal(MatchSubject.KeyOf("ofac-sdn", entryId), Assert.Single(results).CandidateKey);
    }
}
