using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Matching;

/// <summary>
/// The classes of names other people write (issue 11): brackets and qualifiers, one distinctive word among descriptors,
/// legal-form spellings, translation and transliteration mixed, acronyms, names with no distinctive word, identifiers,
/// other scripts, numbers as words. Each through <see cref="NameMatcher.Compare(MatchSubject, MatchSubject)"/> (as
/// <c>compare</c>) and, where list statistics matter, through an index (as a sync and <c>screen</c>).
/// </summary>
public class GeneralisationTests
{
    private static readonly NameMatcher Matcher = new();
    private static readonly MatchThresholds Thresholds = new();

    /// <summary>An index of <paramref name="names"/> (l/0, l/1, …) among 2,000 filler names, so words weigh as in a list.</summary>
    private static ICandidateIndex Index(params string[] names)
    {
        string[] words = ["ALPHA", "BETA", "GAMMA", "DELTA", "OMEGA", "SIGMA", "KAPPA", "ZETA", "THETA", "IOTA"];
        string[] kinds = ["TRADING COMPANY", "LLC", "HOLDING LIMITED", "GROUP", "JSC", "SHIPPING CO", "INVEST LTD", "PLANT"];
        var subjects = names.Select((n, i) => new MatchSubject("l/" + i, PartyType.Organization, [new EntryName(n, NameType.Primary)], [])).ToList();
        for (var i = 0; i < 2000; i++)
        {
            var name = $"{words[i % 10]} {words[(i / 10) % 10]}{i} {kinds[i % 8]}";
            subjects.Add(new MatchSubject("f/" + i, PartyType.Organization, [new EntryName(name, NameType.Primary)], []));
        }

        return Matcher.Index(subjects);
    }

    private static MatchResult Compare(string query, string candidate, PartyType kind = PartyType.Organization) =>
        Matcher.Compare(MatchSubject.FromName(query, kind), MatchSubject.FromName(candidate, kind));

    private static void Alerts(string query, string candidate, PartyType kind = PartyType.Organization)
    {
        var r = Compare(query, candidate, kind);
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Alert, $"'{query}' vs '{candidate}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    private static void DoesNotAlert(string query, string candidate, PartyType kind = PartyType.Organization)
    {
        var r = Compare(query, candidate, kind);
        Assert.True(Thresholds.BandOf(r.Score) != MatchBand.Alert, $"'{query}' vs '{candidate}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Theory]
    [InlineData("United Engine Corporation (ODK)", "JOINT STOCK COMPANY UNITED ENGINE CORPORATION")]
    [InlineData("JOINT STOCK COMPANY RADUGA STATE MACHINE BUILDING DESIGN BUREAU NAMED AFTER A. YA. BEREZNYAK", "RADUGA STATE MACHINE BUILDING DESIGN BUREAU JOINT STOCK COMPANY")]
    [InlineData("Vympel Design Bureau", "VYMPEL DESIGN BUREAU IMENI I.I. TOROPOVA")]
    [InlineData("Tekhnodinamika (Rostec)", "JOINT STOCK COMPANY TEKHNODINAMIKA")]
    [InlineData("Federal State Enterprise \"Arsenal Plant named after Y.M. Frunze\"", "FEDERAL STATE ENTERPRISE YA M FRUNZE ARSENAL PLANT")] // Я as y and as ya
    [InlineData("Volga Trading (TSA) OOO", "VOLGA TRADING (CA) LLC")] // ЦА romanised ts and c
    [InlineData("Russian Defense Export Rosoboronexport", "ROSOBORONEKSPORT OAO")] // the words a brand contracts gloss it
    [InlineData("Sovremennyy Kommercheskiy Flot Sovcomflot", "PAO SOVCOMFLOT")]
    public void A_bracketed_part_or_an_honorific_is_a_qualifier_either_side_may_leave_out(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("Sovcomflot (UK) Limited", "SOVCOMFLOT (CY) LIMITED")] // a country code is no honoree's initials
    [InlineData("Alfa Capital Fund (II)", "ALFA CAPITAL FUND (IV)")]
    [InlineData("Zavod imeni V.A. Degtyareva", "ZAVOD IMENI A.A. DEGTYAREVA")] // other initials
    [InlineData("Plant named after Yu.A. Gagarin", "PLANT NAMED AFTER YA.A. GAGARIN")] // Yu and Ya are two letters
    public void Two_qualifiers_of_letters_that_differ_are_two_qualifiers(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("NPK Granit", "JSC SCIENTIFIC AND PRODUCTION COMPANY GRANIT")]
    [InlineData("Orion NPK", "SCIENTIFIC PRODUCTION COMPANY ORION LLC")]
    [InlineData("VPK Kupol", "MILITARY INDUSTRIAL CORPORATION KUPOL")]
    [InlineData("GosMKB Kupol", "STATE MACHINE BUILDING DESIGN BUREAU KUPOL")] // a syllable for a word: Gos(udarstvennoe)
    public void A_Russian_acronym_is_spelled_by_the_English_words_it_abbreviates(string query, string candidate)
    {
        // the words' Russian initials are learned from the vocabulary's own spellings (научно производственное
        // объединение / scientific production association), not typed in per acronym
        var r = Compare(query, candidate);
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Alert, $"'{query}' vs '{candidate}': {r.Score:F3} ({r.Explanation.Rule})");
        Assert.Contains(r.Explanation.Notes, n => n.StartsWith("abbreviation spelled by initials", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NPK Granit", "JSC TRADING AND SHIPPING COMPANY GRANIT")] // the letters are not those words' initials
    [InlineData("NPK Granit", "SCIENTIFIC PRODUCTION COMPANY ORION")] // the name itself differs
    [InlineData("GosMKB Kupol", "STATE MACHINE BUILDING PLANT KUPOL")] // KB is a design bureau, not a plant
    public void A_Russian_acronym_does_not_stand_for_other_words(string query, string candidate) => DoesNotAlert(query, candidate);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_acronym_the_list_gives_as_another_name_of_a_party_meets_the_initials_of_its_full_name(bool listGivesIt)
    {
        // the parent: JOINT STOCK COMPANY UNITED MOTOR CORPORATION, a.k.a. AO OMK (the Russian name's acronym), or not
        string[] parentNames = listGivesIt
            ? ["JOINT STOCK COMPANY UNITED MOTOR CORPORATION", "AO OMK"]
            : ["JOINT STOCK COMPANY UNITED MOTOR CORPORATION"];
        var subjects = new List<MatchSubject>
        {
            new("l/parent", PartyType.Organization, [.. parentNames.Select((n, i) => new EntryName(n, i == 0 ? NameType.Primary : NameType.Alias))], []),
            new("l/omk-zorin", PartyType.Organization, [new EntryName("PUBLIC JOINT STOCK COMPANY OMK-ZORIN", NameType.Primary)], []),
        };
        for (var i = 0; i < 2000; i++)
            subjects.Add(new MatchSubject("f/" + i, PartyType.Organization, [new EntryName($"ALPHA{i} TRADING LLC", NameType.Primary)], []));
        var index = Matcher.Index(subjects);

        var found = index.Search(MatchSubject.FromName("PJSC UMC-Zorin", PartyType.Organization), Thresholds.Alert);

        Assert.Equal(listGivesIt, found.Any(r => r.CandidateKey.EndsWith("l/omk-zorin", StringComparison.Ordinal)));
        Assert.Empty(index.Search(MatchSubject.FromName("PJSC UMC-Borin", PartyType.Organization), Thresholds.Alert)); // the name itself differs
    }

    [Theory]
    [InlineData("Cenoria Bank LLC", "SENORIA BANK LIMITED LIABILITY COMPANY")]
    [InlineData("Sirius Cyntech", "SIRIUS SYNTECH")]
    [InlineData("Volga Resources JSC", "JOINT STOCK COMPANY VOLGA RISORSES")] // inside a word too
    public void A_c_before_e_i_y_may_be_written_s(string query, string candidate)
    {
        var r = Compare(query, candidate);
        Assert.True(Thresholds.BandOf(r.Score) != MatchBand.None, $"'{query}' vs '{candidate}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Fact]
    public void A_c_before_a_o_u_is_not_an_s()
    {
        // the hard c is k: Cobalt is no Sobalt
        Assert.Equal(MatchBand.None, Thresholds.BandOf(Compare("Cobalt Trading", "SOBALT TRADING").Score));
    }

    [Fact]
    public void A_short_bracketed_part_is_another_name_too()
    {
        var r = Matcher.Compare(MatchSubject.FromName("United Engine Corporation (ODK)", PartyType.Organization), MatchSubject.FromName("AO ODK", PartyType.Organization));
        Assert.Equal(("acronym", MatchBand.Review), (r.Explanation.Rule, Thresholds.BandOf(r.Score))); // an acronym alone: review
    }

    [Fact]
    public void A_qualifier_does_not_make_another_firm_match()
    {
        DoesNotAlert("Aviastar-TU (Rostec)", "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE");
        DoesNotAlert("Vympel Design Bureau named after Toropov", "NOVATOR DESIGN BUREAU NAMED AFTER TOROPOV");
    }

    [Theory]
    [InlineData("Vnesheconombank", "STATE CORPORATION BANK FOR DEVELOPMENT AND FOREIGN ECONOMIC AFFAIRS VNESHECONOMBANK")]
    [InlineData("Stupino Machine-Building Production Enterprise", "JOINT STOCK COMPANY STUPINO ENGINEERING PRODUCTIVE ENTERPRISE")]
    public void A_distinctive_word_among_descriptors_carries_the_name(string query, string candidate) =>
        Alerts(query, candidate);

    [Fact]
    public void Common_words_rare_in_the_list_are_distinctive_there()
    {
        // tactical and missiles are common English words, and rare among listed names: through an index they name the
        // firm, though a name of common words only would need every word, in the same order
        var index = Index(
            "TACTICAL MISSILES CORPORATION JSC", "JSC RESEARCH AND PRODUCTION CORPORATION URALVAGONZAVOD", "ARMAMENT SUPPLY COMPANY",
            "UNITED AIRCRAFT CORPORATION", "JOINT STOCK COMPANY CORPORATION MOSCOW INSTITUTE OF HEAT TECHNOLOGY");
        var found = index.Search(MatchSubject.FromName("Tactical Missile Corporation", PartyType.Organization), Thresholds.Alert);
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
        Assert.Empty(index.Search(MatchSubject.FromName("Armament Corporation", PartyType.Organization), Thresholds.Alert));
    }

    [Fact]
    public void A_construction_bureau_is_a_design_bureau_translated_word_for_word()
    {
        // konstruktorskoe byuro: a name of descriptors only, so the whole phrase must meet, as design + bureau
        var index = Index(
            "CLOSED JOINT STOCK COMPANY SPECIAL CONSTRUCTION BUREAU", "JOINT STOCK COMPANY AEROSPACE SYSTEMS DESIGN BUREAU",
            "SPECIAL TECHNOLOGY CENTER", "CONSTRUCTION MACHINERY PLANT");
        var found = index.Search(MatchSubject.FromName("JSC SPECIAL DESIGN BUREAU", PartyType.Organization), Thresholds.Alert);
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
    }

    [Theory]
    [InlineData("NEFAZ PJSC", "NEFAZ PUBLICLY TRADED COMPANY")]
    [InlineData("Gelios LLC", "LIMITED LIABILITY CORPORATION GELIOS")]
    [InlineData("FKP Perm Powder Plant", "FEDERAL STATE ENTERPRISE PERM POWDER PLANT")]
    [InlineData("FSBEI ICC KRONVALIS", "FEDERAL STATE BUDGETARY EDUCATIONAL INSTITUTE INTERNATIONAL CHILDREN CENTER KRONVALIS")] // institute for uchrezhdenie
    [InlineData("FGU KRONVALIS", "FEDERAL STATE OWNED INSTITUTION KRONVALIS")]
    [InlineData("ANO Dialog", "AUTONOMOUS NON-PROFIT ORGANIZATION DIALOG")]
    [InlineData("Sovcomflot P.J.S.C.", "PAO SOVCOMFLOT")]
    [InlineData("KORVELIS RESSOURCES SURL", "KORVELIS RESSOURCES SARLU")] // the legal forms of other jurisdictions, spelled out or not
    [InlineData("CONG TY TNHH LAMSONICA", "LAMSONICA COMPANY LIMITED")]
    [InlineData("SOCIETATEA CU RASPUNDERE LIMITATA DELTAKORM", "DELTAKORM SRL")]
    [InlineData("KRONVALIS SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA", "KRONVALIS SP. Z O.O.")]
    [InlineData("KRONVALIS TRADE, spol. s r.o.", "KRONVALIS TRADE LLC")] // Czech and Slovak
    [InlineData("KRONVALIS GROUP SPOL SRO", "KRONVALIS GROUP")]
    [InlineData("OSOO KRONVALIS", "KRONVALIS LLC")] // Kyrgyz ОсОО
    [InlineData("KRONVALIS MKOOO", "KRONVALIS LLC")] // an international company (МКООО) of a Russian special administrative region
    [InlineData("OPEN JSC KRONVALIS SHIPPING", "JSC KRONVALIS SHIPPING")]
    [InlineData("NON-PROFIT ASSOCIATION REVIVAL OF KRONVALIS", "NON-PROFIT PARTNERSHIP REVIVAL OF KRONVALIS")]
    [InlineData("FEDERALNOE GOSUDARSTVENNOE BYUDZHETNOE UCHREZHDENIE NAUKI INSTITUT TERMOKVANTOVYKH SISTEM", "FEDERAL STATE BUDGETARY INSTITUTION OF SCIENCE INSTITUTE OF TERMOKVANTOVYKH SYSTEMS")]
    [InlineData("ДП «Антонов»", "STATE ENTERPRISE ANTONOV")] // Ukrainian: державне підприємство
    [InlineData("УП «Кронвалис»", "KRONVALIS UNITARY ENTERPRISE")] // Belarusian: унитарное предприятие
    [InlineData("ЧТУП Кронвалис", "KRONVALIS LLC")] // Belarusian private (trade) unitary enterprises: a private firm
    [InlineData("Kronvalis W.L.L.", "KRONVALIS LLC")] // Gulf states: with limited liability
    [InlineData("Kronvalis Məhdud Məsuliyyətli Cəmiyyəti", "KRONVALIS LLC")] // Azerbaijani, spelled out (MMC is MMK's key)
    [InlineData("Kronvalis Açıq Səhmdar Cəmiyyəti", "KRONVALIS OJSC")]
    [InlineData("«Kronvalis» mas'uliyati cheklangan jamiyati", "KRONVALIS LLC")] // Uzbek
    [InlineData("Kronvalis Sh.P.K.", "KRONVALIS LLC")] // Albanian, dotted
    public void Legal_forms_are_recognised_in_their_spellings(string query, string candidate) =>
        Alerts(query, candidate);

    [Fact]
    public void An_organisations_dotted_letters_are_one_word_a_persons_are_initials()
    {
        // A.B.C. is the acronym ABC (it scored 0 when the letters were taken for a person's initials)
        Alerts("A.B.C. Company", "A.B.C. Company");
        Alerts("A.B.C. Company", "ABC Co.");
        var watched = new MatchSubject("w", PartyType.Organization, [new EntryName("Alpha Beta Gamma Company", NameType.Primary), new EntryName("A.B.C. Company", NameType.Alias)], []);
        Assert.Equal(MatchBand.Review, Thresholds.BandOf(Matcher.Compare(watched, MatchSubject.FromName("ABC LTD", PartyType.Organization)).Score));
        Alerts("S.V. Chemezov", "CHEMEZOV, Sergei Viktorovich", PartyType.Person);

        // dotted letters that would spell a Roman numeral are initials, no number: I.I. Toropov was read as 2 Toropov,
        // which made plant No. 2 an alert (0.971); V.I. stays the word VI
        DoesNotAlert("Plant named after I. I. Toropov", "PLANT 2");
        DoesNotAlert("Kronvalis X.X.", "KRONVALIS 20");
        Alerts("Vympel named after I.I. Toropov", "VYMPEL NAMED AFTER I.I. TOROPOV");
        Alerts("V.I. Chapaev Plant", "VI CHAPAEV PLANT");
        Alerts("Fund II Kronvalis", "KRONVALIS FUND 2");

        // two initials written together key as one letter (aa: a), but are no initial of another word (0.898 against
        // Avangard), and I.I. spells no acronym (0.906 against Vympel Interstate Corporation)
        DoesNotAlert("Vympel named after A.A. Toropov", "VYMPEL AVANGARD");
        DoesNotAlert("Vympel named after I.I. Toropov", "VYMPEL IVANOVO");
        DoesNotAlert("AO GOS MKB VYMPEL IM. I.I. TOROPOVA", "PUBLIC JOINT STOCK COMPANY VYMPEL INTERSTATE CORPORATION");

        // an honoree's initials are no acronym of the vocabulary: N.P. is no non-profit partnership (NP) here
        DoesNotAlert("DMZ named after N.P. Fedorov JSC", "FEDOROVSKOE OOO");
        Alerts("DMZ named after N.P. Fedorov JSC", "JOINT STOCK COMPANY DUBNENSKY MACHINE BUILDING PLANT NAMED AFTER N.P. FEDOROV");
    }

    [Theory]
    [InlineData("JSC NPO KRONVALIS")] // research, production, association: three concepts of one written word
    [InlineData("JSC KB KRONVALIS")] // design, bureau
    public void A_word_the_vocabulary_reads_as_several_concepts_costs_as_one_word_when_left_out(string listed)
    {
        var several = Compare("KRONVALIS JSC", listed).Score;
        var one = Compare("KRONVALIS JSC", "JSC CONCERN KRONVALIS").Score;
        Assert.True(Math.Abs(several - one) < 0.005, $"{several:F3} vs {one:F3}");
    }

    [Fact]
    public void Another_legal_form_class_still_weighs_against_the_same_brand()
    {
        var same = Compare("Ladoga LLC", "LADOGA OOO").Score;
        var other = Compare("Ladoga LLC", "LADOGA JSC").Score;
        Assert.True(same > other, $"{same:F3} vs {other:F3}");
    }

    [Theory]
    [InlineData("Research Institute of Electronic Equipment", "INSTITUTE FOR SCIENTIFIC RESEARCH ELEKTRONNOY TEKHNIKI")]
    [InlineData("Central Design Bureau of Apparatus Construction", "TSENTRALNOE KONSTRUKTORSKOE BYURO APPARATOSTROENIYA")]
    [InlineData("Vyatka Machine-Building Enterprise Avitek", "JOINT STOCK COMPANY VYATSKOYE MASHINOSTROITELNOYE PREDPRIYATIYE AVITEK")]
    [InlineData("Aleksinsky Chemical Plant", "ALEKSINSKII KHIMICHESKII KOMBINAT")]
    [InlineData("711 Aviation Repair Plant", "JOINT STOCK COMPANY 711 AIRCRAFT REPAIR PLANT")]
    [InlineData("Volga Aviation Science and Technology Complex", "VOLGA AVIATION SCIENTIFIC-TECHNICAL COMPLEX")] // научно-технический
    [InlineData("Center of Scientific and Technical Services Volga", "CENTER OF RESEARCH AND TECHNOLOGY SERVICES VOLGA")]
    [InlineData("Nauchno-tekhnicheskiy Kompleks Volga", "VOLGA SCIENCE AND TECHNOLOGY COMPLEX")]
    public void Translation_and_transliteration_meet_in_one_name(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("Kompozit Materials", "COMPOSITE MATERIALS")] // s between vowels sounds z: композит
    [InlineData("Evrokhim Trading", "EUROCHEM TRADING")] // the Greek eu is ев
    [InlineData("Evraziya Drilling Company", "EURASIA DRILLING COMPANY")]
    public void A_sound_written_two_ways_in_english_and_russian_meets(string query, string candidate) =>
        Alerts(query, candidate);

    [Fact]
    public void A_participle_is_no_form_of_a_brand_of_its_stem() =>
        DoesNotAlert("Garantirovannyy Dokhod", "GARANT DOKHOD"); // -irovann- a derivation, not an inflection

    [Fact]
    public void A_brand_stemmed_through_endings_it_has_not_is_no_form_of_a_common_word()
    {
        // Polymedics loses -s, -ic and -ed to reach polym, the stem of polymer: no form of the word, another brand
        DoesNotAlert("POLIMER JSC", "POLYMEDICS LLC");
        DoesNotAlert("INFORM LLC", "INFORMEDICS LLC");

        // the forms of the word itself, English or Russian, still meet
        Alerts("Polimery Volga", "VOLGA POLYMERS");
        Alerts("Elektronika Volga", "VOLGA ELECTRONICS");
    }

    [Fact]
    public void An_s_against_a_z_between_vowels_is_no_closer_in_a_persons_name_or_a_short_word()
    {
        DoesNotAlert("Rezina OOO", "RESINA OOO"); // rubber is no resin: a short word keeps its s and z apart
        DoesNotAlert("Kosarev LLC", "KOZAREV LLC");

        // Qasımov and Kazımov, Musaev and Muzaev are two surnames: the firm's rule does not raise a person's word
        var scorer = new NameScorer(NameMatcherOptions.Default, statistics: null);
        var (s, z) = (NameAnalyzer.Prepare("Kompozit").Tokens[0], NameAnalyzer.Prepare("Komposit").Tokens[0]);
        Assert.True(scorer.TokenSimilarity(s, z) > scorer.TokenSimilarity(s, z, persons: true));
    }

    [Fact]
    public void A_look_alike_letter_of_another_script_does_not_break_a_word()
    {
        // a Cyrillic Р and А in a Latin name (copied from a Cyrillic document, or put there to slip past a screen)
        Alerts("JOINT-STOCK COMPANY SCIENTIFIC AND \u0420RODUCTION \u0410SSOCIATION ERKON", "NPO ERKON JSC");
    }

    [Theory]
    [InlineData("Уладзімір Паўлавіч Андрэйчанка", "Vladimir Pavlovich ANDREICHENKO")] // Belarusian Cyrillic, Russian romanisation
    [InlineData("Юрый Міхайлавіч Селіверстаў", "Yury Mikhailovich SELIVERSTOV")]
    [InlineData("Aliaksandr LUKASHENKA", "Alexander LUKASHENKO")] // Belarusian romanisation
    [InlineData("Наталля Паўлаўна Качанава", "Natallia Paulauna KACHANAVA")] // and the Belarusian Latin spelling of ў
    [InlineData("Dzmitry Lebedev", "Dmitry LEBEDEV")]
    [InlineData("Андрэй Валянцінавіч Федзін", "Andrei Valentinovich FEDIN")] // a Belarusian patronymic in -avich: -ovich
    [InlineData("Ала Уладзіміраўна Шыманская", "Alla Vladimirovna SHIMANSKAYA")] // and in -auna: -ovna
    public void A_belarusian_form_of_a_name_meets_the_russian_one(string query, string candidate) =>
        Alerts(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Олександр Григорович Якименко", "Oleksandr Hryhorovych YAKYMENKO", PartyType.Person)] // Ukrainian г: h
    [InlineData("Сергій Горбунов", "Sergey GORBUNOV", PartyType.Person)] // and the Russian romanisation: g
    [InlineData("Аркадій Ротенберг", "Arkady ROTENBERG", PartyType.Person)] // a final г too: Rotenberh, whose key made the h a k
    [InlineData("Viktor Vekselberh", "VEKSELBERG, Viktor Feliksovich", PartyType.Person)]
    [InlineData("ООО «Гелиос Трейд»", "HELIOS TRADE LLC", PartyType.Organization)] // Russian writes a foreign h г
    [InlineData("ООО «Океан Технологии»", "OCEAN TECHNOLOGIES LLC", PartyType.Organization)] // and a Greek or Latin c к: okean
    public void A_letter_russian_writes_for_a_foreign_one_is_one_sound(string query, string candidate, PartyType kind) =>
        Alerts(query, candidate, kind);

    [Theory]
    [InlineData("JAFAROV, Jamil", "DZHAFAROV, Dzhamil")] // дж: English j, Russian dzh
    [InlineData("Dzhabbarov Ali", "JABBAROV, Ali")]
    [InlineData("Bakhtiyor Khodzhaev", "KHOJAEV, Bakhtiyor")] // inside a word too
    [InlineData("Ilhom Djumaev", "JUMAEV, Ilkhom")] // and the French dj
    [InlineData("Xəlilov Ramil", "KHALILOV, Ramil")] // the Azerbaijani alphabet: x is kh
    [InlineData("Cəfərov Cəmil", "JAFAROV, Jamil")] // c is дж
    [InlineData("Cəfərov Cəmil", "DZHAFAROV, Dzhamil")]
    public void The_sound_dzh_meets_its_spellings_and_the_azerbaijani_alphabet_is_read(string query, string candidate)
    {
        Alerts(query, candidate, PartyType.Person);

        // and the index finds it among people of the same given name
        var subjects = new List<MatchSubject> { new("l/0", PartyType.Person, [new EntryName(candidate, NameType.Primary)], []) };
        var given = candidate.Split(", ")[1];
        for (var i = 0; i < 300; i++)
            subjects.Add(new MatchSubject("f/" + i, PartyType.Person, [new EntryName($"ZEL{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}OV, {given}", NameType.Primary)], []));
        var found = Matcher.Index(subjects).Search(MatchSubject.FromName(query, PartyType.Person), Thresholds.Review);
        Assert.Equal("l/0", found[0].CandidateKey);
    }

    [Fact]
    public void A_name_met_only_by_an_initial_leaves_the_other_sides_surname_to_count()
    {
        // Medvedev against the M. of another man's middle name: TOLCHINSKIY, the list's surname, was let off as a
        // further name of a person whose every name had been found (0.906, an alert)
        DoesNotAlert("Dmitri Medvedev", "TOLCHINSKIY, Dmitri M.", PartyType.Person);
        DoesNotAlert("MEDVEDEV, Dmitri", "TOLCHINSKIY, Dmitri M.", PartyType.Person);

        // a further name of the list's is still let off where every name asked was found whole
        Alerts("Sergei Ivanov", "IVANOV, Sergei B.", PartyType.Person);
        Alerts("Aleksandr Bortnikov", "BORTNIKOV, A. V.", PartyType.Person);

        // and a Chinese character's syllable (阿, a) is no initial
        Assert.NotEqual(MatchBand.None, Thresholds.BandOf(Compare("阿不都·哈克", "Abudu Hake", PartyType.Person).Score));

        // a particle left over is let off still: the katakana al met the A. of Khaled A. Al-Fauwaz (0.850 without)
        Assert.True(Compare("ハーレド・アル・ファッワーズ", "Khaled A. Al-Fauwaz", PartyType.Person).Score > 0.87);
    }

    [Fact]
    public void A_reading_of_dzh_is_no_licence_for_other_names()
    {
        DoesNotAlert("JAMAL, Ahmed", "KAMAL, Ahmed", PartyType.Person); // a j read dzh is no k
        DoesNotAlert("Jalilov Rustam", "GALILOV, Rustam", PartyType.Person);

        // a reading, never the word's only key: a Slavic j is still the y of Yakovlev
        Alerts("Jakovlev Sergej", "YAKOVLEV, Sergei", PartyType.Person);
    }

    [Theory]
    [InlineData("Daniel Lukashenka", "Daniela Lukashenka")]
    [InlineData("Zdenko Horvat", "Zdenka Horvat")] // a given name's ending still tells a brother from a sister
    [InlineData("Ali Ousmanou", "Ali Usmanov")] // a final -ou is no Belarusian -ov
    [InlineData("Maria Petrou", "Maria Petrov")]
    [InlineData("Milenko Petrovic", "Milanka Petrovic")] // -enko = -enka in -chenko, -shenko surnames only
    public void A_belarusian_spelling_rule_is_no_licence_for_other_names(string query, string candidate) =>
        DoesNotAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Ri Seung Chol", "Ri Sung Chol")] // the Korean eu is no Greek eu (ev)
    [InlineData("Ahmed Abdou", "Ahmed Abdu")]
    [InlineData("Reuben Levi", "Ruben Levi")] // eu is ev only where a word begins with it
    [InlineData("Yauhen Petrov", "Yauhien Petrov")] // a given name the table unifies, against a spelling it lacks
    public void Other_languages_spelling_variants_still_meet(string query, string candidate) =>
        Alerts(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Kazan Aviation Plant – Branch of PJSC Tupolev")]
    [InlineData("Branch of PJSC Tupolev – Kazan Aviation Plant named after S.P. Gorbunov")]
    [InlineData("Kazan Aviation Plant, a branch of Tupolev PJSC")]
    [InlineData("Филиал ПАО «Туполев» – Казанский авиационный завод")]
    public void A_branch_is_its_firm(string query) =>
        Alerts(query, "TUPOLEV PUBLIC JOINT STOCK COMPANY");

    [Theory]
    [InlineData("Kazan Plant – Branch of PJSC Sberbank", "KAZAN POWDER PLANT")] // the branch's own name alone is no firm's name
    [InlineData("Head Office – Branch of JSC Gazprombank", "HEAD OFFICE LLC")]
    [InlineData("Branch of JSC Concern VKO Almaz – Antey – Obukhov Plant", "CONCERN VKO ALMAZ JSC")] // where the parent ends is unclear
    [InlineData("Petrobras, Filial Venezuela S.A.", "VENEZUELA S.A.")] // the Spanish filial is a subsidiary named after its place
    [InlineData("Institute of Laser Physics of the Siberian Branch of the Russian Academy of Sciences", "RUSSIAN ACADEMY OF SCIENCES")]
    [InlineData("Kazan Aviation Plant – Branch of Tupolev", "TUPOLEV")] // the parent named without its legal form: no firm's branch
    [InlineData("Branch of PJSC Tupolev – Kazan Aviation Plant", "KAZAN HELICOPTER PLANT PJSC")]
    public void A_branch_is_read_only_where_its_firm_is_named_as_one(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Fact]
    public void Names_with_no_distinctive_word_need_every_descriptor()
    {
        // the issue's SKBM case: the one distinctive word of the list's name is on its side only
        DoesNotAlert("Special Design Bureau of Mechanical Engineering", "JSC SPECIAL DESIGN BUREAU OF TRANSPORT MECHANICAL ENGINEERING");
        DoesNotAlert("Radio Plant", "BOTLIKH RADIO PLANT LLC");
        Alerts("Special Design Bureau of Mechanical Engineering", "SPECIAL DESIGN BUREAU OF MACHINE BUILDING");
    }

    [Theory]
    [InlineData("RUSSIAN HELICOPTERS JSC", "VERTOLETY ROSSII AO")] // Вертолёты России: the legal form after, not before
    [InlineData("ARCTIC SHIPYARDS JSC", "AO SHIPYARDS OF THE ARCTIC")]
    public void A_legal_form_where_a_publisher_puts_it_moves_no_word_of_a_descriptive_name(string query, string candidate) =>
        Alerts(query, candidate);

    [Fact]
    public void Descriptors_in_another_order_are_another_firm_with_legal_forms_anywhere()
    {
        const string list = "DESIGN BUREAU OF SPECIAL MACHINE BUILDING AO";
        Assert.Contains("another order", string.Join(' ', Compare("JSC SPECIAL DESIGN BUREAU OF MACHINE BUILDING", list).Explanation.Notes), StringComparison.Ordinal);
        DoesNotAlert("JSC SPECIAL DESIGN BUREAU OF MACHINE BUILDING", list);
    }

    [Fact]
    public void An_identifier_alone_is_review_when_the_names_share_nothing_and_decisive_when_they_agree()
    {
        var veb = new MatchSubject("ru-veb", PartyType.Organization, [new EntryName("VEB.RF", NameType.Primary)], [new EntryIdentifier("inn", "7750004150")]);
        var belveb = new MatchSubject("ofac-sdn/18291", PartyType.Organization, [new EntryName("BANK BELVEB OJSC", NameType.Primary)], [new EntryIdentifier("tax-id", "7750004150")]);
        var own = new MatchSubject("ofac-sdn/17015", PartyType.Organization, [new EntryName("STATE CORPORATION BANK FOR DEVELOPMENT AND FOREIGN ECONOMIC AFFAIRS VNESHECONOMBANK", NameType.Primary), new EntryName("VEB.RF", NameType.Alias)], [new EntryIdentifier("tax-id", "7750004150")]);

        var quoted = Matcher.Compare(veb, belveb);
        Assert.Equal(("identifier", MatchBand.Review), (quoted.Explanation.Rule, Thresholds.BandOf(quoted.Score)));
        Assert.Contains(quoted.Explanation.Notes, n => n.Contains("share nothing", StringComparison.Ordinal));
        Assert.Equal(1.0, Matcher.Compare(veb, own).Score);
    }

    [Theory]
    [InlineData("李尚福", "LI Shangfu")]
    [InlineData("Αλέξανδρος Παπαδόπουλος", "Alexandros Papadopoulos")]
    [InlineData("Արամ Խաչատրյան", "Aram Khachatryan")]
    [InlineData("გიორგი ბერიძე", "Giorgi Beridze")]
    [InlineData("Ли Шанфу", "LI Shangfu")]
    [InlineData("习近平", "XI Jinping")] // Xi, not the Roman eleven
    [InlineData("ジャナン・ティモフェイ", "Janan Timofei")] // katakana, its small letters joined: ja, ti, fe
    public void Every_script_is_romanised(string query, string candidate) =>
        Alerts(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Παύλος Λαυρεντιάδης", "Pavlos Lavrentiadis")] // αυ before a voiced consonant: av
    [InlineData("Ευθύμιος Γεωργίου", "Efthymios Georgiou")] // ευ before a voiceless one: ef; ου: ou
    [InlineData("Ευάγγελος Μαρινάκης", "Evangelos Marinakis")] // γγ: ng
    [InlineData("Ντίνος Μπαλτάς", "Dinos Baltas")] // ντ, μπ at a word's start: d, b
    [InlineData("Γιάννης Αντετοκούνμπο", "Giannis Antetokounmpo")] // inside a word: nt, mp (ELOT 743, the passports')
    [InlineData("Γεώργιος Καραγκούνης", "Georgios Karagkounis")] // γκ inside a word: gk
    public void Greek_is_romanised_as_greek_passports_write_it(string query, string candidate) =>
        Alerts(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("セルゲイ・ザルトフ", "ZALTOV, Sergey")] // ザルトフ zarutofu: the vowels katakana adds, l read r, -ov written -ofu
    [InlineData("ウラジーミル・ザルトフ", "Vladimir Zaltov")] // a first ウ for V, ジ for di
    [InlineData("ハーリス・ザルトゥーニ", "Harith Zaltouni")] // th written s
    [InlineData("ザキ・ラフマン", "Zaki Rahman")] // フ before a consonant for h
    [InlineData("ロスアバロンエクスポルト", "ROSOBORONEKSPORT")]
    [InlineData("ピーター・ザルトン", "Peter Zalton")] // English without its r: piita, Peter
    public void A_name_in_katakana_meets_its_latin_spelling_by_its_sounds_at_review(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Person);
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Review, $"'{query}' vs '{candidate}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Theory]
    [InlineData("ムハンマド・ターヘル・ザヌワリー", "Muhammad Taher Zanwari")] // the vowel katakana ends a word with is no other ending
    [InlineData("マリア・ザルトワ", "Maria Zaltova")]
    public void A_name_in_katakana_spelled_letter_for_letter_alerts(string query, string candidate) =>
        Alerts(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("マリア・ザルトワ", "Maria Zaltov")] // ワ is -ova: another ending, another person
    [InlineData("マリア・ザルトフ", "Maria Zaltova")]
    [InlineData("ダニエラ・ザルトフ", "Daniel Zaltov")]
    [InlineData("セルゲイ・ザルトフ", "Sergey Zaltman")] // other consonants
    [InlineData("ハミディ・カリム", "Hamid Karim")] // a final i is no vowel katakana adds: Hamidi
    [InlineData("マリア・ロマノ", "Maria Roman")] // nor an o after n: Romano
    [InlineData("アンドレ・カリム", "Andrey Karim")] // e is no i
    [InlineData("セルゲイ・カリム", "Serge Karim")] // a diphthong is that diphthong
    [InlineData("ロベルト・カリム", "Robert Karim")] // -to: Robert or Roberto, review
    [InlineData("ボリス ZALTOVICH ペトロフ", "Fares Zaltovich ペトロフ")] // katakana on both sides: its skeletons still review
    public void A_name_in_katakana_does_not_alert_on_another_ending_or_other_sounds(string query, string candidate) =>
        DoesNotAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("サラ・ザルトワ", "Sarah Zaltova")] // the final h of Sarah is Latin's own
    [InlineData("セルゲイ・ザルトワ", "Sergej Zaltova")] // and the j of Sergej an i
    [InlineData("カマル・ザルトワ", "Kamal Zaltova")] // カマル is Kamal as much as Kamar
    [InlineData("カマル・ザルトワ", "Kamar Zaltova")]
    public void A_name_in_katakana_alerts_on_its_latin_spellings(string query, string candidate) =>
        Alerts(query, candidate, PartyType.Person);

    [Fact]
    public void A_katakana_query_finds_the_latin_name_of_its_sounds_in_an_index()
    {
        var subjects = new List<MatchSubject> { new("l/0", PartyType.Person, [new EntryName("ZALTOV, Sergey Viktorovich", NameType.Primary)], []) };
        for (var i = 0; i < 500; i++)
            subjects.Add(new MatchSubject("f/" + i, PartyType.Person, [new EntryName($"{(char)('A' + (i % 26))}ALTMAN{(char)('A' + (i / 26 % 26))}, Sergey", NameType.Primary)], []));
        var found = Matcher.Index(subjects).Search(MatchSubject.FromName("セルゲイ・ザルトフ", PartyType.Person), Thresholds.Review);
        Assert.Equal("l/0", found[0].CandidateKey);
        Assert.Contains(found[0].Explanation.Notes, n => n.Contains("katakana", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("恒远科技有限公司", "Hengyuan Technology Co., Ltd.")] // 科技 technology, 有限公司 Co Ltd
    [InlineData("华远電子有限公司", "Huayuan Electronics Limited")] // 電子 traditional
    [InlineData("深圳市华远国际贸易有限公司", "Shenzhen Huayuan International Trading Co Ltd")] // 市 city, 国际 international, 贸易 trading
    [InlineData("华远电子有限公司", "HUAYUAN DIANZI YOUXIAN GONGSI")] // the words in pinyin
    public void A_chinese_firms_name_in_han_meets_its_english_name(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("恒远科技有限公司", "Hengli Technology Co., Ltd.")] // another brand
    [InlineData("华远电子有限公司", "Huayuan Shipping Co Ltd")] // electronics is no shipping
    [InlineData("香港华信国际贸易有限公司", "Hong Kong International Trading Limited")] // 华信, the brand, is no acronym to leave out
    [InlineData("香港华信科技有限公司", "Hong Kong Technology Limited")]
    public void A_chinese_firms_name_in_han_does_not_meet_another(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("Нұрсұлтан Назарбаев", "Nursultan Nazarbayev")] // Kazakh ұ
    [InlineData("Гүлнара Кәрімова", "KARIMOVA, Gulnara")] // ү, ә, і
    [InlineData("Ғалымжан Тоқтаров", "Galymzhan Toktarov")] // ғ, қ
    [InlineData("Өлзийбат Батболд", "Olziibat Batbold")] // Mongolian ө
    [InlineData("Раҳмонов Эмомалӣ", "Emomali RAHMONOV")] // Tajik ҳ, ӣ
    [InlineData("İbrahim Çelik", "Ibrahim CELIK")] // the Turkish dotted İ lower-cases to itself
    [InlineData("ƏLİYEV, İlham Heydər oğlu", "ALIYEV, Ilham Heydar Oglu")] // the Azerbaijani schwa
    public void A_name_in_the_letters_of_central_asian_and_turkic_alphabets_meets_its_latin_spelling(string query, string listed) =>
        Alerts(query, listed, PartyType.Person);

    [Theory]
    [InlineData("राजेश कुमार शर्मा", "Rajesh Kumar SHARMA")] // श sh, the inherent a kept inside a word and left out at its end
    [InlineData("सुरेश मिश्र", "Suresh Mishra")] // a word ending in a conjunct keeps its a
    [InlineData("ज़फ़र हुसैन", "Zafar Husain")] // the nukta: ज़ z, फ़ f
    public void A_name_in_devanagari_meets_its_latin_spelling(string query, string listed) =>
        Alerts(query, listed, PartyType.Person);

    [Theory]
    [InlineData("Ռուբեն Վարդանյան", "Ruben Vardanyan")] // ու u, ռ r: not AnyAscii's Rrowben
    [InlineData("Գագիկ Ծառուկյան", "TSARUKYAN, Gagik")]
    [InlineData("Ոսկան Երզնկյան", "Voskan Yerznkyan")] // ո vo and ե ye at a word's start
    [InlineData("Հովհաննես Ղազարյան", "Hovhannes Ghazaryan")]
    public void An_armenian_name_meets_the_lists_spelling(string query, string listed) =>
        Alerts(query, listed, PartyType.Person);

    [Theory]
    [InlineData("김정은", "KIM Jong Un")] // g k, eo o: not the Revised Romanisation's gim jeongeun
    [InlineData("최룡해", "CHOE Ryong Hae")]
    [InlineData("리병철", "RI Pyong Chol")] // the aspirate p' and ŏ written plain
    [InlineData("박봉주", "PAK Pong Ju")]
    [InlineData("김여정", "Kim Yo-jong")]
    [InlineData("조용원", "JO Yong Won")]
    public void A_korean_name_in_hangul_meets_the_lists_spelling(string query, string listed) =>
        Alerts(query, listed, PartyType.Person);

    [Theory]
    [InlineData("김정은", "KIM Jong Nam")] // another given name
    [InlineData("박봉주", "PAK Pong Chol")]
    public void A_korean_name_in_hangul_does_not_meet_another(string query, string listed) =>
        DoesNotAlert(query, listed, PartyType.Person);

    [Theory]
    [InlineData("Тен Сергей Юрьевич", "Sergey Yurievich TEN")] // the Korean surname Тен, not the number ten
    [InlineData("ONE, Sergei", "Сергей Оне")]
    public void A_number_word_in_a_persons_name_is_a_name(string query, string candidate) =>
        Alerts(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("حسن زلطوني", "Hassan Zaltouni", PartyType.Person)] // two words, each by its consonants
    [InlineData("خالد زلطوني", "ZALTOUNI, Khalid", PartyType.Person)] // kh, and the list's surname first
    [InlineData("يوسف زلطوني", "Youssef Zaltouni", PartyType.Person)] // the y of a word's start is a consonant, the ou of Youssef a vowel
    [InlineData("حسن نصر الله", "Hassan Nasrallah", PartyType.Person)] // two words of the abjad joined in Latin
    [InlineData("Hassan Nasrallah", "حسن نصر الله", PartyType.Person)] // either side
    [InlineData("عمر زلطاوي", "Omar al-Zaltawi", PartyType.Person)] // Latin writes the article apart, Arabic joined (الزلطاوي)
    [InlineData("حماس", "HAMAS")] // one word of consonants is no acronym
    [InlineData("طه زلطوني", "Taha Zaltouni", PartyType.Person)] // the h of a short word is ه, no ة to leave out
    [InlineData("هيئة تحرير الزلطان", "Hayat Tahrir al-Zaltan")] // ة read as t before another word
    [InlineData("أيمن الزلطاوي", "Ayman al-Zaltawi", PartyType.Person)] // a first y after the alif AnyAscii leaves out
    [InlineData("قاسم زلطوني", "Gasim Zaltouni", PartyType.Person)] // ق said g
    [InlineData("قاسم زلطوني", "Ghasem Zaltouni", PartyType.Person)] // and gh (Persian)
    [InlineData("قاسم زلطوني", "Qasem Zaltouni", PartyType.Person)]
    [InlineData("رضا زلطوني", "Reza Zaltouni", PartyType.Person)] // ض said z (Persian)
    [InlineData("رمضان زلطوني", "Ramadan Zaltouni", PartyType.Person)] // and d (Arabic)
    [InlineData("رمضان زلطوني", "Ramazan Zaltouni", PartyType.Person)]
    [InlineData("معمر القذافي", "Muammar Gaddafi", PartyType.Person)] // ذ written d, ق g
    [InlineData("سيرغي لافروف", "LAVROV, Sergei", PartyType.Person)] // a foreign name: غ its g, ف its v
    [InlineData("فلاديمير بوتين", "PUTIN, Vladimir", PartyType.Person)] // ب its p
    [InlineData("סרגיי לברוב", "LAVROV, Sergei", PartyType.Person)] // Hebrew ב a v
    public void An_arabic_name_meets_its_latin_spelling_by_its_consonants(string query, string candidate, PartyType kind = PartyType.Organization) =>
        Assert.True(Compare(query, candidate, kind).Score >= Thresholds.Review, $"'{query}' vs '{candidate}': {Compare(query, candidate, kind).Score:F3}");

    [Theory]
    [InlineData("حسن زلطوني", "Ahmed Zaltouni")] // another given name: other consonants
    [InlineData("وليد زلطوني", "Ali Zaltouni")] // the w of Walid is a consonant at a word's start
    [InlineData("علي زلطوني", "Al Zaltouni")] // علي is Ali, not the article
    [InlineData("حسن زلطوني", "Hassan Zalmani")]
    [InlineData("يوسف زلطوني", "Saif Zaltouni")] // a first y is read as a vowel only against a Latin word that begins with one
    [InlineData("سيرغي لافروف", "Sergei Lazarev")] // the foreign sounds read in, the consonants still differ
    [InlineData("فلاديمير بوتين", "Vladimir Budin")]
    public void An_arabic_name_does_not_meet_other_consonants(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Person);
        Assert.True(r.Score < Thresholds.Review, $"'{query}' vs '{candidate}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Theory]
    [InlineData("يحيى عبد الله الزلطوني", "YAHIA ABDALLAH AL-ZALTOUNI")] // words written apart otherwise on each side
    [InlineData("أسامة بن زلطان", "Usama bin Zaltan")] // ة read as a vowel
    [InlineData("مزاحم صعب الزلطوني", "ZALTOUNI, Muzahim Sa'b")] // the list's surname first; zh is z + h here
    [InlineData("مُحَمَّد زلطوني", "Mohammed Zaltouni")] // vowel signs written: part of the word
    public void A_whole_arabic_name_is_found(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Person);
        Assert.True(r.Score >= Thresholds.Review, $"'{query}' vs '{candidate}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Theory]
    [InlineData("محمد عباس", "Mohammed Abbas", "Mahmoud Abbas")] // ou where no و is written
    [InlineData("محمود زلطوني", "Mahmoud Zaltouni", "Mohammed Zaltouni")] // no o or u where و is
    [InlineData("أحمد زلطوني", "Ahmed Zaltouni", "Hamid Zaltouni")] // أ: a vowel first
    [InlineData("حامد زلطوني", "Hamid Zaltouni", "Ahmed Zaltouni")] // no alif first: no vowel first
    [InlineData("حسين زلطوني", "Hussein Zaltouni", "Hassan Zaltouni")] // ي: i or e
    [InlineData("حسن زلطوني", "Hassan Zaltouni", "Hussein Zaltouni")] // ei where no ي is written
    [InlineData("إبراهيم زلطوني", "Ibrahim Zaltouni", "Brahim Zaltouni")] // إ: a vowel first, any
    [InlineData("ח'אלד זלטוני", "Khaled Zaltouni", "Khuld Zaltouni")] // Hebrew letters: א for the alif
    public void An_arabic_name_ranks_a_latin_one_whose_written_vowels_agree_first(string query, string agreeing, string other)
    {
        double agree = Compare(query, agreeing, PartyType.Person).Score, differ = Compare(query, other, PartyType.Person).Score;
        Assert.True(agree > differ && Thresholds.BandOf(agree) == MatchBand.Review, $"'{query}': '{agreeing}' {agree:F3}, '{other}' {differ:F3}");
    }

    [Theory]
    [InlineData("محمد علي", "Mohammed Ali")] // its own spelling: one skeleton is several names, so review at most
    [InlineData("محمود عباس", "Mohammed Abbas")]
    [InlineData("محمد عباس", "Mahmud Abbas")] // Latin writes a long u with one letter: the vowels cannot tell
    [InlineData("سعد حسن", "Saeed Hassan")] // ع may be any vowel
    [InlineData("كريم زلطوني", "Karima Zaltouni")]
    [InlineData("محمد علي حسن", "Mahmoud Ali Hussein")]
    [InlineData("سعيد محمود", "Saad Muhammad")]
    public void An_arabic_name_never_alerts_on_a_latin_one(string query, string candidate) =>
        DoesNotAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("بلقاسم زلطوني", "Belgacem Zaltouni")] // French c before e is s, ق said g
    [InlineData("قاسم زلطوني", "Kacem Zaltouni")]
    [InlineData("מחמד בן בלקאסם", "Mohamed Ben Belgacem")] // in Hebrew letters too
    public void A_latin_c_before_e_or_i_is_the_s_an_abjad_writes(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Person);
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Review, $"'{query}' vs '{candidate}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Theory]
    [InlineData("قاسم زلطوني", "Kacam Zaltouni")] // before a, o, u the c is k: no s
    public void A_latin_c_before_a_is_no_s(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Person);
        Assert.True(r.Score < Thresholds.Review, $"'{query}' vs '{candidate}': {r.Score:F3}");
    }

    [Theory]
    [InlineData("قاسم زلطوني", "Jasim Zaltouni")] // ق is q, k, g or gh, never j
    [InlineData("موسى زلطوني", "Moses Zaltouni")] // one s, not one said twice
    [InlineData("حبيب زلطوني", "Hub Zaltouni")]
    public void An_arabic_name_does_not_meet_other_letters(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Person);
        Assert.True(r.Score < Thresholds.Review, $"'{query}' vs '{candidate}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Theory]
    [InlineData("ח'אלד זלטוני", "Khaled Zaltouni")] // ח' is kh: a geresh typed as an apostrophe
    [InlineData("ח\u05F3אלד זלטוני", "Khaled Zaltouni")] // and as the Hebrew geresh
    [InlineData("ג'אבר ת'אבת", "Jaber Thabet")] // ג' j, ב b (AnyAscii reads it v), ת' th
    [InlineData("עבד אלכרים זלטוני", "Abdul Karim Zaltouni")] // כ is k, not kh
    [InlineData("פדרו זלטוני", "Pedro Zaltouni")] // פ is f or p
    [InlineData("שריף אע'א", "Sharif Agha")] // ש sh, ע' gh
    [InlineData("צאלח שחאדה", "Saleh Shehadeh")] // צ is s (ص); sh one sound and the ة's h apart in one word
    public void A_name_in_hebrew_letters_meets_its_latin_spelling(string query, string candidate) =>
        Assert.True(Compare(query, candidate, PartyType.Person).Score >= Thresholds.Review, $"'{query}' vs '{candidate}': {Compare(query, candidate, PartyType.Person).Score:F3}");

    [Theory]
    [InlineData("ח'אלד זלטוני", "Halid Zaltouni")] // kh is not h
    [InlineData("זלטוני", "Zaltouni Zalmani Group")]
    public void A_name_in_hebrew_letters_does_not_meet_other_sounds(string query, string candidate) =>
        Assert.True(Compare(query, candidate, PartyType.Person).Score < Thresholds.Review, $"'{query}' vs '{candidate}': {Compare(query, candidate, PartyType.Person).Score:F3}");

    [Fact]
    public void A_hebrew_geresh_is_part_of_its_letter_and_gershayim_no_word_break()
    {
        Assert.Equal(["ח\u05F3אלד"], NameNormalizer.Tokenize("ח'אלד"));
        Assert.Equal(["ח\u05F3אלד"], NameNormalizer.Tokenize("ח\u05F3אלד"));
        Assert.Equal(["צהל"], NameNormalizer.Tokenize("צה\"ל"));
        Assert.Equal(["צהל"], NameNormalizer.Tokenize("צה\u05F4ל"));
        Assert.Equal(["צהל"], NameNormalizer.Tokenize("צה''ל"));
        Assert.Equal("khald", Transliterator.ToLatin("ח\u05F3אלד")); // א written for the alif: a
    }

    [Fact]
    public void Thaana_writes_its_vowels_and_is_no_abjad()
    {
        Assert.False(Transliterator.IsAbjad("ދިވެހި"));
        Assert.True(Transliterator.IsAbjad("محمد"));
        Assert.Equal(0.0, Compare("ދިވެހި", "WEI, Zhao", PartyType.Person).Score);
    }

    [Fact]
    public void An_arabic_name_finds_its_latin_entry_through_the_index()
    {
        var index = Index("KHALID ZALTOUNI TRADING COMPANY", "HAMZA ZALMANI GROUP");

        var results = index.Search(MatchSubject.FromName("خالد زلطوني", PartyType.Organization), Thresholds.Review);

        Assert.Equal("l/0", Assert.Single(results).CandidateKey);
    }

    [Theory]
    [InlineData("Brigade Forty-Four", "44 Brigade")]
    [InlineData("XXI CENTURY", "21ST CENTURY")]
    [InlineData("Sixty-First Armored Repair Plant", "61ST ARMORED REPAIR PLANT")]
    [InlineData("One Hundred and Third Arsenal", "103 ARSENAL")]
    [InlineData("OOO Tretiy Rim", "THIRD RIM LLC")] // a Russian ordinal, romanised
    [InlineData("АО «Вторая Навигация»", "SECOND NAVIGATSIYA JSC")] // and in Cyrillic
    [InlineData("Dvadtsat Pervyy Vek Trading", "21ST VEK TRADING")]
    [InlineData("Третья Волна", "TRET'YA VOLNA")] // one ordinal in Cyrillic and romanised, read alike
    [InlineData("Первый Канал", "PERVYJ KANAL")]
    [InlineData("Третій Канал", "ТРЕТИЙ КАНАЛ")] // Ukrainian and Russian
    public void Numbers_written_as_words_or_roman_numerals_are_numbers(string query, string candidate) =>
        Alerts(query, candidate);

    [Fact]
    public void Other_numbers_keep_firms_apart()
    {
        DoesNotAlert("Forty-Four Brigade", "45 BRIGADE");
        DoesNotAlert("Pyatyy Element", "SIXTH ELEMENT");
    }

    [Theory]
    [InlineData("Pervomayskiy Zavod")] // a word that begins as an ordinal does is no number
    [InlineData("Shestakov Trading")]
    [InlineData("Vtorchermet")]
    [InlineData("Pyatykh Trading")] // a surname in -ykh, the ordinals' plural genitive
    [InlineData("Pyatigorsk Trading")]
    public void A_word_that_begins_as_a_russian_ordinal_is_a_word(string name) =>
        Assert.DoesNotContain(NameNormalizer.Tokenize(name), t => t.All(char.IsAsciiDigit));

    [Fact]
    public void A_russian_ordinal_in_a_persons_name_is_a_name() =>
        Assert.Contains(NameAnalyzer.Prepare("Ivan Vtoroy", NameType.Primary, PartyType.Person).Tokens, t => t.Text == "vtoroy");

    [Fact]
    public void A_chinese_surname_is_not_a_roman_numeral() =>
        DoesNotAlert("LI Shangfu", "51 Shangfu", PartyType.Person);

    [Fact]
    public void A_one_word_name_alerts_through_an_index_on_a_name_of_descriptors_around_it()
    {
        var index = Index(
            "STATE CORPORATION BANK FOR DEVELOPMENT AND FOREIGN ECONOMIC AFFAIRS VNESHECONOMBANK",
            "BANK FOR FOREIGN ECONOMIC AFFAIRS OF THE USSR",
            "VNESHTORGBANK");
        var results = index.Search(MatchSubject.FromName("Vnesheconombank", PartyType.Organization), Thresholds.Alert);
        Assert.Equal("l/0", Assert.Single(results).CandidateKey);
    }

    [Theory]
    [InlineData("Severnaya Arkticheskaya Kompaniya", "NORTHERN ARCTIC COMPANY")] // -icheskiy = -ic
    [InlineData("Strategicheskiye Resursy", "STRATEGIC RESURSY LLC")]
    [InlineData("Volga Geograficheskoye Obshchestvo", "VOLGA GEOGRAPHIC OBSHCHESTVO")]
    [InlineData("Kombinirovannaya Sistema Volga", "VOLGA COMBINED SISTEMA")] // -irovann- = -ed
    public void A_Russian_adjective_in_icheskiy_meets_its_English_cognate_in_ic(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("Avtodor Rossiyskoy Federatsii", "AVTODOR OF THE RUSSIAN FEDERATION")]
    [InlineData("Торговый дом Российской Федерации", "RUSSIAN TRADING HOUSE")]
    public void The_Russian_Federation_in_any_case_and_language_is_the_russian_concept(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("Russian Zelvanors", "ZELVANORY ROSSII AO")] // Rossii, the genitive: of Russia
    [InlineData("Zelvanors of Russia", "ZELVANORY ROSSII AO")]
    [InlineData("ПАО «Зелванорбанк России»", "PUBLIC JOINT STOCK COMPANY ZELVANORBANK OF RUSSIA")]
    [InlineData("Zelvanorbank Rosiyi", "ZELVANORBANK OF RUSSIA")] // Ukrainian Росії
    public void Russia_after_a_word_in_the_genitive_or_after_of_is_the_russian_concept(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("Rossii Zelvanor LLC", "RUSSIAN ZELVANOR LLC")] // a name's first word is its own
    [InlineData("Zelvanor Rossii", "KRONVALIS OF RUSSIA")]
    public void Russia_of_a_name_does_not_make_two_names_meet(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("BANK ROSSIYA", "RUSSIAN BANK")] // Rossiya is a bank's name, not a description
    [InlineData("ROSSIYA AIRLINES", "RUSSIAN AIRLINES")]
    [InlineData("ROSSI TRADING LLC", "RUSSIAN TRADING LLC")] // Rossi, a surname, keys as rossii would
    public void Russia_as_one_word_is_a_name_not_the_russian_concept(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Fact]
    public void A_typo_in_a_spelled_out_legal_form_leaves_the_name_to_its_own_words() =>
        Alerts("OBSHCHESTVO S OGRANICHENNOI OTVETSVENNOSTYU TERMOSTAL", "TERMOSTAL LLC");

    [Theory]
    [InlineData("A.N. Volkov Kaluga Turbine Plant", "KALUGA TURBINE PLANT JSC")] // named after, without the words
    [InlineData("KALUGA TURBINE PLANT JSC", "JSC KALUGA TURBINE PLANT N.N. VOLKOVA")]
    public void A_person_s_initials_and_surname_in_a_firm_s_name_are_a_qualifier(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("U.S. STEEL HOLDING COMPANY")] // a common word: no surname
    [InlineData("A.B.C. COMPANY")] // three letters: no initials and surname
    [InlineData("S.V. CHEMEZOV")] // the person alone
    [InlineData("NPO (ZAVOD) A.N. VOLKOV")] // brackets already
    public void Only_initials_and_a_surname_beside_a_name_are_bracketed(string text) =>
        Assert.Equal(text, NameAnalyzer.BracketHonouredPerson(text));

    [Theory]
    [InlineData("KORVET SHIPPING LLC", "KORVEL SHIPPING LLC")] // another last letter of a short brand: another brand
    [InlineData("DALTAR TRADING LLC", "DALTAI TRADING LLC")]
    public void A_short_brand_with_another_ending_is_another_firm(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("URAL TRANSPORT PLANT JSC", "URALS TRANSPORT PLANT JSC")] // a plural
    [InlineData("MAKEYEV ROCKET DESIGN BUREAU", "MAKEYEVA ROCKET DESIGN BUREAU")] // a Russian case ending
    public void A_short_word_with_a_case_ending_or_a_plural_is_the_same_word(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("A.N. TUPOLEV DESIGN BUREAU", "DESIGN BUREAU")] // the person is the firm's name: no qualifier
    [InlineData("S.P. KOROLEV ROCKET AND SPACE CORPORATION", "ROCKET AND SPACE CORPORATION")]
    public void Initials_and_a_surname_beside_descriptors_only_are_the_name(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("DJ TRADING LLC", "DELTA TRADING LLC")] // two letters alone are no дж
    [InlineData("DZH INVEST", "DALNEVOSTOCHNY INVEST")]
    public void Dj_or_dzh_alone_is_no_initial(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Fact]
    public void A_final_consonant_written_voiced_or_not_is_the_same_short_word() =>
        Alerts("ALMAZ ANTEY", "ALMAS ANTEY");

    [Theory]
    [InlineData("LENINSKIY ZAVOD", "LENA ZAVOD")] // Lenin's, not the Lena's
    [InlineData("KAMENSKIY PLANT", "KAMA PLANT")]
    public void Only_a_place_ending_in_two_consonants_takes_en_or_in_before_sk(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("TELARION LLC", "TELAROS LLC")] // one beginning, two brands: -ion and -os are no endings of a brand
    [InlineData("KORVION SHIPPING LLC", "KORVOS SHIPPING LLC")]
    public void Brands_that_share_a_beginning_are_not_forms_of_one_word(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("OOO PRESSOVAYA KOMPANIYA VEGA", "VEGA PRESS COMPANY LLC")] // a relational adjective in -ov- meets its noun
    public void A_relational_adjective_in_ov_is_its_noun(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("tereshkovoy", "tereshkova")] // a surname in -ov declined (imeni Tereshkovoy) keeps its -ov
    [InlineData("ivanovym", "ivanov")]
    [InlineData("pressovyy", "press")]
    [InlineData("titanovaya", "titan")]
    public void Relational_adjectives_lose_their_ov_and_surnames_keep_it(string word, string sameStemAs) =>
        Assert.Equal(Stemmer.Stem(sameStemAs), Stemmer.Stem(word));

    [Fact]
    public void A_learned_spelling_pair_of_a_brand_is_a_word_distinctive_where_the_list_has_it_rarely()
    {
        // the learned lexicon joins eshelon and echelon: one brand spelled two ways, a word (it was a concept, so a name
        // with it had no distinctive word and the list's further words cost as much as the query's: 0.151). Echelon is
        // a common English word, so the group is a descriptor, and like any such word distinctive where the list has
        // it rarely
        var eshelon = NameAnalyzer.Prepare("Eshelon", NameType.Primary, PartyType.Organization).Tokens.Single();
        Assert.Equal(TokenKind.Word, eshelon.Kind);
        Assert.True(eshelon.IsDescriptor);
        Assert.Equal(NameAnalyzer.Prepare("Echelon", NameType.Primary, PartyType.Organization).Tokens.Single().Key, eshelon.Key);

        var top = Index("ECHELON SCIENCE AND DEVELOPMENT UNION JSC").Search(MatchSubject.FromName("AO ESHELON", PartyType.Organization), 0.0, 1);
        Assert.True(top.Count == 1 && top[0].CandidateKey == "l/0" && top[0].Score >= Thresholds.Alert, top.Count == 0 ? "none" : $"{top[0].Score:F3}");
    }

    [Theory]
    [InlineData("SAL TRADING", "SAU TRADING")] // short words that are legal forms somewhere are brands here
    [InlineData("PT TRADING CO", "LP TRADING CO")]
    [InlineData("MOFIDRAHBAR AUDIT FIRM", "MOFIDRAHBAR AUDIT INSTITUTE")] // a firm is no legal form
    public void Short_words_are_not_taken_for_legal_forms_that_make_other_firms_equal(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Fact]
    public void A_firm_is_a_word_of_the_name_not_a_legal_form() =>
        Alerts("KRUG FIRM", "KRUG RESEARCH AND PRODUCTION FIRM");

    [Theory]
    [InlineData("SUZUKI, Nao", "SUZUKI, Ichiro")] // nao is a Russian legal form (non-public AO), and a given name
    [InlineData("NGUYEN VAN SA", "NGUYEN VAN AO")] // sa and ao are legal forms of one class, and names
    public void A_persons_name_holds_no_legal_form(string query, string candidate) =>
        DoesNotAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("ZELVANOR SHIPYARD JSC", "AO SUDOSTROITELNYY ZAVOD ZELVANOR")] // a shipyard is a shipbuilding plant
    [InlineData("179TH SHIP REPAIR YARD ZELVANOR JSC", "AKTSIONERNOYE OBSHCHESTVO 179 SUDOREMONTNYY ZAVOD ZELVANOR")] // a ship repair yard, a ship repair plant
    [InlineData("JSC ENGINEERING OFFICE SPETSIALNOGO MASHINOSTROYENIYA ZELVANOR", "ZELVANOR DESIGN BUREAU OF SPECIAL MACHINE-BUILDING")] // KB translated
    [InlineData("AO VERF ZELVANOR", "ZELVANOR SHIPBUILDING PLANT JSC")]
    [InlineData("AO RAKETNYE SISTEMY ZELVANOR", "ZELVANOR MISSILE SYSTEMS JSC")] // raketnyy: missile, rocket
    [InlineData("ZELVANOR STATE RESEARCH CENTER", "ZELVANOR STATE SCIENTIFIC CENTER")] // nauchnyy: scientific, research
    [InlineData("AO TSKB ZELVANOR", "ZELVANOR CENTRAL DESIGN BUREAU JSC")] // TsKB, central design bureau
    [InlineData("NPF ZELVANOR", "ZELVANOR NON-STATE PENSION FUND")]
    [InlineData("ZELVANOR UNIVERSITET VYSSHEGO OBRAZOVANIYA", "ZELVANOR UNIVERSITY OF HIGHER EDUCATION")]
    [InlineData("KURORT ZELVANOR", "ZELVANOR RESORT")]
    [InlineData("INSTITUT FIZICHESKIKH PROBLEM ZELVANOR", "ZELVANOR INSTITUTE OF PHYSICAL PROBLEMS")]
    [InlineData("ZELVANOR OBORONNYE SISTEMY", "ZELVANOR DEFENSE SYSTEMS")] // oboronnyy in any ending
    [InlineData("ARSENAL ZELVANOR MINOBORONY", "ARSENAL ZELVANOR OF THE MINISTRY OF DEFENSE")] // a contraction of two concepts
    [InlineData("ZELVANOR KOSMICHESKIE SISTEMY AO", "JSC ZELVANOR SPACE SYSTEMS")]
    [InlineData("ZELVANOR INSTITUTE OF THERMONUCLEAR RESEARCH", "ZELVANOR INSTITUTE FOR FUSION RESEARCH")]
    [InlineData("ZELVANOR ACCUMULATOR PLANT", "ZELVANOR BATTERY FACTORY")] // akkumulyatornyy
    [InlineData("ZELVANOR RESCUE TECHNOLOGIES", "ZELVANOR LIFESAVING TECHNOLOGIES")] // spasatelnyy
    [InlineData("ZELVANOR RADIATION DEFENSE TROOPS", "ZELVANOR RADIOLOGICAL DEFENSE TROOPS")]
    [InlineData("ZELVANOR ELEKTROTEKHNICHESKIKH IZDELIY ZAVOD", "ZELVANOR ELECTROTECHNICAL PRODUCTS PLANT")] // izdeliy
    [InlineData("ZELVANOR JSCB", "AKTSIONERNY KOMMERCHESKI BANK ZELVANOR")] // AKB: joint stock commercial bank
    [InlineData("AO TSNII ZELVANOR", "JSC CENTRAL RESEARCH INSTITUTE ZELVANOR")] // TsNII
    [InlineData("JSC GOSNII ZELVANOR", "JOINT STOCK COMPANY STATE SCIENTIFIC RESEARCH INSTITUTE ZELVANOR")] // GosNII
    [InlineData("TSENTRALNYY NAUCHNOISSLEDOVATELSKIY INSTITUT ZELVANORA", "CENTRAL RESEARCH INSTITUTE ZELVANOR")] // nauchno-issledovatelskiy as one word
    [InlineData("AO NTTS ZELVANOR", "JSC SCIENTIFIC AND TECHNICAL CENTER ZELVANOR")] // NTTs
    [InlineData("FEDERALNOE KAZENNOE UCHREZHDENIE VOISKOVAYA CHAST 81523", "FEDERAL STATE INSTITUTION MILITARY UNIT 81523")] // в/ч
    [InlineData("AO ZELVANOR IT USLUGI", "JSC ZELVANOR IT SERVICES")]
    [InlineData("AVIAKOMPANIYA ZELVANOR", "ZELVANOR AIRLINES")]
    [InlineData("ZELVANOR MINE", "RUDNIK ZELVANOR")]
    [InlineData("ZELVANOR ZHELEZNODOROZHNYE SISTEMY", "ZELVANOR RAILWAY SYSTEMS")]
    [InlineData("ZELVANOR LAZERNYE SISTEMY", "ZELVANOR LASER SYSTEMS")]
    [InlineData("АО «Зелванорское проектно-конструкторское бюро»", "ZELVANOR DESIGN BUREAU JSC")] // ПКБ
    [InlineData("ZELVANOR PKB AO", "JSC ZELVANOR DESIGN BUREAU")]
    [InlineData("ZELVANOR PATRONNYY ZAVOD", "ZELVANOR AMMUNITION PLANT")]
    [InlineData("Зелванорский институт стратегических исследований", "ZELVANOR INSTITUTE FOR STRATEGIC STUDIES")]
    [InlineData("ZELVANOR RESEARCH INSTITUTE OF RADIO ENGINEERING", "ZELVANOR RESEARCH RADIO ENGINEERING INSTITUTE")] // a phrase's words apart
    [InlineData("Зелванорский научно-исследовательский радиотехнический институт", "ZELVANOR RESEARCH INSTITUTE OF RADIO ENGINEERING")]
    [InlineData("Федеральная служба безопасности", "FEDERAL SECURITY SERVICE")] // a genitive turned round: neighbours swapped
    public void Institutional_words_meet_their_translations(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("Head Sport GmbH", "Leading Sport GmbH")] // English synonyms are no translation: two brands
    [InlineData("The Salvation Army", "Rescue Army")]
    [InlineData("Golovnin Shipping LLC", "Head Shipping LLC")] // a Russian word's stem is no surname's beginning
    [InlineData("Rudnikov Trading LLC", "Mine Trading LLC")]
    [InlineData("Space Games Ltd", "Cosmic Games Ltd")]
    public void Brands_made_of_english_words_are_not_translated_into_each_other(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("Zelvanor Arms Plant", "AO ZELVANOR ORUZHEYNYY ZAVOD")] // oruzheynyy, vooruzheniye: arms, weapons, armament
    [InlineData("Zelvanor Weapons", "ZELVANOR-ORUZHIE, OOO")]
    [InlineData("Kronvalis Armament Concern", "KONTSERN KRONVALIS VOORUZHENIYE")]
    [InlineData("Red Lion Arms", "RED LION")] // arms alone is an English word of names (a pub's), not the concept
    public void Arms_and_armament_meet_their_russian_words(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("OOO Oruzheynikov", "OOO VOORUZHENIYE")] // a surname that begins as the adjective oruzheynyy does
    [InlineData("Oruzheynikov Trading", "ARMS TRADING")]
    [InlineData("Arms Holding", "WEAPONS HOLDING")] // two English brands
    public void Arms_do_not_make_names_that_only_resemble_them_meet(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("Zelvanor Aviation Company", "Zelvanor Aviation")] // an aviation company is no airline concept
    [InlineData("NPO ZELVANOR", "SCIENCE AND PRODUCTION UNION ZELVANOR")] // obyedineniye translated union
    public void Words_the_vocabulary_leaves_alone_still_meet(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("VELTARIN DESIGN BUREAU", "JOINT STOCK COMPANY EXPERIMENTAL DESIGN BUREAU VELTARIN")] // OKB: experimental + design + bureau
    [InlineData("JSC OKB VELTARIN", "VELTARIN DESIGN BUREAU")]
    [InlineData("TSKB VELTARIN", "VELTARIN DESIGN BUREAU")] // TsKB: central + design + bureau
    public void A_design_bureau_is_its_two_words_so_a_fuller_one_meets_it(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("SCIENTIFIC MANUFACTURING ENTERPRISE VELTARIN", "JOINT STOCK COMPANY RESEARCH AND DEVELOPMENT ENTERPRISE VELTARIN")] // NPP in words of its own
    [InlineData("NPO VELTARIN", "VELTARIN SCIENTIFIC AND MANUFACTURING ASSOCIATION")]
    public void A_research_and_production_firm_is_its_words_so_other_wordings_meet(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("MORKIY DESIGN BUREAU", "DESIGN BUREAU NAMED AFTER M PETROV")] // M. is Petrov's initial, not Morkiy's (0.887 before)
    [InlineData("KORVEL DESIGN BUREAU", "JSC EXPERIMENTAL DESIGN BUREAU NAMED AFTER K SIMONOV")]
    [InlineData("DESIGN BUREAU MORKIY", "DESIGN BUREAU NAMED AFTER M PETROV")] // the concept before each is no surname
    [InlineData("KB MORKIY", "KB IM. M. PETROVA")]
    [InlineData("OKB MALVERIN", "OKB IMENI M SIMONOV")]
    public void The_initial_of_whom_a_firm_is_named_after_is_not_the_initial_of_its_own_name(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("Design Bureau named after Mikhail Petrov", "DESIGN BUREAU NAMED AFTER M PETROV")] // initial and name, both honoured
    [InlineData("Morgan J P and Co", "JP Morgan and Co")] // letters in the firm's own name still meet
    [InlineData("Mikhail Petrov Design Bureau", "DESIGN BUREAU NAMED AFTER M. PETROV")] // the honoured person in the firm's own name
    [InlineData("Design Bureau Mikhail Petrov", "DESIGN BUREAU M. PETROV")]
    [InlineData("Hans Stern Jewelers", "H. Stern Jewelers")] // a founder's initial
    [InlineData("Mohammad Hosseini Trading Co", "M. Hosseini Trading Co")]
    [InlineData("Design Bureau named after Petrov M.", "Mikhail Petrov Design Bureau")] // the initial after the surname
    public void Initials_still_meet_names_on_the_same_side_of_named_after(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("JSC RESEARCH INSTITUTE OF PRECISION INSTRUMENTS", "JSC SCIENCE RESEARCH INSTITUTE FOR PRECISE INSTRUMENTS")] // precision is its own word
    [InlineData("ZELVANOR NII TOCHNYKH PRIBOROV", "ZELVANOR RESEARCH INSTITUTE OF PRECISION INSTRUMENTS")]
    [InlineData("Tochnyye Pribory", "Precision Instruments")] // the plural
    public void Precision_instruments_are_precision_and_instruments(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("NPO Pribor", "JSC SCIENTIFIC AND PRODUCTION ASSOCIATION PRIBOR NAMED AFTER I I ZELVANOV")] // Pribor alone is a brand
    [InlineData("ZAVOD PRIBOROV ZELVANOR", "ZELVANOR INSTRUMENTS PLANT")] // priborov, of instruments, is the word
    public void Pribor_alone_is_a_name_and_its_plural_the_word_instruments(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("PODSHIPNIKOVYY ZAVOD ZELVANOR", "ZELVANOR BEARING PLANT")]
    [InlineData("NPO IZMERITELNOY TEKHNIKI ZELVANOR", "ZELVANOR SCIENTIFIC AND PRODUCTION ASSOCIATION OF MEASURING EQUIPMENT")]
    [InlineData("NEFTYANAYA KOMPANIYA ZELVANOR", "ZELVANOR OIL COMPANY")]
    [InlineData("Нефтегазовая компания Зелванор", "ZELVANOR OIL AND GAS COMPANY")]
    [InlineData("UGOLNAYA KOMPANIYA ZELVANOR", "ZELVANOR COAL COMPANY")]
    [InlineData("OOO ZELVANOR TSIFROVYE RESHENIYA", "ZELVANOR DIGITAL RESHENIYA LLC")]
    [InlineData("SETEVAYA KOMPANIYA ZELVANOR", "ZELVANOR NETWORK COMPANY")]
    [InlineData("ZELVANOR ATOMNYE STANTSII", "ZELVANOR NUCLEAR STANTSII")] // atomnyy and yadernyy are both nuclear
    [InlineData("ZELVANOR KABELNYY ZAVOD", "ZELVANOR CABLE PLANT")]
    [InlineData("AO KONTSERN VOZDUSHNO-KOSMICHESKOY OBORONY ZELVANOR", "ZELVANOR AEROSPACE DEFENSE CONCERN JSC")] // air-and-space
    [InlineData("ZELVANOR ZERNOVOY TERMINAL", "ZELVANOR GRAIN TERMINAL")]
    [InlineData("OOO ZEMELNYE RESURSY ZELVANOR", "ZELVANOR LAND RESURSY LLC")]
    [InlineData("SERVISNAYA KOMPANIYA ZELVANOR", "ZELVANOR SERVICE COMPANY")]
    [InlineData("VOENNO-OKHRANNAYA KOMPANIYA ZELVANOR", "ZELVANOR MILITARY SECURITY COMPANY")]
    [InlineData("ZELVANOR VNESHNEEKONOMICHESKOYE OBYEDINENIYE", "ZELVANOR FOREIGN ECONOMIC ASSOCIATION")]
    [InlineData("OOO ZELVANORSKIY NPZ", "ZELVANOR OIL REFINERY LLC")] // neftepererabatyvayushchiy zavod
    [InlineData("AO OEZ ZELVANOR", "JOINT STOCK COMPANY SPECIAL ECONOMIC ZONE ZELVANOR")] // osobaya ekonomicheskaya zona
    public void Industrial_words_meet_their_translation(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("HONCHARENKO, Zelvan", "GONCHARENKO, Zelvan")] // Ukrainian h for Г: keyed honharenko / gonharenko
    [InlineData("HORBACHENKO, Zelvan", "GORBACHENKO, Zelvan")]
    public void A_first_letter_written_two_ways_meets_even_where_the_letter_recurs_in_the_word(string query, string candidate)
    {
        Alerts(query, candidate, PartyType.Person);
        // the given name is shared by a thousand others: only the surname can bring the candidate to the scorer
        var others = Enumerable.Range(0, 1000).Select(i => $"{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}ZELKO{i}, Zelvan");
        var subjects = others.Prepend(candidate)
            .Select((n, i) => new MatchSubject("l/" + i, PartyType.Person, [new EntryName(n, NameType.Primary)], []))
            .ToList();
        var found = Matcher.Index(subjects).Search(MatchSubject.FromName(query, PartyType.Person), Thresholds.Alert);
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
    }

    [Fact]
    public void Other_first_letters_stay_other_names_where_the_letter_recurs()
    {
        // g against k or zh is another name, not Г written two ways
        DoesNotAlert("Zelvan Gagarin", "Zelvan Zhagarin", PartyType.Person);
        DoesNotAlert("Zelvan Kaganov", "Zelvan Gaganov", PartyType.Person);
        DoesNotAlert("Zelvan Kukushkin", "Zelvan Gukushkin", PartyType.Person);
    }

    [Fact]
    public void A_surname_or_noun_made_from_an_industry_word_stays_a_name()
    {
        // only an adjective's endings make the word: Zernov, Gruzov, Kabelnikov are surnames, Neftyanik (an oilman),
        // Sovremennik, Stalnik, Gazovik nouns and brands (and -ykh, the genitive plural, keys as -ik)
        DoesNotAlert("OOO ZERNOV", "OOO GRAIN");
        DoesNotAlert("GRUZOV AND PARTNERS", "CARGO AND PARTNERS");
        DoesNotAlert("UGOLNIKOV TRADING", "COAL TRADING");
        DoesNotAlert("KABELNIKOV TRADING", "CABLE TRADING");
        DoesNotAlert("NEFTYANIK SERVIS", "PETROLEUM SERVIS");
        DoesNotAlert("SOVREMENNIK ZELVANOR", "ZELVANOR");
        DoesNotAlert("STALNIK ZELVANOR", "STEEL ZELVANOR");
        DoesNotAlert("MED GROUP LLC", "COPPER GROUP LLC");
    }

    [Fact]
    public void Two_industry_words_are_two_words_not_spellings_of_each_other()
    {
        // their keys (#~gas, #~glass) share the group's mark: no fuzzy comparison between them
        DoesNotAlert("Zelvanor Gas", "Zelvanor Glass");
        DoesNotAlert("Gazovyy Zavod Zelvanor", "Stekolnyy Zavod Zelvanor");
        DoesNotAlert("Zelvanor Pipe", "Zelvanor Paper");
        DoesNotAlert("Zelvanor Fishing", "Zelvanor Publishing");
    }

    [Fact]
    public void A_name_of_one_industry_word_is_named_by_it()
    {
        // Molochnoye (a village), Sportivnaya: there the word is the name, not a description
        Alerts("Molochnoye", "Molochnoye Plant");
        Alerts("OOO Sportivnaya", "Sportivnaya Station LLC");
        Alerts("TSIFROVYE TEKHNOLOGII", "DIGITAL TECHNOLOGIES LLC"); // words of a longer name still meet their translation
        DoesNotAlert("CARGO SERVICE LLC", "RELIABLE FREIGHT SERVICES FZCO"); // and there they describe
        DoesNotAlert("AO INVESTITSIONNAYA NEFTYANAYA KOMPANIYA", "OIL INDUSTRY INVESTMENT COMPANY");
    }

    [Fact]
    public void An_industry_word_still_weighs_as_the_common_word_it_is()
    {
        // the vocabulary lets neftyanaya meet oil; it does not make Credit, Air, Oil or Electric cheaper to leave out
        DoesNotAlert("Credit Bank of Zelvanor", "Bank of Zelvanor");
        DoesNotAlert("Zelvanor Air", "Zelvanor");
        DoesNotAlert("Zelvanor Oil LLC", "Zelvanor LLC");
        DoesNotAlert("Zelvanor Electric Corporation", "Zelvanor Corporation");
        DoesNotAlert("Zelvanorskiy Kreditnyy Bank", "Bank Zelvanora");
        Alerts("Zelvanor Digital Technology Co Ltd", "Hangzhou Zelvanor Digital Technology Company Limited");
    }

    [Theory]
    [InlineData("318 BTRZ AO", "JOINT STOCK COMPANY 318 ARMORED REPAIR PLANT")] // bronetankovyy remontnyy zavod
    [InlineData("AO 417 ARZ", "417TH AIRCRAFT REPAIR PLANT JSC")] // by its initials: ARZ alone is no concept, Arz is a word of Arabic names
    [InlineData("АО «417 АРЗ»", "417 AVIATSIONNYY REMONTNYY ZAVOD")]
    public void Military_repair_plants_meet_their_acronyms(string query, string candidate) =>
        Alerts(query, candidate);

    [Fact]
    public void Military_repair_plants_of_other_numbers_stay_apart()
    {
        DoesNotAlert("ARZ LEBANON SAL", "LEBANON SAL");
        DoesNotAlert("AO 417 ARZ", "418 AIRCRAFT REPAIR PLANT JSC");
        DoesNotAlert("318 BTRZ AO", "JOINT STOCK COMPANY 318 AIRCRAFT REPAIR PLANT");
    }

    [Theory]
    [InlineData("ZKC")] // United Aircraft Corporation: the legal form after the core is spelled (UAC)
    [InlineData("ZKC PJSC")]
    public void An_index_finds_the_acronym_that_spells_a_legal_form_beside_the_core_as_compare_scores_it(string acronym)
    {
        const string listed = "PUBLIC JOINT STOCK COMPANY ZELVANOR KRONVALIS CORPORATION";
        var compared = Compare(acronym, listed);
        var found = Index(listed).Search(MatchSubject.FromName(acronym, PartyType.Organization), Thresholds.Review);

        Assert.Equal(MatchBand.Review, Thresholds.BandOf(compared.Score));
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
        Assert.Equal(compared.Score, found[0].Score, 3);
    }

    [Theory]
    [InlineData("Торговый дом «Зелванор»", "TRADING HOUSE ZELVANOR LLC", "ZELVANOR TRADING LLC")]
    [InlineData("Trading House Zelvanor Elektroteks", "TD ZELVANOR ELEKTROTEKS", "ZELVANOR ELEKTROTEKS TRADE")]
    public void A_trading_house_is_its_own_word_not_the_firm_that_trades(string query, string tradingHouse, string firm)
    {
        // торговый дом, a firm's sales arm, is listed apart from the firm: it meets its spellings, not trading
        var house = Compare(query, tradingHouse).Score;
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(house));
        Assert.True(house > Compare(query, firm).Score + 0.03, $"{house:F3} against {Compare(query, firm).Score:F3}");
    }

    [Theory]
    [InlineData("NOVY GOROD OOO", "LIMITED LIABILITY COMPANY PRESSMAN PREMIUM PACKAGING NOVGOROD")] // Novgorod joined: a city
    [InlineData("Tula", "TULA CARTRIDGE WORKS")]
    [InlineData("OOO Kazanskaya", "KAZAN SERVICE COMPANY")] // the place's adjective
    public void A_place_alone_is_not_the_firm_of_that_place_that_says_more(string query, string listed) =>
        DoesNotAlert(query, listed); // where a firm is says not which: the list's further description is no mere detail

    [Theory]
    [InlineData("Kazan Helicopters", "KAZAN HELICOPTER PLANT PJSC")] // a place and a concept found: the plant is a detail
    [InlineData("Zelvanor Novgorod", "ZELVANOR NOVGOROD HOLDING")]
    public void A_place_with_what_the_firm_is_still_meets_its_fuller_name(string query, string listed) =>
        Alerts(query, listed);

    [Theory]
    [InlineData("TSNIIAG", "JSC CENTRAL RESEARCH INSTITUTE OF AUTOMATION AND HYDRAULICS")] // ЦНИИАГ: Ц is ts
    [InlineData("TSMKB Zelvanor", "CENTRAL MARINE DESIGN BUREAU ZELVANOR")] // ЦМКБ
    [InlineData("OAK", "PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION")] // ОАК: корпорация, a legal form that is a word of the name, is k
    [InlineData("ОАК", "PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION")]
    public void A_words_Russian_initial_spells_an_acronym_in_compare_and_the_index(string acronym, string listed)
    {
        // the vocabulary's Russian spelling of the word (центральный) gives its initial as romanised, ts, not its first
        // letter t, which no romanised acronym uses; the legal form's too, where it is a word of the name (корпорация: k)
        var compared = Compare(acronym, listed);
        var found = Index(listed).Search(MatchSubject.FromName(acronym, PartyType.Organization), Thresholds.Review);

        Assert.True(Thresholds.BandOf(compared.Score) >= MatchBand.Review, $"'{acronym}' vs '{listed}': {compared.Score:F3}");
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
    }

    [Fact]
    public void An_acronym_spelled_by_the_words_as_written_ranks_above_one_spelled_through_their_Russian_initials()
    {
        // KEK is Korvenskaya Energeticheskaya Kompaniya as written, and Kalvor Electric Company only through компания's k
        var written = Compare("OOO KEK", "LIMITED LIABILITY COMPANY KORVENSKAYA ENERGETICHESKAYA KOMPANIYA");
        var translated = Compare("OOO KEK", "KALVOR ELECTRIC COMPANY");

        Assert.Equal(MatchBand.Review, Thresholds.BandOf(written.Score));
        Assert.Equal(MatchBand.Review, Thresholds.BandOf(translated.Score));
        Assert.True(written.Score > translated.Score, $"{written.Score:F3} / {translated.Score:F3}");
    }

    [Fact]
    public void A_legal_form_that_only_says_how_a_firm_is_incorporated_spells_no_acronym()
    {
        // DHL is not Dana Holdings Limited: Limited, LLC, JSC are not words of the name an acronym is made of
        const string listed = "ZELVANOR HOLDINGS LIMITED";
        Assert.True(Compare("ZHL", listed).Score < Thresholds.Review, $"{Compare("ZHL", listed).Score:F3}");
        Assert.Empty(Index(listed).Search(MatchSubject.FromName("ZHL", PartyType.Organization), Thresholds.Review));
    }

    [Theory]
    [InlineData("JSC MORVENSKIYE NAVIGATSIONNYE SISTEMY", "LIMITED LIABILITY COMPANY ADM SYSTEMS")] // JSC is АД in Bulgarian
    [InlineData("AI KOMPONENTS", "LLC IQ COMPONENTS")]
    public void A_legal_form_before_a_name_begins_no_acronym(string query, string candidate)
    {
        // the legal form says how the firm is incorporated; the acronym is of the name after it
        var result = Compare(query, candidate);
        Assert.DoesNotContain(result.Explanation.Notes, n => n.StartsWith("abbreviation spelled by initials", StringComparison.Ordinal));
        Assert.True(result.Score < Thresholds.Review, $"{result.Score:F3}");
    }

    [Theory]
    [InlineData("深圳市泽兰控股有限公司", "SHENZHEN ZELAN HOLDING CO., LTD.")]
    [InlineData("泽兰投资有限公司", "ZELAN INVESTMENT CO LTD")]
    [InlineData("泽兰物流有限公司", "ZELAN LOGISTICS CO LTD")]
    [InlineData("泽兰半导体有限公司", "ZELAN SEMICONDUCTOR CO LTD")]
    [InlineData("泽兰精密仪表有限公司", "ZELAN PRECISION INSTRUMENT CO LTD")]
    [InlineData("泽兰光电有限公司", "ZELAN OPTOELECTRONICS CO LTD")]
    [InlineData("泽兰機電設備有限公司", "ZELAN ELECTROMECHANICAL EQUIPMENT CO LTD")] // traditional characters read alike
    public void The_words_chinese_firms_are_named_with_are_their_english_words(string query, string listed) =>
        Alerts(query, listed);

    [Theory]
    [InlineData("深圳市和惠新科技有限公司", "SHENZHEN HEHUIXIN TECHNOLOGY CO., LTD.")]
    [InlineData("Shenzhen He Hui Xin Technology", "SHENZHEN HEHUIXIN TECHNOLOGY CO., LTD.")]
    [InlineData("Yi Hua Tong Trading", "YIHUATONG TRADING LIMITED")]
    [InlineData("深圳市华强鑫电子有限公司", "SHENZHEN HUAQIANGXIN ELECTRONICS CO., LTD.")]
    public void Three_syllables_written_as_one_word_are_joined_whole_not_two_of_them(string query, string listed)
    {
        // 华强鑫 is hua qiang xin: joined, Huaqiangxin; qiang xin alone is a letter or so short of it, not the best run
        var r = Compare(query, listed);
        Assert.Contains(r.Explanation.Tokens, t => t.Similarity == 1.0 && t.QueryToken is { } q && q.Count(static ch => ch == ' ') == 2);
        Alerts(query, listed);
        var found = Index(listed).Search(MatchSubject.FromName(query, PartyType.Organization), Thresholds.Review);
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(found[0].Score)); // words weighed by the list there
    }

    [Theory]
    [InlineData("Aeroscan LLC", "AERO SKYONE CO. LIMITED")] // aeroskan / aero skene: two letters apart in nine
    [InlineData("Talvescan LLC", "TALVE SKYONE CO. LIMITED")]
    public void A_word_a_run_of_words_joined_is_more_than_a_letter_from_stays_apart(string query, string listed) =>
        DoesNotAlert(query, listed);

    [Theory]
    [InlineData("Integral OJSC", "INTERPAL")] // ntgrl / ntrpl: was 0.863, and 0.884 through the index
    [InlineData("Kalinorm LLC", "KALIBORT LLC")]
    [InlineData("Veltrana Trading", "VELKRAMA TRADING")]
    [InlineData("Sarmital JSC", "SARDINAL JSC")]
    public void A_short_word_two_consonants_from_another_is_another_word(string query, string listed)
    {
        // the keys already write a sound one way: what is left after them is a typo (a letter) or another name
        var r = Compare(query, listed);
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.None, $"'{query}' vs '{listed}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Theory]
    [InlineData("Rusgidro", "RUSHYDRO PJSC")] // keyed rusgidro / ruSidro: sh is two letters, g against h one
    [InlineData("Irkut Aviation Plant", "IRKUTSK AVIATION PLANT")] // a word and its place's stem
    [InlineData("Mari Machine Building Plant", "MARIYSKIY MACHINE BUILDING PLANT")]
    [InlineData("Talvegral Trading", "TALVERPAL TRADING")] // six consonants: a long word may carry two typos
    [InlineData("Талвера Фаундейшън", "TALVERA FOUNDATION")] // faundeiSn: one sound (sh, keyed S) from foundation's t
    public void A_stem_a_spelled_out_sound_or_a_long_word_is_no_other_word_for_two_consonants(string query, string listed)
    {
        var r = Compare(query, listed);
        Assert.True(Thresholds.BandOf(r.Score) != MatchBand.None, $"'{query}' vs '{listed}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Fact]
    public void People_s_names_keep_their_foreign_spellings_of_a_sound()
    {
        // the French j of ж is keyed as the y-glide (prigoine), two consonants from prigoZin: a person's name is left to
        // the person rules, which compare whole names, and to the French reading of the name (FrenchSounds: prigozhin)
        var r = Compare("Yevgeny Prigozhin", "Evgeniy Prigojine", PartyType.Person);
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Alert, $"{r.Score:F3}");
        Assert.True(Thresholds.BandOf(Compare("Yevgeny Prigozhin", "Evgeniy Prigojev", PartyType.Person).Score) != MatchBand.Alert);
    }

    [Theory]
    [InlineData("Angstrem JSC", "JOINT STOCK COMPANY ANGSTREM", "JSC ANGSTREM-T")]
    [InlineData("АО «Ангстрем»", "JOINT STOCK COMPANY ANGSTREM", "JSC ANGSTREM-T")]
    [InlineData("Gefest LLC", "GEFEST LLC", "GEFEST-M LLC")]
    [InlineData("Bitriver-B", "OOO BITRIVER-B", "OOO BITRIVER-K")]
    public void A_letter_a_firm_joins_to_its_name_by_a_hyphen_is_another_firm(string query, string firm, string other)
    {
        // the T of ANGSTREM-T is the brand's, not an initial that says little: the one firm alerts, the other does not
        var found = Index(firm, other).Search(MatchSubject.FromName(query, PartyType.Organization), Thresholds.Review);
        Assert.Equal("l/0", found[0].CandidateKey);
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(found[0].Score));
        Assert.DoesNotContain(found, r => r.CandidateKey == "l/1" && Thresholds.BandOf(r.Score) == MatchBand.Alert);
    }

    [Theory]
    [InlineData("Aviastar-SP", "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE")]
    [InlineData("Angstrem-T", "JSC ANGSTREM-T")]
    public void The_same_brand_letter_still_alerts(string query, string listed) =>
        Alerts(query, listed);

    [Theory]
    [InlineData("АО «Зелванор Спутниковые Системы»", "JSC ZELVANOR SATELLITE SYSTEMS")]
    [InlineData("Зелванор Беспилотные системы", "ZELVANOR UNMANNED SYSTEMS")]
    [InlineData("Испытательный центр Зелванор", "ZELVANOR TEST CENTER")]
    [InlineData("Учебный центр Зелванор", "ZELVANOR TRAINING CENTER")]
    [InlineData("Зелванор Поставка", "ZELVANOR SUPPLY")]
    [InlineData("Зелванор Станкостроительный завод", "ZELVANOR MACHINE TOOL PLANT")]
    [InlineData("ОАО «Пароходство Зелванор»", "ZELVANOR SHIPPING COMPANY")]
    [InlineData("Насосная компания Зелванор", "ZELVANOR PUMPING COMPANY")]
    [InlineData("Институт робототехники Зелванор", "ZELVANOR ROBOTICS INSTITUTE")]
    [InlineData("АО «Зелванор Оружейные Технологии»", "JSC ZELVANOR WEAPONS TECHNOLOGIES")]
    [InlineData("Электросетевая компания Зелванор", "ZELVANOR GRID COMPANY")]
    [InlineData("Zelvanor Grid Company LLC", "LIMITED LIABILITY COMPANY NETWORKING COMPANY ZELVANOR")]
    [InlineData("Дальневосточная компания Зелванор", "ZELVANOR FAR EASTERN COMPANY")]
    [InlineData("Северо-Западная логистическая компания Зелванор", "ZELVANOR NORTH-WESTERN LOGISTICS COMPANY")]
    [InlineData("Генерирующая компания Зелванор", "ZELVANOR GENERATING COMPANY")]
    [InlineData("Зелванорский завод десантной техники", "ZELVANOR AIRBORNE EQUIPMENT PLANT")] // the story's airborne vehicles
    [InlineData("Топливная компания Зелванор", "ZELVANOR FUEL COMPANY")]
    [InlineData("Зелванор Тяжелое Машиностроение", "ZELVANOR HEAVY MACHINE BUILDING")]
    [InlineData("Зелванор Взрывные Технологии", "ZELVANOR EXPLOSIVE TECHNOLOGIES")]
    [InlineData("ООО «Азиатская торговая компания Зелванор»", "ZELVANOR ASIAN TRADING COMPANY LLC")] // regions written otherwise
    [InlineData("Zelvanor Asia Shipping", "ZELVANOR AZIYA SHIPPING")]
    public void More_words_russian_firms_are_named_with_meet_their_translations(string query, string listed) =>
        Alerts(query, listed);

    [Theory]
    [InlineData("Zelvanor Ithalat Ihracat Dis Ticaret Ltd. Sti.", "ZELVANOR IMPORT EXPORT FOREIGN TRADE LIMITED")]
    [InlineData("Korvalis Makina Sanayi ve Ticaret A.S.", "KORVALIS MACHINE INDUSTRY AND TRADE JSC")] // ve: and
    [InlineData("KORVALIS LOJISTIK VE TASIMACILIK", "Korvalis Logistics and Transport")]
    [InlineData("Korvalis Ic ve Dis Ticaret Pazarlama Ltd. Sti.", "KORVALIS FOREIGN TRADE MARKETING LLC")] // domestic and foreign trade
    public void The_words_turkish_firms_are_named_with_are_their_english_words(string query, string listed) =>
        Alerts(query, listed);

    [Theory]
    [InlineData("Beijing Yunze Tech Co.", "BEIJING YUNZE TECHNOLOGY CO., LTD.")]
    [InlineData("Korvalis Intl Trdg LLC", "KORVALIS INTERNATIONAL TRADING LLC")]
    [InlineData("Zelvanor Chem Hldgs", "ZELVANOR CHEMICAL HOLDINGS")]
    [InlineData("Nordkamp Pharm", "NORDKAMP PHARMACEUTICAL")]
    public void Business_words_abbreviated_as_publishers_write_them_are_those_words(string query, string listed) =>
        Alerts(query, listed);

    [Theory]
    [InlineData("VTB", "VTB BANK PUBLIC JOINT STOCK COMPANY")]
    [InlineData("ВТБ", "VTB BANK PUBLIC JOINT STOCK COMPANY")]
    [InlineData("GAZ JSC", "GAZ GROUP")]
    [InlineData("VTB Bank", "VTB")]
    public void An_acronym_is_the_name_whose_one_word_it_is_among_descriptors_at_review(string query, string listed)
    {
        // VTB is VTB BANK, GAZ is GAZ GROUP: as the same acronym alone, review at most, through compare and the index alike
        var compared = Compare(query, listed);
        Assert.Equal(MatchBand.Review, Thresholds.BandOf(compared.Score));
        var found = Index(listed).Search(MatchSubject.FromName(query, PartyType.Organization), Thresholds.Review);
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
        Assert.Equal(compared.Score, found[0].Score, 3);
    }

    [Theory]
    [InlineData("VTB", "VTB BANK BELARUS CLOSED JOINT STOCK COMPANY")] // another distinctive word: another bank
    [InlineData("VTB", "VTT BANK")] // letters, not sounds
    [InlineData("MTS", "MTS KONTUR BANK")]
    public void An_acronym_among_other_distinctive_words_or_other_letters_is_not_that_name(string query, string listed)
    {
        var r = Compare(query, listed);
        Assert.True(r.Score < Thresholds.Review, $"{r.Score:F3} ({r.Explanation.Rule})");
    }

    [Fact]
    public void A_persons_short_name_is_no_acronym_among_descriptors() =>
        Assert.True(Compare("LI", "LI GROUP", PartyType.Person).Score < Thresholds.Review);

    [Theory]
    [InlineData("AI KYU KOMPONENTS", "IQ KOMPONENTS")]
    [InlineData("Эй Си Джи Файненс Лимитед", "ACG Файненс Лимитед")]
    [InlineData("ООО НОВЫЙ АЙ ТИ ПРОЕКТ", "ООО НОВЫЙ IT ПРОЕКТ")]
    [InlineData("ER BI EICH TULZ", "RBH TULZ")]
    [InlineData("アイ・エス・アイ", "ISI")]
    [InlineData("ジェー・ティー・ジェー", "JTJ")]
    [InlineData("LIMITED LIABILITY COMPANY I T C", "LIMITED LIABILITY COMPANY ITC")]
    [InlineData("ЭЙЧ-ДАБЛ-Ю ТРЕЙД", "HW ТРЕЙД")]
    public void An_acronym_written_as_its_letters_names_is_read_as_the_letters(string text, string spelled) =>
        Assert.Equal(spelled, LetterNames.Spelled(text));

    [Theory]
    [InlineData("ZAVOD IMENI P I PLANDINA")] // two bare letters are a person's initials
    [InlineData("NII MOLEKULYARNOI ELEKTRONIKI I ZAVOD MIKRON")] // и, and
    [InlineData("AI MASHIN TEKHNOLODZHI")] // one letter's name alone may be a word
    [InlineData("SHENZHEN KEYUAN TRADING")]
    public void A_name_without_a_run_of_letters_has_no_spelled_reading(string text) =>
        Assert.Null(LetterNames.Spelled(text));

    [Fact]
    public void A_firm_written_with_its_letters_names_is_found_by_its_acronym_and_the_other_way_round()
    {
        // OFAC: AI KYU KOMPONENTS a.k.a. LLC IQ COMPONENTS; Ай Ти Си a.k.a. I T C
        var index = Index("LLC ZQ COMPONENTS", "LIMITED LIABILITY COMPANY ZELVANOR Z T C");
        var found = index.Search(MatchSubject.FromName("ООО ЗЕД КЬЮ КОМПОНЕНТС", PartyType.Organization), Thresholds.Alert);
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
        found = index.Search(MatchSubject.FromName("ZELVANOR ZED TI SI LLC", PartyType.Organization), Thresholds.Alert);
        Assert.Equal("l/1", Assert.Single(found).CandidateKey);
        Assert.Empty(index.Search(MatchSubject.FromName("ZELVANOR ZED TI PI LLC", PartyType.Organization), Thresholds.Review)); // other letters
    }

    [Fact]
    public void A_hostile_run_of_letters_names_is_read_in_linear_time()
    {
        // a list field may be a megabyte of "AI TI SI …": read as one acronym of 300,000 letters once, not letter by
        // letter again and again (a guard against quadratic work, not a timing)
        var hostile = string.Concat(Enumerable.Repeat("AI TI SI ", 100_000)) + "KOMPONENTS";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var spelled = LetterNames.Spelled(hostile);
        var subject = new PreparedSubject(MatchSubject.FromName(hostile, PartyType.Organization));
        var result = Matcher.Compare(MatchSubject.FromName(hostile, PartyType.Organization), MatchSubject.FromName("ITC KOMPONENTS", PartyType.Organization));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed.TotalSeconds:0} s");
        Assert.Equal(string.Concat(Enumerable.Repeat("ITC", 100_000)) + " KOMPONENTS", spelled);
        Assert.Equal(2, subject.Names.Length);
        Assert.True(result.Score < Thresholds.Review, $"{result.Score:F3}");
    }

    [Theory]
    [InlineData("tools", "tulz")]
    [InlineData("team", "tim")]
    [InlineData("rise", "raiz")]
    [InlineData("trade", "treid")]
    [InlineData("trades", "treid")]
    [InlineData("trust", "trast")]
    [InlineData("consulting", "konsalting")]
    [InlineData("overseas", "oversiz")]
    [InlineData("equipment", "ekvipment")]
    [InlineData("design", "dezain")]
    [InlineData("energies", "enerdzhiz")] // a final s or z: one sound at a word's end
    [InlineData("price", "prais")]
    [InlineData("center", "senter")]
    [InlineData("payment", "peiment")]
    [InlineData("sound", "saund")]
    [InlineData("group", "group")] // ou is au only before s, t, n, d
    [InlineData("road", "rod")]
    [InlineData("field", "fild")]
    [InlineData("news", "nyus")]
    [InlineData("bank", null)] // read as written
    [InlineData("signatek", "signatek")] // ign is ain only at a word's end (design, not signal)
    [InlineData("service", "servise")] // the e of a longer word is no magic e
    public void An_English_word_is_read_as_Russian_writes_its_sounds(string word, string? read) =>
        Assert.Equal(read == word ? null : read, EnglishSounds.Read(word));

    [Theory]
    [InlineData("ZELVANOR TOOLS LTD", "OOO ZELVANOR TULZ")]
    [InlineData("MORVEN TEAM LLC", "MORVEN TIM LIMITED LIABILITY COMPANY")]
    [InlineData("Kvarten Rise LLC", "KVARTEN RAIZ OOO")]
    [InlineData("ZELVANOR TRUST", "OOO ZELVANOR TRAST")]
    [InlineData("Kvarten Overseas Ltd", "OOO KVARTEN OVERSIZ")]
    public void An_English_word_a_Russian_firm_writes_by_its_sounds_alerts(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("SONATEK LLC", "LIMITED LIABILITY COMPANY SIGNATEK")]
    [InlineData("MORVEN TEAM LLC", "MORVEN TOM LLC")]
    public void A_word_read_by_its_English_sounds_meets_no_other_word(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Fact]
    public void Persons_names_are_not_read_as_English_words()
    {
        // Rise and Raiz, Team and Tim are names of their own as surnames
        Assert.True(Compare("Rise, Anna", "Raiz, Anna", PartyType.Person).Score < Compare("Kvarten Rise LLC", "KVARTEN RAIZ OOO").Score);
    }

    [Fact]
    public void A_word_read_by_its_English_sounds_ranks_below_the_same_spelling()
    {
        var index = Index("OOO ZELVANOR TULZ", "ZELVANOR TOOLS LTD");
        var found = index.Search(MatchSubject.FromName("ZELVANOR TOOLS", PartyType.Organization), Thresholds.Alert);
        Assert.Equal(["l/1", "l/0"], found.Select(r => r.CandidateKey));
    }

    [Fact]
    public void A_long_acronym_with_vowels_that_no_one_can_say_is_spelled_by_the_words_it_abbreviates()
    {
        // NIKIMT has a vowel in three letters, yet ends in a cluster no word ends in: an acronym still
        var result = Compare("NIKIMT ZELVANOR JSC", "JSC NAUCHNO ISSLEDOVATELSKY I KONSTRUKTORSKY INSTITUT MONTAZHNOY TEKHNOLOGII ZELVANOR");
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(result.Score));
        Assert.Contains(result.Explanation.Notes, n => n.StartsWith("abbreviation spelled by initials: nikimt", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_is_not_spelled_by_the_first_letter_of_another_acronym()
    {
        // NPP stands for research + production + enterprise: its n is not there to spell the o-less NPO with PT and Okeanos
        var result = Compare("NPO", "NPP PT OKEANOS");
        Assert.True(result.Score < Thresholds.Review, $"{result.Score:F3}");
        Assert.DoesNotContain(result.Explanation.Notes, n => n.Contains("abbreviation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SEVERIN ENERGY", "KRONVALIS SEVERNAYA ENERGETICHESKAYA KOMPANIYA")] // Severin, a name, against severnaya (northern)
    [InlineData("INVESTA GROUP", "KRONVALIS INVESTMENTS GROUP")]
    public void A_name_met_only_by_the_other_sides_description_anchors_nothing(string query, string listed)
    {
        // the query's one name met a word the list's name describes the firm with: the list's own name is unfound
        var found = Index(listed).Search(MatchSubject.FromName(query, PartyType.Organization), Thresholds.Review);
        Assert.True(found.All(r => r.CandidateKey != "l/0"), string.Join("; ", found.Select(r => $"{r.Explanation.CandidateName} {r.Score:F3}")));
        Assert.True(Compare(query, listed).Score < Thresholds.Review, $"{Compare(query, listed).Score:F3}");
    }

    [Fact]
    public void A_word_met_by_a_concept_as_written_weighs_as_that_concept()
    {
        // Investa is no spelling the vocabulary knows, yet the scorer meets it with investments by their stem: the pair
        // weighs what investments weighs, as if the query had written the concept, not what a rare name weighs
        const string listed = "ZELTRAN INVESTMENTS HOLDING";
        var asWord = Compare("INVESTA ZELTRAN", listed).Explanation.Tokens.Single(t => t.QueryToken == "investa");
        var asConcept = Compare("INVESTMENTS ZELTRAN", listed).Explanation.Tokens.Single(t => t.QueryToken == "investments");

        Assert.Equal("investments", asWord.CandidateToken);
        Assert.Equal(asConcept.Weight, asWord.Weight, 6);
    }

    [Fact]
    public void A_concept_written_as_its_acronym_is_spelled_by_that_acronym_and_not_by_its_first_letter()
    {
        // RPC and SPC are spellings of the concept NPK (research and production corporation / concern): the R of RPC is no
        // initial of the concept, so RM is not "research and production concern" + "machine building"
        var result = Compare("SCIENTIFIC PRODUCTION CONCERN MACHINE ENGINEERING ZELVANOR JSC", "JSC RM ZELVANOR");
        Assert.True(result.Score < Thresholds.Review, $"{result.Score:F3}");
        Assert.DoesNotContain(result.Explanation.Notes, n => n.Contains("abbreviation", StringComparison.Ordinal));

        // the acronyms themselves still meet the concept
        Alerts("RPC ZELVANOR JSC", "JSC SCIENTIFIC PRODUCTION CONCERN ZELVANOR");
        Alerts("NPK ZELVANOR", "RESEARCH AND PRODUCTION CORPORATION ZELVANOR");
    }
    [Theory]
    [InlineData("ZELVSIBTEKH LLC", "LLC ZELVENSKIE SIBIRSKIE TEKHNOLOGII")] // Zelv-sib-tekh: three beginnings
    [InlineData("SOVKOMFLOT", "SOVREMENNYY KOMMERCHESKIY FLOT")] // the last word whole
    [InlineData("LLC ZELVTITAN", "ZELVENSKIY TITAN OOO")]
    [InlineData("ZELVENSKIE SIBIRSKIE TEKHNOLOGII", "ZELVSIBTECH LTD")] // the contraction on the list's side; ch as kh
    public void A_contraction_meets_the_words_whose_beginnings_make_it_at_review(string query, string candidate)
    {
        var r = Compare(query, candidate);

        Assert.Equal(MatchBand.Review, Thresholds.BandOf(r.Score));
        Assert.Contains(r.Explanation.Notes, n => n.StartsWith("contraction of the beginnings of words", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ZELVENSKY RADIOZAVOD JSC", "JOINT STOCK COMPANY ZELVENSK RADIOWORKS")] // radio-zavod, radio-works: radio and a plant both
    [InlineData("ZELVAN STEELWORKS", "ZELVAN STEEL PLANT")]
    public void A_compound_with_works_is_its_word_and_a_plant(string query, string listed) =>
        Assert.True(Thresholds.BandOf(Compare(query, listed).Score) >= MatchBand.Review, $"{Compare(query, listed).Score:F3}");

    [Fact]
    public void A_short_word_ending_in_works_is_no_compound() =>
        Assert.Equal(MatchBand.None, Thresholds.BandOf(Compare("ZELVAN NETWORKS", "ZELVAN NET PLANT").Score)); // net-works: too short a word to split

    [Theory]
    [InlineData("AO ROSELEKTRONIKA", "OPEN JOINT STOCK COMPANY RUSSIAN ELECTRONICS")] // Ros-elektronik-a: российск*, электроник* and an ending
    [InlineData("ROSOBORONEXPORT", "RUSSIAN DEFENCE EXPORT")] // three translated words
    [InlineData("RUSSIAN DEFENCE EXPORT", "ROSOBORONEKSPORT OAO")] // the contraction on the list's side
    [InlineData("俄罗斯国防出口公司", "ROSOBORONEXPORT")] // the words as a Chinese document writes them
    [InlineData("MACHINE ENGINEERING TECHNOLOGIES", "TEKHMASH OAO")] // технологии машиностроения: English puts the genitive first
    [InlineData("AO ROSEKSIMBANK", "EXIMBANK OF RUSSIA")] // Ros-eksimbank, the contraction on the query's side
    [InlineData("Russian Technologies State Corporation", "STATE CORPORATION ROSTEC")] // Ros-tec: a final k for the kh of tekhnologii
    public void A_contraction_meets_the_words_it_contracts_translated_at_review(string query, string candidate)
    {
        var r = Compare(query, candidate);
        Assert.Equal(MatchBand.Review, Thresholds.BandOf(r.Score));
        Assert.Contains(r.Explanation.Notes, n => n.StartsWith("contraction of the beginnings of words", StringComparison.Ordinal));

        // and the index finds it among firms with the same words
        var subjects = new List<MatchSubject> { new("l/0", PartyType.Organization, [new EntryName(candidate, NameType.Primary)], []) };
        for (var i = 0; i < 400; i++)
            subjects.Add(new MatchSubject("f/" + i, PartyType.Organization, [new EntryName($"ZELV{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))} ELECTRONICS EXPORT LLC", NameType.Primary)], []));
        var found = Matcher.Index(subjects).Search(MatchSubject.FromName(query, PartyType.Organization), Thresholds.Review);
        Assert.Equal("l/0", found[0].CandidateKey);
    }

    [Theory]
    [InlineData("ZELVKOM HOLDING", "ZELVENSKIE KOMMUNIKATSII HOLDING")] // with descriptors and legal forms only: review at most
    [InlineData("ZELVSIBTEKH TRADING LLC", "ZELVENSKIE SIBIRSKIE TEKHNOLOGII TRADING LLC")]
    [InlineData("INTERNATIONAL COMMUNICATIONS HOLDING", "INTERKOM HOLDING")] // the contraction on the list's side, the query's words concepts
    [InlineData("ZELVENSKIE KOMMUNIKATSII HOLDING", "ZELVKOM HOLDING")]
    public void A_name_found_only_through_a_contraction_is_review_at_most(string query, string candidate) =>
        Assert.Equal(MatchBand.Review, Thresholds.BandOf(Compare(query, candidate).Score));

    [Theory]
    [InlineData("VPK NPO MASHINOSTROENIYA JSC", "JOINT STOCK COMPANY MILITARY-INDUSTRIAL CORPORATION NPO MASHINOSTROYENIA")] // VPK: military-industrial corporation
    [InlineData("VPK NPO Zavod", "MILITARY INDUSTRIAL CORPORATION RESEARCH AND PRODUCTION ASSOCIATION PLANT")]
    public void An_acronym_of_descriptors_in_a_descriptive_name_is_a_descriptor_not_the_name(string query, string candidate) =>
        Alerts(query, candidate);

    [Theory]
    [InlineData("VPK AKB", "MILITARY INDUSTRIAL CORPORATION ZELVENSKIY KOMMERCHESKIY BANK")] // AKB spells words of the name: review
    [InlineData("MIC ZELVENSKIY", "MILITARY INDUSTRIAL CORPORATION ZELVENSKIY TITAN")] // the list's distinctive word the query lacks
    public void An_acronym_of_descriptors_carries_no_other_name(string query, string candidate) =>
        DoesNotAlert(query, candidate);

    [Theory]
    [InlineData("RUSTITAN", "RUSSIAN TITANIUM")] // rustitan ~ russian fuzzily: the contraction takes it
    [InlineData("ELEKTROMOSKVA", "ELEKTROTEKHNIKA MOSKVA")] // -skva is no adjective's ending
    [InlineData("SMARTTURBOTEKH", "SMART TURBO TECHNOLOGY")] // a final kh, keyed k, is the h of tekhnologii
    public void A_contraction_is_read_where_another_rule_stood_in_its_way(string query, string candidate) =>
        Assert.Contains(Compare(query, candidate).Explanation.Notes, n => n.StartsWith("contraction of the beginnings of words", StringComparison.Ordinal));

    [Theory]
    [InlineData("ZELVSIBTEKH ZORANOVA LLC", "LLC ZELVENSKIE SIBIRSKIE TEKHNOLOGII ZORANOVA")] // with a word of its own found: alert
    [InlineData("ZELVENSKIE SIBIRSKIE TEKHNOLOGII ZORANOVA", "ZELVSIBTEKH ZORANOVA LLC")] // the same, the contraction on the list's side
    [InlineData("SHIPPING COMPANY ZORANOVA", "SC ZORANOVA LLC")] // an acronym on the list's side beside a name found
    public void A_contraction_beside_a_name_found_alerts(string query, string candidate) => Alerts(query, candidate);

    [Theory]
    [InlineData("NAVIS", "NAVIGATION SYSTEMS")] // s is no part of three letters
    [InlineData("URALSKI INSTITUTE", "URAL SCIENTIFIC INSTITUTE")] // a Russian adjective (-ski) is no ural + sci(entific)
    [InlineData("TITANSIBZELV", "ZELVENSKIY SIBIRSKIY TITAN")] // three beginnings in another order (two may be: Tekhmash)
    [InlineData("Ivan Petrovsky", "IVANOV, Petr")] // no person's name is a contraction
    [InlineData("EUROKOM", "EUROPEAN HOME")] // k is no h but in a final kh or ch
    [InlineData("SIBHOLD", "SIBERIAN KOLDUN")]
    [InlineData("ROSELEKTROMASHINA", "RUSSIAN ELECTRONICS")] // more than a case ending after a whole stem
    [InlineData("ELEKTRONROS", "RUSSIAN ELECTRONICS")] // the stems in another order
    public void A_word_is_no_contraction_of_words_it_does_not_spell_by_their_beginnings(string query, string candidate)
    {
        var r = Compare(query, candidate, candidate.Contains(',', StringComparison.Ordinal) ? PartyType.Person : PartyType.Organization);

        Assert.DoesNotContain(r.Explanation.Notes, n => n.StartsWith("contraction of the beginnings of words", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AO MOSKOVSKI ORDENA TRUDOVOGO KRASNOGO ZNAMENI NAUCHNO-ISSLEDOVATELSKI RADIOTEKHNICHESKI INSTITUT", "JOINT STOCK COMPANY MOSCOW ORDER OF THE RED BANNER OF LABOR RESEARCH RADIO ENGINEERING INSTITUTE")] // translated
    [InlineData("Moscow Research Radio Engineering Institute", "JSC MOSCOW ORDER OF THE RED BANNER OF LABOR RESEARCH RADIO ENGINEERING INSTITUTE")] // left out
    [InlineData("ZORANOVSKIY ZAVOD ORDENA LENINA", "ZORANOVSKY PLANT")] // left out by the list
    [InlineData("Zoranovsky Plant of the Order of Lenin", "ZORANOVSKIY ZAVOD ORDENA LENINA")] // translated, the order written after
    public void A_Soviet_decoration_in_a_name_is_a_qualifier_either_side_may_leave_out(string query, string candidate) => Alerts(query, candidate);

    [Fact]
    public void A_Soviet_decoration_shared_by_two_names_makes_them_no_nearer()
    {
        // the decoration is a qualifier: the same order, awarded to a dockyard and to an institute, is no name of either
        Assert.True(Compare("AO MOSKOVSKI ORDENA TRUDOVOGO KRASNOGO ZNAMENI NAUCHNO-ISSLEDOVATELSKI RADIOTEKHNICHESKI INSTITUT", "JOINT STOCK COMPANY 10 ORDENA TRUDOVOGO KRASNOGO ZNAMENI DOCKYARD").Score < 0.3);
        Assert.True(Compare("ZORANOVSKIY ZAVOD ORDENA LENINA", "ZELVENSKIY ZAVOD ORDENA LENINA").Score < 0.3);
    }

    [Fact]
    public void A_firm_named_Red_Banner_keeps_its_name()
    {
        // Krasnoye Znamya, Red Banner, is a firm's name too: only the order (ordena Krasnogo Znameni) or its adjective
        // (krasnoznamennyy) is the decoration
        var name = NameAnalyzer.Prepare("RED BANNER PLANT", NameType.Primary, PartyType.Organization);

        Assert.DoesNotContain(name.Tokens, t => IndustrialVocabulary.IsDecoration(t.Key));
        DoesNotAlert("RED BANNER PLANT", "RED STAR PLANT");
    }

    [Fact]
    public void The_of_the_of_a_decoration_opens_no_qualifier()
    {
        // "… Moscow Order of the Red Banner of Labor Research Radio Engineering Institute": of the is the order's, not
        // the body the firm belongs to (… of the Russian Federation), so the words after it are the name's own
        var name = NameAnalyzer.Prepare("JOINT STOCK COMPANY MOSCOW ORDER OF THE RED BANNER OF LABOR RESEARCH RADIO ENGINEERING INSTITUTE", NameType.Primary, PartyType.Organization);

        Assert.Contains(name.Tokens, t => t.Text == "institute");
        Assert.False(name.IsOptional(name.Tokens.ToList().FindIndex(t => t.Text == "institute")));
        Assert.True(name.IsOptional(name.Tokens.ToList().FindIndex(t => t.Key == "#orderlabor")));
    }

    [Theory]
    [InlineData("RFYATS ZORANOVA", "ZORANOVA RUSSIAN FEDERAL NUCLEAR CENTER")] // nuclear: ядерный, a word of the vocabulary
    [InlineData("ZORANOVA RUSSIAN FEDERAL NUCLEAR CENTER", "RFYATS ZORANOVA")]
    public void A_word_of_the_vocabulary_is_abbreviated_by_its_Russian_initial(string query, string candidate) =>
        AlertsBy(query, candidate, "abbreviation spelled by initials");

    [Fact]
    public void An_acronym_of_a_word_of_the_vocabulary_finds_its_name_in_an_index()
    {
        var index = Index("RUSSIAN FEDERAL NUCLEAR CENTER ZORANOVA", "RUSSIAN FEDERAL CENTER ZORANOVA");

        var found = index.Search(MatchSubject.FromName("JSC RFYATS", PartyType.Organization), 0.0);

        Assert.Contains(found, r => r.CandidateKey == "l/0");
    }

    [Fact]
    public void A_word_of_the_vocabulary_is_abbreviated_by_one_Russian_initial_not_by_each_translation()
    {
        // networking: сетевой (s), not электросетевой (e), though the line has both: EC is no Networking Company
        DoesNotAlert("LLC EC IRKUT", "THE LIMITED LIABILITY COMPANY NETWORKING COMPANY IRKUT");
    }

    [Fact]
    public void An_abbreviation_of_a_phrase_of_several_concepts_names_the_phrase_once()
    {
        var r = Compare("VNIITF ZABABAKHIN", "ZABABAKHIN ALL-RUSSIA RESEARCH INSTITUTE OF TECHNICAL PHYSICS");

        Assert.Contains(r.Explanation.Tokens, t => t.QueryToken == "vniitf" && t.CandidateToken == "all russia research institute technical physics");
    }

    [Theory]
    [InlineData("ZORANOVA INSTITUTE", "JOINT STOCK COMPANY RESEARCH INSTITUTE ZORANOVA")] // the kind of firm, without what qualifies it
    [InlineData("JSC RESEARCH INSTITUTE ZORANOVA", "ZORANOVA INSTITUTE")]
    public void A_kind_of_firm_written_alone_meets_the_phrase_that_qualifies_it(string query, string candidate) =>
        AlertsBy(query, candidate, "a phrase met by its words written apart");

    /// <summary>Asserts that the pair alerts and that the explanation names the rule (a note beginning <paramref name="note"/>).</summary>
    private static void AlertsBy(string query, string candidate, string note)
    {
        var r = Compare(query, candidate);

        Assert.Contains(r.Explanation.Notes, n => n.StartsWith(note, StringComparison.Ordinal));
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(r.Score));
    }

    [Fact]
    public void A_qualifier_written_alone_does_not_meet_the_phrase_it_is_part_of()
    {
        // technical is what radio engineering (радиотехнический) qualifies, not the kind of firm: another institute
        var r = Compare("ZORANOVA TECHNICAL INSTITUTE", "ZORANOVA RADIO ENGINEERING INSTITUTE");

        Assert.DoesNotContain(r.Explanation.Notes, n => n.StartsWith("a phrase met by its words written apart", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ZORANOVA SPETSSTAL OOO", "ZORANOVA SPECIAL STEELS")] // steel: стальной, a word of the vocabulary, contracted
    [InlineData("ROSSELKHOZBANK", "RUSSIAN AGRICULTURAL BANK")] // ros + selkhoz: the key writes the doubled s once
    public void A_contraction_takes_the_beginnings_of_words_of_the_vocabulary_too(string query, string candidate) =>
        Assert.Contains(Compare(query, candidate).Explanation.Notes, n => n.StartsWith("contraction of the beginnings of words", StringComparison.Ordinal));

    [Fact]
    public void A_shared_letter_between_two_parts_is_read_once_only_where_the_parts_share_it()
    {
        // ram + elkhoz is no ram + selkhoz: the s a part drops must be the letter the part before it ends in
        Assert.False(NameScorer.Contracts("ramelhozbank", [["ramz*"], ["selhoz*"], ["bank"]]));
        Assert.True(NameScorer.Contracts("roselhozbank", [["rosiisk*"], ["selhoz*"], ["bank"]]));
    }

    [Fact]
    public void The_index_finds_a_contraction_whose_parts_share_a_letter()
    {
        // the key of Rosselkhozbank reads roselhozbank: its second part (selhoz) begins at the first part's last letter
        var index = Index("AO ROSSELKHOZBANK", "ROSSIYSKIY KREDIT BANK", "SELKHOZ TRADING LLC");
        var found = index.Search(MatchSubject.FromName("Russian Agricultural Bank", PartyType.Organization), Thresholds.Review);
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);

        // and the other way: the contraction asked finds the words listed
        var words = Index("RUSSIAN AGRICULTURAL BANK", "ROSSIYSKIY KREDIT BANK", "SELKHOZ TRADING LLC");
        var byContraction = words.Search(MatchSubject.FromName("ROSSELKHOZBANK", PartyType.Organization), Thresholds.Review);
        Assert.Equal("l/0", Assert.Single(byContraction).CandidateKey);
    }

    [Theory]
    [InlineData("Habib Ben Ahmed Loubiri", "Boubaker Ben Habib Ben Al-Hakim")] // Al spelled no Ahmed Loubiri (0.929)
    [InlineData("Хабиб Бен Ахмед Лубири", "Boubaker Ben Habib Ben Al-Hakim")]
    [InlineData("Omar Bin Karim Suleiman", "Bin Omar Khalid Salim")] // nor bin Karim Suleiman's initials
    public void A_particle_of_a_persons_name_abbreviates_none_of_his_other_names(string query, string candidate)
    {
        var result = Compare(query, candidate, PartyType.Person);
        Assert.True(result.Score < Thresholds.Alert, $"{query} / {candidate}: {result.Score:F3}");
        Assert.DoesNotContain(result.Explanation.Notes, n => n.StartsWith("abbreviation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Abu Hasan", "Hasan Abu Habib")] // father of Hasan is not the Hasan who is father of Habib (0.989)
    [InlineData("Абу Джибрил Абдуррахман", "Abu Abdulrahman")]
    [InlineData("Ahmed Bin Salem Yusuf", "Salem Bin Yusuf Ahmed")]
    public void Abu_or_bin_binds_the_name_after_it(string query, string candidate)
    {
        var result = Compare(query, candidate, PartyType.Person);
        Assert.True(result.Score < Thresholds.Alert, $"{query} / {candidate}: {result.Score:F3}");
    }

    [Theory]
    [InlineData("Abu Hasan", "Abu al-Hasan")] // an article between
    [InlineData("Abu Bakr al-Baghdadi", "AL-BAGHDADI, Abu Bakr")] // the list's surname first
    [InlineData("Osama bin Laden", "BIN LADIN, Usama")]
    [InlineData("Abu Ala", "ALA, Abu")] // no name after Abu on one side: kept
    public void Abu_or_bin_with_the_same_name_after_it_still_meets(string query, string candidate) =>
        Alerts(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("ヤシン・シャワル（以前掲載の氏名）", "ヤシン・シャワル (以前掲載の氏名)", "Yassin Syawal", PartyType.Person)] // (previously listed name)
    [InlineData("ディラーワル・カーン（1972年1月1日出生）", "ディラーワル・カーン (1972年1月1日出生)", "Dilawar Khan", PartyType.Person)]
    [InlineData("ZORANOVA TRADING【MOSCOW BRANCH】", "ZORANOVA TRADING [MOSCOW BRANCH]", "ZORANOVA TRADING LLC", PartyType.Organization)] // 0.505 before
    public void Full_width_brackets_are_brackets(string wide, string ascii, string candidate, PartyType kind) =>
        Assert.Equal(Compare(ascii, candidate, kind).Score, Compare(wide, candidate, kind).Score, 6);

    [Fact]
    public void A_full_width_bracketed_note_is_a_qualifier()
    {
        // OpenSanctions' Japanese names carry notes in full-width brackets: (previously listed name), (2017)
        var result = Compare("ヤシン・シャワル（以前掲載の氏名）", "Yassin Syawal", PartyType.Person);
        Assert.True(result.Score >= Thresholds.Review, $"{result.Score:F3}");
    }

    [Fact]
    public void A_note_in_Han_or_kana_left_out_costs_as_one_word_not_one_per_syllable()
    {
        // 以前掲載の氏名 (previously listed name) is seven tokens, a syllable each: it costs as 氏名 (name) does
        var seven = Compare("ヤシン・シャワル（以前掲載の氏名）", "Yassin Syawal", PartyType.Person).Score;
        Assert.Equal(Compare("ヤシン・シャワル（氏名）", "Yassin Syawal", PartyType.Person).Score, seven, 6);

        // a qualifier of Latin words still costs by its words: a branch named is more than a city named
        Assert.True(Compare("ZORANOVA TRADING (MOSCOW BRANCH)", "ZORANOVA TRADING LLC").Score < Compare("ZORANOVA TRADING (MOSCOW)", "ZORANOVA TRADING LLC").Score);
    }

    [Theory]
    [InlineData("Федеральний державний бюджетний навчальний заклад \"Міжнародний дитячий центр \"Зоранова\"", "THE FEDERAL STATE BUDGET EDUCATIONAL INSTITUTION ZORANOVA INTERNATIONAL CHILDREN'S CENTER")]
    [InlineData("Державне підприємство Зоранова міжнародний центр", "STATE ENTERPRISE ZORANOVA INTERNATIONAL CENTER")]
    public void Ukrainian_words_of_institutions_meet_their_translations(string query, string candidate) => Alerts(query, candidate);

    [Fact]
    public void Upravlenie_aktivami_is_asset_management() => Alerts("ZORANOVA ASSET MANAGEMENT JSC", "ZORANOVA UPRAVLENIE AKTIVAMI");

    [Fact]
    public void Avto_is_auto() => Alerts("ZT-AUTO OPEN JOINT STOCK COMPANY", "AKTSIONERNOE OBSHCHESTVO ZT-AVTO");

    [Fact]
    public void An_acronym_of_the_kind_of_organisation_is_no_further_description_of_a_descriptive_name()
    {
        // NPO (research and production association) says what kind of body the firm is, as a legal form does: High
        // Precision Systems is JSC NPO HIGH PRECISION SYSTEMS; a further descriptor still makes another firm
        var index = Index("JSC NPO HIGH PRECISION SYSTEMS", "JSC NPO HIGH PRECISION TRANSPORT SYSTEMS", "NPO ZORANOVA", "NPO KRONVALIS", "JSC NPO DELTAKORM");

        var found = index.Search(MatchSubject.FromName("High Precision Systems", PartyType.Organization), Thresholds.Alert);

        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
        Assert.DoesNotContain(found[0].Explanation.Notes, n => n.StartsWith("no distinctive word of the query found", StringComparison.Ordinal));
    }

    [Fact]
    public void Kinds_of_body_each_side_names_alone_are_no_conflict_of_descriptors()
    {
        // NPO (scientific production association) against Scientific and Production Enterprise: each kind costs as it is
        // left out, not as two descriptions that tell firms apart
        var result = Compare("NPO ZORANOVA JSC", "JOINT STOCK COMPANY SCIENTIFIC AND PRODUCTION ENTERPRISE ZORANOVA");
        Assert.DoesNotContain(result.Explanation.Notes, n => n.StartsWith("descriptors differ on both sides", StringComparison.Ordinal));

        // other descriptors still do: transport machine-building is not instrument making
        var other = Compare("ZORANOVA INSTRUMENT MAKING PLANT", "ZORANOVA TRANSPORT ENTERPRISE");
        Assert.Contains(other.Explanation.Notes, n => n.StartsWith("descriptors differ on both sides", StringComparison.Ordinal));
    }

    [Fact]
    public void A_concept_written_as_a_noun_meets_its_adjective()
    {
        // proizvodstvu (to the production of) and avtomobilei (of automobiles): nouns of the concepts' adjectives
        Alerts("OBEDINENIE PO PROIZVODSTVU AVTOMOBILEI ZORANOVA", "ZORANOVA AUTOMOBILE PRODUCTION ASSOCIATION");
    }

    [Theory]
    [InlineData("ZORANOVA MIDDLE EAST FZCO", "ZORANOVA MIDDLE EAST FREE ZONE COMPANY")]
    [InlineData("KRONVALIS STEEL FZE", "KRONVALIS STEEL FREE ZONE ESTABLISHMENT")]
    public void A_free_zone_form_is_its_abbreviation(string query, string candidate) => Alerts(query, candidate);

    [Fact]
    public void Legal_forms_of_other_classes_and_a_name_met_only_fuzzily_are_no_alert()
    {
        var index = Index("LIMITED LIABILITY COMPANY KRONVATEK");
        MatchResult Listed(string query) =>
            index.Search(MatchSubject.FromName(query, PartyType.Organization), 0.5).Single(r => r.CandidateKey == "l/0");
        double Score(string query) => Listed(query).Score;

        // a joint-stock company against a limited liability company, the name one letter apart: review at most
        var both = Listed("AO KRONVALTEK");
        Assert.Equal(MatchBand.Review, Thresholds.BandOf(both.Score));
        Assert.Contains(both.Explanation.Notes, n => n.StartsWith("legal forms of different classes", StringComparison.Ordinal));

        // either sign alone still alerts: the same name under another form (a firm reorganised), or another spelling of the
        // same form; and a company, which any firm may be called, is of no other class
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(Score("AO KRONVATEK")));
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(Score("OOO KRONVALTEK")));
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(Score("KRONVALTEK COMPANY")));
    }

    [Fact]
    public void A_concept_does_not_meet_another_English_word_spelled_like_it()
    {
        // security (a concept) and secret are two words of English, not two spellings of one
        var r = Compare("JOINT STOCK COMPANY SECURITY TECHNOLOGIES", "SECRET TECHNOLOGIES");
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.None, $"{r.Score:F3}");

        // a spelling English does not have still meets the concept: security written as Russian writes it
        Alerts("ZORANOVA SECURITY TECHNOLOGIES", "ZORANOVA SEKURITI TECHNOLOGIES");
    }

    [Fact]
    public void A_country_in_brackets_names_a_national_subsidiary_not_a_qualifier()
    {
        // ZORANOVA BANK (AUSTRIA) AG is the bank's Austrian subsidiary: no alert for the bank itself, either way round
        DoesNotAlert("ZORANOVA BANK PUBLIC JOINT STOCK COMPANY", "ZORANOVA BANK (AUSTRIA) AG");
        DoesNotAlert("ZORANOVA BANK, PJSC (UKRAINE)", "ZORANOVA BANK PUBLIC JOINT STOCK COMPANY");

        // the subsidiary itself, and a bracketed part that is no country, still meet
        Alerts("ZORANOVA BANK (AUSTRIA)", "ZORANOVA BANK (AUSTRIA) AG");
        Alerts("ZORANOVA BANK (ZB)", "ZORANOVA BANK PJSC");
    }

    [Theory]
    [InlineData("ZORANOVA CONSTR CO LTD", "ZORANOVA CONSTRUCTION COMPANY LIMITED")]
    [InlineData("ZORANOVA MANUFACT GROUP", "ZORANOVA MANUFACTURING GROUP")]
    public void An_English_word_cut_short_is_that_word(string query, string candidate) => Alerts(query, candidate);

    [Theory]
    [InlineData("RADIY", "RADIOSVYAZ")] // the longer is no English word
    [InlineData("TRANS", "TRANSPARENCY")] // five letters: a prefix of many words (TRANS LOGISTIC), not one cut short
    public void A_word_cut_short_is_only_an_English_words_beginning_that_is_no_word(string query, string candidate)
    {
        var r = Compare("ZORANOVA " + query, "ZORANOVA " + candidate);
        Assert.DoesNotContain(r.Explanation.Tokens, t => t.QueryToken == query.ToLowerInvariant() && t.CandidateToken == candidate.ToLowerInvariant());
    }
}
