using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Matching;

public class NameIndexTests
{
    private static readonly MatchSubject[] Candidates =
    [
        Entry("35345", "KURGANMASHZAVOD", ids: [new EntryIdentifier("tax-id", "4501008142")]),
        Entry("18782", "ROSOBORONEKSPORT OAO"),
        Entry("17260", "STATE CORPORATION ROSTEC"),
        Entry("16885", "URALVAGONZAVOD", weak: ["UVZ"]),
        Entry("35347", "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE"),
        Entry("35350", "DESIGN BUREAU OF SPECIAL MACHINE-BUILDING", weak: ["KBSM AO"]),
        Entry("35996", "OPEN JOINT STOCK COMPANY ILYUSHIN AVIATION COMPLEX", weak: ["OJSC IL"]),
        Entry("35997", "JOINT STOCK COMPANY ILYUSHIN FINANCE COMPANY", weak: ["JSC IFC", "AO IFK", "IFC LEASING"]),
        Entry("36431", "PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION"),
        Entry("18774", "JOINT STOCK COMPANY TEKHNODINAMIKA"),
        Entry("34769", "MINSK WHEEL TRACTOR PLANT", weak: ["OJSC MZKT", "VOLAT"]),
        Entry("8816", "DJORDJEVIC, Vlastimir", PartyType.Person),
        Entry("90001", "ĐONG ZELVAN BANK"),
        Entry("45674", "JOINT STOCK COMPANY SCIENTIFIC AND PRODUCTION ENTERPRISE POLYOT"),
        Entry("16685", "CHEMEZOV, Sergei", PartyType.Person),
        Entry("35306", "CHEMEZOV, Stanislav Sergeyevich", PartyType.Person),
        Entry("35307", "CHEMEZOV, Alexander Sergeevich", PartyType.Person),
    ];

    private static MatchSubject Entry(string id, string name, PartyType kind = PartyType.Organization, string[]? weak = null, EntryIdentifier[]? ids = null)
    {
        var names = new List<EntryName> { new(name, NameType.Primary) };
        foreach (var w in weak ?? [])
            names.Add(new EntryName(w, NameType.WeakAlias));
        return new MatchSubject(MatchSubject.KeyOf("ofac-sdn", id), kind, names, ids ?? []);
    }

    private static readonly ICandidateIndex Index = new NameMatcher().Index(Candidates);

    /// <summary>
    /// An index of <paramref name="listed"/> (ofac-sdn/listed) among 400 names of <paramref name="pattern"/>, whose {0} is
    /// two letters (AA, BA, …): a word of the pattern as common there as in a list.
    /// </summary>
    private static ICandidateIndex AmongACrowd(string pattern, string listed)
    {
        var crowd = Enumerable.Range(0, 400).Select(i => Entry(
            "c" + i, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, $"{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}")));
        return new NameMatcher().Index(crowd.Append(Entry("listed", listed)));
    }

    [Theory]
    [InlineData("Курганмашзавод", "35345")]
    [InlineData("Kurgan Machine-Building Plant", "35345")]
    [InlineData("АО «Рособоронэкспорт»", "18782")]
    [InlineData("Rosoboronexport JSC", "18782")]
    [InlineData("Rostec", "17260")]
    [InlineData("Государственная корпорация «Ростех»", "17260")]
    [InlineData("UVZ", "16885")]
    [InlineData("Uralvagonzavod", "16885")]
    [InlineData("Сергей Викторович Чемезов", "16685")]
    [InlineData("Ilyushin Aviation Complex", "35996")]
    [InlineData("JSC Tekhnodinamika", "18774")]
    [InlineData("KBSM", "35350")]
    [InlineData("Volat", "34769")] // a weak alias of one word, the same as a whole
    [InlineData("IFC Leasing", "35997")] // of two words
    [InlineData("Vlastimir Đorđević", "8816")] // Đ read as dj, as the list writes it
    [InlineData("Dong Zelvan Bank", "90001")] // the list's Đ read as d
    public void Search_finds_the_listed_entry_first(string query, string expectedId)
    {
        var results = Index.Search(MatchSubject.FromName(query), 0.5);
        Assert.NotEmpty(results);
        Assert.Equal("ofac-sdn/" + expectedId, results[0].CandidateKey);
    }

    [Theory]
    [InlineData("Aviastar-TU")]
    [InlineData("Dinamika")]
    [InlineData("SKBM")]
    [InlineData("Polyot Ivanovo Parachute Plant")]
    [InlineData("JSC")]
    public void Look_alikes_do_not_alert(string query)
    {
        var results = Index.Search(MatchSubject.FromName(query, PartyType.Organization), MatchThresholds.DefaultAlert);
        Assert.Empty(results);
    }

    [Fact]
    public void Identifier_hits_are_found_without_a_name_match()
    {
        // found, and left for review: the names share nothing (a list may quote another party's number)
        var query = new MatchSubject("q", PartyType.Organization, [new EntryName("Whatever Holding", NameType.Primary)], [new EntryIdentifier("inn", "4501008142")]);
        var results = Index.Search(query, 0.75);
        Assert.Single(results);
        Assert.Equal("identifier", results[0].Explanation.Rule);
        Assert.Empty(Index.Search(query, new MatchThresholds().Alert));
    }

    [Fact]
    public void A_persons_one_name_finds_a_weak_alias_equal_to_it_only_where_the_name_is_rare()
    {
        // a person's weak aliases are also given names and nicknames many share (HUSSEIN, GORDO): a person's one name that
        // is in several of the list's names does not find an entry through them alone; a rare one does (HAMBALI, LEGIJA),
        // at review, as a weak alias alone is; a name of two words does (ABU HAFS), as a firm's name does (VOLAT above)
        var index = new NameMatcher().Index(
        [
            Entry("7001", "ZELVANI RAMIREZ, Omar", PartyType.Person, weak: ["GORDO", "ABU KARVESH", "ZELKARNO"]),
            Entry("7002", "GORDO ZELVAS, Luis", PartyType.Person),
            Entry("7003", "MARTINEZ QUELLA, Gordo", PartyType.Person),
        ]);

        Assert.DoesNotContain(index.Search(MatchSubject.FromName("Gordo", PartyType.Person), 0.75), r => r.CandidateKey == "ofac-sdn/7001");
        var rare = index.Search(MatchSubject.FromName("Zelkarno", PartyType.Person), 0.75);
        Assert.Equal("ofac-sdn/7001", Assert.Single(rare).CandidateKey);
        Assert.True(rare[0].Score < MatchThresholds.DefaultAlert, $"a weak alias alone is review at most: {rare[0].Score}");
        Assert.NotEmpty(index.Search(MatchSubject.FromName("Abu Karvesh", PartyType.Person), 0.75));
        Assert.NotEmpty(index.Search(MatchSubject.FromName("Omar Zelvani Ramirez", PartyType.Person), 0.75));
    }

    [Fact]
    public void A_weak_alias_equal_to_the_query_is_scored_however_many_names_share_its_words()
    {
        // MARTIN LLANOS, a.k.a. of BUITRAGO PARADA: a weak alias's words are not posted, and MARTIN is in more names than
        // are scored; the weak alias met whole is scored beside them
        var crowd = Enumerable.Range(1, 6).Select(i => Entry("m" + i, "MARTIN ZELVANOS" + new string('A', i) + ", Jorge", PartyType.Person));
        var index = new NameMatcher(new NameMatcherOptions { MaxCandidates = 3 })
            .Index([.. crowd, Entry("8144", "BUITRAGO PARADA, Hector German", PartyType.Person, weak: ["MARTIN ZELVANOS"])]);

        var results = index.Search(MatchSubject.FromName("Martin Zelvanos", PartyType.Person), 0.75);

        Assert.Contains(results, r => r.CandidateKey == "ofac-sdn/8144");
    }

    [Fact]
    public void Search_respects_limit_and_minimum()
    {
        var results = Index.Search(MatchSubject.FromName("Chemezov"), 0.1, limit: 2);
        Assert.Equal(2, results.Count);
        Assert.True(results[0].Score >= results[1].Score);
    }

    [Fact]
    public void Among_fifteen_thousand_similar_names_each_is_found()
    {
        var rng = new Random(42);
        var syllables = new[] { "ros", "tek", "mash", "prom", "avia", "gaz", "neft", "ural", "kur", "gan", "vol", "ga", "sib", "energo", "stroi", "tel", "kom", "lin", "ex", "port" };
        var many = new List<MatchSubject>(15000);
        for (var i = 0; i < 15000; i++)
        {
            var words = rng.Next(1, 5);
            var parts = new List<string>();
            for (var w = 0; w < words; w++)
                parts.Add(syllables[rng.Next(syllables.Length)] + syllables[rng.Next(syllables.Length)] + syllables[rng.Next(syllables.Length)]);
            many.Add(Entry(i.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(' ', parts) + (i % 3 == 0 ? " LLC" : "")));
        }

        // Speed is measured by scripts/bench-matching-speed.sh; here: among 15,000 similar names, each is found.
        var index = new NameMatcher().Index(many);
        for (var i = 0; i < 100; i++)
        {
            var results = index.Search(MatchSubject.FromName(many[i * 37].Names[0].Text), 0.8, 5);
            Assert.True(
                results.Any(r => r.CandidateKey == many[i * 37].Key && r.Score >= 0.99),
                $"{many[i * 37].Names[0].Text}: {string.Join("; ", results.Select(r => r.CandidateKey + " " + r.Score))}");
        }
    }

    [Fact]
    public void Searching_a_whole_watchlist_at_once_gives_each_query_the_results_of_its_own_search()
    {
        string[] names =
        [
            "Курганмашзавод", "Rosoboronexport JSC", "Rostec", "UVZ", "Aviastar-SP", "Ilyushin Aviation Complex",
            "Sergei Chemezov", "Tekhnodinamika", "Polyot Ivanovo Parachute Plant", "Uralvagonzavod", "Ilyushin Finance",
        ];
        var queries = Enumerable.Range(0, 40).Select(i => MatchSubject.FromName(names[i % names.Length])).ToList();

        var all = Index.SearchAll(queries, 0.5, 5);

        Assert.Equal(queries.Count, all.Count);
        for (var i = 0; i < queries.Count; i++)
        {
            var one = Index.Search(queries[i], 0.5, 5);
            Assert.Equal(one.Select(r => (r.CandidateKey, r.Score)), all[i].Select(r => (r.CandidateKey, r.Score)));
        }

        Assert.Contains(all, r => r.Count > 0);
    }

    [Theory]
    [InlineData("Uni Flex", "UNIFLEX")] // the query's two words joined meet the listed one word
    [InlineData("Uniflex", "UNI FLEX TRADING")] // the query's one word meets two listed words joined
    public void Names_written_as_one_word_or_two_are_found_through_joined_keys(string query, string listed)
    {
        var index = new NameMatcher().Index([Entry("1", listed), Entry("2", "UNRELATED HOLDING"), Entry("3", "FLEX SERVICE")]);

        var results = index.Search(MatchSubject.FromName(query, PartyType.Organization), 0.5);

        Assert.NotEmpty(results);
        Assert.Equal("ofac-sdn/1", results[0].CandidateKey);
    }

    [Theory]
    [InlineData("Zelvoboron Export", "ZELVOBORONEKSPORT OAO")] // a word and a concept the list writes as one word
    [InlineData("Korvelonovo Export", "KORVELONOVOEKSPORT")]
    [InlineData("Zelvoboroneksport JSC", "ZELVOBORON EXPORT LLC")] // and the other way round
    public void A_word_and_a_concept_written_as_one_word_are_found_among_many_sharing_the_concept(string query, string listed)
    {
        var results = AmongACrowd("{0}KORVEL EXPORT COMPANY", listed).Search(MatchSubject.FromName(query, PartyType.Organization), MatchThresholds.DefaultReview);

        Assert.Equal("ofac-sdn/listed", results[0].CandidateKey);
        Assert.True(results[0].Score >= 0.85, $"{results[0].Score:F3}"); // a fuzzy half of the word, no join, scored about 0.7
    }

    [Fact]
    public void A_word_written_with_the_concept_after_it_finds_the_two_written_apart()
    {
        // ZMBANK is ZM BANK (BMBANK, BM BANK): a word and a one-word concept joined, among many banks
        var results = AmongACrowd("{0}KORVEL BANK JSC", "ZM BANK JSC").Search(MatchSubject.FromName("ZMBANK JSC", PartyType.Organization), MatchThresholds.DefaultReview);
        Assert.Equal("ofac-sdn/listed", results[0].CandidateKey);

        // and where the two share a letter, which the key of one word writes once (ZBBANK, keyed zbank: ZB BANK)
        var shared = AmongACrowd("{0}KORVEL BANK JSC", "ZB BANK JSC");
        Assert.Equal("ofac-sdn/listed", shared.Search(MatchSubject.FromName("ZBBANK JSC", PartyType.Organization), MatchThresholds.DefaultReview)[0].CandidateKey);
    }

    [Fact]
    public void A_name_of_descriptors_finds_the_list_name_that_writes_two_of_them_as_initials()
    {
        // RADIO CONTROL TECHNOLOGIES is RM TECHNOLOGIES (radio, management), among many other technologies firms
        var index = AmongACrowd("JSC {0}KORVEL TECHNOLOGIES", "JOINT STOCK COMPANY RM TECHNOLOGIES");

        var results = index.Search(MatchSubject.FromName("JOINT STOCK COMPANY RADIO CONTROL TECHNOLOGIES", PartyType.Organization), MatchThresholds.DefaultReview);

        Assert.Equal("ofac-sdn/listed", results[0].CandidateKey);

        // a name with a word of its own is not description only: its descriptors' initials look up nothing
        Assert.DoesNotContain(
            index.Search(MatchSubject.FromName("ZORANOVA RADIO CONTROL TECHNOLOGIES", PartyType.Organization), 0.1),
            r => r.CandidateKey == "ofac-sdn/listed");
    }

    [Fact]
    public void A_key_first_seen_as_two_joined_words_and_then_as_one_word_is_counted_as_a_word()
    {
        // "uni flex" posts the joined key "uniflex" before the second name brings "uniflex" as a word of its own
        var index = new NameMatcher().Index([Entry("1", "UNI FLEX"), Entry("2", "UNIFLEX"), Entry("3", "UNIFLEX CARGO")]);
        var key = NameAnalyzer.Prepare("UNIFLEX").Tokens[0].Key;

        Assert.Equal(2, ((TokenStatistics)index.Statistics).DocumentFrequency(key));
        Assert.Equal(3, index.Search(MatchSubject.FromName("Uniflex", PartyType.Organization), 0.3).Count);
    }

    [Fact]
    public void An_index_of_no_names_finds_nothing()
    {
        var index = new NameMatcher().Index([]);

        Assert.Empty(index.Search(MatchSubject.FromName("Rostec"), 0.0));
    }

    /// <summary>
    /// An index of <paramref name="listed"/> after 200 names of <paramref name="crowd"/> and a word of their own: blocking
    /// ties go to the lower name id, so the listed name is among the candidates only through a key of its own.
    /// </summary>
    private static ICandidateIndex Crowded(string listed, string crowd)
    {
        string[] syllables = ["ra", "no", "ki", "te", "mu", "sa", "lo", "vi", "pe", "du"];
        var names = Enumerable.Range(0, 200)
            .Select(i => Entry("c" + i, $"{crowd} {syllables[i % 10]}{syllables[i / 10 % 10]}{syllables[i / 100]}l"))
            .Append(Entry("listed", listed));
        return new NameMatcher().Index(names);
    }

    [Theory]
    [InlineData("OOO ZAVOD KDM", "ZAVOD KOMPLEKSNYE DOROZHNYE MASHINY", "ZAVOD")] // the end of a name as its acronym
    [InlineData("IPC ZELVANORA", "INSTITUTE OF PETROLEUM CHEMISTRY ZELVANORA", "INSTITUTE OF ZELVANORA")] // its start
    [InlineData("OOO ISTERN TREYD", "EASTERN TRADE LLC", "TRADE LLC")] // a word against a concept (eastern) as written
    [InlineData("EASTERN TRADE", "ISTERN TREYD OOO", "TREYD OOO")] // a concept against a word as written
    [InlineData("ZELVSIBTEKH LLC", "ZELVENSKIE SIBIRSKIE TEKHNOLOGII LLC", "TEKHNOLOGII LLC")] // a contraction: Zelv-sib-tekh
    [InlineData("LLC ZELVENSKIE SIBIRSKIE TEKHNOLOGII", "OOO ZELVSIBTEKH", "SIBIRSKIE TEKHNOLOGII")] // the words of a contraction on the list
    [InlineData("ZELVENSKIE SIBIRSKIE BANK", "BANK ZELVSIB", "SIBIRSKIE BANK")]
    public void A_name_is_found_through_what_compare_reads_in_it_among_names_that_share_its_other_words(string query, string listed, string crowd)
    {
        var index = Crowded(listed, crowd);

        var results = index.Search(MatchSubject.FromName(query, PartyType.Organization), MatchThresholds.DefaultReview, 3);

        Assert.True(results.Count > 0 && results[0].CandidateKey == "ofac-sdn/listed", string.Join("; ", results.Select(r => $"{r.Explanation.CandidateName} {r.Score:F3}")));
    }

    [Fact]
    public void A_person_is_not_looked_up_among_the_spellings_of_concepts()
    {
        // Zavodnoy is a surname, not a spelling of zavod (plant): the organisations named with ZAVOD are no candidates
        var index = new NameMatcher().Index(
            Enumerable.Range(0, 50).Select(i => Entry("c" + i, $"ZAVOD {(char)('A' + (i % 26))}{(char)('A' + (i / 26))}KOR"))
                .Append(Entry("p", "ZAVODNOY, Oleg Ivanovich", PartyType.Person)));

        var results = index.Search(MatchSubject.FromName("Oleg ZAVODNOY", PartyType.Person), 0.0, 100);

        Assert.Equal(["ofac-sdn/p"], results.Select(r => r.CandidateKey));
    }

    [Theory]
    [InlineData("AO SIBIRSKAYA SERVISNAYA KOMPANIYA", "JSC SIBERIAN SERVICE COMPANY")] // the English adjective of the place
    [InlineData("Siberian Service Company", "AO SIBIRSKAYA SERVISNAYA KOMPANIYA")]
    [InlineData("Tula Service Company", "TULSKAYA SERVISNAYA KOMPANIYA")] // the place
    [InlineData("ООО «Океан Сервис»", "OCEAN SERVICE LLC")] // a c written к (okean): one consonant in the lookup too
    [InlineData("LASERBEE SERVICE COMPANY", "LAZERBI SERVICE COMPANY")] // an English word as Russian writes its sounds (лазерби)
    [InlineData("AO SITI SERVICE COMPANY", "CITY SERVICE COMPANY")] // and the list's English word, its sounds the query's
    public void Words_met_otherwise_written_are_found_through_the_index_among_many_sharing_a_concept(string query, string listed)
    {
        // four hundred service companies: the one concept the names share finds too many to score them all
        var crowd = Enumerable.Range(0, 400).Select(i => Entry("c" + i, $"{(char)('A' + (i % 26))}{(char)('A' + (i / 26 % 26))}ZELKOR SERVICE COMPANY"));
        var index = new NameMatcher().Index(crowd.Append(Entry("listed", listed)));

        var results = index.Search(MatchSubject.FromName(query, PartyType.Organization), MatchThresholds.DefaultAlert);

        Assert.Equal("ofac-sdn/listed", Assert.Single(results).CandidateKey);
    }

    [Theory]
    [InlineData("فلاديمير بوتين", "PUTIN, Vladimir")] // a foreign name in Arabic letters: ب its p, ف its v
    [InlineData("סרגיי לברוב", "LAVROV, Sergei")] // Hebrew ב its v
    public void A_foreign_name_in_an_abjad_is_found_through_the_index_at_review(string query, string listed)
    {
        var index = new NameMatcher().Index([Entry("1", listed, PartyType.Person), Entry("2", "BUDIN, Vladimir", PartyType.Person), Entry("3", "LAZAREV, Sergei", PartyType.Person)]);

        var results = index.Search(MatchSubject.FromName(query, PartyType.Person), MatchThresholds.DefaultReview);

        Assert.Equal("ofac-sdn/1", Assert.Single(results).CandidateKey);
    }

    [Fact]
    public void A_word_of_the_vocabulary_spelled_shorter_than_its_key_is_looked_up_without_failing()
    {
        // TH is trading house: a word whose key (the vocabulary's) is longer than its spelling, as contractions are cut
        var index = new NameMatcher().Index([Entry("1", "TORGOVYI DOM ZELVANOR"), Entry("2", "ZELVANOR THERMAL")]);

        var results = index.Search(MatchSubject.FromName("TH ZELVANOR", PartyType.Organization), MatchThresholds.DefaultAlert);

        Assert.Equal("ofac-sdn/1", results[0].CandidateKey);
    }

    [Theory]
    [InlineData("Hizballah", "HEZBOLLAH")] // few shared trigrams, Jaro-Winkler under the floor: found by its consonants
    [InlineData("Muhamad", "MOHAMED")] // one shared trigram of seven
    public void Vowel_variants_are_found_through_the_index_as_compare_scores_them(string query, string listed)
    {
        var index = new NameMatcher().Index([Entry("1", listed), Entry("2", "HAMAS TRADING"), Entry("3", "MAHMUD")]);

        var results = index.Search(MatchSubject.FromName(query, PartyType.Organization), MatchThresholds.DefaultAlert);

        Assert.Equal("ofac-sdn/1", Assert.Single(results).CandidateKey);
        Assert.Equal(new NameMatcher().Compare(MatchSubject.FromName(query, PartyType.Organization), Entry("1", listed)).Score, results[0].Score);
    }

    [Fact]
    public void The_letters_bound_rules_out_only_keys_that_are_neither_near_nor_vowel_variants()
    {
        // the index judges a query key's neighbours on their letters and length before reading them: every pair near
        // enough (Jaro-Winkler at the floor) or a vowel variant must pass that bound, and most others must not
        string[] words =
        [
            "Kurganmashzavod", "Rosoboroneksport", "Ilyushin", "Aviastar", "Tekhnodinamika", "Mikhail", "Muhammad", "Hezbollah",
            "Chemezov", "Shoigu", "Zhukov", "Tsentr", "Khimprom", "Gazprom", "Sberbank", "Kalashnikov", "Polyot", "Yuzhmash",
            "Aleksandr", "Sergei", "Vympel", "Almaz", "Antey", "Uralvagonzavod", "Kazanskiy", "Novosibirsk", "Elektronika",
        ];
        var random = new Random(20261208);
        var keys = new List<string>();
        foreach (var word in words)
        {
            var key = Transliterator.PhoneticKey(word.ToLowerInvariant());
            keys.Add(key);
            for (var k = 0; k < 12; k++)
                keys.Add(Perturbed(key, random));
        }

        var options = new NameMatcherOptions();
        int near = 0, ruledOut = 0, far = 0;
        foreach (var a in keys)
        {
            foreach (var b in keys)
            {
                var isNear = JaroWinkler.Similarity(a, b) >= options.TokenSimilarityFloor
                    || (NameScorer.SameConsonants(a, b) && EditDistance.Similarity(a, b) >= options.EditSimilarityFloor);
                var passes = NameIndex.MayBeNeighbour(a, NameIndex.KeyShape.Of(b), options.TokenSimilarityFloor, options.EditSimilarityFloor);
                Assert.True(passes || !isNear, $"{a} / {b}: near, but ruled out");
                near += isNear ? 1 : 0;
                far += isNear ? 0 : 1;
                ruledOut += passes ? 0 : 1;
            }
        }

        Assert.True(near > keys.Count, $"only {near} near pairs: the test would prove little");
        Assert.True(ruledOut > far / 2, $"{ruledOut} of {far} far pairs ruled out");

        static string Perturbed(string key, Random random)
        {
            var chars = new List<char>(key);
            for (var edits = random.Next(1, 4); edits > 0 && chars.Count > 2; edits--)
            {
                var i = random.Next(chars.Count);
                switch (random.Next(6))
                {
                    case 0:
                        chars.RemoveAt(i);
                        break;
                    case 1:
                        chars.Insert(i, "aeioukhgsCZrtn"[random.Next(14)]);
                        break;
                    case 2 when i + 1 < chars.Count:
                        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                        break;
                    case 3 when NameScorer.IsVowel(chars[i]):
                        chars[i] = "aeiou"[random.Next(5)];
                        break;
                    case 4:
                        chars[i] = chars[i] switch { 'h' => 'k', 'k' => 'h', 'g' => 'h', 'C' => 's', 's' => 'C', 'Z' => 'g', var c => c };
                        break;
                    default:
                        chars[i] = "bdfklmnprstvz"[random.Next(13)];
                        break;
                }
            }

            return new string([.. chars]);
        }
    }
}
