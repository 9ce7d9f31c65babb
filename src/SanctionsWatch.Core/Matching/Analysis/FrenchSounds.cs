using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// A Russian name as French romanises it, read back the way the lists write it: POUTINE is Putin, CHOÏGOU Shoigu,
/// PRIGOJINE Prigozhin, SERGUEÏ Sergei (ou for u, ch for sh, j for zh, gu for a hard g before e and i, a final -ine
/// for -in). Only a word with a mark of that spelling (ou, or a final -ine) is read so; a reading to compare with, never
/// a word's only key.
/// </summary>
internal static class FrenchSounds
{
    /// <summary>The word (lower-case Latin letters) read so, or null when it has no mark of French romanisation.</summary>
    public static string? Read(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length is < 4 or > 24 || !(word.Contains("ou", StringComparison.Ordinal) || word.EndsWith("ine", StringComparison.Ordinal)))
            return null;
        if (word.AsSpan().ContainsAnyExceptInRange('a', 'z'))
            return null;

        var w = word.EndsWith("ine", StringComparison.Ordinal) ? word[..^1] : word; // Poutine, Prigojine: -in
        var sb = new StringBuilder(w.Length + 4);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            switch (c)
            {
                case 'o' when next == 'u':
                    sb.Append('u');
                    i++;
                    break;
                case 't' when next == 'c' && i + 2 < w.Length && w[i + 2] == 'h': // tch: ch
                    sb.Append("ch");
                    i += 2;
                    break;
                case 'c' when next == 'h':
                    sb.Append("sh");
                    i++;
                    break;
                case 'j':
                    sb.Append("zh");
                    break;
                case 'g' when next == 'u' && i + 2 < w.Length && w[i + 2] is 'e' or 'i':
                    sb.Append('g');
                    i++;
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        var read = sb.ToString();
        return read == word ? null : read;
    }
}
