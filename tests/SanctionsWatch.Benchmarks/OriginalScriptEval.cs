using System.Globalization;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Un;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// Names in their original script (issue 11, class 8) against Latin ones, on real data: the UN Security Council list
/// gives most parties' names in Arabic (and a few in other scripts) beside the Latin names. Each original-script name is
/// searched, as a watchlist entity of the entry's kind, among the list's entries with their original-script names taken
/// out; the figures are by script: the entry found at review or above, at alert, first, and queries alerting on another
/// entry. Halves by the reference number's parity (no rule was tuned on these names).
/// Usage: <c>original-script UN_XML</c>.
/// </summary>
internal static class OriginalScriptEval
{
    public static int Run(string[] args)
    {
        var entries = new UnReader().Read(args[0], "un-sc").Entries;
        var latinOnly = entries.Select(e => new MatchSubject(
            MatchSubject.KeyOf(e.Source, e.EntryId), e.PartyType, [.. e.Names.Where(n => n.Type != NameType.OriginalScript)], [])).ToList();
        var index = new NameMatcher().Index(latinOnly);
        var queries = entries
            .SelectMany(e => e.Names.Where(n => n.Type == NameType.OriginalScript)
                .Select(n => (Key: MatchSubject.KeyOf(e.Source, e.EntryId), Script: ScriptOf(n.Text), Subject: MatchSubject.FromName(n.Text, e.PartyType))))
            .ToArray();
        var results = index.SearchAll([.. queries.Select(q => q.Subject)], MatchThresholds.DefaultReview);
        Console.WriteLine($"original-script names of {Path.GetFileName(args[0])} ({queries.Length}, of {entries.Count} entries) searched among the entries' Latin names");
        Console.WriteLine($"{"script",-10} {"half",-9} {"queries",7} {"review+",8} {"alert",7} {"first",7} {"other-entry alerts",19}");
        foreach (var script in queries.Select(q => q.Script).Distinct().Order(StringComparer.Ordinal))
        {
            foreach (var half in new[] { "tune", "held-out", "all" })
            {
                var of = Enumerable.Range(0, queries.Length)
                    .Where(i => queries[i].Script == script && (half == "all" || (Parity(queries[i].Key) == 0) == (half == "tune"))).ToArray();
                if (of.Length == 0)
                    continue;
                int review = 0, alert = 0, first = 0, other = 0;
                foreach (var i in of)
                {
                    var mine = results[i].FirstOrDefault(r => r.CandidateKey == queries[i].Key);
                    review += mine is null ? 0 : 1;
                    alert += mine is not null && mine.Score >= MatchThresholds.DefaultAlert ? 1 : 0;
                    first += results[i].Count > 0 && results[i][0].CandidateKey == queries[i].Key ? 1 : 0;
                    other += results[i].Any(r => r.CandidateKey != queries[i].Key && r.Score >= MatchThresholds.DefaultAlert) ? 1 : 0;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{script,-10} {half,-9} {of.Length,7} {(double)review / of.Length,8:F3} {(double)alert / of.Length,7:F3} {(double)first / of.Length,7:F3} {100.0 * other / of.Length,17:F1} %"));
            }
        }

        if (args.Length > 1 && args[1] == "--misses")
        {
            for (var i = 0; i < queries.Length; i++)
            {
                if (Parity(queries[i].Key) == 0 && !results[i].Any(r => r.CandidateKey == queries[i].Key && r.Score >= MatchThresholds.DefaultAlert))
                {
                    var latin = latinOnly.First(s => s.Key == queries[i].Key).Names[0].Text;
                    var top = results[i].Count > 0 ? $"{results[i][0].Explanation.CandidateName} {results[i][0].Score:F3}" : "(none)";
                    Console.WriteLine($"MISS {queries[i].Subject.Names[0].Text}\t{latin}\ttop {top}");
                }

                if (Parity(queries[i].Key) == 0 && results[i].FirstOrDefault(r => r.CandidateKey != queries[i].Key && r.Score >= MatchThresholds.DefaultAlert) is { } wrong)
                    Console.WriteLine($"OTHER {queries[i].Subject.Names[0].Text}\t{latinOnly.First(s => s.Key == queries[i].Key).Names[0].Text}\ton {wrong.Explanation.CandidateName} {wrong.Score:F3}");
            }
        }

        return 0;
    }

    private static string ScriptOf(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF')
                return "Arabic";
            if (c is >= '\u0400' and <= '\u04FF')
                return "Cyrillic";
            if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF')
                return "Hangul";
            if (c is >= '\u4E00' and <= '\u9FFF')
                return "Han";
        }

        return "other";
    }

    private static int Parity(string key) => key.Length > 0 && char.IsDigit(key[^1]) ? (key[^1] - '0') % 2 : 0;
}
