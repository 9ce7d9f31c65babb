using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// Names written in a script without short vowels (Arabic, Hebrew) against their Latin spellings. <see cref="Transliterator"/>
/// romanises such a word as its letters (محمد → mhmd, حسن → hsn, علي → ely: alif a, ع and hamza e, و w, ي y), and a Latin
/// spelling meets it by its consonant skeleton: the vowels, y, w and v but at a word's start (long vowels and diphthongs
/// in Latin, ي and و in Arabic; at the start consonants: Yusuf, Walid) and a final h (ة, -ah) left out, a doubled letter
/// once, and the sounds Latin spells several ways made one (sh/ch/sch, kh, gh, th/s, dh/z, q/k/c/ck, j/dj). The article
/// ال is written joined (الظواهري → eldhwahry): the skeleton is also read without its l. Without short vowels, names with
/// one skeleton are one to it (حسن is Hassan, Hasan and Hussein alike), and the long vowels written only rank them
/// (<see cref="VowelsAgree"/>): review at most.
/// </summary>
internal static class Abjad
{
    /// <summary>
    /// The similarity of a word met by its skeleton, and of a whole name: review, not alert. A skeleton is several names
    /// (محمد is Mohammed and Mahmoud, حسن is Hassan and Hussein, أحمد is Ahmad and Hamid, as AnyAscii drops the alif and
    /// the skeleton the long vowels و and ي), so an abjad name alone never alerts on a Latin one.
    /// </summary>
    public const double Similarity = 0.85;

    /// <summary>
    /// The similarity of a word met by its skeleton whose written vowels also agree with the Latin word's
    /// (<see cref="VowelsAgree"/>): still review, ranked above a skeleton alone. Latin writes a long vowel with one letter
    /// as often as a short one (Mahmud, Hamid, Salim), and ع may be any vowel, so agreeing vowels do not tell محمد from
    /// Mahmud nor سعد from Saeed: an abjad name never alerts on a Latin one (<see cref="NameScorer"/> caps it here).
    /// </summary>
    public const double VowelledSimilarity = 0.87;

    /// <summary>
    /// The similarity of <paramref name="abjad"/> (a romanised word of an abjad) and <paramref name="latin"/> (a word
    /// written in Latin letters): by their skeletons, 0 when they differ. A skeleton of one consonant only meets a Latin
    /// word of three or four letters (علي / Ali, not the article al).
    /// </summary>
    public static double Compare(PreparedToken abjad, PreparedToken latin) => Compare(abjad.Text, latin.Text);

    /// <summary>As <see cref="Compare(PreparedToken, PreparedToken)"/>, of texts (two words joined: نصر الله / Nasrallah).</summary>
    /// <param name="article">Whether the abjad text may begin with the joined article (one word; not words joined, where an l is a word's own).</param>
    public static double Compare(string abjad, string latin, bool article = true)
    {
        var other = Skeleton(latin);
        if (other.Length == 0 || (other.Length == 1 && latin.Length is < 3 or > 4))
            return 0.0; // one consonant: علي is Ali or Aly, not the article al nor a longer word
        var vowelFirst = latin.Length > 0 && latin[0] is 'a' or 'e' or 'i' or 'o' or 'u';

        // a first y or w read as a vowel only against a Latin word that begins with one (Ayman, not Saif for يوسف)
        if (!SkeletonSet(abjad, article).Contains(other) || !(vowelFirst || SkeletonsStartAlike(other, abjad)))
            return 0.0;
        return VowelsAgree(abjad, latin, article) ? VowelledSimilarity : Similarity;
    }

    /// <summary>
    /// <see cref="SkeletonsOf"/> as a set, remembered (up to <see cref="MaxRemembered"/> words): one abjad word is compared
    /// with every Latin word of every candidate, and its spellings multiply (ف f, p, v; ب b, p, v; ق q, g, gh …).
    /// </summary>
    private static HashSet<string> SkeletonSet(string abjad, bool article)
    {
        if (Remembered.TryGetValue((abjad, article), out var set))
            return set;
        set = new HashSet<string>(SkeletonsOf(abjad, article), StringComparer.Ordinal);
        if (Volatile.Read(ref remembered) < MaxRemembered && Remembered.TryAdd((abjad, article), set))
            Interlocked.Increment(ref remembered); // a counter: the map's Count takes all its locks
        return set;
    }

    private const int MaxRemembered = 100_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Abjad, bool Article), HashSet<string>> Remembered = new();

    private static int remembered;

    /// <summary>
    /// Whether the vowels the abjad word writes agree with the Latin word's, between each two consonants of one skeleton:
    /// an alif (a) wants an a or e, a و (w) an o, u, w or v (Persian Javad), a ي (y) an i, e or y; where the abjad writes none, Latin has one
    /// short vowel at most (Mahmoud is not محمد, Mohammed not محمود, Hussein not حسن) and begins with no vowel (Hamid is
    /// not أحمد, Ahmed not حامد). An ع or hamza (e) may be any vowel or none.
    /// </summary>
    internal static bool VowelsAgree(string abjad, string latin, bool article = true)
    {
        var latinGaps = new List<string>();
        var consonants = Skeleton(latin, 0, latinGaps);
        foreach (var spelling in Spellings(abjad))
        {
            foreach (var apart in Masks(spelling))
            {
                var gaps = new List<string>();
                var own = Skeleton(spelling, apart, gaps);
                if (string.Equals(own, consonants, StringComparison.Ordinal) && GapsAgree(gaps, 0, latinGaps))
                    return true;
                if (article && own.Length >= 3 && own[0] == 'l' && gaps[0].Length > 0
                    && own.AsSpan(1).SequenceEqual(consonants) && GapsAgree(gaps, 1, latinGaps))
                    return true; // the joined article ال, which Latin writes apart or leaves out
            }
        }

        return false;
    }

    /// <summary>Whether the abjad's gaps from <paramref name="from"/> on agree with the Latin word's (see <see cref="VowelsAgree"/>).</summary>
    private static bool GapsAgree(List<string> abjad, int from, List<string> latin)
    {
        if (abjad.Count - from != latin.Count)
            return false;
        for (var i = 0; i < latin.Count; i++)
        {
            string own = abjad[from + i], other = latin[i];
            if ((own.Contains('a', StringComparison.Ordinal) && other.IndexOfAny(['a', 'e']) < 0)
                || ((own.Contains('w', StringComparison.Ordinal) || own.Contains('v', StringComparison.Ordinal)) && other.IndexOfAny(['o', 'u', 'w', 'v']) < 0)
                || (own.Contains('y', StringComparison.Ordinal) && other.IndexOfAny(['i', 'e', 'y']) < 0))
                return false;
            if (own.Length == 0 && (i == 0 ? other.Length > 0 : other.Length > 1 || other.IndexOfAny(['y', 'w', 'v']) >= 0))
                return false; // no vowel written: a short one at most, none before the first consonant
            if (own.Length == 0 && i == latin.Count - 1 && other.Length > 0 && other[0] is not ('a' or 'e'))
                return false; // nor an i, o or u at the end (Ahmadi is أحمدي, not أحمد): the a or e of a ة at most
            if (own.Length > 0 && i == 0 && other.Length == 0)
                return false; // a word that begins with an alif or ع begins with a vowel (Amir is no Mir)
        }

        return true;
    }

    /// <summary>
    /// The skeletons an abjad word is read as: its romanisation's pairs of letters read as one sound (sh, kh, th: ش خ ث)
    /// and as two (طه, ta-ha, romanised th; مزاحم, mzhm), its q also as g and gh and its f also as p, each whole and without the joined
    /// article's l (الظواهري).
    /// </summary>
    public static IEnumerable<string> SkeletonsOf(string abjad, bool article = true) =>
        Spellings(abjad).SelectMany(s => SkeletonsOfSpelling(s, article));

    /// <summary>
    /// The romanised abjad word and its other spellings: ق is q or k, and g or gh where it is said so (Gaddafi, Persian
    /// Ghasem), never j; ج is j or g (Gamal); Hebrew פ is f or p (Perez); ذ ض ظ (dh) are also d (Gaddafi, Ramadan), as they are z where dh is read as one
    /// sound (Persian Reza, Ramazan, Fazl); and the letters a foreign name's sounds Arabic has none for are written with
    /// (سيرغي لافروف: Sergei Lavrov, بوتين: Putin): ف also v, ب also p, غ also g, and Hebrew ב also v (לברוב).
    /// </summary>
    private static IEnumerable<string> Spellings(string abjad)
    {
        IEnumerable<string> spellings = [abjad];
        if (abjad.Contains('q', StringComparison.Ordinal))
            spellings = [abjad, abjad.Replace("q", "g", StringComparison.Ordinal), abjad.Replace('q', 'G')]; // G: gh, one sound
        if (abjad.Contains('f', StringComparison.Ordinal))
        {
            // ف is also a foreign v, which Arabic has no letter for (لافروف: Lavrov, فلاديمير: Vladimir)
            spellings = spellings.Concat(spellings.Select(static s => s.Replace('f', 'p')))
                .Concat(spellings.Select(static s => s.Replace('f', 'v'))).ToArray();
        }

        if (abjad.Contains('b', StringComparison.Ordinal))
        {
            // ب is also a foreign p (بوتين: Putin), and Hebrew ב a v (לברוב: Lavrov)
            spellings = spellings.Concat(spellings.Select(static s => s.Replace('b', 'p')))
                .Concat(spellings.Select(static s => s.Replace('b', 'v'))).ToArray();
        }

        if (abjad.Contains("gh", StringComparison.Ordinal))
            spellings = spellings.Concat(spellings.Select(static s => s.Replace("gh", "g", StringComparison.Ordinal))).ToArray(); // غ is a foreign g (سيرغي: Sergei)
        if (abjad.Contains('j', StringComparison.Ordinal))
            spellings = spellings.Concat(spellings.Select(static s => s.Replace('j', 'g'))).ToArray(); // ج said g (Egyptian Gamal)
        if (abjad.Contains("dh", StringComparison.Ordinal))
            spellings = spellings.Concat(spellings.Select(static s => s.Replace("dh", "d", StringComparison.Ordinal))).ToArray();
        return spellings;
    }

    /// <summary>
    /// The ways of reading the word's pairs of letters (<see cref="Skeleton(string, int, List{string}?)"/>'s masks): each
    /// pair as one sound or as two (شحاتة, shhth: the sh one, the th two, Shihata), every mix where a word has three pairs
    /// or fewer, else all one way or all the other.
    /// </summary>
    private static IEnumerable<int> Masks(string abjad)
    {
        var pairs = CountPairs(abjad);
        return pairs == 0 ? [0] : pairs <= 3 ? Enumerable.Range(0, 1 << pairs) : [0, -1];
    }

    private static IEnumerable<string> SkeletonsOfSpelling(string abjad, bool article)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var apart in Masks(abjad))
        {
            foreach (var own in Readings(AbjadSkeleton(abjad, apart), abjad))
            {
                if (own.Length > 0 && seen.Add(own))
                    yield return own;
                if (article && own.Length >= 3 && own[0] == 'l' && seen.Add(own[1..]))
                    yield return own[1..];
            }
        }
    }

    /// <summary>How many pairs of letters <see cref="Skeleton(string, int, List{string}?)"/> reads as one sound in the text.</summary>
    private static int CountPairs(string text)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var length = PairLength(text, i);
            pairs += length > 1 ? 1 : 0;
            i += length > 1 ? length - 1 : 0;
        }

        return pairs;
    }

    /// <summary>
    /// A skeleton and its other readings: a final ة also read as t (هيئة تحرير: Hayat Tahrir), and a first y or w also as
    /// the long vowel after an alif left unwritten (ايمن without its alif, ymn: Ayman; اويس: Uwais).
    /// </summary>
    private static IEnumerable<string> Readings(string skeleton, string abjad)
    {
        yield return skeleton;
        if (abjad.Length >= 3 && abjad.EndsWith('h'))
            yield return skeleton + "t"; // (هيئة, hyih: the ة's h folds into the h before it)
        if (skeleton.Length >= 3 && skeleton[0] is 'y' or 'w')
            yield return skeleton[1..];
    }

    /// <summary>Whether <paramref name="own"/> keeps the first letter of the abjad word's skeleton (no y or w of it read as a vowel).</summary>
    private static bool SkeletonsStartAlike(string own, string abjad)
    {
        var whole = Skeleton(abjad);
        return whole.Length == 0 || whole[0] is not ('y' or 'w') || (own.Length > 0 && (own[0] == whole[0] || own[0] == 'l'));
    }

    /// <summary>
    /// The skeleton of a romanised abjad word: its final h is ة (أسامة, smh: Usama), read as a vowel, in a word of three
    /// letters or more; in a shorter one it is ه (طه, th: Taha).
    /// </summary>
    private static string AbjadSkeleton(string abjad, int apart)
    {
        var skeleton = Skeleton(abjad, apart);
        if (!skeleton.EndsWith('h') && abjad.EndsWith('h') && abjad.Length < 3 && apart != 0)
            skeleton += "h";
        else if (skeleton.Length > 1 && skeleton.EndsWith('h') && abjad.EndsWith('h') && abjad.Length >= 3)
            skeleton = skeleton[..^1];
        return skeleton;
    }

    /// <summary>
    /// Whether two names, one all in an abjad's words and the other all in Latin, have one skeleton over all their words
    /// in order, however each writes the words apart (عبد الله / Abdallah, العبيدي / al-Ubaidi): the Latin name also read
    /// with its last word first and with its first word last (ZALTOUNI, Khalid). False where the skeleton has fewer than
    /// six consonants.
    /// </summary>
    public static bool SameWholeName(IReadOnlyList<PreparedToken> abjad, IReadOnlyList<PreparedToken> latin)
    {
        if (abjad.Count == 0 || latin.Count == 0)
            return false;
        var latinSkeletons = latin.Select(static t => Skeleton(t.Text)).ToArray();
        foreach (var apart in new[] { 0, -1 })
        {
            var own = Joined(abjad.Select(t => AbjadSkeleton(t.Text, apart)));
            if (own.Length < 6)
                continue; // محمد علي is Mohammed Ali and Mahmoud Ali: a short name's skeleton is many names
            if (own == Joined(latinSkeletons)
                || (latin.Count > 1 && own == Joined(latinSkeletons.Skip(1).Append(latinSkeletons[0])))
                || (latin.Count > 1 && own == Joined(latinSkeletons.Skip(latin.Count - 1).Concat(latinSkeletons.Take(latin.Count - 1)))))
                return true;
        }

        return false;
    }

    /// <summary>Skeletons joined, a letter doubled where two meet written once (عبد الله / Abdallah).</summary>
    private static string Joined(IEnumerable<string> skeletons)
    {
        var sb = new StringBuilder();
        foreach (var part in skeletons)
        {
            if (part.Length == 0)
                continue;
            var skip = sb.Length > 0 && sb[^1] == part[0] ? 1 : 0;
            sb.Append(part, skip, part.Length - skip);
        }

        return sb.ToString();
    }

    /// <summary>The consonant skeleton of lower-case Latin text (see the class).</summary>
    public static string Skeleton(string text) => Skeleton(text, apart: 0);

    /// <summary>
    /// The length of the letters at <paramref name="i"/> that spell one sound: 3 for sch, 2 for sh, ch, kh, gh, th, dh,
    /// ph, dj and ck, else 1.
    /// </summary>
    private static int PairLength(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        if (c == 's' && next == 'c' && i + 2 < text.Length && text[i + 2] == 'h')
            return 3;
        return (next == 'h' && c is 's' or 'c' or 'k' or 'g' or 't' or 'd' or 'p') || (c == 'd' && next == 'j') || (c == 'c' && next == 'k') ? 2 : 1;
    }

    /// <summary>
    /// The consonant skeleton, the pairs of letters that spell one sound read as one (sh, kh, th…) but those whose bit is
    /// set in <paramref name="apart"/> (by their order in the text; -1: all read as two letters).
    /// </summary>
    /// <param name="gaps">When given, receives the vowels (and y, w, v read as vowels) before each consonant of the skeleton and, last, after the last one.</param>
    private static string Skeleton(string text, int apart, List<string>? gaps = null)
    {
        var sb = new StringBuilder(text.Length);
        var gap = gaps is null ? null : new StringBuilder();
        var pair = 0;
        var vowelSince = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var length = PairLength(text, i);
            char mapped;
            if (length > 1 && ((apart >> Math.Min(pair++, 31)) & 1) == 0)
            {
                var next = text[i + 1];
                mapped = length == 3 ? 'S'
                    : c == 'd' && next == 'j' ? 'j'
                    : c == 'c' && next == 'k' ? 'k'
                    : c switch { 's' or 'c' => 'S', 'k' => 'x', 'g' => 'G', 't' => 's', 'd' => 'z', _ => 'f' };
                i += length - 1;
            }
            else
            {
                mapped = c == 'q' || (c == 'c' && !(i + 1 < text.Length && text[i + 1] is 'e' or 'i' or 'y')) ? 'k'
                    : c == 'c' ? 's' // c before e, i, y is s (French Belgacem, Kacem: بلقاسم has its s)
                    : c;
            }

            // y, w and v begin a word as consonants (Yusuf / يوسف, Walid / وليد); elsewhere they are long vowels (Hussein, Yousef)
            if (i == 0 && mapped is 'y' or 'w' or 'v')
            {
                mapped = mapped == 'y' ? 'y' : 'w';
            }
            else if (mapped is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'v' || !char.IsAsciiLetter(mapped))
            {
                gap?.Append(mapped);
                vowelSince |= char.IsAsciiLetter(mapped);
                continue;
            }

            if (sb.Length > 0 && sb[^1] == mapped && !vowelSince)
                continue; // a letter doubled (Hassan, Mohammed), not one said twice (Habib, Abubakr)
            sb.Append(mapped);
            vowelSince = false;
            if (gap is not null)
            {
                gaps!.Add(gap.ToString());
                gap.Clear();
            }
        }

        if (sb.Length > 1 && sb[^1] == 'h' && text.EndsWith('h'))
        {
            sb.Length--; // ة, -ah: not the h of Yahia (يحيى, yhya)
            if (gap is not null)
            {
                gap.Insert(0, gaps![^1]);
                gaps.RemoveAt(gaps.Count - 1);
            }
        }

        gaps?.Add(gap!.ToString());
        return sb.ToString();
    }
}
