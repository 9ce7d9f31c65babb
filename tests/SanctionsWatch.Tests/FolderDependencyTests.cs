using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace SanctionsWatch.Tests;

/// <summary>
/// The folders of <c>src/</c> (a file's folder is its namespace's second part: Cli, Hosting, Sources, Sync, Storage,
/// Matching, Model, Alerts, Watchlists, App) and which use which, read from the code's namespace references. A cycle
/// between folders makes a change in one ripple through the other and back: there is none (docs/architecture.md has the
/// table of which folder may use which).
/// </summary>
public partial class FolderDependencyTests
{
    /// <summary>Read once for every test: each source file of src/ (path relative to src/, with '/'), and its text.</summary>
    private static readonly Lazy<Dictionary<string, string>> SourceTexts = new(() => ReadSources());

    private static readonly Lazy<Dictionary<string, HashSet<string>>> FolderUses = new(Uses);

    [Fact]
    public void No_cycle_between_folders()
    {
        var uses = FolderUses.Value;
        Assert.Contains("Matching", uses.Keys);
        Assert.Contains("Sync", uses.Keys);
        var folders = uses.Keys.Union(uses.Values.SelectMany(v => v)).Order(StringComparer.Ordinal).ToList();

        // reachability by Floyd-Warshall over a dozen folders
        var reach = folders.ToDictionary(f => f, f => new HashSet<string>(uses.GetValueOrDefault(f) ?? [], StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var k in folders)
        {
            foreach (var i in folders)
            {
                if (reach[i].Contains(k))
                    reach[i].UnionWith(reach[k]);
            }
        }

        var cycles = new HashSet<(string, string)>();
        foreach (var a in folders)
        {
            foreach (var b in folders)
            {
                if (string.CompareOrdinal(a, b) < 0 && reach[a].Contains(b) && reach[b].Contains(a))
                    cycles.Add((a, b));
            }
        }

        Assert.True(cycles.Count == 0, "cycles between folders: " + string.Join(", ", cycles.Select(c => $"{c.Item1} <-> {c.Item2}")) + Describe(uses));
    }

    [Fact]
    public void Model_and_matching_depend_on_no_other_folder_of_the_product()
    {
        var uses = FolderUses.Value;
        Assert.Empty(uses.GetValueOrDefault("Model") ?? []);
        Assert.Equal(["Model"], uses["Matching"].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Storage_uses_nothing_above_it_and_the_worker_nothing_of_the_cli()
    {
        // The store is what the PostgreSQL provider (issue 14) will be a second one of: it knows the model (and the
        // matcher's explanation it keeps with a hit), not the pipeline that writes it.
        var uses = FolderUses.Value;
        Assert.Subset(new HashSet<string>(["Model", "Matching"], StringComparer.Ordinal), uses["Storage"]);
        Assert.DoesNotContain("Cli", uses["Hosting"]);
        Assert.DoesNotContain("Cli", uses["App"]);
        Assert.DoesNotContain("Hosting", uses["App"]);
    }

    [Fact]
    public void Sql_is_written_only_in_storage()
    {
        // Every SQL statement lives under Storage (issue 13), the one layer a PostgreSQL provider replaces.
        var withSql = SourceTexts.Value.Where(f => Sql().IsMatch(f.Value)).Select(f => f.Key).ToList();
        Assert.Contains(withSql, f => f.StartsWith("SanctionsWatch.Core/Storage/", StringComparison.Ordinal));
        Assert.DoesNotContain(withSql, f => !f.StartsWith("SanctionsWatch.Core/Storage/", StringComparison.Ordinal));
    }

    private static string Describe(Dictionary<string, HashSet<string>> uses) =>
        "\n" + string.Join("\n", uses.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key} -> {string.Join(", ", u.Value.Order(StringComparer.Ordinal))}"));

    private static Dictionary<string, string> ReadSources([CallerFilePath] string self = "")
    {
        var src = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(self)!, "..", "..", "src"));
        Assert.True(Directory.Exists(src), src);
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(src, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText, StringComparer.Ordinal);
    }

    /// <summary>Each folder and the folders its files name (using directives, qualified names, cref).</summary>
    private static Dictionary<string, HashSet<string>> Uses()
    {
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var text in SourceTexts.Value.Values)
        {
            if (Namespace().Match(text) is not { Success: true } ns)
                continue;
            var folder = ns.Groups["folder"].Success ? ns.Groups["folder"].Value : "(root)";
            var set = uses.TryGetValue(folder, out var s) ? s : uses[folder] = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match m in Reference().Matches(text))
            {
                if (m.Groups["folder"].Value != folder)
                    set.Add(m.Groups["folder"].Value);
            }
        }

        return uses;
    }

    [GeneratedRegex(@"^namespace\s+SanctionsWatch(?:\.(?<folder>\w+))?", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\b(SELECT\s+(DISTINCT\s+)?[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO\s|DELETE\s+FROM\s|UPDATE\s+\w+\s+SET\s)")]
    private static partial Regex Sql();

    [GeneratedRegex(@"\bSanctionsWatch\.(?<folder>\w+)")]
    private static partial Regex Reference();
}
