using System.Globalization;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sources.OpenSanctions;
using SanctionsWatch.Sources.Un;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// Names in their original script (issue 11, class 8) against Latin ones, on real data: the UN Security Council list
/// gives most parties' names in Arabic (and a few in other scripts) beside the Latin names; OpenSanctions merges each
/// party's names from every publisher, so its entities hold the same names in Arabic, Hebrew (Israel's list), Japanese
/// katakana (Japan's), Bulgarian Cyrillic and Greek (the EU's). Each name with no Latin letter is searched, as a
/// watchlist entity of the entry's kind, among the entries' names written in Latin letters only; the figures are by script: the
/// entry found at review or above, at alert, first, and queries alerting on another entry, and of those the queries that
/// alert on an entry none of their own entry's Latin names alerts on (the rest are the engine's, whatever the script: a
/// person's name with one more given name alerts on another entry's shorter name as well in Latin). Halves by the reference
/// number's parity (UN) or the id's (OpenSanctions).
/// Usage: <c>original-script UN_XML|OPENSANCTIONS_JSON|FILE --source ID [--misses]</c> (a .json file is read as
/// OpenSanctions FollowTheMoney lines, delta lines included; <c>--source ca-sema</c> reads Canada's list, whose Chinese
/// firms have their names in Han too).
/// </summary>
internal static class OriginalScriptEval
{
    public static int Run(string[] args)
    {
        var source = args.SkipWhile(a => a != "--source").Skip(1).FirstOrDefault();
        var entries = source is not null && SourceCatalog.Default.TryGetReader(source, out var reader)
            ? reader.Read(args[0], source).Entries
            : args[0].EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? new OpenSanctionsReader(deltaAsEntries: true).Read(args[0], "opensanctions").Entries
            : new UnReader().Read(args[0], "un-sc").Entries;
        var latinOnly = entries.Select(e => new MatchSubject(
            MatchSubject.KeyOf(e.Source, e.EntryId), e.PartyType, [.. e.Names.Where(n => n.Type != NameType.OriginalScript && AllLatin(n.Text))], []))
            .Where(s => s.Names.Count > 0).ToList();
        var index = new NameMatcher().Index(latinOnly);
        var withLatin = latinOnly.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var queries = entries
            .Where(e => withLatin.Contains(MatchSubject.KeyOf(e.Source, e.EntryId)))
            .SelectMany(e => e.Names.Where(n => !HasLatin(n.Text) && n.Text.Any(char.IsLetter))
                .Select(n => (Key: MatchSubject.KeyOf(e.Source, e.EntryId), Script: ScriptOf(n.Text), Subject: MatchSubject.FromName(n.Text, e.PartyType))))
            .ToArray();
        var results = index.SearchAll([.. queries.Select(q => q.Subject)], MatchThresholds.DefaultReview);
        var byKey = latinOnly.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var matcher = new NameMatcher();
        Console.WriteLine($"original-script names of {Path.GetFileName(args[0])} ({queries.Length}, of {entries.Count} entries) searched among the entries' Latin names");
        Console.WriteLine($"{"script",-10} {"half",-9} {"queries",7} {"review+",8} {"alert",7} {"first",7} {"other-entry alerts",19} {"of which own Latin names do not",32}");
        foreach (var script in queries.Select(q => q.Script).Distinct().Order(StringComparer.Ordinal))
        {
            foreach (var half in new[] { "tune", "held-out", "all" })
            {
                var of = Enumerable.Range(0, queries.Length)
                    .Where(i => queries[i].Script == script && (half == "all" || (Parity(queries[i].Key) == 0) == (half == "tune"))).ToArray();
                if (of.Length == 0)
                    continue;
                int review = 0, alert = 0, first = 0, other = 0, scriptOnly = 0;
                foreach (var i in of)
                {
                    var mine = results[i].FirstOrDefault(r => r.CandidateKey == queries[i].Key);
                    review += mine is null ? 0 : 1;
                    alert += mine is not null && mine.Score >= MatchThresholds.DefaultAlert ? 1 : 0;
                    first += results[i].Count > 0 && results[i][0].CandidateKey == queries[i].Key ? 1 : 0;
                    var wrong = results[i].Where(r => r.CandidateKey != queries[i].Key && r.Score >= MatchThresholds.DefaultAlert).ToList();
                    other += wrong.Count > 0 ? 1 : 0;
                    // an alert the entry's own Latin names would raise as well is the engine's, not the script's (a
                    // person's name with one more given name alerts on the shorter name of another entry)
                    scriptOnly += wrong.Any(r => matcher.Compare(byKey[queries[i].Key], byKey[r.CandidateKey]).Score < MatchThresholds.DefaultAlert) ? 1 : 0;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{script,-10} {half,-9} {of.Length,7} {(double)review / of.Length,8:F3} {(double)alert / of.Length,7:F3} {(double)first / of.Length,7:F3} {100.0 * other / of.Length,17:F1} % {100.0 * scriptOnly / of.Length,30:F1} %"));
            }
        }

        if (args.Contains("--misses"))
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
                {
                    var latinToo = matcher.Compare(byKey[queries[i].Key], byKey[wrong.CandidateKey]).Score >= MatchThresholds.DefaultAlert;
                    Console.WriteLine($"OTHER{(latinToo ? "" : " (script)")} {queries[i].Subject.Names[0].Text}\t{byKey[queries[i].Key].Names[0].Text}\ton {wrong.Explanation.CandidateName} {wrong.Score:F3}");
                }
            }
        }

        return 0;
    }

    /// <summary>Whether a name has a letter of the Latin script (ASCII or accented).</summary>
    private static bool HasLatin(string text) => text.Any(IsLatin);

    /// <summary>Whether a name has letters and all of them Latin (OpenSanctions has names half in Arabic, half in Latin).</summary>
    private static bool AllLatin(string text) => text.Any(IsLatin) && text.All(static c => !char.IsLetter(c) || IsLatin(c));

    private static bool IsLatin(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));

    private static string ScriptOf(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF')
                return "Arabic";
            if (c is >= '\u0590' and <= '\u05FF')
                return "Hebrew";
            if (c is >= '\u0370' and <= '\u03FF')
                return "Greek";
            if (c is >= '\u3040' and <= '\u30FF')
                return "Japanese";
            if (c is >= '\u0400' and <= '\u04FF')
                return "Cyrillic";
            if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF')
                return "Hangul";
            if (c is >= '\u4E00' and <= '\u9FFF')
                return "Han";
        }

        return "other";
    }

    /// <summary>The half a key is in: its last digit's parity (a UN reference number), else its letters' sum's (an OpenSanctions id).</summary>
    private static int Parity(string key) => key.Length > 0 && char.IsDigit(key[^1]) ? (key[^1] - '0') % 2 : key.Sum(static c => c) % 2;
}
