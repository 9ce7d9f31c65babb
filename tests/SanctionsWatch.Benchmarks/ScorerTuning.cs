using System.Globalization;
using System.Text;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// Calibrates the scorer's weights (miss costs, conflict costs, factors) by coordinate descent on the tuning halves of
/// the labelled sets only — the cross-list set and the OFAC alias set (even uids), and the hand-written pair set — then
/// prints every figure on both halves, so a gain on the tuned half alone shows as what it is. The objective:
/// cross-list found − 2 × cross-list other-entry alerts + ½ alias recall@1 − 2 × alias wrong alerts + ½ pairs right.
/// Usage: <c>tune SDN_CSV ALIAS_TSV CROSSLIST_TSV PAIRS_TSV [--rounds N]</c>.
/// </summary>
internal static class ScorerTuning
{
    private sealed record Knob(string Name, Func<NameMatcherOptions, double> Get, Func<NameMatcherOptions, double, NameMatcherOptions> Set, double Min, double Max);

    private static readonly Knob[] Knobs =
    [
        new("QueryMissCost", o => o.QueryMissCost, (o, v) => o with { QueryMissCost = v }, 0.5, 4),
        new("CandidateMissCost", o => o.CandidateMissCost, (o, v) => o with { CandidateMissCost = v }, 0.02, 1),
        new("QueryDescriptorMissCost", o => o.QueryDescriptorMissCost, (o, v) => o with { QueryDescriptorMissCost = v }, 0.02, 2),
        new("CandidateDescriptorMissCost", o => o.CandidateDescriptorMissCost, (o, v) => o with { CandidateDescriptorMissCost = v }, 0.01, 1),
        new("CandidateUnanchoredMissCost", o => o.CandidateUnanchoredMissCost, (o, v) => o with { CandidateUnanchoredMissCost = v }, 0.2, 4),
        new("CandidateExtraDescriptorCost", o => o.CandidateExtraDescriptorCost, (o, v) => o with { CandidateExtraDescriptorCost = v }, 0.005, 1),
        new("ExtraDescriptionCap", o => o.ExtraDescriptionCap, (o, v) => o with { ExtraDescriptionCap = v }, 0.01, 0.5),
        new("LegalFormOneSideCost", o => o.LegalFormOneSideCost, (o, v) => o with { LegalFormOneSideCost = v }, 0.02, 2),
        new("ConflictCost", o => o.ConflictCost, (o, v) => o with { ConflictCost = v }, 0, 2),
        new("DescriptorConflictCost", o => o.DescriptorConflictCost, (o, v) => o with { DescriptorConflictCost = v }, 0, 2),
        new("DescriptorWeightFactor", o => o.DescriptorWeightFactor, (o, v) => o with { DescriptorWeightFactor = v }, 0.2, 1),
        new("ConceptWeightFactor", o => o.ConceptWeightFactor, (o, v) => o with { ConceptWeightFactor = v }, 0.2, 1),
        new("LegalFormMissCost", o => o.LegalFormMissCost, (o, v) => o with { LegalFormMissCost = v }, 0.05, 2),
        new("OptionalMissFactor", o => o.OptionalMissFactor, (o, v) => o with { OptionalMissFactor = v }, 0.01, 1),
        new("StemSimilarity", o => o.StemSimilarity, (o, v) => o with { StemSimilarity = v }, 0.8, 0.99),
        new("AbbreviationSimilarity", o => o.AbbreviationSimilarity, (o, v) => o with { AbbreviationSimilarity = v }, 0.6, 1),
    ];

    public static int Run(string[] args)
    {
        var rounds = 2;
        for (var i = 4; i < args.Length; i++)
        {
            if (args[i] == "--rounds")
                rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
        }

        var data = Data.Load(args[0], args[1], args[2], args[3]);
        var options = NameMatcherOptions.Default;
        var best = data.Evaluate(options, tune: true);
        var floor = best.PairsRight;
        Console.WriteLine($"start: {best}");
        for (var round = 0; round < rounds; round++)
        {
            var improved = false;
            foreach (var knob in Knobs)
            {
                var current = knob.Get(options);
                foreach (var factor in new[] { 0.5, 0.7, 0.85, 1.15, 1.4, 2.0 })
                {
                    var value = Math.Clamp(knob.Name == "StemSimilarity" ? 1 - ((1 - current) * factor) : current * factor, knob.Min, knob.Max);
                    if (value == current)
                        continue;
                    var trial = knob.Set(options, value);
                    var result = data.Evaluate(trial, tune: true);

                    // the labelled pairs are a floor, not a currency: no trial may lose a pair the start had right
                    if (result.PairsRight < floor)
                        continue;
                    if (result.Objective > best.Objective + 0.0005)
                    {
                        best = result;
                        options = trial;
                        current = value;
                        improved = true;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {knob.Name} = {value:G4}: {result}"));
                    }
                }
            }

            if (!improved)
                break;
        }

        Console.WriteLine();
        Console.WriteLine("tuned options (differences from the defaults):");
        foreach (var knob in Knobs)
        {
            if (knob.Get(options) != knob.Get(NameMatcherOptions.Default))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {knob.Name}: {knob.Get(NameMatcherOptions.Default):G4} -> {knob.Get(options):G4}"));
        }

        Console.WriteLine($"defaults, tuning half:  {data.Evaluate(NameMatcherOptions.Default, tune: true)}");
        Console.WriteLine($"defaults, held-out half: {data.Evaluate(NameMatcherOptions.Default, tune: false)}");
        Console.WriteLine($"tuned, tuning half:     {data.Evaluate(options, tune: true)}");
        Console.WriteLine($"tuned, held-out half:   {data.Evaluate(options, tune: false)}");
        return 0;
    }

    private sealed record Result(double CrossFound, double CrossOther, double AliasRecall, double AliasWrong, double PairsRight)
    {
        public double Objective => CrossFound - (2 * CrossOther) + (0.5 * AliasRecall) - (2 * AliasWrong) + (0.5 * PairsRight);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"objective {Objective:F4}: cross-list found {CrossFound:F3}, other {CrossOther:P1}; alias recall@1 {AliasRecall:F4}, wrong {AliasWrong:P2}; pairs right {PairsRight:F3}");
    }

    private sealed class Data
    {
        private List<ListEntry> entries = [];
        private List<MatchSubject> primaries = [];
        private List<(MatchSubject Query, string Uid)> crosslist = [];
        private List<(MatchSubject Query, string Expected)> aliases = [];
        private List<(bool Match, MatchSubject A, MatchSubject B)> pairs = [];

        public static Data Load(string sdn, string aliasTsv, string crosslistTsv, string pairsTsv)
        {
            var d = new Data { entries = [.. new OfacCsvReader().Read(sdn, "ofac-sdn").Entries] };
            d.primaries = [.. d.entries.Select(e => new MatchSubject(e.EntryId, e.PartyType, [e.Names[0]], []))];
            foreach (var line in File.ReadLines(crosslistTsv, Encoding.UTF8))
            {
                var f = line.Split('\t');
                if (line.StartsWith('#') || f.Length < 4)
                    continue;
                var kind = f[0] == "person" ? PartyType.Person : PartyType.Organization;
                d.crosslist.Add((new MatchSubject("q", kind, [new EntryName(f[1], NameType.Primary)], []), f[2]));
            }

            foreach (var line in File.ReadLines(aliasTsv, Encoding.UTF8))
            {
                var f = line.Split('\t');
                if (line.StartsWith('#') || f.Length < 5)
                    continue;
                var kind = f[4] == "individual" ? PartyType.Person : PartyType.Organization;
                d.aliases.Add((MatchSubject.FromName(f[0], kind), f[1]));
            }

            foreach (var line in File.ReadLines(pairsTsv, Encoding.UTF8))
            {
                var f = line.Split('\t');
                if (line.StartsWith('#') || f.Length < 6 || f[0] is not ("match" or "nomatch") || !PartyTypes.TryParse(f[1], out var kind))
                    continue;
                d.pairs.Add((f[0] == "match", MatchSubject.FromName(f[3], kind), MatchSubject.FromName(f[4], kind)));
            }

            return d;
        }

        public Result Evaluate(NameMatcherOptions options, bool tune)
        {
            var matcher = new NameMatcher(options);
            var alert = MatchThresholds.DefaultAlert;

            var crossIndex = matcher.Index(entries.Select(MatchSubject.FromEntry));
            var cross = crosslist.Where(c => CrosslistEval.IsTune(c.Uid) == tune).ToList();
            var crossResults = crossIndex.SearchAll([.. cross.Select(c => c.Query)], alert);
            int found = 0, other = 0;
            for (var i = 0; i < cross.Count; i++)
            {
                var expected = "ofac-sdn/" + cross[i].Uid;
                found += crossResults[i].Any(r => r.CandidateKey == expected) ? 1 : 0;
                other += crossResults[i].Any(r => r.CandidateKey != expected) ? 1 : 0;
            }

            var aliasIndex = matcher.Index(primaries);
            var alias = aliases.Where(a => CrosslistEval.IsTune(a.Expected) == tune).ToList();
            var aliasResults = aliasIndex.SearchAll([.. alias.Select(a => a.Query)], 0.0, 1);
            int right = 0, wrong = 0;
            for (var i = 0; i < alias.Count; i++)
            {
                if (aliasResults[i].Count == 0)
                    continue;
                if (aliasResults[i][0].CandidateKey == alias[i].Expected)
                    right++;
                else if (aliasResults[i][0].Score >= alert)
                    wrong++;
            }

            var thresholds = new MatchThresholds();
            var pairsRight = pairs.Count(p => (thresholds.BandOf(matcher.Compare(p.A, p.B).Score) == MatchBand.Alert) == p.Match);
            return new Result((double)found / cross.Count, (double)other / cross.Count, (double)right / alias.Count, (double)wrong / alias.Count, (double)pairsRight / pairs.Count);
        }
    }
}
