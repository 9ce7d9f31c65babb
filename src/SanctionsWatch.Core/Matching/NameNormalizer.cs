using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// Turns a name as written into lower-case tokens: Unicode compatibility folding (NFKC where the runtime supports it,
/// plus an explicit table for full-width forms, ligatures and Latin diacritics, which also works under invariant
/// globalization), quotes and punctuation to spaces, <c>&amp;</c> to <c>and</c>, <c>№ 9</c> / <c>No. 9</c> /
/// <c>N9</c> to <c>9</c>. Cyrillic is kept (see <see cref="Transliterator"/>); CJK ideographs become one token each.
/// </summary>
public static class NameNormalizer
{
    private static readonly Dictionary<char, string> Fold = BuildFold();

    /// <summary>The folded, lower-case text with single spaces between words.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string s;
        try
        {
            s = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            s = text; // ill-formed UTF-16: fold what we can below
        }

        var sb = new StringBuilder(s.Length + 8);
        var pendingSpace = false;
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (ch is >= '\uFF01' and <= '\uFF5E')
                ch = (char)(ch - 0xFEE0); // full-width ASCII
            if (ch is >= '\u0300' and <= '\u036F')
            {
                // a combining mark (text not composed): keep й and ё, drop the rest
                if (sb.Length > 0 && ch == '\u0306' && sb[^1] == 'и')
                    sb[^1] = 'й';
                else if (sb.Length > 0 && ch == '\u0308' && sb[^1] == 'е')
                    sb[^1] = 'ё';
                else if (sb.Length > 0 && ch == '\u0308' && sb[^1] == 'і')
                    sb[^1] = 'ї';
                continue;
            }

            ch = char.ToLowerInvariant(ch);
            if (ch == '&')
            {
                Append(sb, "and", ref pendingSpace, separate: true);
                continue;
            }

            if (ch == '№')
            {
                Append(sb, "no", ref pendingSpace, separate: true);
                continue;
            }

            if (Fold.TryGetValue(ch, out var folded))
            {
                Append(sb, folded, ref pendingSpace, separate: false);
                continue;
            }

            if (IsApostrophe(ch) && sb.Length > 0 && !pendingSpace && char.IsLetter(sb[^1]) && i + 1 < s.Length && char.IsLetter(s[i + 1]))
                continue; // inside a word: the soft sign of a romanisation (Mashinostroitel'nyi) or O'Neill

            if (IsIdeograph(ch))
            {
                Append(sb, ch.ToString(), ref pendingSpace, separate: true);
                continue;
            }

            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && sb.Length > 0)
                    sb.Append(' ');
                pendingSpace = false;
                sb.Append(ch);
                continue;
            }

            pendingSpace = true; // quotes, punctuation, hyphens, symbols, spaces
        }

        return sb.ToString();
    }

    /// <summary>The tokens of a name, numbers unified (<c>No. 9</c>, <c>N9</c>, <c>№9</c> → <c>9</c>).</summary>
    public static List<string> Tokenize(string text)
    {
        var normalized = Normalize(text);
        var raw = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<string>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var t = raw[i];
            if (IsNumberWord(t) && i + 1 < raw.Length && IsDigits(raw[i + 1]))
                continue; // "no 9" → "9"
            var prefix = NumberPrefixLength(t);
            if (prefix > 0)
                t = t[prefix..];
            t = StripOrdinal(t);
            tokens.Add(t);
        }

        return tokens;
    }

    internal static bool IsDigits(string s)
    {
        if (s.Length == 0)
            return false;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
                return false;
        }

        return true;
    }

    private static bool IsApostrophe(char ch) => ch is '\'' or '\u2019' or '\u02BC' or '\u02B9' or '`' or '\u00B4' or '\u2018';

    internal static bool IsIdeograph(char ch) =>
        ch is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    private static bool IsNumberWord(string t) => t is "no" or "n" or "nr" or "num" or "number" or "н" or "номер";

    private static int NumberPrefixLength(string t)
    {
        foreach (var p in (ReadOnlySpan<string>)["no", "nr", "n"])
        {
            if (t.Length > p.Length && t.StartsWith(p, StringComparison.Ordinal) && IsDigits(t[p.Length..]))
                return p.Length;
        }

        return 0;
    }

    /// <summary>223rd → 223, 1st → 1, 9-go → 9 (the hyphen already split), 5th → 5.</summary>
    private static string StripOrdinal(string t)
    {
        if (t.Length < 3 || t[0] is < '0' or > '9')
            return t;
        var digits = 0;
        while (digits < t.Length && t[digits] is >= '0' and <= '9')
            digits++;
        var suffix = t.AsSpan(digits);
        return suffix is "st" or "nd" or "rd" or "th" ? t[..digits] : t;
    }

    private static void Append(StringBuilder sb, string text, ref bool pendingSpace, bool separate)
    {
        if ((pendingSpace || separate) && sb.Length > 0 && sb[^1] != ' ')
            sb.Append(' ');
        sb.Append(text);
        pendingSpace = separate;
    }

    private static Dictionary<char, string> BuildFold()
    {
        var map = new Dictionary<char, string>();
        void Add(string chars, string to)
        {
            foreach (var c in chars)
                map[c] = to;
        }

        Add("àáâãäåāăąǎạảấầẩẫậắằẳẵặ", "a");
        Add("æ", "ae");
        Add("çćĉċč", "c");
        Add("ďđ", "d");
        Add("ð", "d");
        Add("èéêëēĕėęěẹẻẽếềểễệ", "e");
        Add("ĝğġģ", "g");
        Add("ĥħ", "h");
        Add("ìíîïĩīĭįıǐịỉ", "i");
        Add("ĳ", "ij");
        Add("ĵ", "j");
        Add("ķ", "k");
        Add("ĺļľŀł", "l");
        Add("ñńņňŉ", "n");
        Add("òóôõöøōŏőǒọỏốồổỗộớờởỡợơ", "o");
        Add("œ", "oe");
        Add("ŕŗř", "r");
        Add("śŝşšș", "s");
        Add("ß", "ss");
        Add("ţťŧț", "t");
        Add("ùúûüũūŭůűųǔụủưứừửữự", "u");
        Add("ŵ", "w");
        Add("ýÿŷỳỹ", "y");
        Add("źżž", "z");
        Add("þ", "th");
        Add("ﬀ", "ff");
        Add("ﬁ", "fi");
        Add("ﬂ", "fl");
        Add("ﬃ", "ffi");
        Add("ﬄ", "ffl");
        Add("ﬅﬆ", "st");
        return map;
    }
}
