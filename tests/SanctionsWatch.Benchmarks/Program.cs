using SanctionsWatch.Benchmarks;

// Benchmarks that print figures; not pass/fail tests. Run through scripts/bench-*.sh.
return args.FirstOrDefault() switch
{
    "replay" when args.Length >= 3 => ReplayBenchmark.Run(args[1], args[2], args.Length > 3 && args[3] != "--alerts" ? args[3] : null, args.Contains("--alerts")),
    "matching" when args.Length >= 3 => MatchingEval.Run(args[1..]),
    "matching-speed" when args.Length > 2 => MatchingSpeed.Run(args[1..]),
    "crosslist" when args.Length >= 3 => CrosslistEval.Run(args[1..]),
    "weak-aliases" when args.Length >= 2 => WeakAliasEval.Run(args[1..]),
    "consolidated" when args.Length >= 3 => ConsolidatedAliases.Run(args[1..]),
    "original-script" when args.Length >= 2 => OriginalScriptEval.Run(args[1..]),
    "lexicon" when args.Length >= 3 => LexiconLearner.Run(args[1..]),
    "explain" when args.Length >= 4 => ExplainOne.Run(args[1..]),
    "tune" when args.Length >= 5 => ScorerTuning.Run(args[1..]),
    "calibrate" when args.Length >= 4 => CalibrationEval.Run(args[1..]),
    "pair" when args.Length >= 3 => ExplainPair.Run(args[1..]),
    "index-pair" when args.Length >= 3 => ExplainIndexed.Run(args[1..]),
    "matching-scale" when args.Length > 2 => MatchingEval.Scale(args[1..]),
    "parse" => ParseBenchmark.Run(args[1..]),
    "romanise" when args.Length >= 2 => Romanise(args[1..]),
    _ => Usage(),
};

// Debugging aid: how the matcher romanises each word of each argument.
static int Romanise(string[] texts)
{
    foreach (var text in texts)
        Console.WriteLine(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SanctionsWatch.Matching.Transliterator.ToLatin)));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: SanctionsWatch.Benchmarks replay HISTORY_DIR DB_PATH [WATCHLIST]");
    Console.Error.WriteLine("       SanctionsWatch.Benchmarks matching SDN_CSV ALIAS_TSV [--misses N]");
    Console.Error.WriteLine("       SanctionsWatch.Benchmarks matching-scale ...");
    return 2;
}
