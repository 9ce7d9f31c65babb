using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// Cyrillic (Russian and Ukrainian letters) to Latin, and a phonetic comparison key per token that makes the common
/// romanisations of one Russian name equal (kh/h/ch, ks/x, ts/tz/c, ya/ia, yu/iu, y/i/j, e/ye/yo, zh/j, shch/sch/sh,
/// -iy/-y/-ii/-yy/-ij endings, doubled letters).
/// </summary>
public static class Transliterator
{
    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['ё'] = "yo",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "i",
        ['й'] = "y",
        ['к'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ъ'] = "",
        ['ы'] = "y",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "yu",
        ['я'] = "ya",
        ['і'] = "i",
        ['ї'] = "yi",
        ['є'] = "ye",
        ['ґ'] = "g",
        ['ў'] = "u",
        ['ј'] = "j",
        ['ђ'] = "dj",
        ['ћ'] = "c",
        ['љ'] = "lj",
        ['њ'] = "nj",
        ['џ'] = "dz",
        ['ѓ'] = "g",
        ['ќ'] = "k",
        ['ѕ'] = "dz",

        // the letters of Kazakh, Kyrgyz, Tajik, Tatar, Bashkir and Mongolian Cyrillic, as those names are written in Latin
        // letters (Нұрсұлтан Nursultan, Тоқаев Tokayev, Кәрімова Karimova, Өлзийбат Olziibat, Ғалымжан Galymzhan)
        ['ә'] = "a",
        ['ғ'] = "g",
        ['қ'] = "k",
        ['ң'] = "n",
        ['ө'] = "o",
        ['ұ'] = "u",
        ['ү'] = "u",
        ['һ'] = "h",
        ['ӣ'] = "i",
        ['ӯ'] = "u",
        ['ҳ'] = "h",
        ['ҷ'] = "j",
        ['җ'] = "zh",
        ['ҙ'] = "z",
        ['ҡ'] = "k",
        ['ҫ'] = "s",
        ['ӑ'] = "a",
        ['ӗ'] = "e",
        ['ӧ'] = "o",
        ['ӱ'] = "u",
        ['ӈ'] = "n",
        ['ҝ'] = "g",
        ['ҹ'] = "j",
        ['ӏ'] = "",
    };

    /// <summary>
    /// Hebrew letters as names written in Hebrew spell them (Israel's lists write Arabic names in Hebrew letters): ב is b,
    /// כ k, פ f, ש sh, צ s (ص), ק q; א (written for alif) a, ע e, as the Arabic letters; ו and י v and y, read as vowels
    /// inside a word as in Arabic.
    /// AnyAscii reads them as modern Hebrew speech (ב v, כ kh), which no Latin spelling of those names has.
    /// </summary>
    private static readonly Dictionary<char, string> Hebrew = new()
    {
        ['א'] = "a",
        ['ב'] = "b",
        ['ג'] = "g",
        ['ד'] = "d",
        ['ה'] = "h",
        ['ו'] = "v",
        ['ז'] = "z",
        ['ח'] = "h",
        ['ט'] = "t",
        ['י'] = "y",
        ['כ'] = "k",
        ['ך'] = "k",
        ['ל'] = "l",
        ['מ'] = "m",
        ['ם'] = "m",
        ['נ'] = "n",
        ['ן'] = "n",
        ['ס'] = "s",
        ['ע'] = "e",
        ['פ'] = "f",
        ['ף'] = "f",
        ['צ'] = "s",
        ['ץ'] = "s",
        ['ק'] = "q",
        ['ר'] = "r",
        ['ש'] = "sh",
        ['ת'] = "t",
    };

    /// <summary>
    /// Arabic letters (and Persian and Urdu ones) as AnyAscii writes them (ث th, خ kh, ذ and ظ dh, ة h; ض dh too, which
    /// AnyAscii writes d: it is d in Arabic, z in Persian, and <see cref="Abjad"/> reads dh as both), but for the
    /// letters that write a name's vowels, which AnyAscii leaves out: alif (ا آ ى) is a, and ع and the hamza (ء ؤ ئ, and
    /// أ إ: a hamza on an alif is a, u or i: Ahmad, Usama, Ibrahim), which Latin writes as a vowel, an apostrophe or
    /// nothing, are e (read by <see cref="Abjad"/> as any vowel). Vowel signs are left
    /// out: the skeleton reads the letters.
    /// </summary>
    private static readonly Dictionary<char, string> Arabic = new()
    {
        ['ا'] = "a",
        ['أ'] = "e",
        ['إ'] = "e",
        ['آ'] = "a",
        ['ٱ'] = "a",
        ['ى'] = "a",
        ['ٰ'] = "a",
        ['ع'] = "e",
        ['ء'] = "e",
        ['ؤ'] = "e",
        ['ئ'] = "e",
        ['ب'] = "b",
        ['ت'] = "t",
        ['ث'] = "th",
        ['ج'] = "j",
        ['ح'] = "h",
        ['خ'] = "kh",
        ['د'] = "d",
        ['ذ'] = "dh",
        ['ر'] = "r",
        ['ز'] = "z",
        ['س'] = "s",
        ['ش'] = "sh",
        ['ص'] = "s",
        ['ض'] = "dh",
        ['ط'] = "t",
        ['ظ'] = "dh",
        ['غ'] = "gh",
        ['ف'] = "f",
        ['ق'] = "q",
        ['ك'] = "k",
        ['ل'] = "l",
        ['م'] = "m",
        ['ن'] = "n",
        ['ه'] = "h",
        ['و'] = "w",
        ['ي'] = "y",
        ['ة'] = "h",
        ['پ'] = "p",
        ['چ'] = "ch",
        ['ژ'] = "zh",
        ['گ'] = "g",
        ['ک'] = "k",
        ['ی'] = "y",
        ['ە'] = "h",
        ['ھ'] = "h",
        ['ہ'] = "h",
        ['ۃ'] = "h",
        ['ے'] = "y",
        ['ٹ'] = "t",
        ['ڈ'] = "d",
        ['ڑ'] = "r",
        ['ں'] = "n",
    };

    /// <summary>
    /// Hebrew letters with a geresh (׳, often typed ') for the Arabic sounds Hebrew has no letter of: ג׳ ج j, ח׳ خ kh,
    /// ע׳ غ gh, ת׳ ث th, ד׳ ذ, ט׳ ظ and צ׳ ض dh (as the Arabic letters); ז׳ zh as in Zhukov.
    /// </summary>
    private static readonly Dictionary<char, string> HebrewGeresh = new()
    {
        ['ג'] = "j",
        ['ח'] = "kh",
        ['ע'] = "gh",
        ['ת'] = "th",
        ['ד'] = "dh",
        ['ט'] = "dh",
        ['צ'] = "dh",
        ['ץ'] = "dh",
        ['ז'] = "zh",
    };

    /// <summary>The geresh, the mark a name's Hebrew letter carries for a sound of another language (the normaliser writes an apostrophe after a Hebrew letter as it).</summary>
    internal const char Geresh = '\u05F3';

    /// <summary>Whether the letter at <paramref name="i"/> begins a word of <paramref name="text"/>.</summary>
    private static bool StartsWord(string text, int i) => i == 0 || text[i - 1] == ' ';

    /// <summary>True when <paramref name="c"/> is a Hebrew letter (U+05D0–U+05EA).</summary>
    internal static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA';

    /// <summary>True when the text holds at least one Cyrillic letter.</summary>
    public static bool HasCyrillic(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
                return true;
        }

        return false;
    }

    /// <summary>
    /// Romanises lower-case text: Cyrillic by the table above (Russian and Ukrainian conventions the phonetic key
    /// expects; the letters of Kazakh, Tajik, Mongolian … as their names are written), Greek as ELOT 743 does
    /// (<see cref="AppendGreek"/>: its digraphs are one sound), Hangul as the lists write North Korean names
    /// (<see cref="AppendHangul"/>), Armenian as the lists write Armenian names (<see cref="AppendArmenian"/>), Devanagari
    /// as Indian names are written (<see cref="AppendDevanagari"/>), every other script (Han as pinyin, Georgian, kana …)
    /// by AnyAscii; Latin letters pass through.
    /// </summary>
    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var other = HasOtherScript(text);
        if (!other && !HasCyrillic(text) && text.AsSpan().IndexOfAny(MarkedLatinLetters) < 0)
            return text;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var lower = char.ToLowerInvariant(text[i]);
            if (Cyrillic.TryGetValue(lower, out var latin))
            {
                sb.Append(latin);
            }
            else if (MarkedLatinLetters.Contains(lower))
            {
                sb.Append(MarkedLatin(lower).Plain);
            }
            else if (IsGreekLetter(lower))
            {
                i += AppendGreek(sb, text, i) - 1;
            }
            else if (IsHebrewLetter(lower))
            {
                var geresh = i + 1 < text.Length && text[i + 1] == Geresh;
                sb.Append(geresh && HebrewGeresh.TryGetValue(lower, out var marked) ? marked
                    : lower == 'א' && StartsWord(text, i) ? "e" // a first א carries any vowel: איברהים Ibrahim
                    : Hebrew[lower]);
                i += geresh ? 1 : 0;
            }
            else if (Arabic.TryGetValue(lower, out var arabic))
            {
                // a bare alif that begins a word carries a vowel Latin may write or not (the article's ال: Abd-ul-lah): any vowel
                sb.Append(lower == 'ا' && StartsWord(text, i) ? "e" : arabic);
            }
            else if (lower is >= '\u30A1' and <= '\u30FC')
            {
                AppendKatakana(sb, lower);
            }
            else if (lower is >= HangulFirst and <= HangulLast)
            {
                AppendHangul(sb, lower);
            }
            else if (lower is >= '\u0561' and <= '\u0587')
            {
                i += AppendArmenian(sb, text, i) - 1;
            }
            else if (lower is >= '\u0900' and <= '\u097F')
            {
                AppendDevanagari(sb, text, i);
            }
            else if (lower is >= '\u064B' and <= '\u065F' or '\u0640')
            {
                // Arabic vowel signs, the shadda and the tatweel (a letter drawn long)
            }
            else if (lower is >= '\u0591' and <= '\u05C7' or Geresh or '\u05F4')
            {
                // Hebrew points and accents (vowels written under the letters, read as the skeleton leaves vowels out), a lone geresh or gershayim
            }
            else
            {
                sb.Append(lower);
            }
        }

        if (!other)
            return sb.ToString();

        // AnyAscii writes a syllable of Han or Hangul capitalised (李 → Li) and marks some letters with quotes (Armenian
        // Khach'atryan): letters and digits are kept, lower case
        var ascii = AnyAscii.Transliteration.Transliterate(sb.ToString());
        sb.Clear();
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
                sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    // the Armenian letters ա (U+0561) to ֆ (U+0586) as names are written in Latin letters (Tsarukyan, Vardanyan,
    // Hovhannisyan, Ghazaryan): not AnyAscii's rr for ռ and ow for ու (Rrowben for Ruben)
    private static readonly string[] ArmenianLetters =
    [
        "a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz", "gh", "ch", "m", "y", "n",
        "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v", "p", "k", "o", "f",
    ];

    /// <summary>
    /// Romanises the Armenian letter at <paramref name="i"/> as the lists write Armenian names: ու u, և ev, and at a
    /// word's start ե ye and ո vo (Yerevan, Voskanyan); returns how many letters it read.
    /// </summary>
    private static int AppendArmenian(StringBuilder sb, string text, int i)
    {
        var c = char.ToLowerInvariant(text[i]);
        var initial = i == 0 || !char.IsLetter(text[i - 1]);
        var next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : '\0';
        switch (c)
        {
            case 'ո' when next == 'ւ':
                sb.Append('u');
                return 2;
            case 'և':
                sb.Append(initial ? "yev" : "ev");
                return 1;
            case 'ե' when initial:
                sb.Append("ye");
                return 1;
            case 'ո' when initial:
                sb.Append("vo");
                return 1;
            default:
                sb.Append(ArmenianLetters[c - '\u0561']);
                return 1;
        }
    }

    // Devanagari consonants क (U+0915) to ह (U+0939), as Indian names are written in Latin letters (श and ष sh, फ ph)
    private static readonly string[] DevanagariConsonants =
    [
        "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n", "t", "th", "d", "dh", "n", "n",
        "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l", "l", "v", "sh", "sh", "s", "h",
    ];

    /// <summary>
    /// Romanises the Devanagari letter at <paramref name="i"/> as Indian names are written in Latin letters: a consonant
    /// with its inherent a unless a vowel sign or a virama follows, or it ends the word after a vowel (राजेश Rajesh, कुमार
    /// Kumar, शर्मा Sharma; नरेन्द्र Narendra); vowels and vowel signs plain (आ ा a, ई ी i, ऐ ै ai), the anusvara n. AnyAscii writes Rajes Srma.
    /// </summary>
    private static void AppendDevanagari(StringBuilder sb, string text, int i)
    {
        var c = text[i];
        if (c is >= '\u0915' and <= '\u0939')
        {
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (next == '\u093C') // a nukta: क़ q, ज़ z, फ़ f, ड़ r
            {
                sb.Append(c switch { 'क' => "q", 'ख' => "kh", 'ग' => "gh", 'ज' => "z", 'ड' => "r", 'ढ' => "rh", 'फ' => "f", _ => DevanagariConsonants[c - '\u0915'] });
                next = i + 2 < text.Length ? text[i + 2] : '\0';
            }
            else
            {
                sb.Append(DevanagariConsonants[c - '\u0915']);
            }

            var endsWord = next is not (>= '\u0900' and <= '\u097F');
            var sign = next is >= '\u093E' and <= '\u094D'; // a vowel sign or the virama
            var conjunct = i > 0 && text[i - 1] == '\u094D'; // a word ending in a conjunct keeps its a: नरेन्द्र Narendra, मिश्र Mishra
            if (!sign && (!endsWord || conjunct))
                sb.Append('a');
            return;
        }

        sb.Append(c switch
        {
            'अ' or 'आ' or '\u093E' => "a",
            'इ' or 'ई' or '\u093F' or '\u0940' => "i",
            'उ' or 'ऊ' or '\u0941' or '\u0942' => "u",
            'ऋ' or '\u0943' => "ri",
            'ए' or '\u0947' => "e",
            'ऐ' or '\u0948' => "ai",
            'ओ' or '\u094B' => "o",
            'औ' or '\u094C' => "au",
            'ं' or 'ँ' => "n",
            'ः' => "h",
            _ => "", // the virama, the nukta, marks and digits' neighbours: nothing of their own
        });
    }

    private const char HangulFirst = '\uAC00', HangulLast = '\uD7A3';

    // a Hangul syllable's initial consonant, vowel and final consonant, as McCune-Reischauer writes them without its marks
    // (ŏ o, ŭ u) and aspirates (p', t', k': p, t, k), the way OFAC and the UN write North Korean names (KIM Jong Un, CHOE
    // Ryong Hae, RI Pyong Chol, PAK Pong Ju): not the Revised Romanisation (gim, choe ryonghae, ri byeongcheol), which no
    // list writes a name by
    private static readonly string[] HangulInitials =
        ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];

    private static readonly string[] HangulVowels =
        ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];

    private static readonly string[] HangulFinals =
        ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    /// <summary>A Hangul syllable (each is a token of its own: 김영남 = Kim Yong Nam), romanised as the lists write North Korean names.</summary>
    private static void AppendHangul(StringBuilder sb, char syllable)
    {
        var index = syllable - HangulFirst;
        sb.Append(HangulInitials[index / (21 * 28)]).Append(HangulVowels[index / 28 % 21]).Append(HangulFinals[index % 28]);
    }

    /// <summary>
    /// A katakana letter romanised (Hepburn, as AnyAscii writes each letter), its small letters joined to the syllable before
    /// them as Japanese writes foreign sounds with them: ジャ ja (not jiya), シュ shu, キャ kya, ティ ti, ドゥ du, ファ fa, ヴァ va,
    /// ウィ wi, チェ che; the long-vowel mark ー and the small ッ that doubles a consonant left out, as a Latin spelling of
    /// a foreign name has neither (プーチン puchin, Putin).
    /// </summary>
    private static void AppendKatakana(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '\u30FC' or '\u30C3': // ー, ッ
                return;
            case '\u30E3' or '\u30E5' or '\u30E7': // small ャ ュ ョ: kya, sha, ju
                {
                    var glide = c == '\u30E3' ? 'a' : c == '\u30E5' ? 'u' : 'o';
                    if (sb.Length >= 2 && sb[^1] == 'i')
                    {
                        var soft = sb[^2] == 'j' || (sb.Length >= 3 && sb[^3] is 's' or 'c' && sb[^2] == 'h');
                        sb.Length--;
                        if (!soft)
                            sb.Append('y');
                        sb.Append(glide);
                    }
                    else
                    {
                        sb.Append('y').Append(glide);
                    }

                    return;
                }

            case '\u30A1' or '\u30A3' or '\u30A5' or '\u30A7' or '\u30A9': // small ァ ィ ゥ ェ ォ: ti, du, fa, wi
                {
                    var vowel = c switch { '\u30A1' => 'a', '\u30A3' => 'i', '\u30A5' => 'u', '\u30A7' => 'e', _ => 'o' };
                    if (sb.Length >= 1 && sb[^1] is 'a' or 'i' or 'u' or 'e' or 'o')
                    {
                        var lone = sb.Length == 1 || sb[^2] is 'a' or 'i' or 'u' or 'e' or 'o' or ' ';
                        var before = sb[^1];
                        sb.Length--;
                        if (lone && before is 'u' or 'i')
                            sb.Append(before == 'u' ? 'w' : 'y'); // ウィ wi, ウォ wo, イェ ye
                    }

                    sb.Append(vowel);
                    return;
                }

            default:
                foreach (var ch in AnyAscii.Transliteration.Transliterate(c.ToString()))
                {
                    if (char.IsAsciiLetter(ch))
                        sb.Append(char.ToLowerInvariant(ch));
                }

                return;
        }
    }

    /// <summary>
    /// True when the text holds a letter of a script that leaves out short vowels (Hebrew, Arabic, Syriac, Samaritan,
    /// Mandaic: U+0590–U+077F and U+0800–U+08FF, and the Hebrew and Arabic presentation forms; not Thaana nor NKo, which
    /// write their vowels).
    /// </summary>
    public static bool IsAbjad(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u0590' and <= '\u077F') or (>= '\u0800' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') && char.IsLetter(c))
                return true;
        }

        return false;
    }

    // the Latin letters NameNormalizer keeps marked: one letter with its mark stripped (as OFAC writes KARADZIC), the sound
    // of a digraph in the alphabets that mark it (Czech, Croatian, Lithuanian, Turkish, Polish; the scientific romanisation
    // of Russian: Šojgu, Prigožin, Čemezov); and the Azerbaijani ə, an a, whose word is read in that alphabet (SecondReading)
    private static readonly System.Buffers.SearchValues<char> MarkedLatinLetters = System.Buffers.SearchValues.Create("šşșśžźżčćçəǝ");

    private static (char Plain, string Digraph) MarkedLatin(char c) => c switch
    {
        'š' or 'ş' or 'ș' or 'ś' => ('s', "sh"),
        'ž' or 'ź' or 'ż' => ('z', "zh"),
        'ə' or 'ǝ' => ('a', "a"),
        _ => ('c', "ch"),
    };

    /// <summary>
    /// A word's second romanisation, where its script writes a foreign name in a way <see cref="ToLatin"/> cannot tell from
    /// a native word (null elsewhere): a Georgian word without the nominative -i Georgian adds to a name that ends in a
    /// consonant (პუტინი, putini: Putin; ლავროვი: Lavrov), which its own names keep (სააკაშვილი, Saakashvili); a Greek word
    /// with ντ, μπ, γκ read d, b, g inside it, as Greek writes those sounds of a foreign name (Μεντβέντεφ, mentventef:
    /// Medvedev), where its own words say nt, mb, ng (Αντώνης, Antonis); a Latin word with š, ž, č (ş, ś, ż, ć, ç) read
    /// with sh, zh, ch (Šojgu: Shoigu), where its first reading strips the mark (Karadžić: KARADZIC); a word with the
    /// Azerbaijani ə in that alphabet (c дж, x kh, q g: Cəfərov as Dzhafarov).
    /// <paramref name="latin"/> is the word's romanisation.
    /// </summary>
    public static string? SecondReading(ReadOnlySpan<char> word, string latin)
    {
        if (word.IndexOfAny(MarkedLatinLetters) >= 0)
        {
            // with ə, the word is Azerbaijani, read as Russian romanisations write its sounds: c is дж (Cəfərov: Dzhafarov,
            // Jafarov), x kh (Xəlilov: Khalilov), q g (Qasımov: Gasymov); ç, ş, ə are marked letters
            var azerbaijani = word.IndexOfAny('ə', 'ǝ') >= 0;
            var sb = new StringBuilder(word.Length + 6);
            foreach (var c in word)
            {
                if (MarkedLatinLetters.Contains(c))
                    sb.Append(MarkedLatin(c).Digraph);
                else if (azerbaijani && c is 'c' or 'x' or 'q')
                    sb.Append(c switch { 'c' => "dzh", 'x' => "kh", _ => "g" });
                else
                    sb.Append(c);
            }

            return sb.ToString();
        }

        foreach (var c in word)
        {
            if (c is (>= '\u10D0' and <= '\u10FF') or (>= '\u1C90' and <= '\u1CBF'))
                return latin.Length >= 4 && latin[^1] == 'i' && latin[^2] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y') && char.IsAsciiLetterLower(latin[^2]) ? latin[..^1] : null;
            if (IsGreekLetter(char.ToLowerInvariant(c)))
            {
                var read = latin.Replace("nt", "d", StringComparison.Ordinal).Replace("mp", "b", StringComparison.Ordinal).Replace("gk", "g", StringComparison.Ordinal);
                return read.Length < latin.Length ? read : null;
            }
        }

        return null;
    }

    /// <summary>True when the text holds a letter of a script other than Latin and Cyrillic.</summary>
    private static bool IsGreekLetter(char c) => c is >= '\u0386' and <= '\u03CE' && char.IsLetter(c);

    /// <summary>A Greek letter without its accent (ά: α), lower case; <paramref name="diaeresis"/> when it bears one (ϊ, ϋ: a vowel of its own).</summary>
    private static char GreekBase(char c, out bool diaeresis)
    {
        c = char.ToLowerInvariant(c);
        diaeresis = c is 'ϊ' or 'ϋ' or 'ΐ' or 'ΰ';
        return c switch
        {
            'ά' => 'α',
            'έ' => 'ε',
            'ή' => 'η',
            'ί' or 'ϊ' or 'ΐ' => 'ι',
            'ό' => 'ο',
            'ύ' or 'ϋ' or 'ΰ' => 'υ',
            'ώ' => 'ω',
            'ς' => 'σ',
            _ => c,
        };
    }

    /// <summary>
    /// Romanises the Greek letter at <paramref name="i"/> as ELOT 743 does (the Greek standard of Greek passports, which
    /// lists copy), with the letter after it where the two are one sound: μπ, ντ, γκ b, d, g at a word's start and mp, nt,
    /// gk inside it (Μπακογιάννη: Bakogianni, Αντετοκούνμπο: Antetokounmpo, Καραγκούνης: Karagkounis), γγ ng, ου ou, αυ ευ
    /// ηυ av ev iv before a vowel or a voiced consonant and af ef if elsewhere (Παύλος: Pavlos, Ευθύμιος: Efthymios); returns
    /// how many letters it read.
    /// </summary>
    private static int AppendGreek(StringBuilder sb, string text, int i)
    {
        var c = GreekBase(text[i], out _);
        var nextDiaeresis = false;
        var next = i + 1 < text.Length && IsGreekLetter(char.ToLowerInvariant(text[i + 1])) ? GreekBase(text[i + 1], out nextDiaeresis) : '\0';
        var initial = i == 0 || !char.IsLetter(text[i - 1]);
        switch (c, next)
        {
            case ('μ', 'π'):
                sb.Append(initial ? "b" : "mp");
                return 2;
            case ('ν', 'τ'):
                sb.Append(initial ? "d" : "nt");
                return 2;
            case ('γ', 'κ'):
                sb.Append(initial ? "g" : "gk");
                return 2;
            case ('γ', 'γ'):
                sb.Append("ng");
                return 2;
            case ('γ', 'ξ'):
                sb.Append("nx");
                return 2;
            case ('γ', 'χ'):
                sb.Append("nch");
                return 2;
            case ('ο', 'υ') when !nextDiaeresis:
                sb.Append("ou");
                return 2;
            case ('α' or 'ε' or 'η', 'υ') when !nextDiaeresis:
                var after = i + 2 < text.Length && IsGreekLetter(char.ToLowerInvariant(text[i + 2])) ? GreekBase(text[i + 2], out _) : '\0';
                sb.Append(c switch { 'α' => 'a', 'ε' => 'e', _ => 'i' }).Append("αεηιουωβγδζλμνρ".Contains(after, StringComparison.Ordinal) && after != '\0' ? 'v' : 'f');
                return 2;
        }

        sb.Append(c switch
        {
            'α' => "a",
            'β' => "v",
            'γ' => "g",
            'δ' => "d",
            'ε' => "e",
            'ζ' => "z",
            'η' => "i",
            'θ' => "th",
            'ι' => "i",
            'κ' => "k",
            'λ' => "l",
            'μ' => "m",
            'ν' => "n",
            'ξ' => "x",
            'ο' => "o",
            'π' => "p",
            'ρ' => "r",
            'σ' => "s",
            'τ' => "t",
            'υ' => "y",
            'φ' => "f",
            'χ' => "ch",
            'ψ' => "ps",
            'ω' => "o",
            _ => c.ToString(),
        });
        return 1;
    }

    private static bool HasOtherScript(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0250' && c is not (>= '\u0400' and <= '\u04FF') && char.IsLetter(c))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The phonetic key of one lower-case token (Latin or Cyrillic). Digits-only tokens are their own key.
    /// Not meant to be read, only compared.
    /// </summary>
    public static string PhoneticKey(string token)
    {
        var s = ToLatin(token);
        if (s.Length == 0 || NameNormalizer.IsDigits(s))
            return s;

        // дж, written dzh or (French) dj, keyed as zh: Dzhabarov = Djabarov, lodzhistiks meets logistics (the g that sounds
        // j meets it in the vowel-variant comparison); not in a token of those letters alone (DJ, DZH), which would key
        // as one letter, an initial
        if (s.Length > 3 && s.StartsWith("dj", StringComparison.Ordinal))
            s = "zh" + s[2..];
        if (s.Length > 4)
            s = s.Replace("dzh", "zh", StringComparison.Ordinal);
        if (s.Length > 3 && s.StartsWith("eu", StringComparison.Ordinal) && s[2] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'n' or 'k' or 'l'))
            s = "ev" + s[2..]; // the Greek eu is ев in Russian: Eurasia = Evraziya, Eurochem = Evrokhim, Eugene = Evgeny

        // ч written tch (French: Tchemezov) or tsch (German: Tschemesow) is the ch of English
        if (s.Length > 3)
            s = s.Replace("tsch", "ch", StringComparison.Ordinal).Replace("tch", "ch", StringComparison.Ordinal);

        s = s.Replace("shch", "S", StringComparison.Ordinal)
            .Replace("sch", "S", StringComparison.Ordinal)
            .Replace("sh", "S", StringComparison.Ordinal)
            .Replace("zh", "Z", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal)
            .Replace("ch", "h", StringComparison.Ordinal)
            .Replace("cks", "x", StringComparison.Ordinal)
            .Replace("ks", "x", StringComparison.Ordinal)
            .Replace("tz", "C", StringComparison.Ordinal)
            .Replace("ts", "C", StringComparison.Ordinal)
            .Replace("yo", "e", StringComparison.Ordinal)
            .Replace("ye", "e", StringComparison.Ordinal)
            .Replace("jo", "e", StringComparison.Ordinal)
            .Replace("je", "e", StringComparison.Ordinal)
            .Replace("ya", "ia", StringComparison.Ordinal)
            .Replace("ja", "ia", StringComparison.Ordinal)
            .Replace("yu", "iu", StringComparison.Ordinal)
            .Replace("ju", "iu", StringComparison.Ordinal);

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            char mapped;
            switch (c)
            {
                case 'c' when next == 's':
                    mapped = 'x'; // as ks: electronics = elektroniks, logistics = lodzhistiks
                    i++;
                    break;
                case 'c':
                    mapped = next is 'e' or 'i' or 'y' ? 'C' : 'k';
                    break;
                case 'C':
                    mapped = 'C';
                    break;
                case 'q':
                    mapped = 'k';
                    break;
                case 'w':
                    mapped = 'v';
                    break;
                case 'y':
                    mapped = 'i';
                    break;
                case 'j':
                    mapped = i == 0 ? 'Z' : 'i'; // word-initial j as in Jukov (zh); elsewhere the y-glide
                    break;
                case 'Z':
                    mapped = 'Z';
                    break;
                default:
                    mapped = c;
                    break;
            }

            if (sb.Length > 0 && sb[^1] == mapped)
                continue; // doubled letters (also -ii, -iy, -yy, -ij endings)
            sb.Append(mapped);
        }

        return AdjectiveStem(sb);
    }

    private static readonly string[] AdjectiveEndings = ["skogo", "skaia", "skoe", "skie", "skih", "skoi", "ski", "ska"];

    /// <summary>Russian adjectives in -sk- lose their ending: Kurganskiy = Kurgansky = Kurganskoye = Kurgansk.</summary>
    private static string AdjectiveStem(StringBuilder sb)
    {
        if (sb.Length >= 7)
        {
            foreach (var ending in AdjectiveEndings)
            {
                if (EndsWith(sb, ending))
                {
                    sb.Length -= ending.Length - 2;
                    break;
                }
            }
        }

        // a final kh/h is a hard k in brand spellings: Rostekh = Rostec, Rosatom's -tekh names = -tec
        if (sb.Length >= 5 && sb[^1] == 'h' && sb[^2] != 'k')
            sb[^1] = 'k';
        return sb.ToString();
    }

    private static bool EndsWith(StringBuilder sb, string ending)
    {
        if (sb.Length < ending.Length)
            return false;
        for (var i = 0; i < ending.Length; i++)
        {
            if (sb[sb.Length - ending.Length + i] != ending[i])
                return false;
        }

        return true;
    }
}
