using System.CommandLine;
using System.Globalization;
using SanctionsWatch.App;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;
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
            "dismissed (every hit dismissed as a false positive), never matched (screened against every stored list, no hit) " +
            "or not yet screened (added or changed since the stored lists were last screened: see 'watchlist apply'); related " +
            "hits (listed entries tied to the entity by links) are counted apart, with the entity's related mode")
        {
            Check(),
            Apply(),
            Explain(),
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            WatchlistGuard.WarnIfChanged(ws, Invocation.Error);
            Output.Write(Invocation.Out, Rows(ws), parse.GetValue(GlobalOptions.Format));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static List<EntityRow> Rows(Workspace ws)
    {
        var all = Queries.HitSummaries(ws.Db);
        var hits = all.Where(h => !h.Related).Select(h => (h.WatchlistId, h.Source, h.Score, h.Status, h.Listed))
            .ToLookup(h => h.WatchlistId, StringComparer.Ordinal);
        var notScreened = WatchlistState.NotScreened(ws.Db, ws.Watchlist);
        var related = all.Where(h => h.Related).ToLookup(h => h.WatchlistId, StringComparer.Ordinal);
        var rows = new List<EntityRow>();
        foreach (var entity in ws.Watchlist.Entities)
        {
            var row = Row(entity.Id, entity.Name, PartyTypes.Format(entity.Kind), [.. hits[entity.Id]]);
            rows.Add(WithRelated(
                row.State == "never matched" && notScreened[entity.Id].Count > 0 ? row with { State = "not yet screened" } : row,
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
            RelatedHits = list.Count(h => h.Listed && h.Status != HitStatus.Dismissed.ToText()),
            NewRelatedHits = list.Count(h => h.Status == HitStatus.New.ToText()),
        };
    }

    private static EntityRow Row(
        string id, string name, string kind, List<(string WatchlistId, string Source, double Score, string Status, bool Listed)> hits)
    {
        // A dismissed hit is a false positive: it makes no entity "listed" (it shows in dismissed_hits only).
        var active = hits.Where(h => h.Status != HitStatus.Dismissed.ToText()).ToList();
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
            listed.Count(h => h.Status == HitStatus.New.ToText()),
            hits.Count - active.Count,
            string.Join(" ", listed.Select(h => h.Source).Distinct().Order(StringComparer.Ordinal)),
            active.Count == 0 ? null : Math.Round(active.Max(h => h.Score), 4));
    }

    private static Command Explain()
    {
        var id = new Argument<string>("id") { Description = "The watchlist entity id (see 'watchlist')" };
        var near = QueryCommands.Positive(new Option<int>("--near")
        {
            Description = "How many of the nearest entries below the review band to show per list",
            DefaultValueFactory = _ => 3,
        });
        var command = new Command(
            "explain",
            "Why an entity was found, or not: per stored list, its hits, the entries in the review band (shown by screen, no " +
            "alert), and the nearest entries below it, each with its score and the reason it stayed below. Words are weighed " +
            "by each list, as the sync that screens the watchlist weighs them")
        {
            id, QueryCommands.Source, near,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            WatchlistGuard.WarnIfChanged(ws, Invocation.Error);
            var entityId = parse.GetValue(id)!;
            var entity = ws.Watchlist.Entities.FirstOrDefault(e => e.Id == entityId)
                ?? throw new UsageException(
                    $"no entity '{entityId}' in the watchlist {ListText.Escape(ws.Watchlist.Path)}" +
                    Filters.DidYouMean(entityId, ws.Watchlist.Entities.Select(e => e.Id)));
            var thresholds = ws.Settings.Thresholds;
            var count = parse.GetValue(near);
            var lists = ListIndexes.Build(ws, Filters.Source(ws, parse.GetValue(QueryCommands.Source)));
            var hits = Queries.HitsOfEntity<ExplainedHit>(ws.Db, entityId)
                .ToLookup(h => h.Source, StringComparer.Ordinal);
            var query = MatchSubject.FromEntity(entity);
            var notScreened = WatchlistState.NotScreened(ws.Db, ws.Watchlist)[entity.Id];
            var sources = new List<ExplainedSource>();
            foreach (var source in lists.Sources)
            {
                var hitKeys = hits[source].Select(h => MatchSubject.KeyOf(source, h.EntryId)).ToHashSet(StringComparer.Ordinal);
                var candidates = lists.Nearest(query, source, thresholds.Alert, int.MaxValue, hitKeys);
                var review = candidates.Where(f => f.Result.Score >= thresholds.Review).Take(count);
                var below = candidates.Where(f => f.Result.Score < thresholds.Review).Take(count);
                sources.Add(new ExplainedSource(
                    source,
                    lists.EntriesOf(source),
                    !notScreened.Contains(source),
                    [.. hits[source]],
                    [.. review.Concat(below).Select(f =>
                    {
                        var band = thresholds.BandOf(f.Result.Score).ToString().ToLowerInvariant();
                        var (above, at) = band == "review" ? ("alert", thresholds.Alert) : ("review", thresholds.Review);
                        return new NearEntry(
                            f.Entry.EntryId, f.Entry.PrimaryName, Math.Round(f.Result.Score, 4), band,
                            ExplanationView.Reason(f.Result.Explanation, f.Result.Score, above, at), f.Result.Explanation);
                    })]));
            }

            var report = new ExplainReport(entity.Id, entity.Name, PartyTypes.Format(entity.Kind), notScreened, sources);
            if (parse.GetValue(GlobalOptions.Format) == OutputFormat.Json)
                Output.WriteJson(Invocation.Out, report);
            else
                WriteExplain(Invocation.Out, report, entity, thresholds);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteExplain(TextWriter w, ExplainReport r, WatchlistEntity entity, Matching.MatchThresholds thresholds)
    {
        w.WriteLine(ListText.Escape($"{r.Id}: {r.Name} ({r.Kind}), {entity.AllNames.Count()} names" +
            string.Concat(entity.Identifiers.Select(i => $", {i.Key} {i.Value}"))));
        w.WriteLine(r.SourcesNotScreened.Count == 0
            ? "screened against every stored list as it is now"
            : $"not yet screened as it is now against {string.Join(", ", r.SourcesNotScreened)}: 'watchlist apply' screens it");
        if (r.Sources.Count == 0)
            w.WriteLine("(no list stored: sync or replay one)");
        foreach (var s in r.Sources)
        {
            w.WriteLine();
            w.WriteLine($"{s.Source} ({s.Entries:N0} entries)");
            w.WriteLine("  hits");
            foreach (var h in s.Hits)
            {
                var band = thresholds.BandOf(h.Score).ToString().ToLowerInvariant();
                w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    hit {h.Id}  {ListText.Escape(h.EntryId)} {ListText.Escape(h.EntryName)}: {Output.Paint($"{h.Score:0.000} ({band})", band)}, {h.Status}{(h.Listed ? "" : ", delisted")}"));
            }

            if (s.Hits.Count == 0)
                w.WriteLine("    (none)");
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  nearest without a hit (review band {thresholds.Review:0.00}–{thresholds.Alert:0.00}, then below it)"));
            foreach (var n in s.Near)
            {
                w.WriteLine($"    {ListText.Escape(n.EntryId)} {ListText.Escape(n.Name)}: {Output.Paint(n.Reason, n.Band)}");
                w.WriteLine("      " + ExplanationView.RuleLine(n.Explanation));
                ExplanationView.WriteTokens(w, n.Explanation, "WATCHLIST", "LIST", "    ");
            }

            if (s.Near.Count == 0)
                w.WriteLine(s.Hits.Count > 0 ? "    (none: no other entry shares a word or an identifier with the entity)" : "    (none: no entry shares a word or an identifier with the entity)");
        }
    }

    /// <summary>The JSON of <c>watchlist explain</c> (field names are the contract).</summary>
    internal sealed record ExplainReport(string Id, string Name, string Kind, IReadOnlyList<string> SourcesNotScreened, IReadOnlyList<ExplainedSource> Sources);

    internal sealed record ExplainedSource(string Source, int Entries, bool Screened, IReadOnlyList<ExplainedHit> Hits, IReadOnlyList<NearEntry> Near);

    internal sealed record NearEntry(string EntryId, string Name, double Score, string Band, string Reason, MatchExplanation Explanation);

    internal sealed class ExplainedHit
    {
        public long Id { get; init; }

        [System.Text.Json.Serialization.JsonIgnore]
        public string Source { get; init; } = "";

        public string EntryId { get; init; } = "";

        public string EntryName { get; init; } = "";

        public double Score { get; init; }

        public string Status { get; init; } = "";

        public bool Listed { get; init; }
    }

    private static Command Apply()
    {
        var command = new Command(
            "apply",
            "Screen the stored lists against the watchlist as it is now (after an edit, or to make another file the store's), " +
            "without a new sync: each source's entries as of its last snapshot; what new or changed entities find is recorded " +
            "as hits with first-seen alerts, delivered by the worker. The store records the watchlist as its own");
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var before = WatchlistGuard.StandingOf(ws);
            var format = parse.GetValue(GlobalOptions.Format);
            var report = format == OutputFormat.Table ? Invocation.Out : null;
            if (report is not null)
            {
                report.WriteLine(before.Stored is null
                    ? $"watchlist {ListText.Escape(ws.Watchlist.Path)}: {ws.Watchlist.Entities.Count} entities, the store's first"
                    : before.Changed
                        ? $"watchlist {ListText.Escape(ws.Watchlist.Path)}: {WatchlistGuard.Describe(before)}"
                        : $"watchlist {ListText.Escape(ws.Watchlist.Path)}: the store's ({ws.Watchlist.Entities.Count} entities)");
            }

            var outcomes = WatchlistGuard.Apply(ws, report);
            if (format != OutputFormat.Table)
            {
                var d = before.Difference;
                Output.WriteJson(Invocation.Out, new ApplyReport(
                    Path.GetFullPath(ws.Watchlist.Path),
                    ws.Watchlist.Entities.Count,
                    WatchlistFingerprint.Of(ws.Watchlist),
                    before.Stored?.Path,
                    d?.Added ?? [.. ws.Watchlist.Entities.Select(e => e.Id)],
                    d?.Removed ?? [],
                    d?.Changed ?? [],
                    [.. outcomes.Select(o => new ApplySource(
                        o.Source, o.SnapshotId, o.SnapshotAt is { } t ? Iso.Format(t) : null, o.Entries, o.Screened,
                        [.. o.Alerts.Select(a => new ApplyAlert(a.Kind.ToText(), a.WatchlistId, a.EntryId, a.EntryName, Math.Round(a.Score, 4)))]))]));
            }
            else if (outcomes.Count == 0)
            {
                Invocation.Out.WriteLine("no list stored yet: the watchlist is recorded as the store's; sync or replay a list to screen it");
            }
            else
            {
                Invocation.Out.WriteLine($"{outcomes.Sum(o => o.Alerts.Count)} alerts; the worker delivers them ('alerts' lists them)");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The JSON of <c>watchlist apply</c> (field names are the contract).</summary>
    internal sealed record ApplyReport(
        string Watchlist, int Entities, string Fingerprint, string? PreviousWatchlist, IReadOnlyList<string> Added,
        IReadOnlyList<string> Removed, IReadOnlyList<string> Changed, IReadOnlyList<ApplySource> Sources);

    internal sealed record ApplySource(string Source, long? SnapshotId, string? SnapshotAt, int Entries, bool Screened, IReadOnlyList<ApplyAlert> Alerts);

    internal sealed record ApplyAlert(string Kind, string WatchlistId, string EntryId, string EntryName, double Score);

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
                    Output.WriteJson(Invocation.Out, new CheckReport(path, errors == 0, watchlist?.Entities.Count, problems));
                    break;
                case OutputFormat.Csv:
                    Output.Write(Invocation.Out, problems, OutputFormat.Csv);
                    break;
                default:
                    foreach (var p in problems)
                        (p.Severity == "error" ? Invocation.Error : Invocation.Out).WriteLine($"{p}");
                    var warnings = problems.Count - errors;
                    if (watchlist is not null)
                    {
                        Invocation.Out.WriteLine(
                            $"{ListText.Escape(path)}: valid, {watchlist.Entities.Count} entities, " +
                            $"{watchlist.Entities.Sum(e => e.Aliases.Count)} aliases, " +
                            $"{watchlist.Entities.Sum(e => e.Identifiers.Count)} identifiers, {warnings} warnings");
                    }
                    else
                    {
                        Invocation.Error.WriteLine($"{ListText.Escape(path)}: invalid, {errors} errors");
                    }

                    break;
            }

            return errors == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>One problem of <c>watchlist check</c>.</summary>
    internal sealed record CheckRow(string File, int Line, string Severity, string Reason)
    {
        public static CheckRow Of(WatchlistProblem p, string severity) => new(p.File, p.Line, severity, p.Reason);

        public override string ToString() =>
            ListText.Escape(Line > 0 ? $"{File}:{Line}: {Severity}: {Reason}" : $"{File}: {Severity}: {Reason}");
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
