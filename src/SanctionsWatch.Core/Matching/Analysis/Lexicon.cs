namespace SanctionsWatch.Matching;

/// <summary>
/// Word translations learned from labelled name pairs (<c>Data/lexicon.tsv</c>, written by <c>scripts/learn-lexicon.sh</c>
/// from OFAC's aliases and the cross-list set, their tuning halves only): pairs of stem keys, or a stem key and a concept
/// of <see cref="IndustrialVocabulary"/>, that name the same thing in two languages (predpriyatiye / enterprise,
/// raketnyy / missile, severnyy / northern). Linked keys form groups; a word whose stem is in a group becomes a concept
/// token of the group, so its translations meet it as the vocabulary's concepts do.
/// </summary>
public static class Lexicon
{
    private static readonly Dictionary<string, string> Groups = Load();

    /// <summary>How many keys the learned groups hold.</summary>
    public static int Count => Groups.Count;

    /// <summary>False while the lexicon itself is learned (the learner compares names without it).</summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>The concept key of the group of a stem key or concept, if it has one.</summary>
    public static bool TryGroup(string key, out string group)
    {
        group = "";
        return Enabled && Groups.TryGetValue(key, out group!);
    }

    /// <summary>
    /// Whether a word whose phonetic key is <paramref name="key"/> may have a stem in the lexicon: its first three letters
    /// are those of a learned stem (a cheap test before the word is stemmed).
    /// </summary>
    public static bool MayHold(string key) => Enabled && key.Length >= 3 && HeadsBySpan.Contains(key.AsSpan(0, 3));

    private static readonly HashSet<string> Heads = [.. Groups.Keys.Where(static k => k.Length >= 3 && !k.StartsWith('#')).Select(static k => k[..3])];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadsBySpan = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a learned group is a word of its own rather than a concept of the vocabulary: two spellings or
    /// translations of one name (eshelon / echelon, belorus / belarusian) that joined no concept. Its token is a word
    /// that tells firms apart unless one of its members is a common English word (<see cref="IsDescriptive"/>).
    /// </summary>
    public static bool IsWordGroup(string group) => group.AsSpan().StartsWith(WordGroupPrefix); // a span's ordinal prefix test: read in every token comparison

    /// <summary>True when a member of the learned word group is the stem of a common English word (nation, device, cement).</summary>
    public static bool IsDescriptive(string group) => DescriptiveGroups.Contains(group);

    private const string WordGroupPrefix = IndustrialVocabulary.Prefix + "~";

    private static readonly HashSet<string> DescriptiveGroups =
        [.. Groups.Where(static g => IsWordGroup(g.Value) && GenericWords.IsGeneric(g.Key)).Select(static g => g.Value)];

    /// <summary>A concept key, or the key of the learned group it joined.</summary>
    public static string Concept(string key) => Enabled && Groups.TryGetValue(key, out var group) ? group : key;

    private static Dictionary<string, string> Load()
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string k)
        {
            while (parent.TryGetValue(k, out var p) && p != k)
                k = p;
            return k;
        }

        foreach (var (_, line) in DataFiles.Lines("lexicon.tsv", comment: "# ")) // its keys may begin with # (#machine)
        {
            var f = line.Split('\t');
            if (f.Length < 2)
                continue;
            foreach (var k in f.AsSpan(0, 2))
                parent.TryAdd(k, k);
            string a = Find(f[0]), b = Find(f[1]);
            if (a == b)
                continue;

            // a concept of the vocabulary names the group (its phrases keep their key); else the first key, marked as a concept
            if (b.StartsWith(IndustrialVocabulary.Prefix, StringComparison.Ordinal) && !a.StartsWith(IndustrialVocabulary.Prefix, StringComparison.Ordinal))
                (a, b) = (b, a);
            parent[b] = a;
        }

        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var k in parent.Keys)
        {
            var root = Find(k);
            groups[k] = root.StartsWith(IndustrialVocabulary.Prefix, StringComparison.Ordinal) ? root : WordGroupPrefix + root;
        }

        return groups;
    }
}
