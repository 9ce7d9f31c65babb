using System.Globalization;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// The list's weak aliases (OFAC's remarks' a.k.a., low quality by OFAC's word) as queries against the whole list, each
/// with its entry's kind: how many find their own entry at review or above (a weak alias alone is review at most), how
/// many at alert through another of the entry's names, and how many draw other entries at review or above.
/// Usage: <c>weak-aliases SDN_CSV [--misses Organization|Person|Vessel]</c>.
/// </summary>
internal static class WeakAliasEval
{
    public static int Run(string[] args)
    {
        var entries = new OfacCsvReader().Read(args[0], "ofac-sdn").Entries;
        var queries = entries
            .SelectMany(e => e.Names.Where(n => n.Type == NameType.WeakAlias)
                .Select(n => (Entry: e, Key: MatchSubject.KeyOf(e.Source, e.EntryId), Subject: new MatchSubject(n.Text, e.PartyType, [new EntryName(n.Text, NameType.Primary)], []))))
            .ToArray();
        var index = new NameMatcher().Index(entries.Select(MatchSubject.FromEntry));
        var results = index.SearchAll([.. queries.Select(q => q.Subject)], MatchThresholds.DefaultReview);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"weak aliases of {args[0]} as queries ({queries.Length}, of {entries.Count} entries), each with its entry's kind; review at {MatchThresholds.DefaultReview:F2}"));
        Console.WriteLine("kind            queries  own entry at review+  of which at alert  drew another entry  other entries drawn");
        foreach (var kind in queries.Select(q => q.Subject.Kind).Distinct().Order())
        {
            int count = 0, own = 0, alert = 0, withOthers = 0, others = 0;
            for (var i = 0; i < queries.Length; i++)
            {
                if (queries[i].Subject.Kind != kind)
                    continue;
                count++;
                var mine = results[i].FirstOrDefault(r => r.CandidateKey == queries[i].Key);
                own += mine is null ? 0 : 1;
                alert += mine is not null && mine.Score >= MatchThresholds.DefaultAlert ? 1 : 0;
                var other = results[i].Count(r => r.CandidateKey != queries[i].Key);
                withOthers += other > 0 ? 1 : 0;
                others += other;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-15} {count,7}  {own,7} ({(double)own / count:F3})      {alert,7}            {withOthers,7}            {others,7}"));
        }

        // the halves the other benchmarks split by (even and odd entry numbers); no rule was tuned on these queries
        foreach (var (half, tune) in new[] { ("tuning half (even uids)", true), ("held-out half (odd uids)", false) })
        {
            var ofHalf = Enumerable.Range(0, queries.Length).Where(i => CrosslistEval.IsTune(queries[i].Entry.EntryId) == tune).ToArray();
            var own = ofHalf.Count(i => results[i].Any(r => r.CandidateKey == queries[i].Key));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{half,-26} {ofHalf.Length,5} queries: own entry at review+ {(double)own / ofHalf.Length:F3}"));
        }

        // --misses KIND: the tuning half's queries of that kind that found nothing of their own entry
        if (args.Length > 2 && args[1] == "--misses")
        {
            var kindName = args[2];
            for (var i = 0; i < queries.Length; i++)
            {
                if (queries[i].Subject.Kind.ToString() == kindName && CrosslistEval.IsTune(queries[i].Entry.EntryId) && !results[i].Any(r => r.CandidateKey == queries[i].Key))
                    Console.WriteLine($"MISS {queries[i].Subject.Names[0].Text}\t{queries[i].Key}\t{string.Join(" | ", queries[i].Entry.Names.Take(2).Select(n => n.Text))}");
            }
        }

        return 0;
    }

}
