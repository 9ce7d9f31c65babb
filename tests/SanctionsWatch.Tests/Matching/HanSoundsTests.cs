using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Matching;

/// <summary>
/// Foreign names Chinese writes by their sounds (<see cref="HanSounds"/>): the Russian firms and people of the story as a
/// Chinese document names them, against the lists' Latin spellings.
/// </summary>
public class HanSoundsTests
{
    private static readonly NameMatcher Matcher = new();
    private static readonly MatchThresholds Thresholds = new();

    private static string[] Syllables(string han) =>
        NameAnalyzer.Prepare(han, NameType.Primary, PartyType.Organization).Tokens.Select(static t => t.Text).ToArray();

    [Theory]
    [InlineData("图波列夫", "tupolev")] // tu bo lie fu: b for p, fu the -v of -ov
    [InlineData("卡拉什尼科夫", "kalashnikov")] // ka la shi ni ke fu: the vowels Chinese adds after k and f
    [InlineData("拉夫罗夫", "lavrov")] // luo for ro: l and r one sound
    [InlineData("梅德韦杰夫", "medvedev")] // wei for ve, jie for de
    [InlineData("伊万诺夫", "ivanov")] // yi a vowel, wan the va, one n for wan nuo
    [InlineData("弗拉基米尔", "vladimir")] // ji for di, er the final r
    [InlineData("普京", "putin")] // jing for tin
    [InlineData("切梅佐夫", "chemezov")]
    [InlineData("库尔干", "kurgan")] // er the r that ends a syllable
    [InlineData("伊尔库特", "irkut")]
    public void A_foreign_name_in_chinese_characters_and_its_latin_spelling_have_one_skeleton(string han, string latin) =>
        Assert.Equal(HanSounds.Similarity, HanSounds.Compare(Syllables(han), latin));

    [Theory]
    [InlineData("图波列夫", "tupikov")]
    [InlineData("拉夫罗夫", "lazarov")]
    [InlineData("普京", "pushkin")]
    [InlineData("卡拉什尼科夫", "kalinin")]
    [InlineData("绍伊古", "shoigu")] // shao yi gu: s k, two consonants are too many names
    public void Other_sounds_or_too_few_consonants_meet_nothing(string han, string latin) =>
        Assert.Equal(0.0, HanSounds.Compare(Syllables(han), latin));

    [Fact]
    public void The_syllables_of_a_name_are_no_articles()
    {
        // 拉 la and 德 de are syllables of Lavrov and Medvedev, not the French and Spanish articles left out of a name
        Assert.Equal(["la", "fu", "luo", "fu"], Syllables("拉夫罗夫"));
        Assert.Equal(["mei", "de", "wei", "jie", "fu"], Syllables("梅德韦杰夫"));
        Assert.All(NameAnalyzer.Prepare("拉夫罗夫", NameType.Primary, PartyType.Person).Tokens, static t => Assert.True(t.IsHan));
        Assert.All(NameAnalyzer.Prepare("김정은", NameType.Primary, PartyType.Person).Tokens, static t => Assert.True(t.IsHangul && !t.IsBareConsonant));
    }

    [Theory]
    [InlineData("라브로프", "lavrov")] // ra pu ro pu: ㅂ the v, ㅍ the final v said f
    [InlineData("블라디미르", "vladimir")] // pul la: the l of a cluster written twice
    [InlineData("메드베데프", "medvedev")]
    [InlineData("세르게이", "sergei")]
    [InlineData("로스텍", "rostec")] // a syllable's final consonant kept
    public void A_foreign_name_in_hangul_and_its_latin_spelling_have_one_skeleton(string hangul, string latin) =>
        Assert.Equal(HanSounds.Similarity, HanSounds.Compare(Syllables(hangul), latin, korean: true));

    [Theory]
    [InlineData("세르게이 라브로프", "LAVROV, Sergei")]
    [InlineData("드미트리 메드베데프", "MEDVEDEV, Dmitry Anatolyevich")]
    public void A_name_korean_writes_by_its_sounds_meets_its_latin_spelling_at_review(string query, string listed)
    {
        var r = Matcher.Compare(MatchSubject.FromName(query, PartyType.Person), MatchSubject.FromName(listed, PartyType.Person));
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Review, $"'{query}' vs '{listed}': {r.Score:F3} ({r.Explanation.Rule})");

        var subjects = new List<MatchSubject> { new("l/0", PartyType.Person, [new EntryName(listed, NameType.Primary)], []) };
        for (var i = 0; i < 500; i++)
            subjects.Add(new MatchSubject("f/" + i, PartyType.Person, [new EntryName($"TALVERA{(char)('A' + (i % 26))}, Ivan", NameType.Primary)], []));
        var found = Matcher.Index(subjects).Search(MatchSubject.FromName(query, PartyType.Person), Thresholds.Review);
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
    }

    [Theory]
    [InlineData("김정은", "NATIONAL DEFENSE COMMISSION")] // kim jong un: k m s n, Commission's skeleton
    [InlineData("최룡해", "CHERNYKH, Tatiana")] // choe ryong hae: s l n h
    public void A_korean_name_is_not_read_as_a_foreign_names_sounds(string query, string listed)
    {
        var kind = listed.Contains(',', StringComparison.Ordinal) ? PartyType.Person : PartyType.Organization;
        var r = Matcher.Compare(MatchSubject.FromName(query, PartyType.Unknown), MatchSubject.FromName(listed, kind));
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.None, $"'{query}' vs '{listed}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Fact]
    public void A_hangul_syllable_is_no_legal_form() =>
        Assert.DoesNotContain(NameAnalyzer.Prepare("로스텍", NameType.Primary, PartyType.Organization).Tokens, static t => t.Kind != TokenKind.Word);

    [Theory]
    [InlineData("图波列夫设计局", "TUPOLEV DESIGN BUREAU", PartyType.Organization)]
    [InlineData("卡拉什尼科夫", "KALASHNIKOV CONCERN JSC", PartyType.Organization)]
    [InlineData("谢尔盖·拉夫罗夫", "LAVROV, Sergei", PartyType.Person)]
    [InlineData("德米特里·梅德韦杰夫", "MEDVEDEV, Dmitry Anatolyevich", PartyType.Person)]
    [InlineData("弗拉基米尔·普京", "PUTIN, Vladimir Vladimirovich", PartyType.Person)]
    public void A_name_chinese_writes_by_its_sounds_meets_its_latin_spelling_at_review(string query, string listed, PartyType kind)
    {
        // a skeleton is several names (Tupolev, Tobolev…): review, never alert, through compare and through the index
        var r = Matcher.Compare(MatchSubject.FromName(query, kind), MatchSubject.FromName(listed, kind));
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Review, $"'{query}' vs '{listed}': {r.Score:F3} ({r.Explanation.Rule})");
        Assert.Contains(r.Explanation.Tokens, t => t.Similarity == HanSounds.Similarity && t.QueryToken!.Contains(' ', StringComparison.Ordinal));

        var subjects = new List<MatchSubject> { new("l/0", kind, [new EntryName(listed, NameType.Primary)], []) };
        for (var i = 0; i < 500; i++)
            subjects.Add(new MatchSubject("f/" + i, PartyType.Organization, [new EntryName($"TALVERA {i} TRADING LLC", NameType.Primary)], []));
        var found = Matcher.Index(subjects).Search(MatchSubject.FromName(query, kind), Thresholds.Review);
        Assert.Equal("l/0", Assert.Single(found).CandidateKey);
    }

    [Fact]
    public void A_name_of_many_characters_is_found_among_names_that_share_its_syllables()
    {
        // each syllable of 卡拉什尼科夫 (ka la shen ni ke fu) is a word of many listed names: one syllable's hit would leave
        // KALASHNIKOV among the unscored; its skeleton's few words are scored beside the best-blocked names
        string[] syllables = ["KA", "LA", "SHEN", "NI", "KE", "FU"];
        var subjects = new List<MatchSubject> { new("l/0", PartyType.Organization, [new EntryName("JOINT STOCK COMPANY CONCERN KALASHNIKOV", NameType.Primary)], []) };
        for (var i = 0; i < 600; i++)
        {
            var name = $"{syllables[i % 6]} {syllables[(i / 6) % 6]} {syllables[(i / 36) % 6]} TRADING {i}";
            subjects.Add(new MatchSubject("f/" + i, PartyType.Organization, [new EntryName(name, NameType.Primary)], []));
        }

        var found = Matcher.Index(subjects).Search(MatchSubject.FromName("卡拉什尼科夫", PartyType.Organization), Thresholds.Review);
        Assert.Contains(found, r => r.CandidateKey == "l/0" && Thresholds.BandOf(r.Score) == MatchBand.Review);
    }

    [Theory]
    [InlineData("伊留申航空综合体", "ILYUSHIN AVIATION COMPLEX")] // yi liu shen joined is ilyushin letter for letter
    [InlineData("库尔干机械制造厂", "KURGAN MACHINE BUILDING PLANT")] // 厂, one character, a plant
    public void A_name_whose_characters_spell_the_latin_one_alerts(string query, string listed)
    {
        var r = Matcher.Compare(MatchSubject.FromName(query, PartyType.Organization), MatchSubject.FromName(listed, PartyType.Organization));
        Assert.True(Thresholds.BandOf(r.Score) == MatchBand.Alert, $"'{query}' vs '{listed}': {r.Score:F3} ({r.Explanation.Rule})");
    }

    [Theory]
    [InlineData("WANG SHI MACHINERY CO LTD")] // 市 is a city; a Latin Shi is a name
    [InlineData("YU JU TRADING")] // 局 is a bureau; a Latin Ju too is a name
    public void A_latin_word_spelled_as_a_single_character_phrase_is_a_word(string name) =>
        Assert.DoesNotContain(NameAnalyzer.Prepare(name, NameType.Primary, PartyType.Organization).Tokens, static t => t.Kind == TokenKind.Concept && t.Text.Length <= 3);

    [Theory]
    [InlineData("深圳市华强鑫电子有限公司", "SHENZHEN HUAQIANGXIN ELECTRONICS CO., LTD.", "TALVERA KASHINSKY NIKOLAEV")]
    public void A_chinese_firm_s_own_name_is_not_read_as_a_foreign_one(string query, string listed, string unrelated)
    {
        var r = Matcher.Compare(MatchSubject.FromName(query, PartyType.Organization), MatchSubject.FromName(listed, PartyType.Organization));
        Assert.Equal(MatchBand.Alert, Thresholds.BandOf(r.Score));
        var other = Matcher.Compare(MatchSubject.FromName(query, PartyType.Organization), MatchSubject.FromName(unrelated, PartyType.Organization));
        Assert.Equal(MatchBand.None, Thresholds.BandOf(other.Score));
    }
}
