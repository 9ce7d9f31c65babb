using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// Foreign names written in Japanese katakana against their Latin spellings. Katakana writes a syllable for each
/// consonant, so a foreign name gains vowels (ラブロフ, raburofu: Lavrov), and it has one sound for l and r, and b for v;
/// <see cref="Transliterator"/> romanises it letter by letter (Hepburn). Both sides then meet by a consonant skeleton made
/// in Japanese sounds (<see cref="Skeleton"/>): the vowels, y and the long-vowel mark left out, so added vowels do not
/// count; l read r; v, w and f read b (Ivanova is イワノワ, iwanowa; Lavrov's -ov is -ofu); th, sh and s one sound (Harith
/// is ハーリス, harisu), ch, ts and t one (Putin is プーチン, puchin), j, zh, dh and z one; a letter doubled where written
/// together once (Muthanna), twice where a vowel stands between (Ural). A skeleton is several names, so a word met by it
/// alone is review at most, as an abjad's (<see cref="Abjad"/>); a word's ending is compared apart (<see cref="EndingOf"/>).
/// </summary>
internal static class Kana
{
    /// <summary>The similarity of a word met by its skeleton only: review, not alert (the name is capped there too).</summary>
    public const double Similarity = 0.85;

    /// <summary>True when the text holds a katakana letter (U+30A1–U+30FA).</summary>
    public static bool IsKatakana(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u30A1' and <= '\u30FA')
                return true;
        }

        return false;
    }

    /// <summary>
    /// <see cref="Similarity"/> when <paramref name="kana"/> (a romanised katakana word) and <paramref name="latin"/> have
    /// one skeleton of two consonants or more (of one only against a Latin word of three sounds or fewer: アル, aru, is the
    /// article al, アガ, aga, Agha), else 0.
    /// </summary>
    public static double Compare(PreparedToken kana, PreparedToken latin)
    {
        foreach (var other in LatinSkeletons(latin.Text))
        {
            if (other.Length == 1 && Sounds(latin.Text) > 3)
                continue;
            foreach (var own in SkeletonsOf(kana.Text))
            {
                if (string.Equals(own, other, StringComparison.Ordinal))
                    return Similarity;
            }
        }

        return 0.0;
    }

    /// <summary>
    /// The skeletons a Latin word is written with in katakana: as spelled, and, where an r follows a vowel before a
    /// consonant or at the end, without it, as Japanese writes English (アルバート, arubato: Albert; ロバート: Robert).
    /// </summary>
    public static IEnumerable<string> LatinSkeletons(string latin)
    {
        var own = Skeleton(latin);
        if (own.Length > 0)
            yield return own;
        StringBuilder? sb = null;
        for (var i = 1; i < latin.Length; i++)
        {
            if (latin[i] == 'r' && IsVowel(latin[i - 1]) && (i + 1 == latin.Length || !IsVowel(latin[i + 1])))
            {
                sb ??= new StringBuilder(latin);
                sb[i] = '-';
            }
        }

        if (sb is not null && Skeleton(sb.ToString()) is { Length: > 0 } nonRhotic && nonRhotic != own)
            yield return nonRhotic;
    }

    /// <summary>How a katakana word's ending stands to a Latin word's (<see cref="EndingOf"/>).</summary>
    public enum Ending
    {
        /// <summary>One sound: taheru / Taher, danieru / Daniel, andorei / Andrey.</summary>
        Same,

        /// <summary>Another ending, another name: iwanowa / Ivanov, hamidi / Hamid, andore / Andrey.</summary>
        Different,

        /// <summary>A final -to: the vowel katakana adds after t, or the name's own (ロベルト: Robert or Roberto).</summary>
        Ambiguous,
    }

    /// <summary>
    /// Whether a romanised katakana word and a Latin one end in one sound, the vowel katakana adds after a final consonant
    /// left aside: u after a consonant but d (ターヘル, taheru: Taher; ダニエル, danieru: Daniel), i after ch (ッチ), o after
    /// d (ハミド, hamido: Hamid; names end in -d far more often than in -do) and after t, where it is as often a name's own
    /// (ロベルト: Robert or Roberto), so ambiguous. Another ending is another
    /// name, as in Latin (イワノワ, iwanowa, is Ivanova, not Ivanov; ハミディ is Hamidi, not Hamid; アンドレ is Andre, not
    /// Andrey). A Latin final h after a vowel (Rajah) and j after one (Sergej) are Latin's own.
    /// </summary>
    public static Ending EndingOf(string kana, string latin)
    {
        if (latin.Length >= 3 && latin[^1] == 'h' && IsVowel(latin[^2]))
            latin = latin[..^1]; // a final h Latin writes after a vowel (Rajah, Abdullah): katakana has none
        if (latin.Length >= 3 && latin[^1] == 'j' && IsVowel(latin[^2]))
            latin = latin[..^1] + "i"; // Sergej, Andrej: the j is an i
        if (kana.Length < 2 || latin.Length < 2)
            return Ending.Same;
        if (latin.Length >= 3 && latin[^1] == 'r' && IsVowel(latin[^2]) && kana[^1] is 'a' or 'o' && !IsVowel(kana[^2]))
            return Ending.Same; // English -er, -or written long a or o (ピーター, pita: Peter; パーカー, paka: Parker)
        var latinVowel = IsVowel(latin[^1]);
        var ambiguous = false;
        if (!latinVowel && kana.Length >= 3 && !IsVowel(kana[^2]))
        {
            if (kana[^1] == 'u' && kana[^2] != 'd')
            {
                kana = kana[..^1];
            }
            else if (kana[^1] == 'o' && kana[^2] is 't' or 'd')
            {
                kana = kana[..^1];
                ambiguous = kana[^1] == 't'; // ト: Robert or Roberto; ド mostly -d (Muhammad, Ahmad, Hamid)
            }
            else if (kana[^1] == 'i' && kana.EndsWith("chi", StringComparison.Ordinal))
            {
                kana = kana[..^1];
            }
        }

        if (IsVowel(kana[^1]) != latinVowel)
            return Ending.Different;
        if (latinVowel)
        {
            // a diphthong (セルゲイ, serugei; ニコライ, nikorai) is that diphthong: Sergei, not Serge; Nikolai, not Nicole
            if (kana[^1] == 'i' && IsVowel(kana[^2]))
                return latin[^1] is 'i' or 'y' && latin[^2] == kana[^2] ? Ending.Same : Ending.Different;
            return kana[^1] == latin[^1] || (kana[^1] == 'i' && latin[^1] is 'y' or 'e') || (kana[^1] == 'o' && latin[^1] == 'u') ? Ending.Same : Ending.Different;
        }

        string own = Skeleton(kana), other = Skeleton(latin);
        return own.Length == 0 || other.Length == 0 || own[^1] != other[^1] ? Ending.Different
            : ambiguous ? Ending.Ambiguous
            : Ending.Same;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// The skeletons a romanised katakana word is read as: its ji (ジ) is a z and also a d (ウラジーミル, urajimiru: Vladimir),
    /// as Japanese writes di so; its fu (フ) before a consonant is an f and also an h (ラフマン, rafuman: Rahman), as Japanese
    /// writes an h that ends a syllable so; a first u (ウ) before a consonant is also a v (Vladimir again).
    /// </summary>
    public static IEnumerable<string> SkeletonsOf(string kana)
    {
        var texts = new List<string>(8) { kana };
        Read(texts, static t => t.Contains("ji", StringComparison.Ordinal) ? t.Replace("ji", "di", StringComparison.Ordinal) : null);
        Read(texts, SyllableEndingH);
        Read(texts, static t => t.Length > 2 && t[0] == 'u' && !IsVowel(t[1]) ? "v" + t : null);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (Skeleton(text) is { Length: > 0 } own && seen.Add(own))
                yield return own;
        }
    }

    /// <summary>Adds each text's other reading by <paramref name="reading"/> (null: none) to <paramref name="texts"/>.</summary>
    private static void Read(List<string> texts, Func<string, string?> reading)
    {
        var count = texts.Count;
        for (var i = 0; i < count; i++)
        {
            if (reading(texts[i]) is { } other)
                texts.Add(other);
        }
    }

    /// <summary>The text with each fu before a consonant written h, or null where it has none.</summary>
    private static string? SyllableEndingH(string kana)
    {
        var sb = new StringBuilder(kana.Length);
        var changed = false;
        for (var i = 0; i < kana.Length; i++)
        {
            if (kana[i] == 'f' && i + 2 < kana.Length && kana[i + 1] == 'u' && !IsVowel(kana[i + 2]))
            {
                sb.Append('h');
                i++; // the u goes with the f
                changed = true;
            }
            else
            {
                sb.Append(kana[i]);
            }
        }

        return changed ? sb.ToString() : null;
    }

    /// <summary>
    /// The sounds of a Latin word: its letters, a consonant written with an h (gh, kh, sh, th…) or doubled counted once, a
    /// final h after a vowel not at all (Agha and Allah have three).
    /// </summary>
    private static int Sounds(string latin)
    {
        var sounds = latin.Length;
        for (var i = 1; i < latin.Length; i++)
        {
            if ((latin[i] == 'h' && (latin[i - 1] is 's' or 'c' or 'k' or 'g' or 't' or 'd' or 'p' or 'z' || (i == latin.Length - 1 && IsVowel(latin[i - 1]))))
                || (latin[i] == latin[i - 1] && !IsVowel(latin[i])))
                sounds--;
        }

        return sounds;
    }

    /// <summary>The consonant skeleton of lower-case Latin text in Japanese sounds (see the class).</summary>
    public static string Skeleton(string text)
    {
        var sb = new StringBuilder(text.Length);
        var vowelSince = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            char mapped;
            if (c == 's' && next == 'c' && i + 2 < text.Length && text[i + 2] == 'h')
            {
                mapped = 's'; // sch
                i += 2;
            }
            else if (next == 'h' && c is 's' or 'c' or 'k' or 'g' or 't' or 'd' or 'p' or 'z')
            {
                mapped = c switch { 's' or 't' => 's', 'c' => 't', 'k' => 'h', 'g' => 'g', 'd' or 'z' => 'z', _ => 'b' }; // sh th ch kh gh dh zh ph
                i++;
            }
            else if ((c == 't' && next is 's' or 'z') || (c == 'd' && next is 'j' or 'z') || (c == 'c' && next == 'k'))
            {
                mapped = c == 't' ? 't' : c == 'd' ? 'z' : 'k'; // ts tz (ツ), dj dz, ck
                i++;
            }
            else
            {
                mapped = c switch
                {
                    'l' => 'r',
                    'v' or 'w' or 'f' => 'b',
                    'j' => 'z',
                    'q' => 'k',
                    'c' => next is 'e' or 'i' or 'y' ? 's' : 'k',
                    _ => c,
                };
            }

            if (IsVowel(mapped) || !char.IsAsciiLetter(mapped))
            {
                vowelSince |= char.IsAsciiLetter(mapped);
                continue;
            }

            if (mapped == 'x')
            {
                Append(sb, 'k', vowelSince);
                Append(sb, 's', vowelSince: false);
                vowelSince = false;
                continue;
            }

            // ン before m, b, p is their m (ハンブルク, hanburuku: Hamburg; ムハンマド, muhanmado: Mohammed)
            if (mapped is 'm' or 'b' or 'p' && sb.Length > 0 && sb[^1] is 'n' or 'm' && !vowelSince)
                sb.Length--;
            Append(sb, mapped, vowelSince);
            vowelSince = false;
        }

        if (sb.Length > 1 && sb[^1] == 'h' && text.Length >= 3 && text[^1] == 'h' && IsVowel(text[^2]))
            sb.Length--; // a final h written in Latin only (Abdullah: アブドゥッラー), not the h of kh (Sheikh)
        return sb.ToString();
    }

    /// <summary>Appends a consonant, a doubled letter once (Muthanna, ムサンナー), not one said twice (Ural, ウラル).</summary>
    private static void Append(StringBuilder sb, char c, bool vowelSince)
    {
        if (sb.Length == 0 || sb[^1] != c || vowelSince)
            sb.Append(c);
    }
}
