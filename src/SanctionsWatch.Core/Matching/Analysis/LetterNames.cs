using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// An acronym written as the names of its Latin letters, as Russian and Japanese write one: Ай Ти Си (romanised AI TI
/// SI) is ITC, Эй Си Джи Файненс is ACG Finance, アイ・エス・アイ is ISI; and as its letters spaced out (I T C).
/// <see cref="Spelled"/> reads such a name with the letters, as another reading of it (the words may be words after
/// all: pinyin has ai, si and di; Russian и, с, в are words of one letter).
/// </summary>
internal static class LetterNames
{
    private static readonly Dictionary<string, char> Names = Build();

    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> BySpan = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestName = Names.Keys.Max(static n => n.Length);

    private static Dictionary<string, char> Build()
    {
        // each letter's names: Russian (in Cyrillic, and romanised as lists romanise them), then Japanese katakana; no name
        // of one Latin letter (a, i, o are words and initials), nor yu (a pinyin syllable and a given name)
        (char Letter, string Names)[] letters =
        [
            ('A', "эй ей ei ey エー エイ"),
            ('B', "би бі bi ビー"),
            ('C', "си сі si シー"),
            ('D', "ди ді di ディー"),
            ('E', "イー"),
            ('F', "эф еф ef エフ"),
            ('G', "джи dzhi ジー"),
            ('H', "эйч ейч eich eych エイチ エッチ"),
            ('I', "ай ai ay アイ"),
            ('J', "джей dzhei dzhey ジェー ジェイ"),
            ('K', "кей kei key ケー ケイ"),
            ('L', "эл ел el エル"),
            ('M', "эм ем em エム"),
            ('N', "эн ен en エヌ"),
            ('O', "оу ou オー"),
            ('P', "пи пі pi ピー"),
            ('Q', "кью kyu kiu キュー"),
            ('R', "ар эр ер ar er アール"),
            ('S', "эс ес es エス"),
            ('T', "ти ті ti ティー"),
            ('U', "ю ユー"),
            ('V', "ви ві vi ブイ ヴィー"),
            ('W', "дабл-ю dablyu ダブリュー"),
            ('X', "экс екс eks エックス"),
            ('Y', "уай uai uay ワイ"),
            ('Z', "зед зет zed ゼット ズィー"),
        ];
        var names = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        foreach (var (letter, spellings) in letters)
        {
            foreach (var name in spellings.Split(' '))
                names.Add(name, letter);
        }

        return names;
    }

    /// <summary>
    /// The name with each run of letters' names (<see cref="Names"/>) or bare Latin letters that spells an acronym
    /// (<see cref="Spells"/>) written as those letters (AI KYU KOMPONENTS: IQ KOMPONENTS; I T C: ITC), or null when it has
    /// no such run. Words are split at spaces, the katakana middle dot and hyphens. Allocation-free for a name without
    /// such a run.
    /// </summary>
    public static string? Spelled(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasRun(text))
            return null;
        var sb = new StringBuilder(text.Length);
        var run = new List<(int Start, int Length)>();
        var letters = new StringBuilder();
        var named = false;
        foreach (var word in new Words(text))
        {
            if (TryLetter(text.AsSpan(word.Start, word.Length), out var letter))
            {
                run.Add(word);
                letters.Append(letter);
                named |= word.Length > 1;
                continue;
            }

            Flush();
            Append(word);
        }

        Flush();
        return sb.ToString();

        void Flush()
        {
            if (Spells(run.Count, named))
            {
                if (sb.Length > 0)
                    sb.Append(' ');
                sb.Append(letters);
            }
            else
            {
                run.ForEach(Append);
            }

            run.Clear();
            letters.Clear();
            named = false;
        }

        void Append((int Start, int Length) word)
        {
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(text, word.Start, word.Length);
        }
    }

    /// <summary>
    /// Whether a run of <paramref name="words"/> letters spells an acronym: two or more with a letter's name among them,
    /// three or more bare letters (two are a person's initials: ZAVOD IMENI P I PLANDINA).
    /// </summary>
    private static bool Spells(int words, bool named) => words >= 3 || (words == 2 && named);

    private static bool HasRun(string text)
    {
        var pending = 0;
        var named = false;
        foreach (var (start, length) in new Words(text))
        {
            if (TryLetter(text.AsSpan(start, length), out _))
            {
                pending++;
                named |= length > 1;
                if (Spells(pending, named))
                    return true;
            }
            else
            {
                (pending, named) = (0, false);
            }
        }

        return false;
    }

    /// <summary>The letter a word names, or is: a Latin letter written alone is itself (I T C is ITC).</summary>
    private static bool TryLetter(ReadOnlySpan<char> word, out char letter)
    {
        if (word.Length == 1 && char.IsAsciiLetter(word[0]))
        {
            letter = char.ToUpperInvariant(word[0]);
            return true;
        }

        letter = '\0';
        return word.Length <= LongestName && BySpan.TryGetValue(word, out letter); // most words are longer: no hashing
    }

    /// <summary>
    /// The words of a text as (start, length): split at spaces, the katakana middle dot and hyphens (<see
    /// cref="IsSeparator"/>). A struct, so that looking at every name of a list allocates nothing.
    /// </summary>
    private struct Words(string text)
    {
        private int next;

        public (int Start, int Length) Current { get; private set; }

        public readonly Words GetEnumerator() => this;

        public bool MoveNext()
        {
            var start = -1;
            for (var i = next; i <= text.Length; i++)
            {
                if (!IsSeparator(text, i))
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                if (start < 0)
                    continue;
                Current = (start, i - start);
                next = i + 1;
                return true;
            }

            next = text.Length + 1;
            return false;
        }
    }

    /// <summary>Whether position <paramref name="i"/> ends a word: the text's end, a space, the katakana middle dot, a hyphen.</summary>
    private static bool IsSeparator(string text, int i) =>
        i == text.Length || char.IsWhiteSpace(text[i]) || text[i] is '・' or '･' || (text[i] == '-' && !NameHyphen(text, i));

    /// <summary>The hyphen of дабл-ю, the one letter name written with one.</summary>
    private static bool NameHyphen(string text, int i) =>
        i >= 4 && string.Compare(text, i - 4, "дабл", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
}
