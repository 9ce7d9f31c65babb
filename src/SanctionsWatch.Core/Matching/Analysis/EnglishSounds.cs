using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// An English word as a Russian firm writes it, by its sounds, romanised back: TOOLS is ТУЛЗ (TULZ), TEAM ТИМ (TIM), RISE
/// РАЙЗ (RAIZ), TRADE ТРЕЙД (TREID), TRUST ТРАСТ (TRAST), OVERSEAS ОВЕРСИЗ (OVERSIZ), EQUIPMENT ЭКВИПМЕНТ. The spelling
/// rules that tell most of those sounds, not a dictionary: a reading to compare with, never a word's only key.
/// </summary>
internal static class EnglishSounds
{
    /// <summary>The word (lower-case Latin letters) read so, or null when the reading is the word itself or it is no such word.</summary>
    public static string? Read(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length is < 3 or > 24)
            return null;
        if (word.AsSpan().ContainsAnyExceptInRange('a', 'z'))
            return null;

        var w = word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "is" : word; // energies: энерджис
        var magic = MagicE(w);
        var english = magic >= 0 || w.EndsWith("ign", StringComparison.Ordinal) || w.Contains("ee", StringComparison.Ordinal)
            || w.Contains("ea", StringComparison.Ordinal) || w.Contains("oo", StringComparison.Ordinal) || w.Contains("igh", StringComparison.Ordinal)
            || w.Contains("ou", StringComparison.Ordinal) || w.Contains("ay", StringComparison.Ordinal);
        var sb = new StringBuilder(w.Length + 4);
        var end = magic >= 0 ? w.Length - (w[^1] == 'e' ? 1 : 2) : w.Length; // the silent e (and its s or d) of a magic e
        for (var i = 0; i < end; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            if (i == magic)
            {
                sb.Append(c switch { 'a' => "ei", 'i' or 'y' => "ai", 'u' => "yu", 'e' => "i", _ => "o" }); // trade, rise, tube, theme, code
                continue;
            }

            switch (c)
            {
                case 'e' or 'a' when (c, next) is ('e', 'e') or ('e', 'a'): // team, sea, green
                    sb.Append('i');
                    i++;
                    break;
                case 'o' when next == 'o': // tools, pool
                    sb.Append('u');
                    i++;
                    break;
                case 'o' when next == 'u' && i + 2 < w.Length && w[i + 2] is 's' or 't' or 'n' or 'd': // house, outsource, sound; not group, tour
                    sb.Append("au");
                    i++;
                    break;
                case 'o' when next == 'a': // road, coal
                    sb.Append('o');
                    i++;
                    break;
                case 'a' when next is 'y' or 'i' && i + 2 < w.Length: // payment, trainer; not a final ai
                    sb.Append("ei");
                    i++;
                    break;
                case 'e' when next == 'w': // new, view
                    sb.Append("yu");
                    i++;
                    break;
                case 'i' when next == 'e' && i + 2 < w.Length && w[i + 2] != 'w': // field; not view
                    sb.Append('i');
                    i++;
                    break;
                case 'i' when next == 'g' && i + 2 < w.Length && (w[i + 2] == 'h' || (w[i + 2] == 'n' && i + 3 == w.Length)): // design, light; not signal
                    sb.Append("ai");
                    i += w[i + 2] == 'h' ? 2 : 1;
                    break;
                case 'q' when next == 'u': // equipment, quality
                    sb.Append("kv");
                    i++;
                    break;
                case 'c' when next is 'e' or 'i' or 'y': // center, service
                    sb.Append('s');
                    break;
                case 'c' when next != 'h':
                    sb.Append('k');
                    i += next == 'k' ? 1 : 0;
                    break;
                case 'g' when next is 'e' or 'i' or 'y' && i > 0: // energy, logistics
                    sb.Append("dzh");
                    break;
                case 'x':
                    sb.Append("ks");
                    break;
                case 't' when next == 'h': // Smith: Смит
                    sb.Append('t');
                    i++;
                    break;
                case 's' when i > 0 && IsVowel(w[i - 1]) && (i + 1 < end ? IsVowel(next) && (english || w.Length >= 8) : i + 1 == w.Length || magic >= 0):
                    // rise, overseas, design, composite; not between the vowels of a short word with no English spelling,
                    // which keeps s and z apart (rezina is rubber, resina resin)
                    sb.Append('z');
                    break;
                case 's' when i == w.Length - 1 && i > 0 && w[i - 1] is 'b' or 'd' or 'g' or 'l' or 'm' or 'n' or 'r' or 'v': // tools
                    sb.Append('z');
                    break;
                case 'u' when i > 0 && !IsVowel(w[i - 1]) && i + 1 < w.Length && !IsVowel(next) && next != 'r'
                    && (i + 2 == w.Length || !IsVowel(w[i + 2])): // trust, fund, club, consulting
                    sb.Append('a');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        var read = sb.ToString();
        return read == word ? null : read;
    }

    /// <summary>
    /// Where the vowel of a one-syllable word's magic e stands (trade, rise, tube, code; with a final s or d: trades, used):
    /// its only vowel, then one consonant, then the silent e; -1 for any other word (service, machine: the e of a longer
    /// word is rarely magic).
    /// </summary>
    private static int MagicE(string w)
    {
        var stem = w.EndsWith('e') ? w.Length - 1 : w.Length > 3 && w[^1] is 's' or 'd' && w[^2] == 'e' ? w.Length - 2 : -1;
        if (stem < 3 || IsVowel(w[stem - 1]) || !IsVowel(w[stem - 2]) || w[stem - 1] is 'w' or 'x' or 'y')
            return -1;
        var vowel = stem - 2;
        for (var i = 0; i < vowel; i++)
        {
            if (IsVowel(w[i]))
                return -1;
        }

        return vowel > 0 ? vowel : -1;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
