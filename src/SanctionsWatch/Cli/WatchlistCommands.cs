using System.CommandLine;
using Dapper;
using SanctionsWatch.Model;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Cli;

/// <summary><c>watchlist</c>: the entities with their current hits; <c>watchlist check</c>: validate the file.</summary>
internal static class WatchlistCommands
{
    public static Command Watchlist()
    {
        var command = new Command(
            "watchlist",
            "The watchlist's entities with their hits: listed (on a list now), delisted (every hit's entry removed), " +
            "dismissed (every hit dismissed as a false positive) or never matched; related hits (listed entries tied to " +
            "the entity by links) are counted apart, with the entity's related mode")
        {
            Check(),
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            Output.Write(Console.Out, Rows(ws), parse.GetValue(GlobalOptions.Format));
            return CommandRunner.Ok;
        });
        return command;
    }

    internal static List<EntityRow> Rows(Workspace ws)
    {
        var all = ws.Db.Query<(string WatchlistId, string Source, double Score, string Status, bool Listed, bool Related)>(
                "SELECT watchlist_id, source, score, status, listed, related FROM hits").ToList();
        var hits = all.Where(h => !h.Related).Select(h => (h.WatchlistId, h.Source, h.Score, h.Status, h.Listed))
            .ToLookup(h => h.WatchlistId, StringComparer.Ordinal);
        var related = all.Where(h => h.Related).ToLookup(h => h.WatchlistId, StringComparer.Ordinal);
        var rows = new List<EntityRow>();
        foreach (var entity in ws.Watchlist.Entities)
        {
            rows.Add(WithRelated(
                Row(entity.Id, entity.Name, PartyTypes.Format(entity.Kind), [.. hits[entity.Id]]),
                RelatedModes.Format(ws.Settings.Related.ModeOf(entity)),
                related[entity.Id]));
        }

        // Hits of entities since taken off the watchlist stay in the log: show them too, so nothing hides.
        var watched = ws.Watchlist.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in hits.Select(g => g.Key).Concat(related.Select(g => g.Key)).Where(k => !watched.Contains(k))
                     .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            rows.Add(WithRelated(Row(id, "(no longer on the watchlist)", "", [.. hits[id]]), "", related[id]) with { State = "no longer watched" });
        }

        return rows;
    }

    /// <summary>The related hits apart: those holding now (not dismissed), and those nobody has reviewed.</summary>
    private static EntityRow WithRelated(
        EntityRow row, string mode, IEnumerable<(string WatchlistId, string Source, double Score, string Status, bool Listed, bool Related)> related)
    {
        var list = related.ToList();
        return row with
        {
            Related = mode,
            RelatedHits = list.Count(h => h.Listed && h.Status != "dismissed"),
            NewRelatedHits = list.Count(h => h.Status == "new"),
        };
    }

    private static EntityRow Row(
        string id, string name, string kind, List<(string WatchlistId, string Source, double Score, string Status, bool Listed)> hits)
    {
        // A dismissed hit is a false positive: it makes no entity "listed" (it shows in dismissed_hits only).
        var active = hits.Where(h => h.Status != "dismissed").ToList();
        var listed = active.Where(h => h.Listed).ToList();
        var state = hits.Count == 0 ? "never matched"
            : active.Count == 0 ? "dismissed"
            : listed.Count > 0 ? "listed"
            : "delisted";
        return new EntityRow(
            id,
            name,
            kind,
            state,
            listed.Count,
            listed.Count(h => h.Status == "new"),
            hits.Count - active.Count,
            string.Join(" ", listed.Select(h => h.Source).Distinct().Order(StringComparer.Ordinal)),
            active.Count == 0 ? null : Math.Round(active.Max(h => h.Score), 4));
    }

    private static Command Check()
    {
        var command = new Command(
            "check",
            "Validate the watchlist file: every problem with its file and line (exit 1 when the file cannot be used), " +
            "then warnings (wrong INN/OGRN/IMO check digits, a name given to two entities)");
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var path = ws.Settings.WatchlistPath;
            var problems = new List<CheckRow>();
            Watchlist? watchlist = null;
            try
            {
                watchlist = WatchlistLoader.Load(path);
                problems.AddRange(WatchlistLint.Check(watchlist, File.ReadAllText(path)).Select(w => CheckRow.Of(w, "warning")));
            }
            catch (WatchlistException e)
            {
                problems.AddRange(e.Problems.Select(p => CheckRow.Of(p, "error")));
            }

            var errors = problems.Count(p => p.Severity == "error");
            switch (parse.GetValue(GlobalOptions.Format))
            {
                case OutputFormat.Json:
                    Output.WriteJson(Console.Out, new CheckReport(path, errors == 0, watchlist?.Entities.Count, problems));
                    break;
                case OutputFormat.Csv:
                    Output.Write(Console.Out, problems, OutputFormat.Csv);
                    break;
                default:
                    foreach (var p in problems)
                        (p.Severity == "error" ? Console.Error : Console.Out).WriteLine($"{p}");
                    var warnings = problems.Count - errors;
                    if (watchlist is not null)
                    {
                        Console.WriteLine(
                            $"{Output.Escape(path)}: valid, {watchlist.Entities.Count} entities, " +
                            $"{watchlist.Entities.Sum(e => e.Aliases.Count)} aliases, " +
                            $"{watchlist.Entities.Sum(e => e.Identifiers.Count)} identifiers, {warnings} warnings");
                    }
                    else
                    {
                        Console.Error.WriteLine($"{Output.Escape(path)}: invalid, {errors} errors");
                    }

                    break;
            }

            return errors == 0 ? CommandRunner.Ok : CommandRunner.Failure;
        });
        return command;
    }

    /// <summary>One problem of <c>watchlist check</c>.</summary>
    internal sealed record CheckRow(string File, int Line, string Severity, string Reason)
    {
        public static CheckRow Of(WatchlistProblem p, string severity) => new(p.File, p.Line, severity, p.Reason);

        public override string ToString() =>
            Output.Escape(Line > 0 ? $"{File}:{Line}: {Severity}: {Reason}" : $"{File}: {Severity}: {Reason}");
    }

    internal sealed record CheckReport(string File, bool Valid, int? Entities, IReadOnlyList<CheckRow> Problems);
}

/// <summary>
/// One watchlist entity in <c>watchlist</c> (the JSON names are a contract). <c>related</c> is the entity's related mode
/// (alert, review, off); <c>related_hits</c> counts its related hits holding now (entry listed and tied to it, not
/// dismissed), <c>new_related_hits</c> those nobody has reviewed; neither counts in the other columns.
/// </summary>
internal sealed record EntityRow(
    string Id, string Name, string Kind, string State, int ListedHits, int NewHits, int DismissedHits, string Sources, double? BestScore)
{
    public string Related { get; init; } = "";

    public int RelatedHits { get; init; }

    public int NewRelatedHits { get; init; }
}
