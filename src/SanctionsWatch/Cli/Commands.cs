using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace SanctionsWatch.Cli;

/// <summary>The command tree of <c>sanctionswatch</c>; each command's <c>--help</c> ends with examples.</summary>
internal static class Commands
{
    /// <summary>Examples per command path (the words after <c>sanctionswatch</c>), printed at the end of its help.</summary>
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        [""] = ["status", "hits --status new", "hits show 12", "screen \"Рособоронэкспорт\" --explain"],
        ["run"] = ["run", "run --once", "run --config /etc/sanctionswatch/appsettings.json"],
        ["sync"] = ["sync", "sync --source un-sc", "sync --source ofac-sdn --file ~/Downloads/sdn.csv --as-of 2024-05-03T18:43Z", "sync --source ofac-cons --file CONSOLIDATED.XML --allow-older", "sync --watchlist my-watchlist.yaml --watchlist-changed-ok"],
        ["replay"] = ["replay --source ofac-sdn /tmp/sdn/", "replay --source ofac-sdn sdn_2022-02-24T1012.csv sdn_2022-03-03T1501.csv"],
        ["sources"] = ["sources", "sources --format json"],
        ["status"] = ["status", "status --format json"],
        ["hits"] = ["hits --status new", "hits --entity ru-rosoboronexport --since 2022-01-01", "hits --min-score 0.95 --format csv", "hits --related --entity ru-rostec", "hits show 12", "hits dismiss 12 --note \"different company, other INN\""],
        ["related"] = ["related ru-rostec", "related ru-rostec --source ofac-sdn --depth 1", "related ru-uac --format json"],
        ["alerts"] = ["alerts --kind listed --since 2022-03-01", "alerts --entity ru-rostec --format json", "alerts --kind related-listed"],
        ["alerts retry"] = ["alerts retry 42", "alerts retry 42 --channel webhook"],
        ["changes"] = ["changes --source ofac-sdn --kind added --since 2022-06-28 --limit 20", "changes --watched --material --since 7d", "changes --entry ofac-sdn:35345", "changes --entity ru-rostec", "changes show 1234"],
        ["digest"] = ["digest --since 7d", "digest --since yesterday --format json", "digest --since 2022-06-01 --until 2022-07-01", "digest --since 24h --recorded"],
        ["changes show"] = ["changes show 1234", "changes show 1234 --format json"],
        ["snapshots"] = ["snapshots --status refused", "snapshots --source ofac-sdn --limit 5"],
        ["screen"] = ["screen \"Курганмашзавод\" --explain", "screen \"Rosoboronexport\" --source ofac-sdn --threshold 0.8 --format json", "screen \"Aviastar-TU\" --near"],
        ["compare"] = ["compare \"Ilyushin\" \"ILYUSHIN FINANCE COMPANY\" --source ofac-sdn", "compare \"Kurgan Machine-Building Plant\" \"KURGANMASHZAVOD\"", "compare \"Sergei Chemezov\" \"CHEMEZOV, Sergey Viktorovich\" --kind person --format json"],
        ["watchlist"] = ["watchlist", "watchlist --format json", "watchlist check", "watchlist apply"],
        ["watchlist check"] = ["watchlist check", "watchlist check --watchlist my-watchlist.yaml"],
        ["serve"] = ["serve", "serve --urls http://127.0.0.1:8080", "serve hash-password"],
        ["serve hash-password"] = ["serve hash-password"],
        ["db"] = ["db copy --db data/sanctionswatch.db --to \"Host=db.internal;Database=sanctionswatch;Username=sw;Passfile=/etc/sanctionswatch/pgpass\""],
        ["db copy"] =
        [
            "db copy --db data/sanctionswatch.db --to \"Host=db.internal;Database=sanctionswatch;Username=sw;Passfile=/etc/sanctionswatch/pgpass\"",
            "db copy --to \"Host=127.0.0.1;Port=5433;Database=sw;Username=sw\" --format json",
        ],
        ["watchlist explain"] = ["watchlist explain ru-aviastar-sp", "watchlist explain ru-il --near 5 --source ofac-sdn --format json"],
        ["watchlist apply"] = ["watchlist apply", "watchlist apply --watchlist my-watchlist.yaml --format json"],
        ["export"] = ["export hits --output hits.csv", "export alerts --since 2024-01-01 --format json --output alerts.json", "export changes --source ofac-sdn"],
        ["export hits"] = ["export hits --output hits.csv", "export hits --entity ru-rostec --format json"],
        ["export changes"] = ["export changes --source ofac-sdn --since 2024-01-01 --output changes.csv", "export changes --kind removed --format json"],
        ["export alerts"] = ["export alerts --since 2024-01-01 --format json --output alerts.json", "export alerts --kind listed"],
        ["export reviews"] = ["export reviews --output reviews.csv", "export reviews --kind dismiss --since 2024-01-01 --format json"],
        ["hits show"] = ["hits show 12", "hits show 12 --format json"],
        ["hits confirm"] = ["hits confirm 12 --note \"same INN 4501008142 as the watchlist\"", "hits confirm 12 --note \"same INN\" --by alice --format json", "hits confirm 2 3 5 --note \"Rostec subsidiaries, INN checked\""],
        ["hits dismiss"] = ["hits dismiss 12 --note \"different company: other INN and country\"", "hits dismiss 12 --note \"namesake\" --by alice", "hits dismiss 7 8 9 --note \"namesakes: other country\""],
        ["hits reopen"] = ["hits reopen 12 --note \"new information from the client\"", "hits reopen 12 --note \"wrongly dismissed\" --by bob"],
    };

    public static RootCommand Root()
    {
        var root = new RootCommand(
            "SanctionsWatch: watches public sanctions lists for the firms, agencies and people of a watchlist.\n" +
            "Exit codes: 0 ok, 1 failure (e.g. a refused list file, a failed sync), 2 bad usage or configuration.");
        GlobalOptions.AddTo(root);
        root.Subcommands.Add(StatusCommands.Status());
        root.Subcommands.Add(SyncCommands.Run());
        root.Subcommands.Add(SyncCommands.Sync());
        root.Subcommands.Add(SyncCommands.Replay());
        root.Subcommands.Add(SourceCommands.Sources());
        root.Subcommands.Add(HitCommands.Hits());
        root.Subcommands.Add(RelatedCommands.Related());
        root.Subcommands.Add(QueryCommands.Alerts());
        root.Subcommands.Add(QueryCommands.Changes());
        root.Subcommands.Add(DigestCommands.Digest());
        root.Subcommands.Add(QueryCommands.Snapshots());
        root.Subcommands.Add(QueryCommands.Screen());
        root.Subcommands.Add(MatchCommands.Compare());
        root.Subcommands.Add(WatchlistCommands.Watchlist());
        root.Subcommands.Add(ExportCommands.Export());
        root.Subcommands.Add(DbCommands.Db());
        root.Subcommands.Add(WebCommands.Serve());
        AddExamples(root);
        return root;
    }

    /// <summary>Every command, depth first, with its path (e.g. <c>hits show</c>).</summary>
    public static IEnumerable<(string Path, Command Command)> All(Command command, string path = "")
    {
        yield return (path, command);
        foreach (var sub in command.Subcommands)
        {
            foreach (var item in All(sub, path.Length == 0 ? sub.Name : path + " " + sub.Name))
                yield return item;
        }
    }

    /// <summary>The words of a parsed command after <c>sanctionswatch</c>, e.g. <c>hits show</c>.</summary>
    public static string PathOf(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult { Command: not RootCommand } command)
                names.Insert(0, command.Command.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>A command's examples (full lines starting with <c>sanctionswatch</c>), empty when it has none.</summary>
    public static IReadOnlyList<string> ExamplesOf(string path) =>
        Examples.TryGetValue(path, out var lines) ? [.. lines.Select(l => "sanctionswatch " + l)] : [];

    /// <summary>Help as System.CommandLine writes it, followed by the command's examples.</summary>
    private static void AddExamples(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        option.Action = new HelpWithExamples((HelpAction)option.Action!);
    }

    internal sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var result = standard.Invoke(parseResult);
            var examples = ExamplesOf(PathOf(parseResult.CommandResult));
            if (examples.Count > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var line in examples)
                    output.WriteLine("  " + line);
                output.WriteLine();
            }

            return result;
        }
    }
}
