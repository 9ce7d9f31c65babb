using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Matching;

/// <summary>
/// General name-variant rules found by the quality audit (name-pairs.tsv): person names that differ in their ending,
/// middle names left out, vowel-only romanisation variants, joined words, abbreviations.
/// </summary>
public class NameVariantTests
{
    private static readonly NameMatcher Matcher = new();
    private static readonly MatchThresholds Thresholds = new();

    private static MatchResult Compare(string query, string candidate, PartyType kind) =>
        Matcher.Compare(MatchSubject.FromName(query, kind), MatchSubject.FromName(candidate, kind));

    private static void AssertAlert(string query, string candidate, PartyType kind)
    {
        var r = Compare(query, candidate, kind);
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Alert, $"{query} vs {candidate}: {r.Score:F3}, expected alert");
    }

    private static void AssertNoAlert(string query, string candidate, PartyType kind)
    {
        var r = Compare(query, candidate, kind);
        Assert.True(Thresholds.BandOf(r.Score) != MatchBand.Alert, $"{query} vs {candidate}: {r.Score:F3}, expected no alert");
    }

    [Theory]
    [InlineData("Daniel Weber", "Daniela Weber")]
    [InlineData("Alexander Ivanov", "Alexandra Ivanova")]
    [InlineData("Mario Rossi", "Maria Rossi")]
    [InlineData("Christian Mueller", "Christine Mueller")]
    [InlineData("Viktor Medvedchuk", "Viktor Medvedev")]
    [InlineData("Li Shangfu", "Li Shangkun")]
    public void Person_names_that_differ_in_their_ending_are_other_names(string query, string candidate)
    {
        AssertNoAlert(query, candidate, PartyType.Person);
        AssertNoAlert(candidate, query, PartyType.Person);
    }

    [Theory]
    [InlineData("Jonathan Smith", "Jonathon Smith")]
    [InlineData("Michael Johnson", "Micheal Johnson")]
    [InlineData("Christopher Brown", "Christoper Brown")]
    [InlineData("Abdulla Aripov", "Abdullah Aripov")]
    public void Person_typos_that_keep_the_ending_still_alert(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Fact]
    public void The_ending_rule_is_for_persons_only_a_firm_name_in_another_case_still_alerts()
    {
        // Russian genitive: Kompleks imeni Ilyushina; a firm's words change their ending with the grammar
        AssertAlert("Aviatsionnyi Kompleks Ilyushina", "Aviatsionnyi Kompleks Ilyushin", PartyType.Organization);
        AssertNoAlert("Aviatsionnyi Kompleks Ilyushina", "Aviatsionnyi Kompleks Ilyushin", PartyType.Person);
    }

    [Theory]
    [InlineData("Ali Hosseini Khamenei", "Ali Khamenei")]
    [InlineData("Ahmed Hassan Ali", "Ahmed Ali")]
    [InlineData("John A. Smith", "John Smith")]
    [InlineData("Kowalski, Jan Piotr", "Jan Kowalski")]
    [InlineData("María del Carmen Rodríguez López", "Maria del Carmen Rodriguez")]
    public void A_middle_name_or_second_surname_left_out_still_alerts(string longer, string shorter)
    {
        AssertAlert(longer, shorter, PartyType.Person);
        AssertAlert(shorter, longer, PartyType.Person);
        Assert.Contains(Compare(longer, shorter, PartyType.Person).Explanation.Notes, n => n.Contains("further names", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ali Reza Ahmadi", "Ali Akbar Ahmadi")]
    [InlineData("Kim Jong Un", "Kim Jong Il")]
    [InlineData("John Smith Jr.", "John Smith Sr.")]
    public void Names_that_differ_on_both_sides_are_no_left_out_middle_name(string query, string candidate) =>
        AssertNoAlert(query, candidate, PartyType.Person);

    [Fact]
    public void Left_out_names_are_cheap_for_persons_only()
    {
        // a firm with a further word is another firm more often than a person with a middle name is another person
        var person = Compare("Ali Hosseini Khamenei", "Ali Khamenei", PartyType.Person).Score;
        var firm = Compare("Ali Hosseini Khamenei", "Ali Khamenei", PartyType.Organization).Score;
        Assert.True(person > firm, $"{person:F3} vs {firm:F3}");
    }

    [Fact]
    public void A_second_initial_on_the_list_is_a_patronymic_the_query_may_leave_out() =>
        AssertAlert("Aleksandr Bortnikov", "A. V. Bortnikov", PartyType.Person);

    [Theory]
    [InlineData("Mohammed Ali", "Muhammad Ali", PartyType.Person)]
    [InlineData("Mohammed Yousef", "Mohamed Yusuf", PartyType.Person)]
    [InlineData("Osama bin Laden", "Usama Bin Ladin", PartyType.Person)]
    [InlineData("Yusuf Ahmed", "Youssef Ahmad", PartyType.Person)]
    [InlineData("Hezbollah", "Hizballah", PartyType.Organization)]
    public void Romanisations_that_differ_only_in_vowels_alert(string query, string candidate, PartyType kind) =>
        AssertAlert(query, candidate, kind);

    [Theory]
    [InlineData("mohamed", "muhamad", true)]
    [InlineData("hezbolak", "hizbalak", true)]
    [InlineData("eusef", "iusuf", true)] // Yousef / Yusuf: two consonants, both start with a vowel
    [InlineData("hasan", "husein", true)] // same consonants, but the edit-distance floor keeps Hassan and Hussein apart
    [InlineData("mahmud", "mohamed", true)] // the edit-distance floor keeps Mahmoud and Mohammed apart
    [InlineData("nova", "neva", false)] // two consonants need five letters
    [InlineData("rostec", "rostek", false)]
    [InlineData("tehmaS", "tekmaS", true)] // Tekhmash / Tecmash: the key's h (from kh) and k (from c) are one consonant
    [InlineData("zahir", "zakir", false)] // ... in long words only: in short ones they are other names
    [InlineData("Sakir", "Sahir", false)] // Shakir / Shahir
    [InlineData("mario", "maria", true)]
    [InlineData("bazalt", "basalt", false)]
    [InlineData("iantar", "inter", false)] // Yantar / Inter: the y of я keeps its a, which Inter lacks
    [InlineData("iunistrim", "unistrim", true)] // Yunistrim / Unistrim: ю written yu or u
    public void Same_consonants_ignores_vowels_only(string a, string b, bool same) =>
        Assert.Equal(same, NameScorer.SameConsonants(a, b));

    [Theory]
    [InlineData("Ali Hassan", "Ali Hussein")]
    [InlineData("Kamal Ahmed", "Kamil Ahmed")] // a against i: other names, not other spellings
    [InlineData("Rashid Khan", "Rashad Khan")]
    [InlineData("Hamid Karimi", "Hamad Karimi")]
    [InlineData("Mohammed Ali", "Mahmoud Ali")]
    [InlineData("Muhammad Yusuf", "Muhammad Yunus")]
    public void Names_with_other_consonants_or_too_many_vowel_changes_stay_apart(string query, string candidate) =>
        AssertNoAlert(query, candidate, PartyType.Person);

    [Fact]
    public void Short_words_with_two_consonants_are_no_vowel_variants() =>
        Assert.Equal(0.0, new NameScorer(NameMatcherOptions.Default, null).TokenSimilarity(
            new PreparedToken("nova", "nova", TokenKind.Word), new PreparedToken("neva", "neva", TokenKind.Word)));

    [Theory]
    [InlineData("SEA PRINCESS", "SEAPRINCESS", PartyType.Vessel)]
    [InlineData("Chon Ma San", "CHONMASAN", PartyType.Vessel)]
    [InlineData("Kum Un San 3", "KUMUNSAN 3", PartyType.Vessel)]
    [InlineData("Novorossiysk Commercial Sea Port", "Novorossiysk Commercial Seaport", PartyType.Organization)]
    [InlineData("Talvera Electro-Mechanical Plant", "Talvera Electromechanical Plant JSC", PartyType.Organization)] // one word of the vocabulary
    public void A_word_written_as_two_or_three_words_alerts(string query, string candidate, PartyType kind)
    {
        AssertAlert(query, candidate, kind);
        AssertAlert(candidate, query, kind);
        Assert.Contains(Compare(query, candidate, kind).Explanation.Notes, n => n.Contains("joined", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kum Un San 3", "KUMUNSAN 8")]
    public void Joined_words_with_another_number_stay_apart(string query, string candidate) =>
        AssertNoAlert(query, candidate, PartyType.Vessel);

    [Theory]
    [InlineData("Mohamed Abdel Rahman", "Muhammad Abd al-Rahman")]
    [InlineData("Abdel Fattah el-Sisi", "Abd al-Fattah al-Sisi")]
    [InlineData("Abdelrahman Ali", "Abd al Rahman Ali")]
    [InlineData("Abdul Aziz Al Saud", "Abdulaziz Al-Saud")]
    public void Abd_al_compounds_and_the_article_meet_however_written(string query, string candidate)
    {
        AssertAlert(query, candidate, PartyType.Person);
        AssertAlert(candidate, query, PartyType.Person);
    }

    [Theory]
    [InlineData("RAMADAN, Nizar Abd-Al-Aziz", "AZIZ, Abdul")]
    [InlineData("SALAMEH, Salem Ahmad Abdel Hadi", "HADI, Abdul")]
    [InlineData("KHALIL, Omar Abdul Karim", "Abdul Karim")]
    public void An_abd_al_compound_alone_is_one_name_not_every_name_of_a_longer_one(string query, string candidate)
    {
        // Abdul Aziz is one given name: matched inside a person's name of three, the surname and the other given names
        // left out cost what they cost, not the little a middle name costs beside every other name matched
        AssertNoAlert(query, candidate, PartyType.Person);
        AssertNoAlert(candidate, query, PartyType.Person);
    }

    [Theory]
    [InlineData("abdelrahman", new[] { "abd", "al", "rahman" })]
    [InlineData("abdulaziz", new[] { "abd", "al", "aziz" })]
    [InlineData("abdel", new[] { "abd", "al" })]
    [InlineData("abdullah", null)]
    [InlineData("abdollahifard", null)]
    [InlineData("abdulla", null)]
    [InlineData("abduction", null)]
    [InlineData("abdurrahman", new[] { "abd", "al", "rahman" })] // the article assimilated: Abd ar-Rahman
    [InlineData("abdussalam", new[] { "abd", "al", "salam" })]
    [InlineData("abdullaev", null)] // surnames made from the name stay whole
    [InlineData("abdulova", null)]
    public void Abd_compounds_are_split_but_abdullah_stays_whole(string word, string[]? parts) =>
        Assert.Equal(parts, NameAnalyzer.SplitCompound(word)?.ToArray());

    [Fact]
    public void Abd_al_names_with_another_name_stay_apart() =>
        AssertNoAlert("Abdel Rahman Ali", "Abdel Karim Ali", PartyType.Person);

    [Theory]
    [InlineData("St. Petersburg Stock Exchange", "Saint Petersburg Stock Exchange", PartyType.Organization)]
    [InlineData("Saint Nikolay", "St. Nikolai", PartyType.Vessel)]
    public void St_is_saint(string query, string candidate, PartyType kind) =>
        AssertAlert(query, candidate, kind);

    [Theory]
    [InlineData("Тульский машиностроительный завод", "Tulamashzavod JSC")]
    [InlineData("Tulskiy Oruzheinyi Zavod", "Tula Oruzheinyi Zavod")]
    [InlineData("Permskie Motory", "Perm Motory")]
    [InlineData("Penzenskiy Chasovoy Zavod", "Penza Chasovoy Zavod")] // -en- before -sk-
    [InlineData("Ukhtinskaya Burovaya Kompaniya", "Ukhta Burovaya Kompaniya")] // -in- before -sk-
    [InlineData("Magnitogorskiy Kalibrovochnyy Zavod", "Magnitogorsk Kalibrovochnyy Zavod")] // a place in -sk
    [InlineData("Sibirskaya Burovaya Kompaniya", "Siberian Burovaya Company")] // the English adjective
    [InlineData("Kaluzhskiy Kabelnyy Zavod", "Kaluga Kabelnyy Zavod")] // g becomes zh
    [InlineData("Kolomenskiy Kabelnyy Zavod", "Kolomna Kabelnyy Zavod")] // e between the last two consonants
    [InlineData("Vologodskiy Kabelnyy Zavod", "Vologda Kabelnyy Zavod")] // o between the last two consonants
    [InlineData("Odesskiy Kabelnyy Zavod", "Odessa Kabelnyy Zavod")] // the place's s and the s of -sk- are one
    [InlineData("Odesskiy Port", "Odessa Port")] // a short word: not another word by its ending
    [InlineData("Калужский завод Прибой", "Kaluga Plant Priboy")]
    [InlineData("Улан-Удэнский авиационный завод", "Ulan-Ude Aviation Plant")] // a place in a vowel takes -n-, and is of three letters
    [InlineData("Sochinskiy Morskoy Port", "Sochi Sea Port")]
    [InlineData("Гаврилов-Ямский машиностроительный завод «Агат»", "Machine-Building Plant AGAT Gavrilov-Yam")]
    public void A_place_adjective_meets_the_place(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Organization);

    [Theory]
    [InlineData("tulski", "tula", true)]
    [InlineData("permsk", "perm", true)]
    [InlineData("kurgansk", "kurgan", true)]
    [InlineData("tulski", "tver", false)]
    [InlineData("omsk", "om", false)] // a stem of fewer than three letters says nothing
    [InlineData("tomski", "tomas", false)]
    [InlineData("penzensk", "penza", true)]
    [InlineData("ukhtinsk", "ukhta", true)]
    [InlineData("penzensk", "perm", false)]
    [InlineData("penzansk", "penza", false)] // only -en- and -in- come between
    [InlineData("udensk", "ude", true)] // -n- after a place's final vowel
    [InlineData("sochinsk", "sochi", true)]
    [InlineData("lenansk", "lena", false)] // a place in -a loses it (Penza / Penzenskiy)
    [InlineData("kaluZsk", "kaluga", true)] // g becomes zh (the key writes zh as Z)
    [InlineData("kalusk", "kaluga", false)]
    [InlineData("kaluZsk", "kaluda", false)] // only g becomes zh
    [InlineData("kolomensk", "kolomna", true)]
    [InlineData("vologodsk", "vologda", true)]
    [InlineData("moskovsk", "moskva", true)]
    [InlineData("kolomansk", "kolomna", false)] // only e or o comes between
    [InlineData("petersk", "petra", false)] // into a place of six letters or more: Petra, Sosna, Kobra are no Peterskiy, Sosenskiy, Koborskiy
    [InlineData("sosensk", "sosna", false)]
    [InlineData("vologodsk", "volgda", false)]
    [InlineData("odesk", "odesa", false)] // a place in -s needs the adjective as written (odesskiy: see below)
    public void Place_adjectives_are_recognised_by_their_stem(string adjective, string place, bool expected) =>
        Assert.Equal(expected, NameScorer.IsPlaceAdjective(adjective, place));

    [Fact]
    public void A_place_adjective_does_not_meet_a_shorter_other_word()
    {
        AssertNoAlert("OOO Kurskaya Torgovaya Kompaniya", "OOO Kurs Torgovaya Kompaniya", PartyType.Organization); // Kurs, not Kursk
        AssertNoAlert("OOO Smolenskaya Stroitelnaya Kompaniya", "OOO Smolnaya Stroitelnaya Kompaniya", PartyType.Organization);
    }

    [Theory]
    [InlineData("odeski", "odesa", "odesskiy", true)] // the key writes the double s once
    [InlineData("samusk", "samus", "samusskiy", true)]
    [InlineData("kursk", "kurs", "kurskiy", false)] // Kurs is a firm's name, not Kursk
    [InlineData("tomsk", "toms", "tomskiy", false)]
    [InlineData("smolensk", "smolni", "smolenskiy", false)] // e or o comes into a place in -a only
    public void A_place_in_s_meets_its_adjective_written_with_a_double_s(string adjective, string place, string text, bool expected) =>
        Assert.Equal(expected, NameScorer.IsPlaceAdjective(adjective, place, text));

    [Theory]
    [InlineData("sibirsk", "siberian", true)]
    [InlineData("kaspisk", "kaspian", true)]
    [InlineData("baltisk", "baltik", true)]
    [InlineData("sibirsk", "serbian", false)]
    [InlineData("sibirsk", "siberia", false)] // the English name of a place is not its adjective: Academia / Akademskiy, Lidia / Lidskiy
    public void A_Russian_place_adjective_meets_the_English_one(string russian, string english, bool expected) =>
        Assert.Equal(expected, NameScorer.IsTranslatedPlaceAdjective(russian, english));

    [Theory]
    [InlineData("Dansk Shipping", "Dana Shipping")] // a word that ends in -sk itself is no Russian adjective
    [InlineData("Norsk Trading", "Nora Trading")]
    [InlineData("Minsk Motors", "Mina Motors")]
    public void Words_ending_in_sk_without_an_adjective_ending_are_not_place_adjectives(string query, string candidate) =>
        AssertNoAlert(query, candidate, PartyType.Organization);

    [Fact]
    public void Another_place_adjective_stays_apart() =>
        AssertNoAlert("Тульский машиностроительный завод", "Kurganmashzavod", PartyType.Organization);

    [Theory]
    [InlineData("GAZPROM DOBYCHA KRASNOYARSK", "GAZPROM DOBYCHA KRASNODAR")] // subsidiaries named by their cities
    [InlineData("NOVATEK NOVOSIBIRSK", "NOVATEK NOVOROSSIYSK")]
    [InlineData("ZELVANOR TRADING SHENYANG", "ZELVANOR TRADING SHANGHAI")]
    public void Two_places_spelled_alike_are_two_places(string query, string candidate) =>
        AssertNoAlert(query, candidate, PartyType.Organization);

    [Fact]
    public void No_two_places_of_the_list_share_a_key() =>
        Assert.True(Places.Clashes.Count == 0, string.Join(", ", Places.Clashes));

    [Theory]
    [InlineData("Kazanskiy Zavod Zelvanor", "ZELVANOR PLANT KAZAN")] // a place's adjective is the place
    [InlineData("ZELVANOR KRASNODARR", "ZELVANOR KRASNODAR")] // a typo of a place is still that place
    public void A_place_meets_its_adjective_and_its_typos(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Organization);

    [Theory]
    [InlineData("Eastern Star Trading", "Western Star Trading", PartyType.Organization)]
    [InlineData("Eastern Star", "Western Star", PartyType.Vessel)]
    public void Words_that_differ_in_their_first_letter_are_other_words(string query, string candidate, PartyType kind) =>
        AssertNoAlert(query, candidate, kind);

    [Theory]
    [InlineData("Osama bin Laden", "Usama bin Laden", PartyType.Person)]
    [InlineData("Hennadiy Kernes", "Gennadiy Kernes", PartyType.Person)]
    [InlineData("Muammar Qaddafi", "Muammar Gaddafi", PartyType.Person)]
    public void First_letters_that_romanisations_vary_still_alert(string query, string candidate, PartyType kind) =>
        AssertAlert(query, candidate, kind);

    [Theory]
    [InlineData("Volkswagen GmbH", "Volkswagen G.m.b.H.")]
    [InlineData("Acme Trading LLC", "Acme Trading L.L.C.")]
    [InlineData("Rosneft PJSC", "Rosneft P.J.S.C.")]
    public void Legal_forms_spelled_letter_by_letter_with_dots_are_legal_forms(string query, string candidate)
    {
        var r = Compare(query, candidate, PartyType.Organization);
        Assert.True(r.Score >= 0.99, $"{query} vs {candidate}: {r.Score:F3}");
        Assert.Equal(1, NameAnalyzer.Prepare(candidate, NameType.Primary, PartyType.Organization).Tokens.Count(t => t.Kind == TokenKind.LegalForm));
    }

    [Theory]
    [InlineData("Tecmash", "Tekhmash")]
    [InlineData("NPK Tecmash", "NPK TEKHMASH OAO")]
    public void Kh_and_c_spellings_of_one_brand_alert(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Organization);

    [Theory]
    [InlineData("Daniel Weber", "Daniela Weber", false)]
    [InlineData("Viktor Medvedchuk", "Viktor Medvedev", false)]
    [InlineData("Ali Hosseini Khamenei", "Ali Khamenei", true)]
    [InlineData("Kowalski, Jan Piotr", "Jan Kowalski", true)]
    public void Without_kinds_two_names_of_plain_words_follow_the_person_rules(string query, string candidate, bool alert)
    {
        var r = Compare(query, candidate, PartyType.Unknown);
        Assert.True((Thresholds.BandOf(r.Score) == MatchBand.Alert) == alert, $"{query} vs {candidate}: {r.Score:F3}");
    }

    [Fact]
    public void Without_kinds_a_name_with_a_legal_form_is_no_person()
    {
        // a firm's word in the genitive keeps matching: the person ending rule does not apply to a name with a legal form
        AssertAlert("Bureau Tupoleva JSC", "Bureau Tupolev JSC", PartyType.Unknown);
        AssertNoAlert("Andrei Tupoleva", "Andrei Tupolev", PartyType.Unknown);
    }

    [Theory]
    [InlineData("Banco Santander S.A.", "Banco Santander SA")]
    [InlineData("Petróleos de Venezuela, S.A.", "Petroleos de Venezuela SA")]
    public void Without_kinds_s_a_after_several_words_is_a_legal_form_not_initials(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Unknown);

    [Theory]
    [InlineData("Chemezov S.V.", "CHEMEZOV, Sergei Viktorovich")]
    [InlineData("Mikheev A. A.", "MIKHEEV, Aleksander Aleksandrovich")]
    public void Without_kinds_initials_after_one_surname_are_still_initials(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Unknown);

    [Theory]
    [InlineData("KOZLOV, Pavel Yuryevich", "KOZLOV, Pavel Yurevich")] // the father's й written y or not at all
    [InlineData("SOKOLOVA, Irina Nikolayevna", "SOKOLOVA, Irina Nikolaevna")]
    [InlineData("LEBEDEV, Oleg Dmitriyevich", "LEBEDEV, Oleg Dmitrievich")]
    [InlineData("ZAITSEV, Ivan Vasilyevich", "ZAITSEV, Ivan Vasilevich")]
    public void A_patronymic_meets_its_spellings_with_and_without_the_father_s_final_y(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("VELTAROV, Ivan Gennadievitch", "VELTAROV, Ivan Gennadyevich")] // French -vitch
    public void A_patronymic_meets_its_romanisations_in_other_languages(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Novak Srdjan Djokovic", "Novak Djokovic")] // -ović ends Serbian and Croatian surnames: no patronymic
    [InlineData("Bakir Alija IZETBEGOVIC", "IZETBEGOVIC, Bakir")]
    [InlineData("Dragan Milan Petrovic", "PETROVIC, Dragan")] // last, and no surname put first: the surname
    [InlineData("Dragan Petrovic Jr", "PETROVIC, Dragan")] // not last: a suffix, a nickname or a second surname follows
    [InlineData("Dragana Petrovic Jankovic", "PETROVIC, Dragana")]
    [InlineData("Dragana Petrovic Jankovic", "PETROVIC JANKOVIC, Dragana")] // the same word on both sides
    [InlineData("PETROVIC JANKOVIC, Dragana", "Dragana Petrovic Jankovic")] // two surnames before the comma
    [InlineData("Vitalij Viktorovic Zelmanov", "ZELMANOV, Vitalij Viktorovic")] // the same -ovic word on both sides, in either order
    [InlineData("ZELMANOV, Vitalij Viktorovic", "Vitalij Viktorovic Zelmanov")]
    public void A_surname_in_ovic_stays_a_surname(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Đorđe Zelmanović", "Ђорђе Зелмановић")] // Serbian Latin đ is Serbian Cyrillic ђ
    [InlineData("Đorđe Zelmanović", "DJORDJE ZELMANOVIC")] // both written dj
    [InlineData("ĐUKANOVIĆ, Milorad", "Milorad Djukanovic")]
    [InlineData("Đorđe Zelmanović", "Dorde Zelmanovic")] // stripped of its strokes
    [InlineData("Nguyễn Văn Đức", "NGUYEN, Van Duc")] // a Vietnamese đ is a d
    [InlineData("Đinh Thị Hà", "DINH, Thi Ha")]
    [InlineData("Nguyen Van Đuc", "NGUYEN VAN DUC")] // Vietnamese without its tone marks
    [InlineData("Vlastimir Đorđević-Zelmüller", "DJORDJEVIC-ZELMULLER, Vlastimir")] // another language's letter beside it
    [InlineData("Tomáš Đurović", "Tomas Djurovic")]
    [InlineData("Ðorđe Zelmanović", "Djordje Zelmanovic")] // the Icelandic capital Ð typed for Đ
    [InlineData("ðuro ðukić", "Djuro Djukic")] // and its ð for đ
    public void A_d_with_a_stroke_is_read_both_as_dj_and_as_d(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Petar Dokelic", "DJOKELIC, Petar")] // the list's dj, the query's stripped đ
    [InlineData("Vlastimir Dordevic", "DJORDJEVIC, Vlastimir")]
    [InlineData("DJORDJEVIC, Vlastimir", "Vlastimir Dordevic")]
    [InlineData("Đorđe Dokelic", "Djordje Djokelic")] // one đ written, one stripped
    public void A_south_slavic_dj_meets_the_stripped_d(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Ruslan Dabarov", "DJABAROV, Ruslan")] // a Russian or Central Asian dzh, no South Slavic surname in -ić
    [InlineData("Ahmed Damel", "DJAMEL, Ahmed")]
    public void Other_djs_are_no_stripped_d(string query, string candidate) =>
        AssertNoAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Velimir Arkadyevich Zelmanovich", "ZELMANOVICH, Velimir Arkadyevich")] // Given Patronymic Surname in -ovich
    [InlineData("Велимир Аркадьевич Зелманович", "ZELMANOVICH, Velimir Arkadyevich")]
    [InlineData("Zelmanovich Velimir Arkadyevich", "Velimir Arkadyevich Zelmanovich")]
    [InlineData("Oksana Petrivna Kravchenkovych", "KRAVCHENKOVYCH, Oksana Petrivna")]
    [InlineData("Velimir A. Zelmanovich", "Velimir Arkadyevich Zelmanovich")] // initials are no words: no patronymic to find
    [InlineData("V. A. Zelmanovich", "Velimir Arkadyevich Zelmanovich")]
    [InlineData("V.A. Zelmanovich", "Zelmanovich V.A.")]
    [InlineData("ZELMAN-RAKOVICH Velimir Arkadyevich", "Velimir Arkadyevich Zelman-Rakovich")] // -ich ending a double surname
    [InlineData("Зельман-Ракович Велимир Аркадьевич", "Velimir Arkadyevich Zelman-Rakovich")]
    public void A_surname_in_ovich_after_the_patronymic_stays_a_surname(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Velimir Arkadyevich Zelmanovich", "ZELMANOVICH, Velimir Borisovich")]
    [InlineData("Velimir Arkadyevich Zelmanovich", "ARKADYEVICH, Velimir Zelmanovich")]
    [InlineData("ZELMAN-RAKOVICH Velimir Arkadyevich", "ZELMAN-RAKOVICH Velimir Borisovich")]
    public void A_surname_in_ovich_does_not_make_another_patronymic_equal(string query, string candidate) =>
        AssertNoAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("KOZLOV, Pavel Yuryevich", "KOZLOV, Pavel Sergeyevich")]
    [InlineData("VELTAROV, Ivan Viktorovitch", "VELTAROV, Ivan Sergeyevich")]
    public void Another_patronymic_is_another_person(string query, string candidate) =>
        AssertNoAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("DZHABAROV, Timur", "DJABAROV, Timur")] // дж written dzh or dj
    [InlineData("DJALILOV, Rustam", "DZHALILOV, Rustam")]
    public void Dzh_is_the_j_of_other_romanisations(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("TCHEMEZOV, Serguei", "CHEMEZOV, Sergei")] // ч as French writes it
    [InlineData("TSCHEMESOV, Sergei", "CHEMEZOV, Sergei")] // and German
    [InlineData("Zelvan Kolotchkin", "KOLOCHKIN, Zelvan")]
    public void Tch_and_tsch_are_the_ch_of_other_romanisations(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("Vladimir Poutine", "PUTIN, Vladimir")] // ou for u, a final -ine for -in
    [InlineData("Sergueï Choïgou", "SHOIGU, Sergei")] // ch for sh, gu for a hard g
    [InlineData("Evgueni Prigojine", "PRIGOZHIN, Yevgeniy")] // j for zh
    public void A_russian_name_as_French_romanises_it_meets_the_lists_spelling(string query, string candidate) =>
        AssertAlertAlsoAmongTheSameGivenName(query, candidate);

    [Theory]
    [InlineData("Vladimir Poutine", "PUTINA, Vladimira")] // read as Putin, still not Putina
    [InlineData("Evgueni Prigojine", "PRIGOZHEV, Yevgeniy")]
    [InlineData("Vladimir Poutine", "PUTILIN, Vladimir")]
    public void A_french_reading_meets_only_the_name_it_spells(string query, string candidate) =>
        AssertNoAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("ვლადიმერ პუტინი", "PUTIN, Vladimir")] // Georgian's nominative -i after a final consonant
    [InlineData("სერგეი ლავროვი", "LAVROV, Sergei")]
    [InlineData("Ντμίτρι Μεντβέντεφ", "MEDVEDEV, Dmitry")] // Greek ντ for a foreign d, φ for the -v Russian says -f
    [InlineData("Σεργκέι Λαβρόφ", "LAVROV, Sergei")]
    [InlineData("Aleksandr Smirnoff", "SMIRNOV, Aleksandr")] // an older spelling of -ov
    [InlineData("Sergej Šojgu", "SHOIGU, Sergej")] // the scientific romanisation's š, č for sh, ch
    [InlineData("Sergej Čemezov", "CHEMEZOV, Sergej")]
    [InlineData("Şoygu Sergey", "SHOIGU, Sergey")] // Turkish ş
    [InlineData("Siergiej Szojgu", "SHOIGU, Sergei")] // Polish sz, cz and the softening i
    [InlineData("Siergiej Czemiezow", "CHEMEZOV, Sergei")]
    [InlineData("Szergej Lavrov", "LAVROV, Sergei")] // Hungarian sz is s: the word keeps its own key
    [InlineData("Radovan Karadžić", "KARADZIC, Radovan")] // and the same letters stripped of their marks, as OFAC writes them
    [InlineData("Radovan Karadzic", "KARADŽIĆ, Radovan")]
    public void A_russian_name_as_Georgian_Greek_or_older_spellings_write_it_meets_the_lists_spelling(string query, string candidate) =>
        AssertAlertAlsoAmongTheSameGivenName(query, candidate);

    /// <summary>A person's name alerts in compare, and the index finds it first among 400 others of its given name.</summary>
    private static void AssertAlertAlsoAmongTheSameGivenName(string query, string candidate)
    {
        AssertAlert(query, candidate, PartyType.Person);

        // and the index finds it among many of the same given name
        var crowd = Enumerable.Range(0, 400).Select(i => new MatchSubject(MatchSubject.KeyOf("t", "c" + i), PartyType.Person,
            [new EntryName($"{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}ZELKOV, {candidate.Split(", ")[1]}", NameType.Primary)], []));
        var listed = new MatchSubject(MatchSubject.KeyOf("t", "listed"), PartyType.Person, [new EntryName(candidate, NameType.Primary)], []);
        var index = new NameMatcher().Index(crowd.Append(listed));
        Assert.Equal(listed.Key, index.Search(MatchSubject.FromName(query, PartyType.Person), MatchThresholds.DefaultAlert)[0].CandidateKey);
    }

    [Theory]
    [InlineData("მიხეილ სააკაშვილი", "SAAKASHVILI, Mikheil", true)] // Georgian's own names keep their -i
    [InlineData("ვლადიმერ პუტინი", "PUTINA, Vladimira", false)] // read as Putin, still not Putina
    [InlineData("Αντώνης Σαμαράς", "SAMARAS, Antonis", true)] // a Greek name's own nt
    [InlineData("Hamidi Karim", "HAMID, Karim", false)] // a Latin final -i is no case ending: Hamidi is another name
    [InlineData("Yusof Karim", "YUSOV, Karim", false)] // a final -of in a short name is not read -ov
    public void A_second_reading_meets_only_the_name_it_spells(string query, string candidate, bool alert)
    {
        if (alert)
            AssertAlert(query, candidate, PartyType.Person);
        else
            AssertNoAlert(query, candidate, PartyType.Person);
    }

    [Fact]
    public void An_English_word_written_in_Russian_meets_it_where_g_sounds_j() =>
        AssertAlert("OOO BELTRANS LODZHISTIKS", "BELTRANS LOGISTICS LLC", PartyType.Organization);

    [Theory]
    [InlineData("KOVAL, Andriy Serhiyovych", "KOVAL, Andrei Sergeyevich")] // Ukrainian and Russian forms of one patronymic
    [InlineData("KOVAL, Andriy Oleksiyovych", "KOVAL, Andrei Alekseyevich")]
    [InlineData("KOVAL, Andriy Mykolayovych", "KOVAL, Andrei Nikolaevich")]
    public void A_patronymic_meets_its_Ukrainian_form(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("MOHYLOV, Vasyl Ivanovych", "MOGILYOV, Vasiliy Ivanovich")] // г as h, ё as yo: other vowels too
    [InlineData("HOLOVACHOV, Petro", "GOLOVACHYOV, Petr")]
    public void A_Ukrainian_h_for_a_Russian_g_meets_it_where_vowels_differ_too(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Theory]
    [InlineData("MELNYK, Kyrylo Bohdanovych", "MELNIK, Kirill Bogdanovich")] // Ukrainian forms of Russian given names
    [InlineData("SHEVCHUK, Svitlana Hennadiivna", "SHEVCHUK, Svetlana Gennadyevna")]
    [InlineData("TKACHENKO, Liudmyla", "TKACHENKO, Lyudmila")]
    [InlineData("BONDAR, Mykyta Vitaliyovych", "BONDAR, Nikita Vitalyevich")]
    [InlineData("Євген Пригожин", "PRIGOZHIN, Yevgeniy Viktorovich")] // Ukrainian Євген, its г romanised g as Russian's
    [InlineData("HONCHAR, Yosyp", "GONCHAR, Iosif")]
    [InlineData("HONCHAR, Pylyp", "GONCHAR, Filipp")]
    [InlineData("HONCHAR, Danylo", "GONCHAR, Daniil")]
    [InlineData("HONCHAR, Liubov", "GONCHAR, Lyubov")]
    public void A_given_name_meets_its_Ukrainian_form(string query, string candidate) =>
        AssertAlert(query, candidate, PartyType.Person);

    [Fact]
    public void Nadia_is_a_name_of_its_own_not_the_Ukrainian_Nadezhda() =>
        AssertNoAlert("HASSAN, Nadia", "HASSAN, Nadezhda", PartyType.Person);

    [Fact]
    public void Another_given_name_is_still_another_person() =>
        AssertNoAlert("MELNYK, Kyrylo Bohdanovych", "MELNYK, Konstantin Bohdanovych", PartyType.Person);
}
