using SanctionsWatch.Model;

namespace SanctionsWatch.Matching;

/// <summary>
/// The name-matching engine: identifiers first (decisive), then every query name against every candidate name,
/// the best pair winning. <see cref="Compare(MatchSubject, MatchSubject)"/> weighs tokens without corpus statistics; an index built by
/// <see cref="Index"/> weighs them by their inverse document frequency over the indexed names.
/// </summary>
public sealed class NameMatcher : IMatcher
{
    public NameMatcher()
        : this(NameMatcherOptions.Default)
    {
    }

    public NameMatcher(NameMatcherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        DefaultScorer = new NameScorer(options, statistics: null);
    }

    /// <summary>Changed with every change to the scoring rules (see <see cref="Version"/>).</summary>
    public const string RulesVersion = "2026-12-07.162";

    public NameMatcherOptions Options { get; }

    /// <summary>The engine, its rules' version and every option (a record prints them all).</summary>
    public string Version => nameof(NameMatcher) + " " + RulesVersion + " " + Options;

    private NameScorer DefaultScorer { get; }

    public MatchResult Compare(MatchSubject query, MatchSubject candidate) =>
        Compare(new PreparedSubject(query), new PreparedSubject(candidate), DefaultScorer);

    public ICandidateIndex Index(IEnumerable<MatchSubject> candidates, ICorpusStatistics? statistics = null) =>
        new NameIndex(this, candidates, statistics as TokenStatistics);

    public ICorpusStatistics Measure(IEnumerable<MatchSubject> corpus) => TokenStatistics.Measure(corpus);

    /// <summary>Compares two prepared subjects with a scorer (IDF weights of an index, or none).</summary>
    public MatchResult Compare(PreparedSubject query, PreparedSubject candidate, NameScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(scorer);
        var key = candidate.Subject.Key;
        var id = IdentifierMatching.FindMatch(query.Identifiers, candidate.Identifiers, Options.MinIdentifierLength);
        var byName = CompareNames(query, candidate, scorer);
        if (id is { } pair)
        {
            // An identifier of the same value is strong evidence, not proof: in the OFAC list of 2024-05-03, 27 of 6,074
            // tax and registration numbers stand in the remarks of two entries or more, and about half of those pairs
            // share no name (BANK BELVEB quotes VEB's INN; VIDIS and OPTRON, SET 1 and ELIKS M share one). So the same
            // identifier alerts when the names have something in common, and is left for review when they share nothing.
            // A vessel's IMO number stays decisive: a renamed ship keeps it, which is what the number is for.
            var agree = byName.Score >= Options.IdentifierNameFloor || IdentifierMatching.FamilyOf(pair.Query.Type) == "imo";
            var same = pair.Query.Type + " " + pair.Query.Value + " = " + pair.Candidate.Type + " " + pair.Candidate.Value;
            return new MatchResult(key, agree ? 1.0 : Options.IdentifierOnlyScore, new MatchExplanation(
                "identifier",
                byName.Explanation.QueryName is { Length: > 0 } q ? q : query.Names.Length > 0 ? query.Names[0].Original : "",
                byName.Explanation.CandidateName is { Length: > 0 } c ? c : candidate.Names.Length > 0 ? candidate.Names[0].Original : "",
                [new TokenComparison(pair.Query.Type + " " + pair.Query.Value, pair.Candidate.Type + " " + pair.Candidate.Value, 1.0, 1.0)],
                agree
                    ? ["same identifier: " + same]
                    : ["same identifier: " + same, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"but the names share nothing (name score {byName.Score:0.000}): a list may quote another party's number (a parent's, a subsidiary's), review")]));
        }

        return byName;
    }

    /// <summary>The best score of the subjects' names, with the kind, IMO and patronymic checks; no identifiers.</summary>
    private MatchResult CompareNames(PreparedSubject query, PreparedSubject candidate, NameScorer scorer)
    {
        var key = candidate.Subject.Key;
        var persons = ArePersons(query.Subject.Kind, candidate.Subject.Kind);
        var unknown = query.Subject.Kind == PartyType.Unknown && candidate.Subject.Kind == PartyType.Unknown;
        NameScore best = default;
        PreparedName? bestQ = null, bestC = null;
        foreach (var q in query.Names)
        {
            foreach (var c in candidate.Names)
            {
                var s = scorer.Score(q, c, persons || (unknown && LooksPersonal(q) && LooksPersonal(c)));
                if (bestQ is null || s.Score > best.Score)
                {
                    best = s;
                    bestQ = q;
                    bestC = c;
                    if (s.Score >= 1.0)
                        break;
                }
            }

            if (best.Score >= 1.0)
                break;
        }

        if (bestQ is null || bestC is null)
            return new MatchResult(key, 0.0, MatchExplanation.None);

        var score = best.Score;
        IReadOnlyList<string> notes = best.Notes;

        // An acronym alone is review at most (KMZ names several firms; the fuller names must agree), unless the query has
        // no fuller name: then the acronym is what the user chose to watch, and the same acronym on the list alerts.
        if (best.Rule == "acronym" && bestQ.IsShort && bestC.IsShort && score > 0 && query.Names.All(static n => n.IsShort)
            && string.Equals(bestQ.CoreText, bestC.CoreText, StringComparison.Ordinal))
        {
            score = 1.0;
            notes = ["the same acronym, and the query has no fuller name: the acronym is the name watched"];
        }

        if (KindsConflict(query.Subject.Kind, candidate.Subject.Kind) && score > 0)
        {
            score *= Options.KindMismatchFactor;
            notes = [.. best.Notes, $"kind mismatch: {query.Subject.Kind} vs {candidate.Subject.Kind}"];
        }

        if (score > 0 && DifferentImo(query.Identifiers, candidate.Identifiers))
        {
            score *= Options.DifferentImoFactor;
            notes = [.. notes, "both have IMO numbers and they differ: another vessel"];
        }

        if (score > 0 && OtherPatronymic(query, bestC, scorer) is { } known)
        {
            score *= Options.PatronymicConflictFactor;
            notes = [.. notes, $"patronymic differs from the one the query gives elsewhere ({known}): another person?"];
        }

        return new MatchResult(key, score, new MatchExplanation(best.Rule, bestQ.Original, bestC.Original, best.Tokens, notes));
    }

    /// <summary>
    /// A person's names may leave the patronymic out (Sergei Chemezov), but when one of the query's names gives it
    /// (Sergey Viktorovich Chemezov) and the matched candidate name has another (Sergey Sergeevich), it is most likely
    /// another person of the same name (here the son). Returns the query's patronymic in that case, else null.
    /// </summary>
    private static string? OtherPatronymic(PreparedSubject query, PreparedName candidate, NameScorer scorer)
    {
        if (!candidate.HasPatronymic)
            return null;
        string? known = null;
        foreach (var name in query.Names)
        {
            foreach (var q in name.Tokens)
            {
                if (q.Kind != TokenKind.Patronymic)
                    continue;
                foreach (var c in candidate.Tokens)
                {
                    if (c.Kind == TokenKind.Patronymic && scorer.TokenSimilarity(q, c) > 0)
                        return null;
                }

                known ??= q.Text;
            }
        }

        return known;
    }

    private static bool DifferentImo(IReadOnlyList<EntryIdentifier> a, IReadOnlyList<EntryIdentifier> b)
    {
        static bool IsImo(EntryIdentifier i) => i.Type is "imo" or "vessel-imo";
        return a.Any(IsImo) && b.Any(IsImo); // equal ones were decisive before
    }

    /// <summary>Person rules apply when one side is a person and the other is not known to be anything else.</summary>
    private static bool ArePersons(PartyType a, PartyType b) =>
        (a == PartyType.Person && b is PartyType.Person or PartyType.Unknown) || (b == PartyType.Person && a == PartyType.Unknown);

    /// <summary>
    /// When neither kind is known, a name of two to five words with no legal form, industrial concept or number is taken
    /// for a person's name (the person rules apply when both names are such).
    /// </summary>
    private static bool LooksPersonal(PreparedName name)
    {
        if (name.Tokens.Length is < 2 or > 5)
            return false;
        foreach (var t in name.Tokens)
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Patronymic))
                return false;
        }

        return true;
    }

    /// <summary>A person against anything else, or a firm against a vessel or an aircraft (a ship named after a person or a firm is another party).</summary>
    private static bool KindsConflict(PartyType a, PartyType b) =>
        a != PartyType.Unknown && b != PartyType.Unknown && a != b
        && (a == PartyType.Person || b == PartyType.Person || a == PartyType.Organization || b == PartyType.Organization);
}
