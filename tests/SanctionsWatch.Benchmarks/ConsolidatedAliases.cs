using System.Text;

namespace SanctionsWatch.Benchmarks;

/// <summary>
/// A second alias set the rules were never written on: OFAC's non-SDN Consolidated list (cons_prim.csv, cons_alt.csv of
/// 2025-12; sectoral sanctions on Russian firms, Chinese military companies, Palestinian legislators). The entries not
/// on the SDN list of 2024-05-03 are added to it, and each of their aliases is searched among the primary names of both,
/// as the <c>matching</c> benchmark searches the SDN aliases (same halves: even uids to look at, odd uids held out).
/// Usage: <c>consolidated SDN_CSV CONS_DIR [matching options]</c>.
/// </summary>
internal static class ConsolidatedAliases
{
    public static int Run(string[] args)
    {
        var sdn = File.ReadAllLines(args[0], Encoding.UTF8).Select(l => l.TrimEnd('\u001a')).Where(l => l.Length > 0).ToList();
        var onSdn = sdn.Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        var primaries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var list = new List<string>(sdn);
        foreach (var line in File.ReadLines(Path.Combine(args[1], "cons_prim.csv"), Encoding.UTF8))
        {
            var f = MatchingEval.SplitCsv(line.TrimEnd('\u001a'));
            if (f.Count < 3 || f[1].Length == 0 || onSdn.Contains(f[0].Trim()))
                continue;
            primaries[f[0].Trim()] = f;
            list.Add(line.TrimEnd('\u001a'));
        }

        var aliases = new List<string> { "# query\texpected entry\talias type\tprimary name\tparty type" };
        foreach (var line in File.ReadLines(Path.Combine(args[1], "cons_alt.csv"), Encoding.UTF8))
        {
            var f = MatchingEval.SplitCsv(line.TrimEnd('\u001a'));
            if (f.Count < 4 || !primaries.TryGetValue(f[0].Trim(), out var p))
                continue;
            aliases.Add($"{f[3]}\t{f[0].Trim()}\t{f[2]}\t{p[1]}\t{(p[2].Trim() == "individual" ? "individual" : "entity")}");
        }

        var work = Directory.CreateTempSubdirectory("sanctionswatch-consolidated-");
        try
        {
            string listPath = Path.Combine(work.FullName, "list.csv"), aliasPath = Path.Combine(work.FullName, "aliases.tsv");
            File.WriteAllLines(listPath, list, new UTF8Encoding(false));
            File.WriteAllLines(aliasPath, aliases, new UTF8Encoding(false));
            Console.WriteLine($"{primaries.Count} Consolidated entries not on the SDN list, {aliases.Count - 1} aliases of theirs, searched among {list.Count} primary names");
            return MatchingEval.Run([listPath, aliasPath, .. args[2..]]);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
