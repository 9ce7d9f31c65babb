using SanctionsWatch.Benchmarks;

// Benchmarks that print figures; not pass/fail tests. Run through scripts/bench-*.sh.
return args.FirstOrDefault() switch
{
    "replay" when args.Length >= 3 => ReplayBenchmark.Run(args[1], args[2], args.Length > 3 ? args[3] : null),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SanctionsWatch.Benchmarks replay HISTORY_DIR DB_PATH [WATCHLIST]");
    return 2;
}
