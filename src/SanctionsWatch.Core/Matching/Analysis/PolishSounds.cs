using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// A Russian name as Polish romanises it, read back the way the lists write it: SZOJGU is Shoigu, CZEMIEZOW Chemezov,
/// SIERGIEJ Sergei (sz for sh, cz for ch, szcz for shch, rz for zh, ie after a consonant for the e Polish softens it
/// with; w for v is the key's already). Only a word with sz, cz or rz is read so; a reading to compare with, never a
/// word's only key: Hungarian writes s with sz (Szergej), and that word keeps its own key.
/// </summary>
internal static class PolishSounds
{
    /// <summary>The word (lower-case Latin letters) read so, or null when it has no mark of Polish romanisation.</summary>
    public static string? Read(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length is < 4 or > 24
            || !(word.Contains("sz", StringComparison.Ordinal) || word.Contains("cz", StringComparison.Ordinal) || word.Contains("rz", StringComparison.Ordinal)))
            return null;
        if (word.AsSpan().ContainsAnyExceptInRange('a', 'z'))
            return null;

        var w = word.Replace("szcz", "shch", StringComparison.Ordinal).Replace("sz", "sh", StringComparison.Ordinal)
            .Replace("cz", "ch", StringComparison.Ordinal).Replace("rz", "zh", StringComparison.Ordinal);
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'i' && i > 0 && i + 1 < w.Length && w[i + 1] == 'e' && !IsVowel(w[i - 1]))
                continue; // sie, mie, czie: the softening i
            sb.Append(w[i]);
        }

        var read = sb.ToString();
        return read == word ? null : read;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
