using System.Globalization;
using SanctionsWatch.Matching;
using SanctionsWatch.Sources.Ofac;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// The calibrated scorer issue 11 asks to consider, measured against the hand weights: the engine's evidence for each of
/// a query's ten best candidates (its score, the lead over the query's other candidates, what is left unmatched on each
/// side, the explanation's notes) combined by a logistic regression trained on the tuning halves (even uids) of the OFAC
/// alias set and the cross-list set, every other candidate of a query a hard negative. The alert threshold of the model
/// is set on the tuning halves so that it raises as many other-entry alerts there as the engine's 0.88 does; the
/// held-out halves then tell whether it finds more at that price. Usage: <c>calibrate SDN_CSV ALIAS_TSV CROSSLIST_TSV</c>.
/// </summary>
internal static class CalibrationEval
{
    private const int Candidates = 10;

    private static readonly string[] Names =
    [
        "score", "lead over the next", "best of the query", "alerts beside it (log)", "query unmatched share",
        "candidate unmatched share", "query unmatched count", "candidate unmatched count", "weakest pair", "distinctive differ",
        "descriptors differ", "qualifiers differ", "unanchored", "acronym / abbreviation", "rule acronym", "rule identifier",
    ];

    private sealed record Case(string Set, bool Tune, double[][] X, bool[] Y, double[] Score)
    {
        /// <summary>The same query were its own entry not on the list (its results without it): every alert false.</summary>
        public Case? Unlisted { get; init; }
    }

    public static int Run(string[] args)
    {
        var sdn = new OfacCsvReader().Read(args[0], "ofac-sdn").Entries;
        var matcher = new NameMatcher();
        var primaries = matcher.Index(sdn.Select(e => new MatchSubject(MatchSubject.KeyOf("ofac-sdn", e.EntryId), e.PartyType, [e.Names[0]], [])));
        var full = matcher.Index(sdn.Select(MatchSubject.FromEntry));

        var cases = new List<Case>();
        var aliases = MatchingEval.ReadAliases(args[1]);
        // one candidate more than a query keeps: the query without its own entry keeps the next one in its place
        var aliasResults = primaries.SearchAll([.. aliases.Select(a => MatchSubject.FromName(a.Alias, a.Kind))], 0.3, Candidates + 1);
        for (var i = 0; i < aliases.Count; i++)
            cases.Add(Make("aliases", aliases[i].Expected, aliasResults[i]) with { Unlisted = Unlisted("aliases", aliases[i].Expected, aliasResults[i]) });
        var cross = CrosslistEval.Read(args[2]);
        var crossResults = full.SearchAll([.. cross.Select(q => q.Subject)], 0.3, Candidates + 1);
        for (var i = 0; i < cross.Count; i++)
            cases.Add(Make("cross-list", cross[i].Uid, crossResults[i]) with { Unlisted = Unlisted("cross-list", cross[i].Uid, crossResults[i]) });

        foreach (var (label, features) in new[] { ("the candidate's own evidence", Own), ("with the query's other candidates (lead, best, alerts beside)", All) })
            Model(cases, label, features);
        return 0;
    }

    // features 1–3 (lead over the next, best of the query, alerts beside it) depend on the query's other candidates
    private static readonly int[] All = [.. Enumerable.Range(0, 16)];
    private static readonly int[] Own = [0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

    private static void Model(List<Case> all, string label, int[] features)
    {
        var cases = all.Select(c => Select(c, features)).ToList();
        var names = features.Select(f => Names[f]).ToArray();
        // trained on each tuning query twice: with its own entry listed, and without it (a watched firm that is not
        // listed, the usual case: every candidate a negative), so the model cannot learn that some candidate is right
        var train = cases.Where(c => c.Tune).ToList();
        var examples = train.Concat(train.Select(c => c.Unlisted!)).ToList();
        var (mean, sd) = Standardise(examples);
        var w = Train(examples, mean, sd);
        Console.WriteLine($"logistic regression on the tuning halves, {label}; weights on standardised features:");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"bias",-28} {w[0],8:F3}"));
        for (var f = 0; f < names.Length; f++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {names[f],-28} {w[f + 1],8:F3}"));

        // each case's probabilities once (the threshold search below reads them a hundred times)
        var probability = new Dictionary<Case, double[]>(ReferenceEqualityComparer.Instance);
        double[] Probabilities(Case c) => probability.TryGetValue(c, out var p) ? p : probability[c] = [.. c.X.Select(x => P(x, w, mean, sd))];

        // the model's threshold, two ways: (a) as many queries alerting on a wrong entry on the tuning halves, listed or not,
        // as the engine's 0.88; (b) as many false alerts where the query's own entry is not listed (the usual case in a sync)
        var alert = MatchThresholds.DefaultAlert;
        var unlisted = train.Select(c => c.Unlisted!).ToList();
        foreach (var (constraint, on) in new[] { ("wrong alerts, listed or not", examples), ("false alerts where not listed", unlisted) })
        {
            var engineFalse = on.Count(c => Alerts(c, c.Score, alert).Other);
            double? tau = null;
            foreach (var t in Enumerable.Range(0, 99).Select(k => 0.99 - (k / 100.0)))
            {
                if (on.Count(c => Alerts(c, Probabilities(c), t).Other) > engineFalse)
                    break;
                tau = t;
            }

            if (tau is null)
            {
                Console.WriteLine($"model: no threshold keeps {constraint} on the tuning halves at the engine's ({engineFalse})");
                continue;
            }

            var threshold = tau.Value;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model threshold {threshold:F2}: {constraint} on the tuning halves at most the engine's ({engineFalse})"));
            Console.WriteLine($"  {"set",-12} {"half",-9} {"queries",7} {"engine found",13} {"other",7} {"model found",12} {"other",7} {"engine top-1",13} {"model top-1",12} {"unlisted: engine",17} {"model",7}");
            foreach (var set in new[] { "aliases", "cross-list" })
            {
                foreach (var tune in new[] { true, false })
                {
                    var group = cases.Where(c => c.Set == set && c.Tune == tune).ToList();
                    var engine = group.Select(c => Alerts(c, c.Score, alert)).ToList();
                    var model = group.Select(c => Alerts(c, Probabilities(c), threshold)).ToList();
                    double n = group.Count;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {set,-12} {(tune ? "tune" : "held-out"),-9} {group.Count,7} {engine.Count(o => o.Found) / n,13:F4} {100 * engine.Count(o => o.Other) / n,6:F2}% {model.Count(o => o.Found) / n,12:F4} {100 * model.Count(o => o.Other) / n,6:F2}% {group.Count(c => Top(c.Score) is { } k && c.Y[k]) / n,13:F4} {group.Count(c => Top(Probabilities(c)) is { } k && c.Y[k]) / n,12:F4} {100 * group.Count(c => Alerts(c.Unlisted!, c.Unlisted!.Score, alert).Other) / n,16:F2}% {100 * group.Count(c => Alerts(c.Unlisted!, Probabilities(c.Unlisted!), threshold).Other) / n,6:F2}%"));
                }
            }
        }
    }

    private static Case Select(Case c, int[] features) =>
        new(c.Set, c.Tune, [.. c.X.Select(x => features.Select(f => x[f]).ToArray())], c.Y, c.Score)
        {
            Unlisted = c.Unlisted is null ? null : Select(c.Unlisted, features),
        };

    private static Case Unlisted(string set, string uid, IReadOnlyList<MatchResult> results) =>
        Make(set, uid, [.. results.Where(r => r.CandidateKey != MatchSubject.KeyOf("ofac-sdn", uid))]);

    private static Case Make(string set, string uid, IReadOnlyList<MatchResult> results)
    {
        results = [.. results.Take(Candidates)];
        var key = MatchSubject.KeyOf("ofac-sdn", uid);
        var x = new double[results.Count][];
        var alerts = results.Count(r => r.Score >= MatchThresholds.DefaultAlert);
        for (var k = 0; k < results.Count; k++)
        {
            var r = results[k];
            var next = results.Where((_, j) => j != k).Select(o => o.Score).DefaultIfEmpty(0.3).Max();
            var tokens = r.Explanation.Tokens;
            var total = tokens.Sum(t => t.Weight);
            var qMiss = tokens.Where(t => t.CandidateToken is null).Sum(t => t.Weight);
            var cMiss = tokens.Where(t => t.QueryToken is null).Sum(t => t.Weight);
            var notes = string.Join(";", r.Explanation.Notes);
            x[k] =
            [
                r.Score, r.Score - next, k == 0 ? 1 : 0, Math.Log(1 + alerts), total > 0 ? qMiss / total : 0, total > 0 ? cMiss / total : 0,
                tokens.Count(t => t.CandidateToken is null), tokens.Count(t => t.QueryToken is null),
                tokens.Where(t => t.QueryToken is not null && t.CandidateToken is not null).Select(t => t.Similarity).DefaultIfEmpty(0).Min(),
                notes.Contains("distinctive tokens differ", StringComparison.Ordinal) ? 1 : 0,
                notes.Contains("descriptors differ", StringComparison.Ordinal) ? 1 : 0,
                notes.Contains("qualifiers differ", StringComparison.Ordinal) ? 1 : 0,
                notes.Contains("no distinctive word", StringComparison.Ordinal) ? 1 : 0,
                notes.Contains("acronym", StringComparison.Ordinal) || notes.Contains("abbreviation", StringComparison.Ordinal) ? 1 : 0,
                r.Explanation.Rule == "acronym" ? 1 : 0, r.Explanation.Rule == "identifier" ? 1 : 0,
            ];
        }

        return new Case(set, CrosslistEval.IsTune(uid), x, [.. results.Select(r => r.CandidateKey == key)], [.. results.Select(r => r.Score)]);
    }

    private static (double[] Mean, double[] Sd) Standardise(List<Case> cases)
    {
        var rows = cases.SelectMany(c => c.X).ToList();
        var d = rows[0].Length;
        var mean = new double[d];
        var sd = new double[d];
        for (var f = 0; f < d; f++)
        {
            mean[f] = rows.Average(r => r[f]);
            sd[f] = Math.Sqrt(rows.Average(r => (r[f] - mean[f]) * (r[f] - mean[f])));
            if (sd[f] < 1e-9)
                sd[f] = 1;
        }

        return (mean, sd);
    }

    private static double P(double[] x, double[] w, double[] mean, double[] sd)
    {
        var z = w[0];
        for (var f = 0; f < x.Length; f++)
            z += w[f + 1] * (x[f] - mean[f]) / sd[f];
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Batch gradient descent on the log loss with a little L2, a fixed number of steps (deterministic).</summary>
    private static double[] Train(List<Case> cases, double[] mean, double[] sd)
    {
        var rows = cases.SelectMany(c => c.X.Select((x, k) => (x, y: c.Y[k] ? 1.0 : 0.0))).ToList();
        var w = new double[rows[0].x.Length + 1];
        const double rate = 0.5, l2 = 1e-3;
        for (var step = 0; step < 3000; step++)
        {
            var g = new double[w.Length];
            foreach (var (x, y) in rows)
            {
                var e = P(x, w, mean, sd) - y;
                g[0] += e;
                for (var f = 0; f < x.Length; f++)
                    g[f + 1] += e * (x[f] - mean[f]) / sd[f];
            }

            for (var f = 0; f < w.Length; f++)
                w[f] -= rate * ((g[f] / rows.Count) + (f == 0 ? 0 : l2 * w[f]));
        }

        return w;
    }

    private static int? Top(double[] values) => values.Length == 0 ? null : Array.IndexOf(values, values.Max());

    /// <summary>Whether a case's candidates scoring <paramref name="threshold"/> or more hold its own entry, and another.</summary>
    private static (bool Found, bool Other) Alerts(Case c, double[] scores, double threshold)
    {
        bool found = false, other = false;
        for (var k = 0; k < scores.Length; k++)
        {
            if (scores[k] < threshold)
                continue;
            if (c.Y[k])
                found = true;
            else
                other = true;
        }

        return (found, other);
    }
}
