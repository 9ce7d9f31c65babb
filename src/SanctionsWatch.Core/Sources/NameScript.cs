namespace SanctionsWatch.Sources;

/// <summary>Tells a name written mostly in a non-Latin script (Cyrillic, Arabic, …) from a Latin one.</summary>
public static class NameScript
{
    public static bool IsMostlyNonLatin(string name)
    {
        int latin = 0, other = 0;
        foreach (var c in name)
        {
            if (!char.IsLetter(c))
                continue;
            if (c < 0x250)
                latin++;
            else
                other++;
        }

        return other > latin;
    }
}
