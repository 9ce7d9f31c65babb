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
    Console.Error.WriteLine("usage: SanctionsWatch.Benchmarks COMMAND ARGS… (each command's class says its arguments; scripts/bench-*.sh run them)");
    Console.Error.WriteLine("  replay HISTORY_DIR DB_PATH [WATCHLIST] [--alerts]     the OFAC history replayed through a sync");
    Console.Error.WriteLine("  matching SDN_CSV ALIAS_TSV [--misses N] [--show …]   the OFAC alias set, beside the peers");
    Console.Error.WriteLine("  crosslist SDN_CSV CROSSLIST_TSV [--misses N]          another publisher's spellings, as a sync");
    Console.Error.WriteLine("  consolidated SDN_CSV CONS_DIR                         OFAC's non-SDN aliases");
    Console.Error.WriteLine("  weak-aliases SDN_CSV [--misses KIND]                  the list's weak aliases as queries");
    Console.Error.WriteLine("  original-script FILE [--source ID] [--misses]        names in other scripts against Latin ones");
    Console.Error.WriteLine("  calibrate SDN_CSV ALIAS_TSV CROSSLIST_TSV             a calibrated scorer, measured");
    Console.Error.WriteLine("  matching-speed SHARED_DIR SDN_CSV [N] [--dump FILE]   1,000 entities × N names");
    Console.Error.WriteLine("  lexicon, tune, explain, pair, index-pair, matching-scale, parse, romanise: see Program.cs");
    return 2;
}
