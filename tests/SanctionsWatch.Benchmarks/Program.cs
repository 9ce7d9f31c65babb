using SanctionsWatch.Benchmarks;

if (args.Length > 0 && args[0] == "matching")
    return MatchingEval.Run(args[1..]);
if (args.Length > 2 && args[0] == "matching-scale")
    return MatchingEval.Scale(args[1..]);

Console.Error.WriteLine("usage: SanctionsWatch.Benchmarks matching SDN_CSV ALIAS_TSV [--misses N]");
return 2;
