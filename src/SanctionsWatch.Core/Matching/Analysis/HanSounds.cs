using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// Foreign names written in Chinese characters by their sounds (伊留申, yi liu shen: Ilyushin; 图波列夫, tu bo lie fu: Tupolev;
/// 卡拉什尼科夫: Kalashnikov), against their Latin spellings. Chinese writes a syllable for each consonant and has fewer
/// consonants than Russian or English, so the pinyin of a run of characters and the Latin word meet by a consonant skeleton
/// in Chinese sounds (<see cref="SkeletonsOf"/>, <see cref="LatinSkeleton"/>): vowels, the glides y and w before a vowel, and a syllable's added vowel left
/// out; b and p, d and t, g and k one (Chinese writes a voiced and a voiceless consonant alike); f, v and w one (夫 fu is
/// the -v of -ov); l and r one (Russian r is written l: 罗 luo); the hissing sounds one (s, sh, zh, z, c, ch, ts and the
/// j, q, x Chinese writes before i: 申 shen is the shin of Ilyushin), which are also a d or t before i or e (杰 jie is the
/// де of Medvedev), read both ways; h and kh one; ng and n one; 尔 er the r or l that ends a syllable. A skeleton is
/// several names, so a word met by it alone is review at most, as a katakana word's (<see cref="Kana"/>).
/// </summary>
internal static class HanSounds
{
    /// <summary>
    /// The similarity of a word met by its skeleton in Chinese sounds: high, so that the descriptors a Chinese name adds or
    /// leaves out (集团 group, 设计局 design bureau) do not sink it below review, while the name it is found in is capped at
    /// review, as a katakana word's (<see cref="Kana.Similarity"/>). Also the marker of such a match in an explanation.
    /// </summary>
    public const double Similarity = 0.95;

    /// <summary>The fewest consonants a skeleton must have to meet: two (苏霍伊, Sukhoi: s h) are too many names.</summary>
    public const int MinConsonants = 3;

    /// <summary>The most syllables of a run read as one foreign word (弗拉基米尔, fu la ji mi er: Vladimir).</summary>
    public const int MaxSyllables = 6;

    /// <summary>
    /// <see cref="Similarity"/> when the pinyin syllables <paramref name="syllables"/> (a run of one name's characters; Hangul
    /// syllables where <paramref name="korean"/>) and the Latin word <paramref name="latin"/> have one skeleton of
    /// <see cref="MinConsonants"/> consonants or more, else 0.
    /// </summary>
    public static double Compare(IReadOnlyList<string> syllables, string latin, bool korean = false)
    {
        var other = LatinSkeleton(latin);
        if (other.Length < MinConsonants)
            return 0.0;
        foreach (var own in korean ? KoreanSkeletonsOf(syllables) : SkeletonsOf(syllables))
        {
            if (string.Equals(own, other, StringComparison.Ordinal))
                return Similarity;
        }

        return 0.0;
    }

    /// <summary>The skeletons a run of pinyin syllables is read as (a j, q or x before i or e is a hissing sound and also a t).</summary>
    public static List<string> SkeletonsOf(IReadOnlyList<string> syllables)
    {
        var readings = new List<StringBuilder> { new() };
        foreach (var syllable in syllables)
        {
            var (initial, final) = Split(syllable);
            var consonant = initial switch
            {
                "" or "y" => '\0',
                "w" when final is "" or "u" => '\0', // 乌 wu: a vowel (乌拉尔, wu la er: Ural)
                "w" => 'f', // 瓦 wa, 万 wan, 韦 wei: the v of Ivanov (伊万诺夫), Medvedev (梅德韦杰夫)
                "b" or "p" => 'p',
                "d" or "t" => 't',
                "g" or "k" => 'k',
                "f" => 'f',
                "l" or "r" => 'l',
                "h" => 'h',
                "m" => 'm',
                "n" => 'n',
                _ => 's', // s sh zh z c ch j q x
            };
            var palatal = initial is "j" or "q" or "x" && final.Length > 0 && final[0] is 'i' or 'e';
            var ending = final.EndsWith("ng", StringComparison.Ordinal) || final.EndsWith('n') ? 'n'
                : syllable == "er" ? 'l'
                : '\0';
            if (palatal && readings.Count < 8)
            {
                // 杰 jie, 季 ji: the де, ди of a Russian name as often as a hissing sound
                var count = readings.Count;
                for (var r = 0; r < count; r++)
                    readings.Add(new StringBuilder(readings[r].ToString()).Append('t'));
                for (var r = 0; r < count; r++)
                    Append(readings[r], 's');
            }
            else if (consonant != '\0')
            {
                foreach (var r in readings)
                    Append(r, consonant);
            }

            if (ending != '\0')
            {
                foreach (var r in readings)
                    Append(r, ending);
            }
        }

        return Distinct(readings);
    }

    /// <summary>
    /// The skeletons a run of Hangul syllables (romanised McCune-Reischauer without marks: 라브로프 ra pu ro pu) is read as,
    /// in the letters of <see cref="LatinSkeleton"/>: Korean writes a foreign name a syllable for each consonant too, its
    /// added vowel (으, u) left out with the others; ㄱ k and g one, ㄷ t and d, ㄹ r and l (the l of a cluster doubled:
    /// 블라 pul la, Vla-), ㅅ, ㅈ, ㅊ the hissing sounds, ㅎ h and kh; a syllable's final consonant kept (로스텍, ro su tek:
    /// Rostec), ng as n; and ㅂ, ㅍ (both p here) b and v, p and f alike, so each p is read both p and f (Lavrov: l f l f).
    /// </summary>
    public static List<string> KoreanSkeletonsOf(IReadOnlyList<string> syllables)
    {
        var readings = new List<StringBuilder> { new() };
        foreach (var syllable in syllables)
        {
            int start = 0, end = syllable.Length;
            while (start < end && !IsKoreanVowel(syllable[start]))
                start++;
            while (end > start && !IsKoreanVowel(syllable[end - 1]))
                end--;
            KoreanConsonant(readings, syllable[..start]);
            KoreanConsonant(readings, syllable[end..]);
        }

        return Distinct(readings);

        static bool IsKoreanVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y';
    }

    /// <summary>The readings' skeletons, each once, empty ones left out.</summary>
    private static List<string> Distinct(List<StringBuilder> readings)
    {
        var skeletons = new List<string>(readings.Count);
        foreach (var r in readings)
        {
            var skeleton = r.ToString();
            if (skeleton.Length > 0 && !skeletons.Contains(skeleton))
                skeletons.Add(skeleton);
        }

        return skeletons;
    }

    /// <summary>Appends a Hangul initial or final (McCune-Reischauer letters) to every reading; a p as p and as f.</summary>
    private static void KoreanConsonant(List<StringBuilder> readings, string letters)
    {
        var consonant = letters switch
        {
            "" => '\0',
            "k" or "kk" => 'k',
            "t" or "tt" => 't',
            "r" or "l" => 'l',
            "p" or "pp" => 'p',
            "s" or "ss" or "j" or "jj" or "ch" => 's',
            "ng" => 'n',
            _ => letters[0], // n, m, h
        };
        if (consonant == '\0')
            return;
        var count = readings.Count;
        if (consonant == 'p' && count < 8)
        {
            for (var r = 0; r < count; r++)
                readings.Add(Append(new StringBuilder(readings[r].ToString()), 'f'));
        }

        for (var r = 0; r < count; r++)
            Append(readings[r], consonant);
    }

    /// <summary>The consonant skeleton of a lower-case Latin word in Chinese sounds (see the class).</summary>
    public static string LatinSkeleton(string latin)
    {
        var sb = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            var c = latin[i];
            var next = i + 1 < latin.Length ? latin[i + 1] : '\0';
            char mapped;
            if (next == 'h' && c is 's' or 'c' or 'z' or 'k' or 'g' or 't' or 'd' or 'p')
            {
                mapped = c switch { 'k' => 'h', 'g' => 'k', 't' or 'd' => 't', 'p' => 'f', _ => 's' }; // sh ch zh kh gh th dh ph
                i++;
            }
            else if ((c is 't' or 'd' && next is 's' or 'z') || (c == 'c' && next == 'k'))
            {
                mapped = c == 'c' ? 'k' : 's'; // ts tz dz, ck
                i++;
            }
            else
            {
                mapped = c switch
                {
                    'b' or 'p' => 'p',
                    'd' or 't' => 't',
                    'g' or 'k' or 'q' => 'k',
                    'v' or 'w' or 'f' => 'f',
                    'l' or 'r' => 'l',
                    'z' or 's' or 'j' => 's',
                    'c' => next is 'e' or 'i' or 'y' ? 's' : 'k',
                    'x' => 'x',
                    _ => c,
                };
            }

            if (mapped is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' || !char.IsAsciiLetter(mapped))
                continue;
            if (mapped == 'x')
            {
                Append(sb, 'k');
                Append(sb, 's');
                continue;
            }

            Append(sb, mapped);
        }

        return sb.ToString();
    }

    /// <summary>A pinyin syllable's initial consonant (zh, ch, sh, or one letter; "" for none) and its final.</summary>
    private static (string Initial, string Final) Split(string syllable)
    {
        if (syllable.Length >= 2 && syllable[1] == 'h' && syllable[0] is 'z' or 'c' or 's')
            return (syllable[..2], syllable[2..]);
        if (syllable.Length >= 1 && syllable[0] is not ('a' or 'e' or 'i' or 'o' or 'u'))
            return (syllable[..1], syllable[1..]);
        return ("", syllable);
    }

    /// <summary>Appends a consonant, the same one twice in a row once (伊万诺夫, yi wan nuo fu: Ivanov's one n).</summary>
    private static StringBuilder Append(StringBuilder sb, char c)
    {
        if (sb.Length == 0 || sb[^1] != c)
            sb.Append(c);
        return sb;
    }

    /// <summary>Whether a token is a syllable of a Chinese character as romanised (one pinyin syllable of Latin letters).</summary>
    public static bool IsSyllable(PreparedToken t) => t.IsHan && t.Kind == TokenKind.Word;
}
