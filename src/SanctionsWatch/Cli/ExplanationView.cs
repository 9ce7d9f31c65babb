using System.Globalization;
using SanctionsWatch.App;
using SanctionsWatch.Matching;

namespace SanctionsWatch.Cli;

/// <summary>
/// How every command prints why a pair scored what it did (<c>hits show</c>, <c>screen --explain</c>, <c>compare</c>,
/// <c>watchlist explain</c>, <c>screen --near</c>): the rule and the two names, a table of the aligned words (each with
/// its similarity and the weight it counted for), then the matcher's notes; for a score below a band, the reason.
/// </summary>
internal static class ExplanationView
{
    /// <summary>The first line: <c>rule token-alignment: "query" vs "candidate"</c>.</summary>
    public static string RuleLine(MatchExplanation x) =>
        $"rule {ListText.Escape(x.Rule)}: \"{ListText.Escape(x.QueryName)}\" vs \"{ListText.Escape(x.CandidateName)}\"";

    /// <summary>The word table and the notes, indented by <paramref name="indent"/>.</summary>
    public static void WriteTokens(TextWriter w, MatchExplanation x, string left, string right, string indent = "")
    {
        if (x.Tokens.Count > 0)
        {
            w.WriteLine($"{indent}    {left,-28} {right,-28} SIMILARITY  WEIGHT");
            foreach (var t in Rows(x.Tokens))
            {
                w.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{indent}    {ListText.Escape(t.QueryToken ?? "-"),-28} {ListText.Escape(t.CandidateToken ?? "-"),-28} {t.Similarity,10:0.00}  {t.Weight,6:0.00}"));
            }
        }

        foreach (var note in x.Notes)
            w.WriteLine($"{indent}  {ListText.Escape(note)}");
    }

    /// <summary>
    /// The table's rows: the comparisons, with neighbours of the same two texts made one row (a phrase of several concepts,
    /// NPO as scientific, production and association, met by the same phrase: one row "npo npo", its weights summed and
    /// its similarity their weighted mean), as the reader wrote one word.
    /// </summary>
    internal static List<TokenComparison> Rows(IReadOnlyList<TokenComparison> tokens)
    {
        var rows = new List<TokenComparison>(tokens.Count);
        foreach (var t in tokens)
        {
            if (rows.Count > 0 && rows[^1] is var last && string.Equals(last.QueryToken, t.QueryToken, StringComparison.Ordinal)
                && string.Equals(last.CandidateToken, t.CandidateToken, StringComparison.Ordinal))
            {
                var weight = last.Weight + t.Weight;
                var similarity = weight > 0 ? ((last.Similarity * last.Weight) + (t.Similarity * t.Weight)) / weight : Math.Min(last.Similarity, t.Similarity);
                rows[^1] = last with { Similarity = similarity, Weight = weight };
            }
            else
            {
                rows.Add(t);
            }
        }

        return rows;
    }

    /// <summary>
    /// Why a score stayed below <paramref name="band"/> (at <paramref name="threshold"/>), from its explanation: the
    /// query's words the list name lacks, the list name's words the query lacks, the weak pairs (heaviest first), and
    /// the matcher's notes. E.g. "0.534, below review (0.750): not on the list name: machine building, plant; only on
    /// the list name: jamaat, dawa, al; weak: kurgan ~ quran 0.92".
    /// </summary>
    public static string Reason(MatchExplanation x, double score, string band, double threshold)
    {
        static string Words(IEnumerable<string> words, int max)
        {
            var list = words.ToList();
            return string.Join(", ", list.Take(max)) + (list.Count > max ? $" and {list.Count - max} more" : "");
        }

        var parts = new List<string>();
        var missing = x.Tokens.Where(t => t.CandidateToken is null && t.QueryToken is not null).OrderByDescending(t => t.Weight).Select(t => t.QueryToken!).Distinct(StringComparer.Ordinal);
        var extra = x.Tokens.Where(t => t.QueryToken is null && t.CandidateToken is not null).OrderByDescending(t => t.Weight).Select(t => t.CandidateToken!).Distinct(StringComparer.Ordinal);
        var weak = Rows(x.Tokens).Where(t => t.QueryToken is not null && t.CandidateToken is not null && t.Similarity < 0.995)
            .OrderByDescending(t => t.Weight)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.QueryToken} ~ {t.CandidateToken} {t.Similarity:0.00}"));
        if (missing.Any())
            parts.Add("not on the list name: " + Words(missing, 4));
        if (extra.Any())
            parts.Add("only on the list name: " + Words(extra, 4));
        if (weak.Any())
            parts.Add("weak: " + Words(weak, 3));
        parts.AddRange(x.Notes);
        if (x.Rule == "none" && parts.Count == 0)
            parts.Add("no word in common");
        return ListText.Escape(string.Create(CultureInfo.InvariantCulture, $"{score:0.000}, below {band} ({threshold:0.000})") +
            (parts.Count == 0 ? "" : ": " + string.Join("; ", parts)));
    }
}
