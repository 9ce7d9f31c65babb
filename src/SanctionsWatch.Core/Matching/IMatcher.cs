using SanctionsWatch.Model;

namespace SanctionsWatch.Matching;

/// <summary>
/// The seam between the rest of SanctionsWatch and the name-matching engine. A query (a watchlist entity, or a name
/// typed into <c>screen</c>) is scored against candidates (list entries). Scores are in [0, 1].
/// </summary>
public interface IMatcher
{
    /// <summary>
    /// What the matcher's scores depend on (its rules and options): a list whose matches were recorded under another
    /// version is matched whole again on its next sync, even when it did not change.
    /// </summary>
    string Version { get; }

    /// <summary>Scores one query against one candidate: the best over their names, or an identifier match.</summary>
    MatchResult Compare(MatchSubject query, MatchSubject candidate);

    /// <summary>
    /// Builds a searchable index over candidates, so a search does not compare every pair. Words are weighed by how
    /// common they are in <paramref name="statistics"/> when given (the whole list, when only what changed is
    /// indexed), else in the candidates themselves.
    /// </summary>
    ICandidateIndex Index(IEnumerable<MatchSubject> candidates, ICorpusStatistics? statistics = null);

    /// <summary>Measures how common each word is over a whole list.</summary>
    ICorpusStatistics Measure(IEnumerable<MatchSubject> corpus);
}

/// <summary>How common words are in a list (opaque to all but the matcher that made it).</summary>
public interface ICorpusStatistics
{
    /// <summary>How many names were measured.</summary>
    int NameCount { get; }
}

/// <summary>An index of candidates built by <see cref="IMatcher.Index"/>.</summary>
public interface ICandidateIndex
{
    /// <summary>
    /// The candidates scoring at least <paramref name="minScore"/>, best first, at most <paramref name="limit"/>.
    /// A search only reads the index: searches may run concurrently.
    /// </summary>
    IReadOnlyList<MatchResult> Search(MatchSubject query, double minScore, int limit = int.MaxValue);

    /// <summary>
    /// The results of each query, in the order of <paramref name="queries"/>, searched on every core (a watchlist
    /// against a whole list); the same results as one <see cref="Search"/> after another.
    /// </summary>
    IReadOnlyList<IReadOnlyList<MatchResult>> SearchAll(IReadOnlyList<MatchSubject> queries, double minScore, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var results = new IReadOnlyList<MatchResult>[queries.Count];
        Parallel.For(0, queries.Count, i => results[i] = Search(queries[i], minScore, limit));
        return results;
    }

    /// <summary>The word statistics this index weighs with.</summary>
    ICorpusStatistics Statistics { get; }
}

/// <summary>Something to match: its names (with their types), identifiers and kind.</summary>
/// <param name="Key">Who it is: a watchlist id, or <c>source/entry_id</c>.</param>
public sealed record MatchSubject(
    string Key,
    PartyType Kind,
    IReadOnlyList<EntryName> Names,
    IReadOnlyList<EntryIdentifier> Identifiers)
{
    public static MatchSubject FromEntity(WatchlistEntity entity) => new(
        entity.Id,
        entity.Kind,
        [new EntryName(entity.Name, NameType.Primary), .. entity.Aliases.Select(a => new EntryName(a, NameType.Alias))],
        [.. entity.Identifiers.Select(kv => new EntryIdentifier(kv.Key, kv.Value))]);

    public static MatchSubject FromEntry(ListEntry entry) =>
        new(KeyOf(entry.Source, entry.EntryId), entry.PartyType, entry.Names, entry.Identifiers);

    public static MatchSubject FromName(string name, PartyType kind = PartyType.Unknown) =>
        new(name, kind, [new EntryName(name, NameType.Primary)], []);

    public static string KeyOf(string source, string entryId) => source + "/" + entryId;
}

/// <summary>The outcome of comparing a query with one candidate.</summary>
public sealed record MatchResult(string CandidateKey, double Score, MatchExplanation Explanation);

/// <summary>
/// Why a score is what it is: which names were compared, the rule that decided, and token by token what weighed what.
/// </summary>
/// <param name="Rule">The rule that decided, e.g. <c>identifier</c>, <c>exact</c>, <c>token-alignment</c>, <c>acronym</c>.</param>
public sealed record MatchExplanation(
    string Rule,
    string QueryName,
    string CandidateName,
    IReadOnlyList<TokenComparison> Tokens,
    IReadOnlyList<string> Notes)
{
    public static readonly MatchExplanation None = new("none", "", "", [], []);
}

/// <summary>One query token aligned with (at most) one candidate token.</summary>
/// <param name="CandidateToken">Null when the query token found no partner.</param>
/// <param name="Similarity">Token similarity in [0, 1].</param>
/// <param name="Weight">How much this token counted in the score.</param>
public sealed record TokenComparison(string? QueryToken, string? CandidateToken, double Similarity, double Weight);

/// <summary>The band a score falls in.</summary>
public enum MatchBand
{
    None,
    Review,
    Alert,
}

/// <summary>The thresholds of the bands. Defaults are documented in docs/matching.md.</summary>
public sealed record MatchThresholds(double Alert = MatchThresholds.DefaultAlert, double Review = MatchThresholds.DefaultReview)
{
    public const double DefaultAlert = 0.88;
    public const double DefaultReview = 0.75;

    public MatchBand BandOf(double score) =>
        score >= Alert ? MatchBand.Alert : score >= Review ? MatchBand.Review : MatchBand.None;
}
