namespace SanctionsWatch.Matching;

/// <summary>
/// The sound дж (the English j) written the other way: JAFAROV is Dzhafarov, DZHABBAROV Jabbarov, DJALILOV Jalilov. A
/// Russian romanisation writes it dzh (or, French, dj); English, and the Latin alphabets of Central Asia and the Caucasus,
/// write it j; but a Slavic j is the y of Jakovlev, which the key reads it as. So a word with j is also read with dzh, and
/// a word with dzh or dj with j: a reading to compare with, never a word's only key.
/// </summary>
internal static class DzhSounds
{
    /// <summary>The word (lower-case Latin letters) read so, or null when it has no j, dzh or dj.</summary>
    public static string? Read(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length is < 4 or > 24 || word.AsSpan().ContainsAnyExceptInRange('a', 'z'))
            return null;
        if (word.Contains("dzh", StringComparison.Ordinal))
            return word.Replace("dzh", "j", StringComparison.Ordinal);
        if (word.Contains("dj", StringComparison.Ordinal))
            return word.Replace("dj", "j", StringComparison.Ordinal);
        return word.Contains('j', StringComparison.Ordinal) ? word.Replace("j", "dzh", StringComparison.Ordinal) : null;
    }
}
