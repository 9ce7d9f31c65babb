using SanctionsWatch.Benchmarks;

if (args.Length > 0 && args[0] == "matching")
    return MatchingEval.Run(args[1..]);

Console.Error.WriteLine("usage: SanctionsWatch.Benchmarks matching SDN_CSV ALIAS_TSV [--misses N]");
return 2;
