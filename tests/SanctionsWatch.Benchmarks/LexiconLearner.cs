using System.Globalization;
using System.Text;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// Learns word translations (romanised Russian ↔ English, and other languages' words) from labelled name pairs: OFAC's
/// aliases (<c>alt.csv</c>) joined to the primary names of an <c>sdn.csv</c>, organisations only, the tuning half only
/// (even entry numbers: the held-out half of every benchmark stays unseen). For each pair the words that the matcher
/// already pairs are taken out; the words left on the two sides are counted together. Pairs of stems that occur
/// together often and rarely apart (Dice coefficient) are kept, each word with its best partners (competitive linking).
/// Usage: <c>lexicon SDN_CSV ALT_CSV [--min-count N] [--min-dice D] [--out FILE] [--all]</c> (<c>--all</c>: every
/// entry, both halves).
/// </summary>
internal static class LexiconLearner
{
    public static int Run(string[] args)
    {
        var minCount = 3;
        var minDice = 0.3;
        string? output = null;
        var all = false;
        var newEntries = false;
        string? crosslist = null;
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--min-count":
                    minCount = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--min-dice":
                    minDice = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = args[++i];
                    break;
                case "--all":
                    all = true;
                    break;
                case "--new-entries":
                    newEntries = true;
                    break;
                case "--crosslist":
                    crosslist = args[++i];
                    break;
            }
        }

        Lexicon.Enabled = false; // learned anew: the names are compared without the lexicon of before
        var primaries = new Dictionary<string, ListEntry>();
        foreach (var e in new OfacCsvReader().Read(args[0], "ofac-sdn").Entries)
            primaries[e.EntryId] = e;
        var pairs = new List<(string Entity, string Alias, string Primary)>();
        foreach (var line in File.ReadLines(args[1], Encoding.UTF8))
        {
            var f = Csv(line);
            if (f.Count < 4 || !primaries.TryGetValue(f[0].Trim(), out var entry) || entry.PartyType == PartyType.Person)
                continue;
            if (!all && !CrosslistEval.IsTune(entry.EntryId))
                continue;
            pairs.Add((entry.EntryId, f[3], entry.Names[0].Text));
        }

        if (newEntries)
        {
            // entries listed after the primaries' file (in no benchmark set): each organisation's aliases paired with
            // its first alias (persons' aliases are written "SURNAME, Given", with lower-case letters)
            var firsts = new Dictionary<string, string>();
            foreach (var line in File.ReadLines(args[1], Encoding.UTF8))
            {
                var f = Csv(line);
                if (f.Count < 4 || primaries.ContainsKey(f[0].Trim()) || f[3].Any(char.IsLower))
                    continue;
                if (!firsts.TryAdd(f[0].Trim(), f[3]))
                    pairs.Add(("new-" + f[0].Trim(), f[3], firsts[f[0].Trim()]));
            }
        }

        if (crosslist is not null)
        {
            // another publisher's spellings of listed parties, each with the party's OFAC uid (the same halves)
            foreach (var line in File.ReadLines(crosslist, Encoding.UTF8))
            {
                var f = line.Split('\t');
                if (line.StartsWith('#') || f.Length < 4 || f[0] == "person" || !primaries.TryGetValue(f[2], out var entry))
                    continue;
                if (all || CrosslistEval.IsTune(entry.EntryId))
                    pairs.Add((entry.EntryId, f[1], entry.Names[0].Text));
            }
        }

        var scorer = new NameScorer(NameMatcherOptions.Default, statistics: null);
        // counted once per entity: a translation is a word pair that several parties' names share, not the many
        // aliases of one party
        var together = new Dictionary<(string, string), HashSet<string>>();

        // the words left on both sides in the same number are paired in order (Russian and English put an institution's
        // words in one order: Vyatskoye Mashinostroitelnoye Predpriyatiye / Vyatka Machine-Building Enterprise)
        var inOrder = new Dictionary<(string, string), HashSet<string>>();
        var alone = new Dictionary<string, HashSet<string>>();
        var used = 0;
        foreach (var (entity, alias, primary) in pairs)
        {
            var a = Residual(NameAnalyzer.Prepare(alias, NameType.Alias, PartyType.Organization), NameAnalyzer.Prepare(primary, NameType.Primary, PartyType.Organization), scorer, out var b);
            if (a.Count == 0 || b.Count == 0 || a.Count > 4 || b.Count > 4)
                continue;
            used++;
            foreach (var x in a.Concat(b))
                (alone.TryGetValue(x, out var set) ? set : alone[x] = []).Add(entity);
            foreach (var x in a)
            {
                foreach (var y in b)
                {
                    if (x == y)
                        continue;
                    var key = string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x);
                    (together.TryGetValue(key, out var set) ? set : together[key] = []).Add(entity);
                }
            }

            if (a.Count == b.Count)
            {
                for (var k = 0; k < a.Count; k++)
                {
                    if (a[k] == b[k])
                        continue;
                    var key = string.CompareOrdinal(a[k], b[k]) < 0 ? (a[k], b[k]) : (b[k], a[k]);
                    (inOrder.TryGetValue(key, out var set) ? set : inOrder[key] = []).Add(entity);
                }
            }
        }

        // kept: paired in order for at least minCount parties, or together for minCount + 1 with a Dice of minDice
        var candidates = together
            .Select(kv => (kv.Key.Item1, kv.Key.Item2, Count: kv.Value.Count, Dice: 2.0 * kv.Value.Count / (alone[kv.Key.Item1].Count + alone[kv.Key.Item2].Count),
                Ordered: inOrder.TryGetValue(kv.Key, out var ordered) ? ordered.Count : 0))
            .Where(c => (c.Ordered >= minCount || (c.Count > minCount && c.Dice >= minDice)) && IsTranslation(c.Item1, c.Item2))
            .OrderByDescending(c => c.Ordered)
            .ThenByDescending(c => c.Dice * Math.Log(1 + c.Count))
            .Select(c => (c.Item1, c.Item2, c.Count, c.Dice))
            .ToList();

        // competitive linking: a word takes at most two partners, best first
        var links = new Dictionary<string, int>();
        var kept = new List<(string, string, int, double)>();
        foreach (var c in candidates)
        {
            if (links.GetValueOrDefault(c.Item1) >= 2 || links.GetValueOrDefault(c.Item2) >= 2)
                continue;
            links[c.Item1] = links.GetValueOrDefault(c.Item1) + 1;
            links[c.Item2] = links.GetValueOrDefault(c.Item2) + 1;
            kept.Add(c);
        }

        var writer = output is null ? Console.Out : new StreamWriter(output, append: false, new UTF8Encoding(false));
        writer.WriteLine($"# learned from {used} of {pairs.Count} alias/primary pairs (OFAC alt.csv{(crosslist is null ? "" : " and " + Path.GetFileName(crosslist))}) ({(all ? "every entry" : "tuning half: even entry numbers")}); min count {minCount}, min Dice {minDice.ToString(CultureInfo.InvariantCulture)}");
        writer.WriteLine("# stem key\tstem key\ttogether\tDice");
        foreach (var (x, y, n, dice) in kept)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x}\t{y}\t{n}\t{dice:F2}"));
        if (output is not null)
            writer.Dispose();
        Console.Error.WriteLine($"{pairs.Count} pairs, {used} with a residual, {candidates.Count} candidates, {kept.Count} links");
        return 0;
    }

    /// <summary>The stem keys of the words of <paramref name="a"/> that the matcher cannot pair with a word of <paramref name="b"/>, and those of b.</summary>
    private static List<string> Residual(PreparedName a, PreparedName b, NameScorer scorer, out List<string> restB)
    {
        var at = a.Tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Concept).ToList();
        var bt = b.Tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Concept).ToList();
        var usedB = new bool[bt.Count];
        var restA = new List<string>();
        foreach (var x in at)
        {
            var found = -1;
            for (var j = 0; j < bt.Count && found < 0; j++)
            {
                if (!usedB[j] && (scorer.TokenSimilarity(x, bt[j]) >= 0.85 || StemKey(x) == StemKey(bt[j])))
                    found = j;
            }

            if (found >= 0)
                usedB[found] = true;
            else
                restA.Add(StemKey(x));
        }

        restB = [];
        for (var j = 0; j < bt.Count; j++)
        {
            if (!usedB[j])
                restB.Add(StemKey(bt[j]));
        }

        // acronyms and fragments (ARZ, RAS, MZ) are not words to translate
        restA = [.. restA.Where(Learnable).Distinct()];
        restB = [.. restB.Where(Learnable).Distinct()];
        return restA;
    }

    /// <summary>
    /// Two words that may translate each other: not two common English words (gems / star: co-occurring, not the same),
    /// not two concepts of the curated vocabulary, and neither a short fragment (a word of under five letters is too often an acronym or a name part).
    /// </summary>
    private static bool IsTranslation(string a, string b) =>
        (a.StartsWith('#') || a.Length >= 5) && (b.StartsWith('#') || b.Length >= 5)
        && !(a.StartsWith('#') && b.StartsWith('#')) // the curated concepts stay apart (NPK is no NPP)
        && !(GenericWords.IsGeneric(a) && GenericWords.IsGeneric(b));

    private static bool Learnable(string key) => key.StartsWith('#') || (key.Length >= 4 && !NameNormalizer.IsDigits(key));

    private static string StemKey(PreparedToken t) =>
        t.Kind == TokenKind.Concept ? t.Key : t.Stem;

    private static List<string> Csv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        return fields;
    }
}
