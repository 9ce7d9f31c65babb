using SanctionsWatch.Benchmarks;

// Benchmarks that print figures; not pass/fail tests. Run through scripts/bench-*.sh.
return args.FirstOrDefault() switch
{
    "replay" when args.Length >= 3 => ReplayBenchmark.Run(args[1], args[2], args.Length > 3 ? args[3] : null),
    "matching" when args.Length >= 3 => MatchingEval.Run(args[1..]),
    "matching-speed" when args.Length > 2 => MatchingSpeed.Run(args[1..]),
    "matching-scale" when args.Length > 2 => MatchingEval.Scale(args[1..]),
    "parse" => ParseBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SanctionsWatch.Benchmarks replay HISTORY_DIR DB_PATH [WATCHLIST]");
    Console.Error.WriteLine("       SanctionsWatch.Benchmarks matching SDN_CSV ALIAS_TSV [--misses N]");
    Console.Error.WriteLine("       SanctionsWatch.Benchmarks matching-scale ...");
    return 2;
}
