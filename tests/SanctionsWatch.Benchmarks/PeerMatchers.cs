using System.Text;
using FuzzySharp;
using FuzzySharp.PreProcess;
using SanctionsWatch.Matching;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// A peer name-matching method of the kind other screeners use: scores every candidate name exhaustively (no index),
/// the best wins. Candidates are preprocessed once (<see cref="Prepare"/>), outside the timed search.
/// </summary>
internal abstract class PeerMatcher
{
    /// <summary>The method's name, as printed.</summary>
    public abstract string Name { get; }

    /// <summary>The conventional alert threshold of the method, on our [0, 1] scale.</summary>
    public abstract double AlertThreshold { get; }

    /// <summary>How the threshold is written in the method's own terms.</summary>
    public abstract string ThresholdText { get; }

    public abstract object Prepare(string name);

    public abstract double Score(object query, object candidate);

    /// <summary>The index of the best candidate and its score (first wins ties), or (-1, 0).</summary>
    public (int Index, double Score) Best(string query, IReadOnlyList<object> candidates)
    {
        var q = Prepare(query);
        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var s = Score(q, candidates[i]);
            if (s > bestScore)
            {
                bestScore = s;
                best = i;
            }
        }

        return (best, bestScore);
    }

    /// <summary>Lower case, letters and digits kept, everything else a space (the usual preprocessing).</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        return sb.ToString();
    }
}

/// <summary>
/// Token-wise Jaro-Winkler: each query token's best Jaro-Winkler against the candidate's tokens, averaged over the
/// query tokens. Conventional alert threshold 0.90.
/// </summary>
internal sealed class TokenJaroWinklerPeer : PeerMatcher
{
    public override string Name => "token Jaro-Winkler (mean of each query token's best JW)";

    public override double AlertThreshold => 0.90;

    public override string ThresholdText => "0.90";

    public override object Prepare(string name) => Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public override double Score(object query, object candidate)
    {
        var q = (string[])query;
        var c = (string[])candidate;
        if (q.Length == 0 || c.Length == 0)
            return 0.0;
        var sum = 0.0;
        foreach (var qt in q)
        {
            var best = 0.0;
            foreach (var ct in c)
            {
                var s = JaroWinkler.Similarity(qt, ct);
                if (s > best)
                    best = s;
            }

            sum += best;
        }

        return sum / q.Length;
    }
}

/// <summary>FuzzySharp 2.0.2 <c>Fuzz.TokenSetRatio</c> (0–100, scaled to [0, 1]); conventional alert threshold 90.</summary>
internal sealed class FuzzySharpTokenSetPeer : PeerMatcher
{
    public override string Name => "FuzzySharp 2.0.2 Fuzz.TokenSetRatio";

    public override double AlertThreshold => 0.90;

    public override string ThresholdText => "90";

    // FuzzySharp's own full preprocessing (lower case, non-alphanumerics removed), done once per name
    public override object Prepare(string name) => Clean(name).Trim();

    public override double Score(object query, object candidate) =>
        Fuzz.TokenSetRatio((string)query, (string)candidate, PreprocessMode.None) / 100.0;
}
