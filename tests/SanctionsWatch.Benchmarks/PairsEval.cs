using System.Globalization;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// Scores a labelled TSV of name pairs (label, kind, category, name1, name2, note, status) with
/// <see cref="NameMatcher.Compare(MatchSubject, MatchSubject)"/> as the <c>compare</c> command does, and prints the wrong
/// pairs and per-category figures at the default alert threshold. <c>--no-kind</c>: without the kinds.
/// </summary>
internal static class PairsEval
{
    public static int Run(string[] args)
    {
        var noKind = args.Contains("--no-kind");
        var matcher = new NameMatcher();
        var thresholds = new MatchThresholds();
        var tally = new SortedDictionary<string, (int Ok, int N)>(StringComparer.Ordinal);
        int right = 0, total = 0;
        foreach (var line in File.ReadLines(args[0]))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("label\t", StringComparison.Ordinal))
                continue;
            var f = line.Split('\t');
            var kind = PartyType.Unknown;
            if (!noKind)
                PartyTypes.TryParse(f[1], out kind);
            var r = matcher.Compare(MatchSubject.FromName(f[3], kind), MatchSubject.FromName(f[4], kind));
            var alert = thresholds.BandOf(r.Score) == MatchBand.Alert;
            var ok = alert == (f[0] == "match");
            total++;
            right += ok ? 1 : 0;
            var key = f[0] + " " + f[2];
            var t = tally.GetValueOrDefault(key);
            tally[key] = (t.Ok + (ok ? 1 : 0), t.N + 1);
            if (!ok)
            {
                var status = f.Length > 6 && f[6].Length > 0 ? "  [" + f[6] + "]" : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"WRONG {f[0],-7} {f[2],-16} {r.Score:F3} '{f[3]}' vs '{f[4]}'{status}"));
            }
        }

        foreach (var (k, (ok, n)) in tally)
            Console.WriteLine($"{k,-28} {ok,3}/{n,3}");
        Console.WriteLine($"pairs right: {right}/{total}");
        return 0;
    }
}
