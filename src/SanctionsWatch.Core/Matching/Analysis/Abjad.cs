using System.Text;

namespace SanctionsWatch.Matching;

/// <summary>
/// Names written in a script without short vowels (Arabic, Hebrew) against their Latin spellings. AnyAscii romanises
/// such a word as its consonants (محمد → mhmd, حسن → hsn, علي → ly: the ʿayn is silent), and a Latin spelling meets it by
/// its consonant skeleton: the vowels, y, w and v but at a word's start (long vowels and diphthongs in Latin, ي and و in
/// Arabic; at the start consonants: Yusuf, Walid) and a final h (ة, -ah) left out, doubled letters once, and the sounds
/// Latin spells several ways made one (sh/ch/sch, kh, gh, th/s, dh/z, q/k/c/ck, j/dj/g). The article ال is written joined (الظواهري → ldhwhry): the skeleton is also read without
/// its l. Without vowels, names with one skeleton are one to it (حسن is Hassan, Hasan and Hussein alike): review at most.
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
    /// The similarity of <paramref name="abjad"/> (a romanised word of an abjad) and <paramref name="latin"/> (a word
    /// written in Latin letters): by their skeletons, 0 when they differ. A skeleton of one consonant only meets a Latin
    /// word of three or four letters (علي / Ali, not the article al).
    /// </summary>
    public static double Compare(PreparedToken abjad, PreparedToken latin) => Compare(abjad.Text, latin.Text);

    /// <summary>As <see cref="Compare(PreparedToken, PreparedToken)"/>, of texts (two words joined: نصر الله / Nasrallah).</summary>
    /// <param name="article">Whether the abjad text may begin with the joined article (one word; not words joined, where an l is a word's own).</param>
    public static double Compare(string abjad, string latin, bool article = true)
    {
        var other = Skeleton(latin, digraphs: true);
        if (other.Length == 0 || (other.Length == 1 && latin.Length is < 3 or > 4))
            return 0.0; // one consonant: علي is Ali or Aly, not the article al nor a longer word
        var vowelFirst = latin.Length > 0 && latin[0] is 'a' or 'e' or 'i' or 'o' or 'u';
        foreach (var own in SkeletonsOf(abjad, article))
        {
            // a first y or w read as a vowel only against a Latin word that begins with one (Ayman, not Saif for يوسف)
            if (string.Equals(own, other, StringComparison.Ordinal)
                && (vowelFirst || SkeletonsStartAlike(own, abjad)))
                return Similarity;
        }

        return 0.0;
    }

    /// <summary>
    /// The skeletons an abjad word is read as: its romanisation's pairs of letters read as one sound (sh, kh, th: ش خ ث)
    /// and as two (طه, ta-ha, romanised th; مزاحم, mzhm), its q also as g and gh, each whole and without the joined
    /// article's l (الظواهري).
    /// </summary>
    public static IEnumerable<string> SkeletonsOf(string abjad, bool article = true)
    {
        // ق is q or k, and g or gh where it is said so (Gaddafi, Persian Ghasem)
        if (!abjad.Contains('q', StringComparison.Ordinal))
            return SkeletonsOfSpelling(abjad, article);
        return SkeletonsOfSpelling(abjad, article)
            .Concat(SkeletonsOfSpelling(abjad.Replace("q", "g", StringComparison.Ordinal), article))
            .Concat(SkeletonsOfSpelling(abjad.Replace("q", "gh", StringComparison.Ordinal), article));
    }

    private static IEnumerable<string> SkeletonsOfSpelling(string abjad, bool article)
    {
        var paired = AbjadSkeleton(abjad, digraphs: true);
        var apart = AbjadSkeleton(abjad, digraphs: false);
        foreach (var read in string.Equals(paired, apart, StringComparison.Ordinal) ? [paired] : new[] { paired, apart })
        {
            foreach (var own in Readings(read, abjad))
            {
                if (own.Length > 0)
                    yield return own;
                if (article && own.Length >= 3 && own[0] == 'l')
                    yield return own[1..];
            }
        }
    }

    /// <summary>
    /// A skeleton and its other readings: a final ة also read as t (هيئة تحرير: Hayat Tahrir), and a first y or w also as
    /// the long vowel after an alif AnyAscii leaves out (أيمن, ymn: Ayman; أويس: Uwais).
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
        var whole = Skeleton(abjad, digraphs: true);
        return whole.Length == 0 || whole[0] is not ('y' or 'w') || (own.Length > 0 && (own[0] == whole[0] || own[0] == 'l'));
    }

    /// <summary>
    /// The skeleton of a romanised abjad word: its final h is ة (أسامة, smh: Usama), read as a vowel, in a word of three
    /// letters or more; in a shorter one it is ه (طه, th: Taha).
    /// </summary>
    private static string AbjadSkeleton(string abjad, bool digraphs)
    {
        var skeleton = Skeleton(abjad, digraphs);
        if (!skeleton.EndsWith('h') && abjad.EndsWith('h') && abjad.Length < 3)
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
        foreach (var digraphs in new[] { true, false })
        {
            var own = Joined(abjad.Select(t => AbjadSkeleton(t.Text, digraphs)));
            if (own.Length < 6)
                continue; // محمد علي is Mohammed Ali and Mahmoud Ali: a short name's skeleton is many names
            if (own == Joined(latinSkeletons)
                || (latin.Count > 1 && own == Joined(latinSkeletons.Skip(1).Append(latinSkeletons[0])))
                || (latin.Count > 1 && own == Joined(latinSkeletons.Skip(latin.Count - 1).Concat(latinSkeletons.Take(latin.Count - 1)))))
                return true;
        }

        return false;
    }

    /// <summary>Skeletons joined, a letter doubled where two meet written once.</summary>
    private static string Joined(IEnumerable<string> skeletons)
    {
        var sb = new StringBuilder();
        foreach (var part in skeletons)
        {
            foreach (var c in part)
            {
                if (sb.Length == 0 || sb[^1] != c)
                    sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The consonant skeleton of lower-case Latin text (see the class).</summary>
    public static string Skeleton(string text, bool digraphs = true)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            char mapped;
            if (!digraphs)
            {
                mapped = c switch { 'q' or 'c' => 'k', 'g' => 'j', _ => c };
            }
            else if (c == 's' && next == 'c' && i + 2 < text.Length && text[i + 2] == 'h')
            {
                mapped = 'S';
                i += 2;
            }
            else if (next == 'h' && c is 's' or 'c' or 'k' or 'g' or 't' or 'd' or 'p')
            {
                mapped = c switch { 's' or 'c' => 'S', 'k' => 'x', 'g' => 'G', 't' => 's', 'd' => 'z', _ => 'f' };
                i++;
            }
            else if (c == 'd' && next == 'j')
            {
                mapped = 'j';
                i++;
            }
            else if (c == 'c' && next == 'k')
            {
                mapped = 'k';
                i++;
            }
            else
            {
                mapped = c switch { 'q' or 'c' => 'k', 'g' => 'j', _ => c };
            }

            // y, w and v begin a word as consonants (Yusuf / يوسف, Walid / وليد); elsewhere they are long vowels (Hussein, Yousef)
            if (i == 0 && mapped is 'y' or 'w' or 'v')
                mapped = mapped == 'y' ? 'y' : 'w';
            else if (mapped is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'v' || !char.IsAsciiLetter(mapped))
                continue;
            if (sb.Length > 0 && sb[^1] == mapped)
                continue;
            sb.Append(mapped);
        }

        if (sb.Length > 1 && sb[^1] == 'h' && text.EndsWith('h'))
            sb.Length--; // ة, -ah: not the h of Yahia (يحيى, yhya)
        return sb.ToString();
    }
}
