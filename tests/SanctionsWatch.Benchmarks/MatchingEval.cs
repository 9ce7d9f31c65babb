using System.Diagnostics;
using System.Globalization;
using System.Text;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// Recall@1 of OFAC aliases against an index of the primary names of an OFAC sdn.csv, and the rate of wrong top
/// results at or above each alert threshold.
/// Usage: <c>matching SDN_CSV ALIAS_TSV [--misses N] [--show others|near|unfound|held-out]… [--set floor|qmiss|cmiss|conflict|legal|concept|candidates=VALUE]…</c>.
/// <c>--show others</c> prints the tuning half's queries that alert on another entry as a sync (OTHER lines),
/// <c>--show near</c> those whose top result is right but below alert (NEAR lines), <c>--show unfound</c> those whose
/// expected entry does not alert as a sync (UNFOUND lines), <c>--show held-out</c> adds the
/// held-out half's misses to the MISS lines (and, with <c>--show others</c>, its OTHER lines): to diff two builds, not to
/// tune on. A MISS line whose expected entry the
/// index never offered says what the scorer would have given it (<c>[not blocked; would score …]</c>): a blocking loss
/// where that beats the top result.
/// </summary>
internal static class MatchingEval
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: matching SDN_CSV ALIAS_TSV [--misses N] [--show others|near|unfound|held-out]… [--set floor|qmiss|cmiss|conflict|legal|concept|candidates=VALUE]…");
            return 2;
        }

        var showMisses = 0;
        var peerSample = 400;
        var show = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 2; i + 1 < args.Length; i++)
        {
            if (args[i] == "--show")
                show.Add(args[i + 1]);
            if (args[i] == "--misses")
                showMisses = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (args[i] == "--peer-sample")
                peerSample = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        var subjects = ReadSdn(args[0]);
        var queries = ReadAliases(args[1]);
        var options = NameMatcherOptions.Default;
        for (var i = 2; i + 1 < args.Length; i += 2)
        {
            if (args[i] != "--set")
                continue;
            var (name, value) = (args[i + 1].Split('=')[0], double.Parse(args[i + 1].Split('=')[1], CultureInfo.InvariantCulture));
            options = name switch
            {
                "floor" => options with { TokenSimilarityFloor = value },
                "qmiss" => options with { QueryMissCost = value },
                "cmiss" => options with { CandidateMissCost = value },
                "conflict" => options with { ConflictCost = value },
                "legal" => options with { LegalFormWeight = value },
                "concept" => options with { ConceptWeightFactor = value },
                "legalmiss" => options with { LegalFormMissCost = value },
                "edit" => options with { EditSimilarityFloor = value },
                "fuzzy" => options with { FuzzyPenalty = value },
                "candidates" => options with { MaxCandidates = (int)value },
                "initial" => options with { InitialWeight = value },
                _ => throw new ArgumentException("unknown option " + name),
            };
        }

        var matcher = new NameMatcher(options);
        var byKey = subjects.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.First());

        var sw = Stopwatch.StartNew();
        var index = matcher.Index(subjects);
        var buildMs = sw.Elapsed.TotalMilliseconds;

        // warm up
        for (var i = 0; i < Math.Min(50, queries.Count); i++)
            index.Search(MatchSubject.FromName(queries[i].Alias, queries[i].Kind), 0.0, 1);

        var thresholds = new[] { 0.70, 0.75, 0.80, 0.82, 0.84, 0.85, 0.86, 0.88, 0.90, 0.92, 0.95 };
        var wrongAbove = new int[thresholds.Length];
        var rightAbove = new int[thresholds.Length];
        int top1 = 0, none = 0;
        var misses = new List<string>();
        var ours = new (bool Right, double Score)[queries.Count];
        var qi = 0;
        sw.Restart();
        foreach (var (alias, expected, kind) in queries)
        {
            var results = index.Search(MatchSubject.FromName(alias, kind), 0.0, 1);
            ours[qi++] = results.Count == 0 ? (false, 0.0) : (results[0].CandidateKey == expected, results[0].Score);
            if (results.Count == 0)
            {
                none++;
                if (CrosslistEval.IsTune(expected))
                    misses.Add($"{alias}\t→ (none)\texpected {expected}");
                continue;
            }

            var top = results[0];
            var ok = top.CandidateKey == expected;
            if (ok && top.Score < MatchThresholds.DefaultAlert && CrosslistEval.IsTune(expected) && show.Contains("near"))
                Console.WriteLine($"NEAR {top.Score:F3}\t{alias}\t{top.Explanation.CandidateName}");
            if (ok)
                top1++;
            else if (CrosslistEval.IsTune(expected) || show.Contains("held-out"))
                misses.Add($"{alias}\t→ {top.Explanation.CandidateName} ({top.Score:F3})\texpected {expected} {Expected(index, alias, kind, expected, matcher, byKey)}");
            for (var t = 0; t < thresholds.Length; t++)
            {
                if (top.Score >= thresholds[t])
                {
                    if (ok)
                        rightAbove[t]++;
                    else
                        wrongAbove[t]++;
                }
            }
        }

        var searchMs = sw.Elapsed.TotalMilliseconds;
        var n = queries.Count;

        // every entry at or above the alert threshold, as a sync alerts (not only the top one): the expected entry found,
        // and other entries alerting, beside it or instead of it; and the same were only each query's best entry to alert
        // (and those within 0.02 of it)
        var alert = MatchThresholds.DefaultAlert;
        foreach (var half in new[] { "tune", "held-out" })
        {
            int count = 0, found = 0, others = 0, bestFound = 0, bestOthers = 0;
            foreach (var (alias, expected, kind) in queries)
            {
                if (CrosslistEval.IsTune(expected) != (half == "tune"))
                    continue;
                count++;
                var all = index.Search(MatchSubject.FromName(alias, kind), alert);
                var (f, o) = CrosslistEval.Outcome(all, expected);
                var (bf, bo) = CrosslistEval.Outcome(all.Where(r => r.Score >= all[0].Score - 0.02), expected);
                found += f ? 1 : 0;
                others += o ? 1 : 0;
                if (o && (half == "tune" || show.Contains("held-out")) && show.Contains("others"))
                    Console.WriteLine($"OTHER {alias} -> {expected} | {string.Join(" | ", all.Where(r => r.CandidateKey != expected).Take(2).Select(r => $"{r.Explanation.CandidateName} {r.Score:F3}"))}{(f ? " (expected also)" : "")}");
                if (!f && (half == "tune" || show.Contains("held-out")) && show.Contains("unfound"))
                    Console.WriteLine($"UNFOUND {alias} -> {expected}");
                bestFound += bf ? 1 : 0;
                bestOthers += bo ? 1 : 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ALERTS as a sync, {half,-9} {count,5} queries: expected entry alerts {(double)found / count:F4}, another entry alerts {100.0 * others / count:F2}%; were only the best to alert: {(double)bestFound / count:F4}, {100.0 * bestOthers / count:F2}%"));
        }

        Console.WriteLine($"index: {subjects.Count} entries in {buildMs:F0} ms (first build, with JIT)");
        Console.WriteLine($"queries: {n}; {searchMs / n:F3} ms per search");
        Console.WriteLine($"recall@1: {(double)top1 / n:F4} ({top1}/{n}); no result: {none}");
        Console.WriteLine("threshold  correct-top-at-or-above  wrong-top-at-or-above");
        for (var t = 0; t < thresholds.Length; t++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{thresholds[t],9:F2}  {(double)rightAbove[t] / n,23:F4}  {(double)wrongAbove[t] / n,21:F4}"));
        }

        // the story's look-alikes: the score against the SDN entry they resemble (IDF weights of this index)
        (string Query, string Target)[] lookAlikes =
        [
            ("Aviastar-TU", "35347"), ("Polyot Ivanovo Parachute Plant", "45674"), ("Ilyushin Aviation Complex", "35997"),
            ("Dinamika", "18774"), ("SKBM", "35350"), ("Ilyushin Finance Company", "35996"), ("Aviastar-SP", "35347"),
            ("Kurgan Machine-Building Plant", "35345"), ("АО «Рособоронэкспорт»", "18782"), ("Rostec", "17260"),
            ("Сергей Викторович Чемезов", "16685"), ("PJSC United Aircraft Corporation", "36431"),
        ];
        foreach (var (query, target) in lookAlikes)
        {
            var all = index.Search(MatchSubject.FromName(query, PartyType.Unknown), 0.0, 1000);
            var score = 0.0;
            var top = all.Count > 0 ? all[0].CandidateKey + " " + all[0].Explanation.CandidateName + $" {all[0].Score:F3}" : "(none)";
            foreach (var r in all)
            {
                if (r.CandidateKey == target)
                    score = r.Score;
            }

            var targetName = "";
            foreach (var sub in subjects)
            {
                if (sub.Key == target)
                    targetName = sub.Names[0].Text;
            }

            var plain = matcher.Compare(MatchSubject.FromName(query), MatchSubject.FromName(targetName)).Score;
            Console.WriteLine($"PAIR {query} vs {target} {targetName}: indexed {score:F3}, Compare {plain:F3} (top: {top})");
        }

        ComparePeers(subjects, queries, ours, matcher, peerSample);

        if (Environment.GetEnvironmentVariable("MATCHING_MISSES_FILE") is { Length: > 0 } missesFile)
            File.WriteAllLines(missesFile, misses);

        if (showMisses > 0)
        {
            var rng = new Random(20240503);
            for (var i = 0; i < showMisses && misses.Count > 0; i++)
            {
                var k = rng.Next(misses.Count);
                Console.WriteLine("MISS " + misses[k]);
                misses.RemoveAt(k);
            }
        }

        return 0;
    }

    /// <summary>
    /// Scale check: N synthetic names made of words of the SDN names (fixed seed), index build time and search time.
    /// Usage: <c>matching-scale SDN_CSV N</c>.
    /// </summary>
    public static int Scale(string[] args)
    {
        var sdn = ReadSdn(args[0]);
        var n = int.Parse(args[1], CultureInfo.InvariantCulture);
        var words = new List<string>();
        foreach (var s in sdn)
            words.AddRange(s.Names[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var rng = new Random(1234);
        var subjects = new List<MatchSubject>(n);
        for (var i = 0; i < n; i++)
        {
            var count = rng.Next(1, 6);
            var parts = new string[count];
            for (var k = 0; k < count; k++)
                parts[k] = words[rng.Next(words.Count)];
            subjects.Add(MatchSubject.FromName(string.Join(' ', parts), PartyType.Organization) with { Key = "s/" + i });
        }

        var matcher = new NameMatcher();
        var sw = Stopwatch.StartNew();
        var index = matcher.Index(subjects);
        Console.WriteLine($"scale: {n} names indexed in {sw.Elapsed.TotalMilliseconds:F0} ms; {GC.GetTotalMemory(false) / (1 << 20)} MB managed");
        sw.Restart();
        var queries = 1000;
        for (var i = 0; i < queries; i++)
            index.Search(MatchSubject.FromName(sdn[rng.Next(sdn.Count)].Names[0].Text), 0.75, 10);
        Console.WriteLine($"scale: {sw.Elapsed.TotalMilliseconds / queries:F3} ms per search");
        return 0;
    }

    /// <summary>
    /// Recall@1 and wrong alerts of the peer methods, each scoring every primary name (exhaustive, no index), on a
    /// deterministic sample of the queries (all of them with --peer-sample 0), beside ours on the same sample.
    /// </summary>
    private static void ComparePeers(
        List<MatchSubject> subjects, List<(string Alias, string Expected, PartyType Kind)> queries, (bool Right, double Score)[] ours, NameMatcher matcher, int sampleSize)
    {
        var order = Enumerable.Range(0, queries.Count).ToArray();
        if (sampleSize > 0 && sampleSize < queries.Count)
        {
            new Random(20240503).Shuffle(order);
            order = [.. order.Take(sampleSize).Order()];
        }

        var alert = MatchThresholds.DefaultAlert;
        var n = order.Length;
        Console.WriteLine();
        Console.WriteLine($"SUMMARY (alias queries against the {subjects.Count} primary names; wrong alerts = wrong top result at or above the method's alert threshold, share of all queries)");
        Console.WriteLine($"{"method",-58} {"threshold",9} {"queries",7} {"recall@1",8} {"wrong-alerts",12} {"ms/query",9}");
        var all = Enumerable.Range(0, ours.Length).ToArray();
        int[] Tune(int[] set) => [.. set.Where(k => CrosslistEval.IsTune(queries[k].Expected))];
        int[] HeldOut(int[] set) => [.. set.Where(k => !CrosslistEval.IsTune(queries[k].Expected))];
        var ourThreshold = alert.ToString("0.00", CultureInfo.InvariantCulture);
        Line("SanctionsWatch NameMatcher (indexed), all queries", ourThreshold, ours, all, alert, double.NaN);
        Line("  tuning half (even uids)", ourThreshold, ours, Tune(all), alert, double.NaN);
        Line("  held-out half (odd uids)", ourThreshold, ours, HeldOut(all), alert, double.NaN);
        if (n < queries.Count)
        {
            Line("SanctionsWatch NameMatcher, on the peers' sample", ourThreshold, ours, order, alert, double.NaN);
            Line("  sample, tuning half", ourThreshold, ours, Tune(order), alert, double.NaN);
            Line("  sample, held-out half", ourThreshold, ours, HeldOut(order), alert, double.NaN);
        }
        _ = matcher;
        PeerMatcher[] peers = [new TokenJaroWinklerPeer(), new FuzzySharpTokenSetPeer()];
        foreach (var peer in peers)
        {
            var prepared = subjects.Select(s => peer.Prepare(s.Names[0].Text)).ToArray();
            var outcome = new (bool Right, double Score)[queries.Count];
            var sw = Stopwatch.StartNew();
            Parallel.ForEach(order, k =>
            {
                var (best, score) = peer.Best(queries[k].Alias, prepared);
                outcome[k] = (best >= 0 && subjects[best].Key == queries[k].Expected, score);
            });
            var msPerQuery = sw.Elapsed.TotalMilliseconds * Environment.ProcessorCount / n;
            Line(peer.Name + " (exhaustive)", peer.ThresholdText, outcome, order, peer.AlertThreshold, msPerQuery);
            Line("  sample, tuning half", peer.ThresholdText, outcome, Tune(order), peer.AlertThreshold, double.NaN);
            Line("  sample, held-out half", peer.ThresholdText, outcome, HeldOut(order), peer.AlertThreshold, double.NaN);
        }

        if (n < queries.Count)
            Console.WriteLine($"peers ran on a deterministic sample of {n} of the {queries.Count} queries (seed 20240503; --peer-sample 0 for all); ms/query is per core");
    }

    private static void Line(string method, string threshold, (bool Right, double Score)[] outcome, int[] sample, double alert, double msPerQuery)
    {
        int right = 0, wrong = 0;
        foreach (var k in sample)
        {
            if (outcome[k].Right)
                right++;
            else if (outcome[k].Score >= alert)
                wrong++;
        }

        var n = sample.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{method,-58} {threshold,9} {n,7} {(double)right / n,8:F4} {100.0 * wrong / n,11:F2}% {(double.IsNaN(msPerQuery) ? "" : msPerQuery.ToString("F1", CultureInfo.InvariantCulture)),9}"));
    }

    private static string Expected(ICandidateIndex index, string alias, PartyType kind, string expected, NameMatcher matcher, Dictionary<string, MatchSubject> byKey)
    {
        var all = index.Search(MatchSubject.FromName(alias, kind), 0.0, 500);
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].CandidateKey == expected)
                return $"[rank {i + 1}: {all[i].Explanation.CandidateName} {all[i].Score:F3}]";
        }

        // what the scorer would have given the expected entry had the index offered it: a blocking loss where it alerts
        var would = matcher.Compare(new PreparedSubject(MatchSubject.FromName(alias, kind)), new PreparedSubject(byKey[expected]), ((NameIndex)index).Scorer);
        return string.Create(CultureInfo.InvariantCulture, $"[not blocked; would score {would.Score:F3}]");
    }

    private static List<MatchSubject> ReadSdn(string path)
    {
        var list = new List<MatchSubject>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var fields = SplitCsv(line);
            if (fields.Count < 3 || fields[1].Length == 0)
                continue;
            var kind = fields[2].Trim() switch
            {
                "individual" => PartyType.Person,
                "vessel" => PartyType.Vessel,
                "aircraft" => PartyType.Aircraft,
                _ => PartyType.Organization,
            };
            list.Add(new MatchSubject(fields[0].Trim(), kind, [new EntryName(fields[1], NameType.Primary)], []));
        }

        return list;
    }

    internal static List<(string Alias, string Expected, PartyType Kind)> ReadAliases(string path)
    {
        var list = new List<(string, string, PartyType)>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            var f = line.Split('\t');
            if (f.Length < 5)
                continue;
            list.Add((f[0], f[1], f[4] == "individual" ? PartyType.Person : PartyType.Organization));
        }

        return list;
    }

    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        sb.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
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
