namespace SanctionsWatch.Matching;

/// <summary>
/// Scores one pair with the word weights of a list: the weights an index over that list gives (<see cref="IMatcher.Index"/>),
/// so the score is the one a search of that list (screen, a sync's matching) gives the same pair. Without statistics,
/// or for another matcher, it is <see cref="IMatcher.Compare"/> (every word weighed alike).
/// </summary>
public static class StatisticsComparison
{
    public static MatchResult Compare(this IMatcher matcher, MatchSubject query, MatchSubject candidate, ICorpusStatistics? statistics)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return matcher is NameMatcher names && statistics is TokenStatistics tokens
            ? names.Compare(new PreparedSubject(query), new PreparedSubject(candidate), new NameScorer(names.Options, tokens))
            : matcher.Compare(query, candidate);
    }
}
