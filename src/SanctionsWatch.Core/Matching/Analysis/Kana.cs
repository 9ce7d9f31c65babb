using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// Foreign names written in Japanese katakana against their Latin spellings. Katakana writes a syllable for each
/// consonant, so a foreign name gains vowels (ラブロフ, raburofu: Lavrov), and it has one sound for l and r, and b for v;
/// <see cref="Transliterator"/> romanises it letter by letter (Hepburn). Both sides then meet by a consonant skeleton made
/// in Japanese sounds (<see cref="Skeleton"/>): the vowels, y and the long-vowel mark left out, so added vowels do not
/// count; l read r; v, w and f read b (Ivanova is イワノワ, iwanowa; Lavrov's -ov is -ofu); th, sh and s one sound (Harith
/// is ハーリス, harisu), ch, ts and t one (Putin is プーチン, puchin), j, zh, dh and z one; a doubled letter once. A
/// skeleton is several names, so a word met by it alone is review at most, as an abjad's (<see cref="Abjad"/>).
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
    /// one skeleton of two consonants or more (of one only against a Latin word of three letters or fewer: アル, aru, is the
    /// article al), else 0.
    /// </summary>
    public static double Compare(PreparedToken kana, PreparedToken latin)
    {
        var other = Skeleton(latin.Text);
        if (other.Length == 0 || (other.Length == 1 && latin.Text.Length > 3))
            return 0.0;
        foreach (var own in SkeletonsOf(kana.Text))
        {
            if (string.Equals(own, other, StringComparison.Ordinal))
                return Similarity;
        }

        return 0.0;
    }

    /// <summary>
    /// Whether a romanised katakana word and a Latin one end in one sound, the vowel katakana adds after a final consonant
    /// left aside (ターヘル, taheru: Taher; ムハンマド, muhanmado: Muhammad; ダニエル, danieru: Daniel), so that another ending
    /// is another name as in Latin (イワノワ, iwanowa, is Ivanova, not Ivanov; ダニエラ is Daniela).
    /// </summary>
    public static bool SameEnding(string kana, string latin)
    {
        if (kana.Length < 2 || latin.Length < 2)
            return true;
        var latinVowel = IsVowel(latin[^1]);
        if (!latinVowel && kana.Length >= 3 && kana[^1] is 'u' or 'o' or 'i' && !IsVowel(kana[^2]))
            kana = kana[..^1];
        if (IsVowel(kana[^1]) != latinVowel)
            return false;
        if (latinVowel)
            return kana[^1] == latin[^1] || (kana[^1] is 'i' or 'e' && latin[^1] is 'i' or 'e' or 'y');
        string own = Skeleton(kana), other = Skeleton(latin);
        return own.Length > 0 && other.Length > 0 && own[^1] == other[^1];
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
        StringBuilder? sb = null;
        for (var i = 0; i + 2 < kana.Length; i++)
        {
            if (kana[i] == 'f' && kana[i + 1] == 'u' && kana[i + 2] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y'))
            {
                sb ??= new StringBuilder(kana);
                sb[i] = 'h';
                sb[i + 1] = '\0';
            }
        }

        return sb?.ToString().Replace("\0", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>The consonant skeleton of lower-case Latin text in Japanese sounds (see the class).</summary>
    public static string Skeleton(string text)
    {
        var sb = new StringBuilder(text.Length);
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

            // ン before m, b, p is their m (ハンブルク, hanburuku: Hamburg; ムハンマド, muhanmado: Mohammed)
            if (mapped is 'm' or 'b' or 'p' && sb.Length > 0 && sb[^1] is 'n' or 'm')
                sb.Length--;
            Append(sb, mapped);
        }

        if (sb.Length > 1 && sb[^1] == 'h' && text.EndsWith('h'))
            sb.Length--; // a final h written in Latin only (Abdullah: アブドゥッラー)
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, char c)
    {
        if (sb.Length == 0 || sb[^1] != c)
            sb.Append(c); // a doubled letter once (Muthanna, ムサンナー)
    }
}
