using System.Diagnostics;
using System.Globalization;
using System.Text;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// Speed of the matcher at a million list names built from the real names of ../shared: the OFAC lists read with the
/// project's readers (names and aliases), the OFAC alias set and the research watchlist's names, repeated with
/// controlled perturbations (typos, word order, legal forms; seed 20240503) until there are N names. A watchlist of
/// 1,000 entities (the research names plus perturbed real names) is matched against them; then single screen queries;
/// then the index is built and the watchlist matched once more in the same process, as a worker's next sync does (its
/// code compiled by then), which must give the same results.
/// Usage: <c>matching-speed SHARED_DIR SDN_CSV [NAMES] [--peer-queries N] [--dump FILE]</c> (--dump writes every watchlist result: query, candidate key and name, score, rule).
/// </summary>
internal static class MatchingSpeed
{
    private static readonly string[] LegalForms = ["LLC", "JSC", "OOO", "AO", "PAO", "OAO", "ZAO", "GmbH", "Ltd", "Co., Ltd", "Joint Stock Company", "АО", "ООО"];

    public static int Run(string[] args)
    {
        var shared = args[0];
        var sdnCsv = args[1];
        var target = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
        var peerQueries = 5;
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--peer-queries")
                peerQueries = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        var rng = new Random(20240503);
        var (baseSubjects, research) = LoadRealNames(shared, sdnCsv);
        var realNames = baseSubjects.Sum(s => s.Names.Count);
        var subjects = new List<MatchSubject>(target);
        var names = 0;
        foreach (var s in baseSubjects)
        {
            subjects.Add(s);
            names += s.Names.Count;
        }

        var n = 0;
        while (names < target)
        {
            var source = baseSubjects[rng.Next(baseSubjects.Count)];
            var name = source.Names[rng.Next(source.Names.Count)].Text;
            subjects.Add(new MatchSubject("syn/" + n++, source.Kind, [new EntryName(Perturb(name, rng), NameType.Primary)], []));
            names++;
        }

        var watchlist = new List<MatchSubject>(1000);
        watchlist.AddRange(research);
        while (watchlist.Count < 1000)
        {
            var source = baseSubjects[rng.Next(baseSubjects.Count)];
            var name = source.Names[rng.Next(source.Names.Count)].Text;
            watchlist.Add(new MatchSubject("wl/" + watchlist.Count, source.Kind, [new EntryName(Perturb(name, rng), NameType.Primary)], []));
        }

        var screenQueries = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            var source = baseSubjects[rng.Next(baseSubjects.Count)];
            screenQueries.Add(i % 2 == 0 ? source.Names[0].Text : Perturb(source.Names[0].Text, rng));
        }

        Console.WriteLine($"list: {names} names in {subjects.Count} subjects ({realNames} real names of {baseSubjects.Count} real entries, the rest perturbed copies; seed 20240503)");
        Console.WriteLine($"watchlist: {watchlist.Count} entities ({research.Count} from the research watchlist, the rest perturbed real names)");
        GC.Collect();
        var baseline = GC.GetTotalMemory(true);

        var matcher = new NameMatcher();
        var thresholds = new MatchThresholds();
        var hits = 0;
        using var digest = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var dumpAt = Array.IndexOf(args, "--dump");
        using var dump = dumpAt > 0 && dumpAt + 1 < args.Length ? new StreamWriter(args[dumpAt + 1]) : null;
        using var watchDigest = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        ICandidateIndex? index;
        var first = MatchWatchlist(matcher, subjects, watchlist, thresholds, out index, (row, found) =>
        {
            AddToDigest(digest, found);
            AddToDigest(watchDigest, found);
            hits += found.Count;
            foreach (var r in found)
                dump?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watchlist[row].Names[0].Text}\t{r.CandidateKey}\t{r.Explanation.CandidateName}\t{r.Score:R}\t{r.Explanation.Rule}"));
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours: watchlist × list: {first}; {hits} results at or above review {thresholds.Review}; load average before: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours: garbage collection during the index build: {first.BuildPause:F1} s paused, gen0/1/2 collections {first.BuildCollections}"));
        var sw = new Stopwatch();

        // single queries are timed cold: the fuzzy neighbours the watchlist's searches left in the index are forgotten first
        var times = new double[screenQueries.Count];
        for (var i = 0; i < screenQueries.Count; i++)
        {
            (index as NameIndex)?.ForgetFuzzyNeighbours();
            sw.Restart();
            var found = index.Search(MatchSubject.FromName(screenQueries[i]), thresholds.Review, 1000);
            times[i] = sw.Elapsed.TotalMilliseconds;
            AddToDigest(digest, found);
        }

        Console.WriteLine($"ours: results digest (every watchlist and screen result: key, exact score, rule; equal digests = equal results): {Convert.ToHexString(digest.GetHashAndReset())[..16]}");

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours: one screen query over {names} names: p50 {times[times.Length / 2]:F2} ms, p95 {times[times.Length * 95 / 100]:F2} ms, max {times[^1]:F1} ms ({times.Length} queries, half exact real names, half perturbed; each timed cold, without the fuzzy neighbours earlier searches left)"));
        Console.WriteLine($"ours: peak memory (VmHWM, whole process incl. the {names} input names, ≈ {baseline >> 20} MB managed before the index): {PeakMb()} MB; managed heap now {GC.GetTotalMemory(false) >> 20} MB, live after a full collection {GC.GetTotalMemory(true) >> 20} MB");

        // a name in Arabic letters: the first such query makes the index's map of consonant skeletons (after the peak
        // above, so that it is not counted there), the next uses it
        foreach (var (label, arabic) in new[] { ("first", "حسن نصر الله"), ("next", "قاسم سليماني") })
        {
            sw.Restart();
            var found = index.Search(MatchSubject.FromName(arabic, PartyType.Person), thresholds.Review, 1000);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ours: an Arabic-script query, the {label} ({(label == "first" ? "makes the map of the list's consonant skeletons" : "uses it")}): {sw.Elapsed.TotalMilliseconds:F0} ms, {found.Count} results; managed heap now {GC.GetTotalMemory(false) >> 20} MB"));
        }

        // the same again in this process, as a worker's next sync builds its index: the code is compiled and profiled
        // by then (the figures above are a cold process's, the first sync's); the watchlist's results must be the same
        index = null;
        GC.Collect();
        using var digestAgain = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var again = MatchWatchlist(matcher, subjects, watchlist, thresholds, out _, (_, found) => AddToDigest(digestAgain, found));
        var same = watchDigest.GetCurrentHash().AsSpan().SequenceEqual(digestAgain.GetCurrentHash());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours: the same again in this process (a worker's next sync, its code compiled by then): {again}; the same results as the first: {(same ? "yes" : "NO")}"));

        // peers: exhaustive scans (every query × every name); run on a few queries, extrapolated
        var flat = new List<string>(names);
        foreach (var s in subjects)
        {
            foreach (var nm in s.Names)
                flat.Add(nm.Text);
        }

        subjects.Clear();
        GC.Collect();
        PeerMatcher[] peers = [new TokenJaroWinklerPeer(), new FuzzySharpTokenSetPeer()];
        foreach (var peer in peerQueries > 0 ? peers : [])
        {
            sw.Restart();
            var prepared = new object[flat.Count];
            Parallel.For(0, flat.Count, i => prepared[i] = peer.Prepare(flat[i]));
            var prepS = sw.Elapsed.TotalSeconds;
            var perQuery = new double[peerQueries];
            for (var q = 0; q < peerQueries; q++)
            {
                sw.Restart();
                var query = watchlist[q * 97 % watchlist.Count].Names[0].Text;
                var qp = peer.Prepare(query);
                var chunks = Environment.ProcessorCount;
                Parallel.For(0, chunks, c =>
                {
                    for (var i = c; i < prepared.Length; i += chunks)
                        _ = peer.Score(qp, prepared[i]);
                });
                perQuery[q] = sw.Elapsed.TotalMilliseconds;
            }

            Array.Sort(perQuery);
            var p50 = perQuery[perQuery.Length / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peer {peer.Name}: one screen query (exhaustive over {flat.Count} names, {Environment.ProcessorCount} threads, median of {peerQueries}): {p50:F0} ms; watchlist × list extrapolated: {prepS:F1} s preprocessing + {watchlist.Count} × {p50 / 1000:F2} s = {prepS + (watchlist.Count * p50 / 1000):F0} s"));
        }

        Console.WriteLine($"peak memory (VmHWM) after the peers: {PeakMb()} MB");
        return 0;
    }

    /// <summary>
    /// An index built of <paramref name="subjects"/> (<paramref name="index"/>: a plain local of the caller's, which it can
    /// let go of, not a field of the returned timings) and the watchlist matched against it, each row's results handed to
    /// <paramref name="onRow"/>, timed.
    /// </summary>
    private static WatchlistRun MatchWatchlist(
        NameMatcher matcher, List<MatchSubject> subjects, List<MatchSubject> watchlist, MatchThresholds thresholds, out ICandidateIndex index,
        Action<int, IReadOnlyList<MatchResult>> onRow)
    {
        var pause0 = GC.GetTotalPauseDuration();
        int[] collections0 = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var built = matcher.Index(subjects);
        var buildS = sw.Elapsed.TotalSeconds;
        var buildCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        var buildPause = (GC.GetTotalPauseDuration() - pause0).TotalSeconds;
        var buildCollections = $"{GC.CollectionCount(0) - collections0[0]}/{GC.CollectionCount(1) - collections0[1]}/{GC.CollectionCount(2) - collections0[2]}";
        var row = 0;
        foreach (var found in built.SearchAll(watchlist, thresholds.Review, 20))
            onRow(row++, found);
        index = built;
        return new WatchlistRun(watchlist.Count, buildS, buildCpu, sw.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds, buildPause, buildCollections);
    }

    /// <summary>One timed build and watchlist match (<see cref="MatchWatchlist"/>).</summary>
    private readonly record struct WatchlistRun(
        int Searches, double BuildS, double BuildCpu, double MatchS, double MatchCpu, double BuildPause, string BuildCollections)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{MatchS:F1} s wall, {MatchCpu:F1} s CPU (index build {BuildS:F1} s wall / {BuildCpu:F1} s CPU + {Searches} searches {MatchS - BuildS:F1} s)");
    }

    private static (List<MatchSubject> Entries, List<MatchSubject> Research) LoadRealNames(string shared, string sdnCsv)
    {
        var entries = new List<MatchSubject>();
        var files = new List<(string Path, string Source)>
        {
            (sdnCsv, "ofac-sdn"),
            (Path.Combine(shared, "data/ofac/cons-csv-2025-12/cons_prim.csv"), "ofac-cons"),
            (Path.Combine(shared, "data/ofac/cons-classic-2025-03-28.xml"), "ofac-cons"),
            (Path.Combine(shared, "data/ofac/cons-classic-2018-04.xml"), "ofac-cons"),
        };
        foreach (var (path, source) in files)
        {
            try
            {
                var file = SourceCatalog.Default.ReaderFor(source).Read(path, source);
                foreach (var e in file.Entries)
                {
                    var s = MatchSubject.FromEntry(e);
                    if (s.Names.Count > 0)
                        entries.Add(s with { Key = Path.GetFileName(path) + "/" + e.EntryId, Identifiers = [] });
                }

                Console.WriteLine($"read {Path.GetFileName(path)}: {file.Entries.Count} entries");
            }
            catch (Exception ex) when (ex is ListFormatException or IOException)
            {
                Console.WriteLine($"skipped {Path.GetFileName(path)}: {ex.Message}");
            }
        }

        var aliasFile = Path.Combine(shared, "eval/ofac-alias-to-primary.tsv");
        var k = 0;
        foreach (var line in File.ReadLines(aliasFile, Encoding.UTF8))
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            var f = line.Split('\t');
            entries.Add(new MatchSubject("tsv/" + k++, f.Length > 4 && f[4] == "individual" ? PartyType.Person : PartyType.Organization, [new EntryName(f[0], NameType.Primary)], []));
        }

        var research = ReadResearch(Path.Combine(shared, "research-watchlist.yaml"));
        entries.AddRange(research);
        return (entries, research);
    }

    /// <summary>The names of the research watchlist (name, names_* and aliases of each entity; a line reader, not YAML).</summary>
    private static List<MatchSubject> ReadResearch(string path)
    {
        var result = new List<MatchSubject>();
        string? id = null;
        var names = new List<EntryName>();
        var inList = false;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.StartsWith("- id: ", StringComparison.Ordinal))
            {
                Flush();
                id = line[6..].Trim();
                continue;
            }

            if (id is null)
                continue;
            if (line.StartsWith("  name: ", StringComparison.Ordinal))
            {
                names.Add(new EntryName(Unquote(line[8..]), NameType.Primary));
                inList = false;
            }
            else if (line.StartsWith("  aliases:", StringComparison.Ordinal) || line.StartsWith("  names_", StringComparison.Ordinal))
            {
                inList = true;
            }
            else if (inList && line.StartsWith("  - ", StringComparison.Ordinal))
            {
                names.Add(new EntryName(Unquote(line[4..]), NameType.Alias));
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal))
            {
                inList = false;
            }
        }

        Flush();
        return result;

        void Flush()
        {
            if (id is not null && names.Count > 0)
                result.Add(new MatchSubject("research/" + id, PartyType.Unknown, [.. names], []));
            names.Clear();
        }
    }

    private static string Unquote(string s)
    {
        s = s.Trim();
        return s.Length >= 2 && (s[0] == '\'' || s[0] == '"') && s[^1] == s[0] ? s[1..^1].Replace("''", "'", StringComparison.Ordinal) : s;
    }

    /// <summary>One to two controlled changes: a typo, swapped words, or a legal form added, changed or removed.</summary>
    internal static string Perturb(string name, Random rng)
    {
        var words = new List<string>(name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.Count == 0)
            return name;
        var changes = 1 + rng.Next(2);
        for (var c = 0; c < changes; c++)
        {
            switch (rng.Next(4))
            {
                case 0:
                    {
                        var w = rng.Next(words.Count);
                        var word = words[w];
                        if (word.Length < 4)
                            break;
                        var p = 1 + rng.Next(word.Length - 2);
                        words[w] = rng.Next(3) switch
                        {
                            0 => word.Remove(p, 1),
                            1 => word[..p] + word[p + 1] + word[p] + word[(p + 2)..],
                            _ => word[..p] + (char)('a' + rng.Next(26)) + word[(p + 1)..],
                        };
                        break;
                    }

                case 1:
                    if (words.Count > 1)
                    {
                        var a = rng.Next(words.Count);
                        var b = rng.Next(words.Count);
                        (words[a], words[b]) = (words[b], words[a]);
                    }

                    break;
                case 2:
                    if (rng.Next(2) == 0)
                        words.Insert(0, LegalForms[rng.Next(LegalForms.Length)]);
                    else
                        words.Add(LegalForms[rng.Next(LegalForms.Length)]);
                    break;
                default:
                    if (words.Count > 2)
                        words.RemoveAt(rng.Next(words.Count));
                    break;
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Adds every result's candidate key, score (round-trip) and rule to the digest, in order.</summary>
    private static void AddToDigest(System.Security.Cryptography.IncrementalHash digest, IReadOnlyList<MatchResult> results)
    {
        var sb = new StringBuilder();
        foreach (var r in results)
            sb.Append(r.CandidateKey).Append('\t').Append(r.Score.ToString("R", CultureInfo.InvariantCulture)).Append('\t').Append(r.Explanation.Rule).Append('\n');
        sb.Append('\n');
        digest.AppendData(Encoding.UTF8.GetBytes(sb.ToString()));
    }

    private static long PeakMb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        }

        return -1;
    }
}
