using System.Buffers;
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
    private static readonly Dictionary<char, string> FoldTable = BuildFold();

    /// <summary>
    /// Written (by the analysis) just before a word to be kept as written (a person's initials: I.I., N.P.): no number,
    /// though it reads as one, nor a legal form or a word of the vocabulary (<see cref="ITokenSink.AddLiteral"/>); the mark
    /// is dropped. Elsewhere (a private-use character) it separates words.
    /// </summary>
    internal const char Literal = '\uE000';

    /// <summary>The folded, lower-case text with single spaces between words.</summary>
    public static string Normalize(string text)
    {
        var s = Compose(text);
        var buffer = ArrayPool<char>.Shared.Rent(MaxFoldedLength(s));
        try
        {
            return new string(buffer, 0, Fold(s, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The tokens of a name, numbers unified (<c>No. 9</c>, <c>N9</c>, <c>№9</c> → <c>9</c>).</summary>
    public static List<string> Tokenize(string text)
    {
        var sink = new StringSink(new List<string>(8));
        Tokenize(text, ref sink);
        return sink.Tokens;
    }

    /// <summary>Hands each token of <paramref name="text"/> to <paramref name="sink"/> while it is still a span of the folded text.</summary>
    /// <param name="numberWords">
    /// Whether number words and Roman numerals are numbers (Forty-Four Brigade, XXI CENTURY); not in a person's name, where
    /// they are names (Sergey TEN, the Korean surname; Louis XIV stays as written on both sides).
    /// </param>
    internal static void Tokenize<TSink>(string text, ref TSink sink, bool numberWords = true)
        where TSink : struct, ITokenSink
    {
        var s = Compose(text);
        var buffer = ArrayPool<char>.Shared.Rent(MaxFoldedLength(s));
        try
        {
            // the folded text is read word by word in place: the sink decides what becomes a string
            ReadOnlySpan<char> folded = buffer.AsSpan(0, Fold(s, buffer));
            var rest = folded;
            Span<char> digits = stackalloc char[12];
            while (NextWord(ref rest, out var word))
            {
                if (word[0] == Literal)
                {
                    sink.AddLiteral(word[1..]);
                    continue;
                }

                if (IsNumberWord(word) && NextWordIsDigits(rest))
                    continue; // "no 9" → "9"
                if (numberWords && (NumberWords.Value(word) >= 0 || RomanValue(word) > 0))
                {
                    // forty-four, forty fourth, XXI: written as digits (the hyphen already split them)
                    var value = ReadNumber(word, ref rest);
                    value.TryFormat(digits, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
                    sink.Add(digits[..written]);
                    continue;
                }

                var prefix = NumberPrefixLength(word);
                if (prefix > 0)
                    word = word[prefix..];
                sink.Add(StripOrdinal(word));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Receives the tokens of <see cref="Tokenize{TSink}"/>.</summary>
    internal interface ITokenSink
    {
        void Add(ReadOnlySpan<char> token);

        /// <summary>A token marked <see cref="Literal"/>: to be kept as written.</summary>
        void AddLiteral(ReadOnlySpan<char> token);
    }

    private readonly record struct StringSink(List<string> Tokens) : ITokenSink
    {
        public void Add(ReadOnlySpan<char> token) => Tokens.Add(token.ToString());

        public void AddLiteral(ReadOnlySpan<char> token) => Add(token);
    }

    private static string Compose(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text; // ill-formed UTF-16: fold what we can below
        }
    }

    /// <summary>A character folds to at most three, plus the space before them.</summary>
    private static int MaxFoldedLength(string s) => (4 * s.Length) + 1;

    /// <summary>Folds <paramref name="s"/> into <paramref name="buffer"/> (at least <see cref="MaxFoldedLength"/>); returns the length.</summary>
    private static int Fold(string s, char[] buffer)
    {
        var n = 0;
        var pendingSpace = false;
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (ch < 0x80)
            {
                // ASCII: the common case, no table
                if (ch is >= 'A' and <= 'Z')
                    ch = (char)(ch + 32);
                if (ch is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    if (pendingSpace && n > 0)
                        buffer[n++] = ' ';
                    pendingSpace = false;
                    buffer[n++] = ch;
                    continue;
                }
            }

            if (ch == Literal && i + 1 < s.Length && char.IsLetter(s[i + 1]))
            {
                if (pendingSpace && n > 0)
                    buffer[n++] = ' ';
                pendingSpace = false;
                buffer[n++] = ch;
                continue;
            }

            if (ch is >= '\uFF01' and <= '\uFF5E')
                ch = (char)(ch - 0xFEE0); // full-width ASCII
            if (ch is >= '\u0300' and <= '\u036F')
            {
                // a combining mark (text not composed): keep й and ё, drop the rest
                if (n > 0 && ch == '\u0306' && buffer[n - 1] == 'и')
                    buffer[n - 1] = 'й';
                else if (n > 0 && ch == '\u0308' && buffer[n - 1] == 'е')
                    buffer[n - 1] = 'ё';
                else if (n > 0 && ch == '\u0308' && buffer[n - 1] == 'і')
                    buffer[n - 1] = 'ї';
                continue;
            }

            if (char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark)
            {
                // another script's vowel sign or mark (Arabic harakat: مُحَمَّد, Hebrew points) is part of its word, not a break
                if (n > 0 && !pendingSpace)
                    buffer[n++] = ch;
                continue;
            }

            ch = char.ToLowerInvariant(ch);
            if (ch == '&')
            {
                Append(buffer, ref n, "and", ref pendingSpace, separate: true);
                continue;
            }

            if (ch == '№')
            {
                Append(buffer, ref n, "no", ref pendingSpace, separate: true);
                continue;
            }

            if (FoldTable.TryGetValue(ch, out var folded))
            {
                Append(buffer, ref n, folded, ref pendingSpace, separate: false);
                continue;
            }

            if ((IsApostrophe(ch) || ch is Transliterator.Geresh or '\u05F4' or '"') && n > 0 && !pendingSpace && Transliterator.IsHebrewLetter(buffer[n - 1])
                && (ch != '"' || (i + 1 < s.Length && Transliterator.IsHebrewLetter(s[i + 1]))))
            {
                // a Hebrew letter's geresh (ג׳ is j, ח׳ kh): part of the letter; a gershayim (״, '', " inside a word) marks an acronym and is left out
                var gershayim = ch is '\u05F4' or '"' || (i + 1 < s.Length && (IsApostrophe(s[i + 1]) || s[i + 1] == Transliterator.Geresh));
                if (!gershayim)
                    buffer[n++] = Transliterator.Geresh;
                else if (ch is not ('\u05F4' or '"'))
                    i++; // the second mark of ''
                continue;
            }

            if (IsApostrophe(ch) && n > 0 && !pendingSpace && char.IsLetter(buffer[n - 1]) && i + 1 < s.Length && char.IsLetter(s[i + 1]))
                continue; // inside a word: the soft sign of a romanisation (Mashinostroitel'nyi) or O'Neill

            if (IsIdeograph(ch))
            {
                Append(buffer, ref n, new ReadOnlySpan<char>(in ch), ref pendingSpace, separate: true);
                continue;
            }

            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && n > 0)
                    buffer[n++] = ' ';
                pendingSpace = false;
                buffer[n++] = ch;
                continue;
            }

            pendingSpace = true; // quotes, punctuation, hyphens, symbols, spaces
        }

        if (buffer.AsSpan(0, n).IndexOfAnyInRange('\u0370', '\u04FF') >= 0)
            MendMixedScripts(buffer.AsSpan(0, n));
        return n;
    }

    /// <summary>
    /// A word of Latin letters with a Cyrillic or Greek look-alike among them (PRODUCTION with a Cyrillic Р, 21ST СENTURY, a
    /// copy-paste or an evasion) is read in Latin letters, and a Cyrillic word with a Latin look-alike (ЗAO) in Cyrillic:
    /// the script the whole word can be written in with look-alikes decides, else the script most of its letters are in.
    /// Without this, the Cyrillic Р would be read as r (rroduction). A Greek word with a Latin look-alike (ΝIΚΗ) is read in
    /// Greek. A brand of two words, one in each script (ВЕКТОРlink), is left as written.
    /// </summary>
    private static void MendMixedScripts(Span<char> text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text[start..].IndexOf(' ');
            end = end < 0 ? text.Length : start + end;
            var word = text[start..end];
            start = end + 1;
            // letters of each script, and whether every letter of the other scripts has a look-alike in Latin, Cyrillic, Greek
            int latin = 0, cyrillic = 0, greek = 0;
            bool asLatin = true, asCyrillic = true, asGreek = true;
            foreach (var c in word)
            {
                if (c is >= 'a' and <= 'z')
                {
                    latin++;
                    asCyrillic &= CyrillicLookAlike(c) != '\0';
                    asGreek &= GreekLookAlike(c) != '\0';
                }
                else if (c is >= '\u0370' and <= '\u04FF')
                {
                    cyrillic += c >= '\u0400' ? 1 : 0;
                    greek += c < '\u0400' ? 1 : 0;
                    asLatin &= LatinLookAlike(c) != '\0';
                }
            }

            var other = cyrillic + greek;
            if (latin == 0 || other == 0 || (cyrillic > 0 && greek > 0) || IsTwoScriptCompound(word))
                continue;

            // the script the whole word can be written in with look-alikes, else the one most of its letters are in (ties: Latin)
            var asOther = greek > 0 ? asGreek : asCyrillic;
            var toLatin = asLatin != asOther ? asLatin : latin >= other;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                var look = toLatin ? (c >= '\u0370' ? LatinLookAlike(c) : '\0')
                    : c is >= 'a' and <= 'z' ? (greek > 0 ? GreekLookAlike(c) : CyrillicLookAlike(c)) : '\0';
                if (look != '\0')
                    word[i] = look;
            }
        }
    }

    /// <summary>
    /// A word of two runs of letters, one in each script, of three letters or more each: a brand made of two words
    /// (ВЕКТОРlink, ХИМtrade), each read in its own script; a look-alike slipped into a word is one or two letters.
    /// </summary>
    private static bool IsTwoScriptCompound(ReadOnlySpan<char> word)
    {
        var runs = 0;
        var length = 0;
        var latinRun = false;
        foreach (var c in word)
        {
            var isLatin = c is >= 'a' and <= 'z';
            if (!isLatin && c is not (>= '\u0370' and <= '\u04FF'))
                continue; // digits and marks belong to no run
            if (runs == 0 || isLatin != latinRun)
            {
                if (runs > 0 && length < 3)
                    return false;
                runs++;
                length = 0;
                latinRun = isLatin;
            }

            length++;
        }

        return runs == 2 && length >= 3;
    }

    /// <summary>The Latin letter a lower-case Cyrillic or Greek letter (or its capital) looks like, or \0.</summary>
    private static char LatinLookAlike(char c) => c switch
    {
        'а' or 'α' => 'a',
        'в' or 'β' => 'b',
        'с' => 'c',
        'е' or 'ε' => 'e',
        'н' or 'η' => 'h',
        'і' or 'ι' => 'i',
        'ј' => 'j',
        'к' or 'κ' => 'k',
        'м' or 'μ' => 'm',
        'ν' => 'n',
        'о' or 'ο' => 'o',
        'р' or 'ρ' => 'p',
        'ѕ' => 's',
        'т' or 'τ' => 't',
        'у' or 'υ' => 'y',
        'х' or 'χ' => 'x',
        'ζ' => 'z',
        _ => '\0',
    };

    /// <summary>The Greek letter a Latin letter (or its capital) looks like, or \0.</summary>
    private static char GreekLookAlike(char c) => c switch
    {
        'a' => 'α',
        'b' => 'β',
        'e' => 'ε',
        'h' => 'η',
        'i' => 'ι',
        'k' => 'κ',
        'm' => 'μ',
        'n' => 'ν',
        'o' => 'ο',
        'p' => 'ρ',
        't' => 'τ',
        'x' => 'χ',
        'y' => 'υ',
        'z' => 'ζ',
        _ => '\0',
    };

    /// <summary>The Cyrillic letter a Latin letter (or its capital) looks like, or \0.</summary>
    private static char CyrillicLookAlike(char c) => c switch
    {
        'a' => 'а',
        'b' => 'в',
        'c' => 'с',
        'e' => 'е',
        'h' => 'н',
        'i' => 'і',
        'k' => 'к',
        'm' => 'м',
        'o' => 'о',
        'p' => 'р',
        't' => 'т',
        'x' => 'х',
        'y' => 'у',
        _ => '\0',
    };

    /// <summary>Takes the next space-separated word off <paramref name="rest"/>.</summary>
    private static bool NextWord(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> word)
    {
        rest = rest.TrimStart(' ');
        if (rest.IsEmpty)
        {
            word = default;
            return false;
        }

        var space = rest.IndexOf(' ');
        word = space < 0 ? rest : rest[..space];
        rest = space < 0 ? default : rest[space..];
        return true;
    }

    private static bool NextWordIsDigits(ReadOnlySpan<char> rest) => NextWord(ref rest, out var word) && IsDigits(word);

    /// <summary>
    /// The value of a number written in words starting with <paramref name="first"/> (forty four, one hundred and
    /// three, twenty-first), taking the words it reads off <paramref name="rest"/>; or of a Roman numeral.
    /// </summary>
    private static long ReadNumber(scoped ReadOnlySpan<char> first, ref ReadOnlySpan<char> rest)
    {
        var roman = RomanValue(first);
        if (roman > 0)
            return roman;
        long total = 0, current = NumberWords.Value(first);
        while (true)
        {
            var peek = rest;
            if (!NextWord(ref peek, out var next))
                break;
            if (next is "and" && NextWord(ref peek, out var afterAnd) && NumberWords.Value(afterAnd) is > 0 and < 100 && current >= 100)
                next = afterAnd; // one hundred and three
            else if (next is "and")
                break;
            var v = NumberWords.Value(next);
            if (v < 0)
                break;
            if (v == 100)
                current = Math.Max(current, 1) * 100;
            else if (v == 1000)
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
            }
            else if (current % 100 == 0 || (current % 10 == 0 && current % 100 >= 20 && v < 10))
                current += v; // forty + four, three hundred + twelve
            else
                break;
            rest = peek;
        }

        return total + current;
    }

    /// <summary>Whether a lower-case word reads as a Roman numeral (<see cref="RomanValue"/>): XXI, XIV, ii.</summary>
    internal static bool IsRomanNumeral(ReadOnlySpan<char> word) => RomanValue(word) > 0;

    /// <summary>
    /// The value of a Roman numeral of two letters or more made of i, v and x that starts with x (XX, XXI, XIV) or is
    /// ii / iii; 0 for anything else (single letters are initials; l, c, d, m make words: Li, Mil, Di).
    /// </summary>
    private static int RomanValue(ReadOnlySpan<char> word)
    {
        if (word is "ii")
            return 2;
        if (word is "iii")
            return 3;
        if (word.Length < 2 || word[0] != 'x' || word is "xi")
            return 0; // xi is a Chinese name (习, 西), far more often than eleven
        int value = 0, i = 0;
        while (i < word.Length && word[i] == 'x' && value < 30)
        {
            value += 10;
            i++;
        }

        var tail = word[i..];
        int units = tail switch
        {
            "" => 0,
            "i" => 1,
            "ii" => 2,
            "iii" => 3,
            "iv" => 4,
            "v" => 5,
            "vi" => 6,
            "vii" => 7,
            "viii" => 8,
            "ix" => 9,
            _ => -1,
        };
        return units < 0 ? 0 : value + units;
    }

    internal static bool IsDigits(string s) => IsDigits(s.AsSpan());

    private static bool IsDigits(ReadOnlySpan<char> s)
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

    /// <summary>A Han ideograph or a Hangul syllable: one syllable of a name, a token of its own (李尚福 = Li Shang Fu).</summary>
    internal static bool IsIdeograph(char ch) =>
        ch is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF');

    private static bool IsNumberWord(ReadOnlySpan<char> t) => t is "no" or "n" or "nr" or "num" or "number" or "н" or "номер";

    private static int NumberPrefixLength(ReadOnlySpan<char> t)
    {
        foreach (var p in (ReadOnlySpan<string>)["no", "nr", "n"])
        {
            if (t.Length > p.Length && t.StartsWith(p, StringComparison.Ordinal) && IsDigits(t[p.Length..]))
                return p.Length;
        }

        return 0;
    }

    /// <summary>223rd → 223, 1st → 1, 9-go → 9 (the hyphen already split), 5th → 5.</summary>
    private static ReadOnlySpan<char> StripOrdinal(ReadOnlySpan<char> t)
    {
        if (t.Length < 3 || t[0] is < '0' or > '9')
            return t;
        var digits = 0;
        while (digits < t.Length && t[digits] is >= '0' and <= '9')
            digits++;
        var suffix = t[digits..];
        return suffix is "st" or "nd" or "rd" or "th" ? t[..digits] : t;
    }

    private static void Append(char[] buffer, ref int n, ReadOnlySpan<char> text, ref bool pendingSpace, bool separate)
    {
        if ((pendingSpace || separate) && n > 0 && buffer[n - 1] != ' ')
            buffer[n++] = ' ';
        text.CopyTo(buffer.AsSpan(n));
        n += text.Length;
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
        Add("ĉċ", "c"); // ç, ć, č are kept for the transliterator (Transliterator.MarkedLatin): č is ch, and c
        Add("ďđ", "d");
        Add("ð", "d");
        Add("èéêëēĕėęěẹẻẽếềểễệ", "e");
        Add("ĝğġģ", "g");
        Add("ĥħ", "h");
        Add("ìíîïĩīĭįıǐịỉİ", "i"); // the Turkish dotted İ lower-cases to itself: İbrahim Çelik is Ibrahim Celik
        // ə, the Azerbaijani schwa, is kept, as the marked letters (ç, ş) are: the Transliterator reads it a (Əliyev, Heydər:
        // Aliyev, Heydar) and reads its word in that alphabet too (SecondReading)
        Add("ĳ", "ij");
        Add("ĵ", "j");
        Add("ķ", "k");
        Add("ĺļľŀł", "l");
        Add("ñńņňŉ", "n");
        Add("òóôõöøōŏőǒọỏốồổỗộớờởỡợơ", "o");
        Add("œ", "oe");
        Add("ŕŗř", "r");
        Add("ŝ", "s"); // ś, ş, š, ș: kept as ç
        Add("ß", "ss");
        Add("ţťŧț", "t");
        Add("ùúûüũūŭůűųǔụủưứừửữự", "u");
        Add("ŵ", "w");
        Add("ýÿŷỳỹ", "y");
        // ź, ż, ž: kept as ç
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
