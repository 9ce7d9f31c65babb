namespace SanctionsWatch.Watchlists;

/// <summary>One problem found in a watchlist file: the file, the 1-based line (0 when no line applies) and why.</summary>
public sealed record WatchlistProblem(string File, int Line, string Reason)
{
    /// <summary><c>file:line: reason</c>, or <c>file: reason</c> when no line applies.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}

/// <summary>
/// A watchlist file that cannot be used. <see cref="Problems"/> holds every problem found (not just the first);
/// the message lists them as <c>file:line: reason</c>, one per line.
/// </summary>
public sealed class WatchlistException : Exception
{
    public WatchlistException()
        : this([])
    {
    }

    public WatchlistException(string message)
        : base(message)
    {
        Problems = [];
    }

    public WatchlistException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public WatchlistException(IReadOnlyList<WatchlistProblem> problems, Exception? innerException = null)
        : base(Format(problems), innerException)
    {
        Problems = problems;
    }

    public IReadOnlyList<WatchlistProblem> Problems { get; }

    private static string Format(IReadOnlyList<WatchlistProblem> problems) =>
        problems.Count == 0 ? "invalid watchlist" : string.Join('\n', problems.Select(p => p.ToString()));
}
