using System.Globalization;
using System.Text;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// The cross-list set as the product's sync sees it: every query of the set is a watchlist entity (its name and kind,
/// nothing else), the list is an OFAC sdn.csv read by the product's reader (remark aliases and identifiers included),
/// and an entity is found when it alerts on its OFAC entry. Queries whose OFAC uid is even are the tuning half, odd
/// ones the held-out half.
/// Usage: <c>crosslist SDN_CSV SET_TSV [--misses N] [--half tune|held-out|all] [--peers] [--curve] [--near-others T] [--promote]</c>,
/// or <c>crosslist SDN_CSV TARGETS_CSV --linked-by-identifier DEV_TSV …</c> (see <see cref="LinkedByIdentifier"/>)
/// (<c>--promote</c>: what alerting on a best entry well ahead of the next from a lower score would find, and would raise
/// were the query's own entry not listed).
/// </summary>
internal static class CrosslistEval
{
    public static int Run(string[] args)
    {
        var misses = 0;
        var half = "tune";
        var peers = false;
        var nearOthers = 0.0;
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--misses":
                    misses = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--half":
                    half = args[++i];
                    break;
                case "--peers":
                    peers = true;
                    break;
                case "--near-others":
                    nearOthers = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
            }
        }

        var entries = new OfacCsvReader().Read(args[0], "ofac-sdn").Entries;
        var exclude = Array.IndexOf(args, "--linked-by-identifier") is var at and >= 0 ? args[at + 1] : null;
        var queries = exclude is null ? Read(args[1]) : LinkedByIdentifier(args[1], entries, exclude);
        var matcher = new NameMatcher();
        var index = matcher.Index(entries.Select(MatchSubject.FromEntry));
        var alert = MatchThresholds.DefaultAlert;
        var results = index.SearchAll([.. queries.Select(q => q.Subject)], alert);
        var outcomes = queries.Select((q, i) => Outcome(results[i], q)).ToArray();

        Console.WriteLine($"cross-list set {Path.GetFileName(args[1])}: {queries.Count} queries against {entries.Count} entries of {Path.GetFileName(args[0])}");
        Console.WriteLine($"{"method",-58} {"half",-9} {"queries",7} {"found",7} {"other-entry alerts",19}");
        PrintHalves("SanctionsWatch (indexed, as a sync)", queries, outcomes);

        // were only the best entry of each query (and those within a margin of it) to alert: how many other-entry alerts
        // stand beside a better one (a measurement, not the product's rule: the best may be a namesake of the one watched)
        foreach (var margin in new[] { 0.0, 0.02 })
        {
            var best = queries.Select((q, i) =>
            {
                var top = results[i].Count > 0 ? results[i].Max(r => r.Score) : 0;
                return Outcome(results[i].Where(r => r.Score >= top - margin), q);
            }).ToArray();

            PrintHalves(string.Create(CultureInfo.InvariantCulture, $"  were only the best to alert (and within {margin:F2})"), queries, best);
        }

        if (args.Contains("--promote"))
        {
            // were a best entry well ahead of the next one to alert from a lower score: found and other-entry alerts
            var near = index.SearchAll([.. queries.Select(q => q.Subject)], 0.3, 5);
            foreach (var (floor, margin) in new[] { (2.0, 0.0), (0.70, 0.2), (0.75, 0.2), (0.80, 0.2) })
            {
                // the same queries were their own entry not on the list (taken out of the results): any alert is false
                var unlisted = queries.Select((q, i) =>
                {
                    var r = near[i].Where(x => x.CandidateKey != Key(q)).ToList();
                    return (false, r.Any(x => x.Score >= alert) || Promoted(r, floor, margin, alert) is not null);
                }).ToArray();
                PrintHalves(string.Create(CultureInfo.InvariantCulture, $"  own entry not listed: false alerts, promote {floor:F2}/{margin:F2}"), queries, unlisted);
                var promoted = queries.Select((q, i) =>
                    Outcome(Promoted(near[i], floor, margin, alert) is { } p ? [.. results[i], p] : results[i], q)).ToArray();

                PrintHalves(string.Create(CultureInfo.InvariantCulture, $"  promote a best >= {floor:F2} ahead by {margin:F2}"), queries, promoted);
            }
        }

        // an acronym alone is review at most by design (KMZ names several firms): the figures without those queries
        var acronymOnly = queries.Select(q => AcronymOnly(q.Subject)).ToArray();
        Console.WriteLine($"  of which acronym-only queries (review at most by design): {acronymOnly.Count(a => a)} of {queries.Count}");
        PrintHalves("  SanctionsWatch, queries with a fuller name", [.. queries.Where((_, i) => !acronymOnly[i])], [.. outcomes.Where((_, i) => !acronymOnly[i])]);
        if (peers)
        {
            var names = new List<(int Entry, string Name)>();
            for (var e = 0; e < entries.Count; e++)
            {
                foreach (var n in entries[e].Names)
                    names.Add((e, n.Text));
            }

            foreach (PeerMatcher peer in new PeerMatcher[] { new TokenJaroWinklerPeer(), new FuzzySharpTokenSetPeer() })
            {
                var prepared = names.Select(n => peer.Prepare(n.Name)).ToArray();
                var peerOutcomes = new (bool Found, bool Other)[queries.Count];
                Parallel.For(0, queries.Count, i =>
                {
                    var q = peer.Prepare(queries[i].Subject.Names[0].Text);
                    bool found = false, other = false;
                    for (var k = 0; k < prepared.Length; k++)
                    {
                        if (peer.Score(q, prepared[k]) < peer.AlertThreshold)
                            continue;
                        if (entries[names[k].Entry].EntryId == queries[i].Uid)
                            found = true;
                        else
                            other = true;
                    }

                    peerOutcomes[i] = (found, other);
                });
                PrintHalves(peer.Name + " (exhaustive)", queries, peerOutcomes);
            }
        }

        if (args.Contains("--curve"))
        {
            // found and other-entry alerts at other alert thresholds (the default is the product's)
            var all = index.SearchAll([.. queries.Select(q => q.Subject)], 0.5, 50);
            foreach (var part in new[] { "tune", "held-out" })
            {
                foreach (var t in new[] { 0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92 })
                {
                    int n = 0, f = 0, o = 0;
                    for (var i = 0; i < queries.Count; i++)
                    {
                        if (!InHalf(queries[i].Uid, part))
                            continue;
                        n++;
                        var expected = Key(queries[i]);
                        f += all[i].Any(r => r.Score >= t && r.CandidateKey == expected) ? 1 : 0;
                        o += all[i].Any(r => r.Score >= t && r.CandidateKey != expected) ? 1 : 0;
                    }

                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"curve {part,-9} threshold {t:F2}: found {(double)f / n:F3}, other {(double)o / n:P1}"));
                }
            }
        }

        if (nearOthers > 0)
        {
            // the other entries a query of the half scores at or above a threshold below the alert one: where false
            // alerts come from, studied on the tuning half only
            var near = index.SearchAll([.. queries.Select(q => q.Subject)], nearOthers, 5);
            for (var i = 0; i < queries.Count; i++)
            {
                if (!InHalf(queries[i].Uid, half))
                    continue;
                var expected = Key(queries[i]);
                foreach (var r in near[i].Where(r => r.CandidateKey != expected))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NEAR  {r.Score:F3} {queries[i].Subject.Names[0].Text} -> {r.Explanation.CandidateName} (expected {queries[i].Primary}) [{string.Join("; ", r.Explanation.Notes)}]"));
            }
        }

        var shown = 0;
        for (var i = 0; i < queries.Count && shown < misses; i++)
        {
            if (!InHalf(queries[i].Uid, half))
                continue;
            if (!outcomes[i].Found || outcomes[i].Other)
            {
                shown++;
                var expected = Key(queries[i]);
                var all = index.Search(queries[i].Subject, 0.0, 200);
                var rank = all.Select((r, k) => (r, k)).FirstOrDefault(x => x.r.CandidateKey == expected);
                var top = all.Count > 0 ? $"{all[0].CandidateKey} {all[0].Explanation.CandidateName} {all[0].Score:F3}" : "(none)";
                var where = rank.r is null ? "not blocked" : $"rank {rank.k + 1} {rank.r.Score:F3} ({rank.r.Explanation.Rule}: {rank.r.Explanation.QueryName} / {rank.r.Explanation.CandidateName})";
                var others = string.Join("; ", results[i].Where(r => r.CandidateKey != expected).Select(r => $"{r.CandidateKey} {r.Explanation.CandidateName} {r.Score:F3}"));
                Console.WriteLine($"{(outcomes[i].Found ? "OTHER" : "MISS ")} {queries[i].Subject.Names[0].Text} -> {queries[i].Uid} {queries[i].Primary} | {where} | {(others.Length > 0 ? "alerts on " + others : "top " + top)}");
            }
        }

        return 0;
    }

    private static bool InHalf(string uid, string half) => half switch
    {
        "tune" => IsTune(uid),
        "held-out" => !IsTune(uid),
        _ => true,
    };

    /// <summary>The tuning half: even OFAC uids (parties, not spellings, are split: every spelling of one party falls in one half).</summary>
    public static bool IsTune(string uid) => long.Parse(uid, CultureInfo.InvariantCulture) % 2 == 0;

    private static string Key(Query q) => MatchSubject.KeyOf("ofac-sdn", q.Uid);

    /// <summary>Whether the alerts hold the query's own entry, and another.</summary>
    private static (bool Found, bool Other) Outcome(IEnumerable<MatchResult> alerts, Query q) => Outcome(alerts, Key(q));

    /// <summary>Whether the alerts hold the entry keyed <paramref name="expected"/>, and another.</summary>
    internal static (bool Found, bool Other) Outcome(IEnumerable<MatchResult> alerts, string expected)
    {
        bool found = false, other = false;
        foreach (var r in alerts)
        {
            found |= r.CandidateKey == expected;
            other |= r.CandidateKey != expected;
        }

        return (found, other);
    }

    /// <summary>The best of <paramref name="ranked"/> when it would alert by promotion: below the band, at least <paramref name="floor"/>, and ahead of the next by <paramref name="margin"/>.</summary>
    private static MatchResult? Promoted(IReadOnlyList<MatchResult> ranked, double floor, double margin, double alert) =>
        ranked.Count > 0 && ranked[0].Score >= floor && ranked[0].Score < alert && (ranked.Count == 1 || ranked[0].Score - ranked[1].Score >= margin)
        && ranked[0].Explanation.Rule == "token-alignment"
            ? ranked[0]
            : null;

    private static void PrintHalves(string method, List<Query> queries, (bool Found, bool Other)[] outcomes)
    {
        foreach (var half in new[] { "tune", "held-out", "all" })
        {
            int n = 0, found = 0, other = 0;
            for (var i = 0; i < queries.Count; i++)
            {
                if (!InHalf(queries[i].Uid, half))
                    continue;
                n++;
                found += outcomes[i].Found ? 1 : 0;
                other += outcomes[i].Other ? 1 : 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{method,-58} {half,-9} {n,7} {(double)found / n,7:F3} {(double)other / n,18:P1}"));
        }
    }

    /// <summary>A query whose name is an acronym and a legal form at most (TSNIIAG JSC, SKB LLC, RTI).</summary>
    private static bool AcronymOnly(MatchSubject subject)
    {
        var name = NameAnalyzer.Prepare(subject.Names[0].Text, NameType.Primary, subject.Kind);
        return name.IsShort || (name.CoreCount == 1 && Acronyms.LooksLikeAcronym(name.CoreText));
    }

    internal sealed record Query(MatchSubject Subject, string Uid, string Primary);

    /// <summary>
    /// A second cross-list set, built from another publisher's list file (OpenSanctions targets.simple.csv of the Ukraine War
    /// &amp; Sanctions portal): each party (no vessels) whose INN or OGRN is that of exactly one OFAC entry of the same kind,
    /// that entry not in the set <paramref name="excludeTsv"/> (the dev set, whose parties were studied); each of its names
    /// with a Latin letter, a query (names of the excluded set left out). Identifiers link, names are not looked at.
    /// </summary>
    internal static List<Query> LinkedByIdentifier(string targetsCsv, IReadOnlyList<ListEntry> entries, string excludeTsv)
    {
        var excluded = Read(excludeTsv);
        var excludedUids = excluded.Select(q => q.Uid).ToHashSet();
        var excludedNames = excluded.Select(q => q.Subject.Names[0].Text.ToUpperInvariant()).ToHashSet();
        var byNumber = new Dictionary<string, HashSet<ListEntry>>();
        foreach (var e in entries)
        {
            foreach (var id in e.Identifiers.Where(i => i.Value.Length is >= 10 and <= 13 && i.Value.All(char.IsAsciiDigit)))
                (byNumber.TryGetValue(id.Value, out var set) ? set : byNumber[id.Value] = []).Add(e);
        }

        var list = new List<Query>();
        foreach (var party in new SanctionsWatch.Sources.OpenSanctions.OpenSanctionsReader().Read(targetsCsv, "opensanctions").Entries)
        {
            if (party.PartyType == PartyType.Vessel)
                continue;
            var linked = party.Identifiers.SelectMany(i => byNumber.GetValueOrDefault(i.Value) ?? []).Distinct().ToList();
            if (linked.Count != 1 || excludedUids.Contains(linked[0].EntryId)
                || (linked[0].PartyType == PartyType.Person) != (party.PartyType == PartyType.Person))
                continue;
            var kind = party.PartyType == PartyType.Person ? PartyType.Person : PartyType.Organization;
            var seen = new HashSet<string>();
            foreach (var name in party.Names.Select(n => n.Text))
            {
                if (!name.Any(char.IsAsciiLetter) || !seen.Add(name.ToUpperInvariant()) || excludedNames.Contains(name.ToUpperInvariant()))
                    continue;
                list.Add(new Query(new MatchSubject("x" + list.Count.ToString("D4", CultureInfo.InvariantCulture), kind, [new EntryName(name, NameType.Primary)], []),
                    linked[0].EntryId, linked[0].Names[0].Text));
            }
        }

        return list;
    }

    internal static List<Query> Read(string path)
    {
        var list = new List<Query>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var f = line.Split('\t');
            var kind = f[0] == "person" ? PartyType.Person : PartyType.Organization;
            list.Add(new Query(new MatchSubject("x" + list.Count.ToString("D4", CultureInfo.InvariantCulture), kind, [new EntryName(f[1], NameType.Primary)], []), f[2], f[3]));
        }

        return list;
    }
}

/// <summary>Debugging aid: one query's explanation against one entry of an sdn.csv. Usage: <c>explain SDN_CSV UID QUERY [KIND]</c>.</summary>
internal static class ExplainOne
{
    public static int Run(string[] args)
    {
        var entries = new OfacCsvReader().Read(args[0], "ofac-sdn").Entries;
        var index = new NameMatcher().Index(entries.Select(MatchSubject.FromEntry));
        var kind = args.Length > 3 && args[3] == "person" ? PartyType.Person : PartyType.Organization;
        var query = new MatchSubject("q", kind, [new EntryName(args[2], NameType.Primary)], []);
        foreach (var r in index.Search(query, 0.0, 500))
        {
            if (r.CandidateKey != "ofac-sdn/" + args[1] && args[1] != "top")
                continue;
            Console.WriteLine($"{r.CandidateKey} {r.Score:F3} {r.Explanation.Rule}: {r.Explanation.QueryName} / {r.Explanation.CandidateName}");
            foreach (var t in r.Explanation.Tokens)
                Console.WriteLine($"   {t.QueryToken,-28} {t.CandidateToken,-28} sim {t.Similarity:F2} w {t.Weight:F2}");
            foreach (var n in r.Explanation.Notes)
                Console.WriteLine("   note: " + n);
            if (args[1] == "top")
                break;
        }

        return 0;
    }
}

/// <summary>Debugging aid: <c>pair A B [KIND]</c>, the explanation of Compare without list statistics.</summary>
internal static class ExplainPair
{
    public static int Run(string[] args)
    {
        PartyTypes.TryParse(args.Length > 2 ? args[2] : null, out var kind);
        var r = new NameMatcher().Compare(MatchSubject.FromName(args[0], kind), MatchSubject.FromName(args[1], kind));
        Console.WriteLine($"{r.Score:F3} {r.Explanation.Rule}: {r.Explanation.QueryName} / {r.Explanation.CandidateName}");
        foreach (var t in r.Explanation.Tokens)
            Console.WriteLine($"   {t.QueryToken,-28} {t.CandidateToken,-28} sim {t.Similarity:F2} w {t.Weight:F2}");
        foreach (var n in r.Explanation.Notes)
            Console.WriteLine("   note: " + n);
        if (args.Contains("--keys"))
        {
            // each side's tokens as the scorer sees them: text, kind, phonetic key
            foreach (var name in args[..2])
                Console.WriteLine("   keys: " + string.Join(" | ", NameAnalyzer.Prepare(name, NameType.Primary, kind).Tokens.Select(t => $"{t.Text} {t.Kind} {t.Key} stem {t.Stem}")));
        }

        return 0;
    }
}

/// <summary>Debugging aid: <c>index-pair QUERY NAME NAME…</c>, a query searched in an index of the given names (kinds: organization).</summary>
internal static class ExplainIndexed
{
    public static int Run(string[] args)
    {
        var subjects = args.Skip(1).Select((n, i) => new MatchSubject("l/" + i, PartyType.Organization, [new EntryName(n, NameType.Primary)], [])).ToList();
        string[] words = ["ALPHA", "BETA", "GAMMA", "DELTA", "OMEGA", "SIGMA", "KAPPA", "ZETA", "THETA", "IOTA"];
        string[] kinds = ["TRADING COMPANY", "LLC", "HOLDING LIMITED", "GROUP", "JSC", "SHIPPING CO", "INVEST LTD", "PLANT"];
        for (var i = 0; i < 2000; i++)
            subjects.Add(new MatchSubject("f/" + i, PartyType.Organization, [new EntryName($"{words[i % 10]} {words[(i / 10) % 10]}{i} {kinds[i % 8]}", NameType.Primary)], []));
        var index = new NameMatcher().Index(subjects);
        foreach (var r in index.Search(new MatchSubject("q", PartyType.Organization, [new EntryName(args[0], NameType.Primary)], []), 0.0, 10))
        {
            Console.WriteLine($"{r.CandidateKey} {r.Score:F3} {r.Explanation.Rule}: {r.Explanation.QueryName} / {r.Explanation.CandidateName}");
            foreach (var t in r.Explanation.Tokens)
                Console.WriteLine($"   {t.QueryToken,-28} {t.CandidateToken,-28} sim {t.Similarity:F2} w {t.Weight:F2}");
            foreach (var n in r.Explanation.Notes)
                Console.WriteLine("   note: " + n);
        }

        return 0;
    }
}
