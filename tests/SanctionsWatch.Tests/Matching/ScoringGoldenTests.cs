using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using SanctionsWatch.Matching;

namespace SanctionsWatch.Tests.Matching;

/// <summary>
/// The score of every pair of <c>name-pairs.tsv</c>, as <c>compare</c> gives it, kept in <c>scoring-golden.tsv</c> with
/// the <see cref="NameMatcher.RulesVersion"/> it was made with. A store re-matches its lists only when the rules version
/// changes, so a change of any score without a new version would leave stored hits scored by the old rules: this test
/// fails then. After a deliberate change: bump the version, then write the file anew with
/// <c>SANCTIONSWATCH_UPDATE_GOLDEN=1 dotnet test --filter ScoringGoldenTests</c> and review its diff.
/// </summary>
public class ScoringGoldenTests
{
    private const string Header = "# rules-version\t";

    [Fact]
    public void Scores_change_only_with_a_new_rules_version()
    {
        var current = Scores();
        var path = GoldenPath();
        if (Environment.GetEnvironmentVariable("SANCTIONSWATCH_UPDATE_GOLDEN") == "1")
        {
            var sb = new StringBuilder(Header + NameMatcher.RulesVersion + "\n");
            foreach (var (key, score) in current)
                sb.Append(key).Append('\t').Append(score).Append('\n');
            File.WriteAllText(path, sb.ToString());
        }

        var lines = File.ReadAllLines(path);
        Assert.StartsWith(Header, lines[0], StringComparison.Ordinal);
        var version = lines[0][Header.Length..];
        var golden = lines.Skip(1).Select(l => l.Split('\t')).ToDictionary(f => string.Join('\t', f[..^1]), f => f[^1], StringComparer.Ordinal);
        var changed = current.Where(c => !golden.TryGetValue(c.Key, out var g) || g != c.Score)
            .Select(c => $"{c.Key}: {(golden.TryGetValue(c.Key, out var g) ? g : "(new)")} -> {c.Score}")
            .ToList();

        Assert.True(
            version == NameMatcher.RulesVersion,
            $"RulesVersion is {NameMatcher.RulesVersion}, scoring-golden.tsv was made with {version}: write it anew " +
            "(SANCTIONSWATCH_UPDATE_GOLDEN=1) and review what changed");
        Assert.True(
            changed.Count == 0,
            $"{changed.Count} scores changed without a new NameMatcher.RulesVersion (stored hits would keep the old rules' scores):\n" +
            string.Join('\n', changed.Take(20)));
        Assert.Equal(current.Count, golden.Count);
    }

    /// <summary>Each pair (kind, first, second) and its score with four decimals, in the file's order.</summary>
    private static List<(string Key, string Score)> Scores()
    {
        var matcher = new NameMatcher();
        var result = new List<(string, string)>();
        foreach (var p in NamePairsTests.ReadPairs())
        {
            var score = matcher.Compare(MatchSubject.FromName(p.First, p.Kind), MatchSubject.FromName(p.Second, p.Kind)).Score;
            result.Add(($"{p.Kind.ToString().ToLowerInvariant()}\t{p.First}\t{p.Second}", score.ToString("0.0000", CultureInfo.InvariantCulture)));
        }

        Assert.True(result.Count >= 250, $"{result.Count} pairs");
        return result;
    }

    private static string GoldenPath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "scoring-golden.tsv");
}
