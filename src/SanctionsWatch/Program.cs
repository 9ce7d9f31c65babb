using SanctionsWatch.Cli;

// Every file the program creates (database, logs, raw archive, alerts file, exports) is owner read-write, group read
// at most: the watchlist's hits and the analysts' notes are not for every local user.
FileModes.RestrictUmask();
return await CliMain.RunAsync(args);
