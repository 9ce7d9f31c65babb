using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Tests.Matching;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("АО «Рособоронэкспорт»", "ао рособоронэкспорт")]
    [InlineData("„Polyot“ & Co.", "polyot and co")]
    [InlineData("Société Générale", "societe generale")]
    [InlineData("ＫＢＰ", "kbp")]
    [InlineData("O'Neil `Works`", "oneil works")]
    [InlineData("Mashinostroitel'nyi Zavod", "mashinostroitelnyi zavod")]
    public void Normalize_folds_case_quotes_diacritics_and_punctuation(string input, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(input));

    [Theory]
    [InlineData("SCIENTIFIC AND \u0420RODUCTION \u0410SSOCIATION", "scientific and production association")] // Cyrillic Р and А
    [InlineData("KBE XXI \u0421ENTURY", "kbe xxi century")] // Cyrillic С
    [InlineData("IHM\u0421 RAS", "ihmc ras")]
    [InlineData("\u0397\u0395LIOS", "helios")] // Greek Η and Ε
    [InlineData("\u0417AO \u0421\u0422POЙ", "зао строй")] // Latin A and O in a Cyrillic word, Latin P and O in another
    [InlineData("\u041C\u0415\u0406", "меі")] // a word all in Cyrillic stays Cyrillic
    [InlineData("\u0412\u0415\u041A\u0422\u041E\u0420link", "векторlink")] // a brand of two words, one in each script
    [InlineData("\u0391\u0398\u0397\u039DA", "αθηνα")] // a Greek word with a Latin look-alike: read in Greek
    [InlineData("\u039DI\u039A\u0397", "νικη")]
    public void Look_alike_letters_of_another_script_are_read_in_the_script_of_their_word(string input, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(input));

    [Theory]
    [InlineData("ジャナン", "janan")] // a small ャ joins the syllable before it: ja, not jiya
    [InlineData("ティモフェイ", "timofei")] // ティ ti, フェ fe
    [InlineData("アブドゥル", "abuduru")] // ド do with a small ゥ is du
    [InlineData("ウィリアム", "wiriamu")]
    [InlineData("イェメン", "yemen")]
    [InlineData("プーチン", "puchin")] // the long-vowel mark left out
    [InlineData("シュミット", "shumito")] // the small ッ left out
    public void Katakana_is_romanised_with_its_small_letters_joined(string katakana, string latin) =>
        Assert.Equal(latin, Transliterator.ToLatin(katakana));

    [Theory]
    [InlineData("Plant No. 9")]
    [InlineData("Plant N9")]
    [InlineData("Plant № 9")]
    [InlineData("Plant No9")]
    [InlineData("Plant №9")]
    public void Numbers_are_unified(string input) =>
        Assert.Equal(["plant", "9"], NameNormalizer.Tokenize(input));

    [Theory]
    [InlineData("Рособоронэкспорт", "Rosoboronexport")]
    [InlineData("Rosoboronexport", "ROSOBORONEKSPORT")]
    [InlineData("Чемезов", "Chemezov")]
    [InlineData("Ильюшин", "Ilyushin")]
    [InlineData("Iljushin", "Ilyushin")]
    [InlineData("Михеев", "Mikheev")]
    [InlineData("Mikheyev", "Mikheev")]
    [InlineData("Авиастар", "Aviastar")]
    [InlineData("Технодинамика", "Tekhnodinamika")]
    [InlineData("Technodinamika", "Tekhnodinamika")]
    [InlineData("Sergey", "Sergei")]
    [InlineData("Dmitriy", "Dmitrii")]
    [InlineData("Kurganskiy", "Kurgansky")]
    [InlineData("Полёт", "Polyot")]
    [InlineData("Sozvezdiye", "Sozvezdie")]
    [InlineData("Европа", "Europa")]
    [InlineData("Yevgeny", "Eugeny")]
    public void Romanisations_share_a_phonetic_key(string a, string b) =>
        Assert.Equal(
            Transliterator.PhoneticKey(NameNormalizer.Normalize(a)),
            Transliterator.PhoneticKey(NameNormalizer.Normalize(b)));

    [Fact]
    public void Contractions_split_into_vocabulary_parts()
    {
        var name = NameAnalyzer.Prepare("KURGANMASHZAVOD");
        Assert.Equal(["kurgan", "#machine", "#plant"], name.Tokens.Select(t => t.Key));
        var uvz = NameAnalyzer.Prepare("Uralvagonzavod");
        Assert.Equal(["ural", "vagon", "#plant"], uvz.Tokens.Select(t => t.Key));
    }

    [Fact]
    public void Legal_forms_are_recognised_as_phrases_in_any_position()
    {
        var a = NameAnalyzer.Prepare("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU GAS");
        Assert.Equal(TokenKind.LegalForm, a.Tokens[0].Kind);
        Assert.Equal(2, a.Tokens.Length);
        var b = NameAnalyzer.Prepare("ROSOBORONEKSPORT OAO");
        Assert.Equal(TokenKind.LegalForm, b.Tokens[^1].Kind);
        var c = NameAnalyzer.Prepare("ООО «Концерн «Тракторные заводы»");
        Assert.Equal(TokenKind.LegalForm, c.Tokens[0].Kind);
        Assert.Equal(TokenKind.Concept, c.Tokens[1].Kind);
    }

    [Theory]
    [InlineData("АО «Научноисследовательский институт Зелванор»", "АО «Научно-исследовательский институт Зелванор»")]
    [InlineData("Производственнотехническое предприятие Зелванор", "Производственно-техническое предприятие Зелванор")]
    [InlineData("OOO OPYTNOKONSTRUKTORSKOE BYURO ZELVANOR", "OOO OPYTNO-KONSTRUKTORSKOE BYURO ZELVANOR")]
    public void A_compound_adjective_written_without_its_hyphen_is_its_two_words(string joined, string hyphenated) =>
        Assert.Equal(
            NameAnalyzer.Prepare(hyphenated, NameType.Primary, PartyType.Organization).Tokens.Select(t => t.Key),
            NameAnalyzer.Prepare(joined, NameType.Primary, PartyType.Organization).Tokens.Select(t => t.Key));

    [Fact]
    public void A_word_longer_than_any_compound_adjective_is_not_cut_at_each_letter()
    {
        // научноисследовательский is 23 letters; a hostile word of a million (as long as a list's field may be) is not
        // cut at each of its letters to look for two words of the vocabulary: that took 22 s for 100,000 letters, and
        // grows with the square of the length (a guard against that, not a timing)
        var word = string.Concat(Enumerable.Repeat("nauchnoissledovatelskiy", 43_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var name = NameAnalyzer.Prepare(word + " Zelvanor", NameType.Primary, PartyType.Organization);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed.TotalSeconds:0} s");
        Assert.Single(name.Tokens, t => t.Text == word);
    }

    [Theory]
    [InlineData("Радиотехнический завод Зелванор")] // a word the vocabulary knows whole
    [InlineData("Электромеханический завод Зелванор")]
    [InlineData("Zelvanorenergoinvest")] // no two words of the vocabulary
    public void A_word_the_vocabulary_knows_whole_or_no_joined_pair_stays_one(string name) =>
        Assert.Equal(name.Split(' ').Length, NameAnalyzer.Prepare(name, NameType.Primary, PartyType.Organization).Tokens.Length);

    [Theory]
    [InlineData("Адкрытае акцыянернае таварыства «Парытэтбанк»", "ОАО «Паритетбанк»")] // Belarusian: OJSC
    [InlineData("Таварыства з абмежаванай адказнасцю «Белтэхэкспарт»", "ООО «Белтехэкспорт»")] // Belarusian: LLC
    [InlineData("Рэспубліканскае унітарнае прадпрыемства «Белспецвнештэхніка»", "ГУП «Белспецвнештехника»")] // Belarusian: RUP
    [InlineData("Публічне акціонерне товариство «Мотор Січ»", "ПАО «Мотор Сич»")] // Ukrainian: PJSC
    public void A_belarusian_or_ukrainian_legal_form_is_the_russian_one(string text, string russian)
    {
        var name = NameAnalyzer.Prepare(text, NameType.Primary, PartyType.Organization);
        var inRussian = NameAnalyzer.Prepare(russian, NameType.Primary, PartyType.Organization);
        Assert.Equal(TokenKind.LegalForm, name.Tokens[0].Kind);
        Assert.Equal(inRussian.Tokens[0].Key, name.Tokens[0].Key);
        Assert.Equal(inRussian.CoreCount, name.CoreCount);
    }

    [Theory]
    [InlineData("OBSHCHESTVO S OGRANICHENNOI OTVETSVENNOSTYU GAS")] // a letter left out
    [InlineData("OBSHCHESTVO S ORGANICHENNOI OTVETSTVENNOSTYU GAS")] // two letters swapped
    [InlineData("OBSHCHESTVO S OGRANICHENNOJ OTVETSTVENNOSTJU GAS")] // two words of it otherwise written
    [InlineData("AKTSIONERNOYE OBSCHESTVO GAS")]
    public void A_legal_form_written_with_a_typo_in_a_long_word_is_still_a_legal_form(string text)
    {
        var name = NameAnalyzer.Prepare(text);
        Assert.Equal(TokenKind.LegalForm, name.Tokens[0].Kind);
        Assert.Equal(2, name.Tokens.Length);
    }

    [Theory]
    [InlineData("OBSHCHESTVO S OGRANICH OTVETSTVENNOSTYU GAS")] // a word cut short is not a typo
    [InlineData("OBSHESTVENNOE OGRANICHENIE GAS")] // other words
    public void A_phrase_with_more_than_a_typo_is_not_a_legal_form(string text) =>
        Assert.DoesNotContain(NameAnalyzer.Prepare(text).Tokens, t => t.Kind == TokenKind.LegalForm);

    [Theory]
    [InlineData("Mario Rossi")]
    [InlineData("Belyi Andrei")]
    public void A_person_s_name_holds_no_institutional_vocabulary(string text) =>
        Assert.All(NameAnalyzer.Prepare(text, NameType.Primary, PartyType.Person).Tokens, t => Assert.Equal(TokenKind.Word, t.Kind));

    [Theory]
    [InlineData("arkticheskaya", "arctic")] // an adjective in -icheskiy: the English one in -ic
    [InlineData("strategicheskikh", "strategic")]
    [InlineData("geograficheskoye", "geographic")]
    [InlineData("spetsializirovannyy", "specialized")] // a participle in -irovannyy: the English one in -ed
    [InlineData("kombinirovannaya", "combined")]
    [InlineData("modernizirovannogo", "modernized")]
    public void A_Russian_adjective_or_participle_has_the_stem_of_its_English_cognate(string russian, string english) =>
        Assert.Equal(Transliterator.PhoneticKey(Stemmer.Stem(english)), Transliterator.PhoneticKey(Stemmer.Stem(russian)));

    [Theory]
    [InlineData("vgtz", true)]
    [InlineData("skbm", true)]
    [InlineData("btrz", true)]
    [InlineData("vniia", true)] // no syllable begins with vn
    [InlineData("sahmp", true)] // none ends with hmp
    [InlineData("trust", false)]
    [InlineData("smart", false)]
    [InlineData("stock", false)]
    [InlineData("trast", false)]
    [InlineData("kamaz", false)]
    [InlineData("kmz", false)] // three letters: an acronym by its length, not by this test
    public void An_acronym_is_told_from_a_word_by_the_consonants_it_begins_and_ends_with(string text, bool expected) =>
        Assert.Equal(expected, Acronyms.IsUnpronounceable(text));

    [Theory]
    [InlineData("VGTZ VOLGOGRAD TRACTOR PLANT", true)]
    [InlineData("KMZ KURGAN MACHINE PLANT", true)]
    [InlineData("TRUST LOGISTICS GROUP", false)] // one vowel, and still a word of the name
    [InlineData("SMART TRADING GROUP", false)]
    public void Only_an_acronym_that_is_no_word_is_a_qualifier_beside_a_longer_name(string text, bool optional) =>
        Assert.Equal(optional, NameAnalyzer.Prepare(text, NameType.Primary, PartyType.Organization).IsOptional(0));
}
