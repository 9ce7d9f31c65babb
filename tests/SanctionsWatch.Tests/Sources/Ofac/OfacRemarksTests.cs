using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;

namespace SanctionsWatch.Tests.Sources.Ofac;

public sealed class OfacRemarksTests
{
    [Fact]
    public void Finds_the_russian_inn_and_skips_website_and_descriptive_clauses()
    {
        var parsed = OfacRemarks.Parse(
            "Website www.kurganmash.ru; Organization Established Date 23 Mar 1992; Target Type State-Owned Enterprise; " +
            "Tax ID No. 4501008142 (Russia).");

        Assert.Equal([new EntryIdentifier("inn", "4501008142", "Russia")], parsed.Identifiers);
        Assert.Empty(parsed.Names);
    }

    [Fact]
    public void Reads_rostec_registration_id_as_ogrn_and_gazette_number_as_okpo()
    {
        var parsed = OfacRemarks.Parse(
            "Executive Order 13662 Directive Determination - Subject to Directive 3; Secondary sanctions risk: " +
            "Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209; Organization Established " +
            "Date 03 Dec 2007; Registration ID 1077799030847 (Russia); Tax ID No. 7704274402 (Russia); Government " +
            "Gazette Number 94137372 (Russia); For more information on directives, please visit the following link: " +
            "http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives.; " +
            "Linked To: STATE CORPORATION ROSTEC.");

        Assert.Equal(
            [
                new EntryIdentifier("ogrn", "1077799030847", "Russia"),
                new EntryIdentifier("inn", "7704274402", "Russia"),
                new EntryIdentifier("okpo", "94137372", "Russia"),
            ],
            parsed.Identifiers);
    }

    [Fact]
    public void Reads_isin_registration_number_and_a_weak_alias()
    {
        var parsed = OfacRemarks.Parse(
            "ISIN RU0007796926; Tax ID No. 7714027882 (Russia); Registration Number 1027739118659 (Russia); " +
            "a.k.a. 'OJSC IL'.");

        Assert.Equal(
            [
                new EntryIdentifier("isin", "RU0007796926"),
                new EntryIdentifier("inn", "7714027882", "Russia"),
                new EntryIdentifier("ogrn", "1027739118659", "Russia"),
            ],
            parsed.Identifiers);
        Assert.Equal([new EntryName("OJSC IL", NameType.WeakAlias)], parsed.Names);
    }

    [Fact]
    public void Reads_a_persons_passport_and_inn_but_not_birth_data_or_nationality()
    {
        var parsed = OfacRemarks.Parse(
            "DOB 20 Aug 1952; POB Cheremkhovo, Russia; nationality Russia; Gender Male; Passport 123 (Russia); " +
            "Tax ID No. 770202363089 (Russia)");

        Assert.Equal(
            [new EntryIdentifier("passport", "123", "Russia"), new EntryIdentifier("inn", "770202363089", "Russia")],
            parsed.Identifiers);
    }

    [Fact]
    public void Distinguishes_other_countries_and_malformed_numbers_from_russian_keys()
    {
        var parsed = OfacRemarks.Parse(
            "Tax ID No. 100036386 (Serbia); Registration Number 26740 (Iran); Registration Number 12345 (Russia); " +
            "Government Gazette Number 1234 (Belarus); alt. Passport A10472263 (Malaysia) expires 01 Jan 2030; " +
            "Legal Entity Number 253400V1H6ART1UQ0N98 (Russia); SWIFT/BIC VTBRRUMM; National ID No. 216040 (Yemen)");

        Assert.Equal(
            [
                new EntryIdentifier("tax-id", "100036386", "Serbia"),
                new EntryIdentifier("registration", "26740", "Iran"),
                new EntryIdentifier("registration", "12345", "Russia"),
                new EntryIdentifier("gazette", "1234", "Belarus"),
                new EntryIdentifier("passport", "A10472263", "Malaysia"),
                new EntryIdentifier("lei", "253400V1H6ART1UQ0N98", "Russia"),
                new EntryIdentifier("swift", "VTBRRUMM"),
                new EntryIdentifier("national-id", "216040", "Yemen"),
            ],
            parsed.Identifiers);
    }

    [Fact]
    public void Reads_imo_and_msn_in_their_several_spellings()
    {
        var parsed = OfacRemarks.Parse(
            "Vessel Registration Identification IMO 7406784; Identification Number IMO 5342883; " +
            "Identification Number 2.194.575 (Paraguay); Aircraft Manufacturer's Serial Number (MSN) 1023409321; " +
            "MMSI 572469210");

        Assert.Equal(
            [
                new EntryIdentifier("imo", "7406784"),
                new EntryIdentifier("imo", "5342883"),
                new EntryIdentifier("msn", "1023409321"),
            ],
            parsed.Identifiers);
    }

    [Fact]
    public void Keeps_apostrophes_inside_quoted_aliases_and_dedupes_names()
    {
        var parsed = OfacRemarks.Parse(
            "a.k.a. 'ABU-'UMAR'; a.k.a. ''ABD AL-RAHMAN'; f.k.a. 'ANA I'; a.k.a. 'ABU-'UMAR'.");

        Assert.Equal(
            [
                new EntryName("ABU-'UMAR", NameType.WeakAlias),
                new EntryName("'ABD AL-RAHMAN", NameType.WeakAlias),
                new EntryName("ANA I", NameType.FormerName),
            ],
            parsed.Names);
    }

    [Fact]
    public void Returns_nothing_for_empty_remarks()
    {
        Assert.Empty(OfacRemarks.Parse(null).Identifiers);
        Assert.Empty(OfacRemarks.Parse("  ").Names);
    }
}
