using System.CommandLine;
using System.Globalization;
using SanctionsWatch.App;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Cli;

/// <summary><c>hits</c>: list the hits, show one in full, and review them (confirm, dismiss, reopen).</summary>
internal static class HitCommands
{
    public static Command Hits()
    {
        var entity = new Option<string?>("--entity") { Description = "Only this watchlist entity id" };
        var status = new Option<string?>("--status") { Description = "Only hits in this review status: new, confirmed, dismissed" };
        status.AcceptOnlyFromAmong([.. Enum.GetValues<HitStatus>().Select(s => s.ToText())]);
        var minScore = new Option<double?>("--min-score") { Description = "Only hits scoring at least this (0 to 1)" };
        var related = new Option<bool>("--related")
        {
            Description = "Related hits instead: listed entries tied by links to an entity (its subsidiaries, parents, owners, " +
                "directors, fronts), with the path from the entry to the entity",
        };
        var command = new Command(
            "hits",
            "Watchlist entities found on the lists, newest first (by the snapshot they were first seen in).\n" +
            "--since and --until apply to that first snapshot. --related lists the related hits apart.")
        {
            QueryCommands.Source, entity, status, minScore, related, QueryCommands.Since, QueryCommands.Until, QueryCommands.Limit,
            Show(),
            Review(ReviewAction.Confirm, "Confirm a hit: the list entry is the watchlist entity (from new or dismissed)"),
            Review(ReviewAction.Dismiss, "Dismiss a hit: a false positive; it stays quiet until its list entry changes materially (from new or confirmed)"),
            Review(ReviewAction.Reopen, "Reopen a confirmed or dismissed hit for review (back to new)"),
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var min = parse.GetValue(minScore);
            if (min is < 0 or > 1 || (min is { } m && double.IsNaN(m)))
                throw new UsageException($"--min-score: {min?.ToString(CultureInfo.InvariantCulture)} is not between 0 and 1");
            var filter = QueryCommands.Filter(ws, parse) with { WatchlistId = Filters.Entity(ws, parse.GetValue(entity)), Kind = parse.GetValue(status), MinScore = min };
            if (parse.GetValue(related))
            {
                var rows = Queries.RelatedHits(ws.Db, filter);
                Output.Write(Invocation.Out, rows, parse.GetValue(GlobalOptions.Format));
                if (parse.GetValue(GlobalOptions.Format) == OutputFormat.Table)
                    RelatedCommands.WritePaths(Invocation.Out, rows.Select(r => ($"hit {r.Id}", r.Path)));
                QueryCommands.SayIfCut(parse, rows.Count, filter.Limit, () => Queries.RelatedHits(ws.Db, filter with { Limit = int.MaxValue }).Count);
            }
            else
            {
                QueryCommands.WriteListing(ws, parse, "hits", filter, f => Queries.Hits(ws.Db, f));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<long>("id") { Description = "The hit id (see 'hits')" };
        var command = new Command(
            "show",
            "One hit in full: the hit, the list entry (its current version, or its last if delisted), the watchlist entity, " +
            "the explanation of the score, the entry's history of changes, the hit's reviews and its alerts; for a related " +
            "hit, the path of links from the entry to the entity.")
        {
            id,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var format = parse.GetValue(GlobalOptions.Format);
            if (format == OutputFormat.Csv)
                throw new UsageException("hits show prints table or json, not csv");
            var hitId = parse.GetValue(id);
            var shown = Shown(ws, hitId, warning => Invocation.Error.WriteLine("warning: " + warning));
            if (shown is null)
                return CommandRunner.Fail($"hit {hitId} does not exist");
            if (format == OutputFormat.Json)
                Output.WriteJson(Invocation.Out, shown);
            else
                WriteShow(Invocation.Out, shown, ws.Watchlist.Path);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// One hit in full as <c>hits show</c> gives it (and the web view's hit page): null when it does not exist. An
    /// unreadable watchlist costs only the entity's section, said through <paramref name="warn"/>.
    /// </summary>
    internal static ShownHit? Shown(Workspace ws, long hitId, Action<string> warn)
    {
        var detail = HitDetails.Load(ws.Db, hitId);
        if (detail is null)
            return null;

        WatchlistEntity? entity;
        try
        {
            entity = ws.Watchlist.Entities.FirstOrDefault(e => e.Id == detail.Hit.WatchlistId);
        }
        catch (WatchlistException e)
        {
            // The hit log stands on its own: a missing or broken watchlist file only costs the entity's section.
            warn($"the watchlist cannot be read, the entity is not shown: {ListText.Escape(e.Problems.FirstOrDefault()?.ToString() ?? e.Message)}");
            entity = null;
        }

        return new ShownHit(
                detail.Hit with { Band = ws.Settings.Thresholds.BandOf(detail.Hit.Score).ToString().ToLowerInvariant() },
                detail.Entry,
                entity is null ? null : EntitySummary.Of(entity),
                entity is not null,
                detail.Explanation,
                detail.History,
                detail.Reviews,
                detail.Alerts,
                detail.Related)
        {
            ScoreHistory = detail.ScoreHistory,
        };
    }

    private static Command Review(ReviewAction action, string description)
    {
        var ids = new Argument<long[]>("ids")
        {
            Description = "The hit ids (see 'hits'): one, or several with one note (all reviewed, or none when one cannot be)",
            Arity = ArgumentArity.OneOrMore,
        };
        var note = new Option<string>("--note") { Description = "Why (required): kept in the hit's review trail", Required = true };
        var by = new Option<string?>("--by") { Description = "Who decides (default: $SANCTIONSWATCH_USER, else the login name)" };
        var command = new Command(
            action.ToText(),
            description + ".\n" +
            "Appends a row to each hit's append-only review trail (see 'hits show ID'). Several ids take one note and are " +
            "reviewed together: all, or none when one does not exist or is already in that status.\n" +
            "Exit codes: 0 done, 1 no such hit or a hit already in that status (nothing changed), 2 bad usage (e.g. no --note).")
        {
            ids, note, by,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var text = parse.GetValue(note)?.Trim() ?? "";
            if (text.Length == 0)
                throw new UsageException("--note must say why (it is kept in the review trail)");
            var reviewer = (parse.GetValue(by) ?? DefaultReviewer()).Trim();
            if (reviewer.Length == 0)
                throw new UsageException("--by: say who reviews (or set SANCTIONSWATCH_USER)");
            if (string.Equals(reviewer, HitReviews.SyncReviewer, StringComparison.OrdinalIgnoreCase))
                throw new UsageException($"--by: '{HitReviews.SyncReviewer}' is reserved for reopenings by a sync");
            var hitIds = parse.GetValue(ids) ?? [];
            if (hitIds.Distinct().Count() != hitIds.Length)
                throw new UsageException("a hit id is given twice");

            IReadOnlyList<HitReview> reviews;
            try
            {
                reviews = HitReviews.ApplyMany(ws.Db, hitIds, action, text, reviewer, ws.Time);
            }
            catch (HitReviewException ex)
            {
                return CommandRunner.Fail(ex.Message);
            }

            switch (parse.GetValue(GlobalOptions.Format))
            {
                case OutputFormat.Json when reviews.Count == 1:
                    Output.WriteJson(Invocation.Out, reviews[0]); // one id: the review object, as before
                    break;
                case OutputFormat.Json:
                    Output.WriteJson(Invocation.Out, reviews); // several: an array of them
                    break;
                case OutputFormat.Csv:
                    Output.Write(Invocation.Out, reviews, OutputFormat.Csv);
                    break;
                default:
                    foreach (var review in reviews)
                        Invocation.Out.WriteLine($"hit {review.HitId}: {review.StatusBefore} → {review.StatusAfter} by {ListText.Escape(review.Reviewer)}");
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string DefaultReviewer() =>
        Invocation.Variable("SANCTIONSWATCH_USER") is { Length: > 0 } user ? user : Environment.UserName;

    private static void WriteShow(TextWriter w, ShownHit s, string watchlistPath)
    {
        static string E(string? text) => ListText.Escape(text ?? "");
        static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        void Line(string label, string value) => w.WriteLine($"  {label,-12} {value}");

        var h = s.Hit;
        w.WriteLine($"hit {h.Id}: {E(h.WatchlistId)} ← {E(h.Source)} {E(h.EntryId)} {E(h.EntryName)}");
        Line("score", Output.Paint(F($"{h.Score:0.000} ({h.Band})"), h.Band ?? ""));
        foreach (var c in s.ScoreHistory)
        {
            // "1.000 → 0.721 on 2022-04-29: identifiers: -inn · 7714027882, change 10230"
            var why = c.ChangeId is { } changeId ? $": {E(c.Diff)}, change {changeId}" : "";
            Line("was", F($"{c.ScoreBefore:0.000} → {c.ScoreAfter:0.000} on {c.SnapshotAt[..Math.Min(10, c.SnapshotAt.Length)]}{why}"));
        }

        Line("status", h.Status);
        Line("listed", h.Listed ? "yes" : "no (removed from the list)");
        Line("first seen", h.FirstSnapshotAt);
        Line("last changed", h.LastChangedAt + " (the last list that changed this hit)");
        Line("last seen", (h.LastSeenAt ?? "(unknown)") + (h.Listed ? " (the newest list read)" : " (the last list it was on)"));
        if (s.Related is { } related)
        {
            Line("related", related.Relation == RelatedPath.Below
                ? $"below the entity: a subsidiary, front, owned or directed party ({related.Depth} link{(related.Depth == 1 ? "" : "s")})"
                : $"above the entity: its parent, owner, director or the party it is linked to ({related.Depth} link{(related.Depth == 1 ? "" : "s")})");
            Line("path", E(related.Path));
            foreach (var step in related.Steps)
            {
                var carrier = step.Carrier == step.From ? step.FromName : step.ToName;
                Line("link", $"{E(carrier)} ({E(step.Carrier)}) states: {E(step.Link.ToString())}");
            }
        }

        w.WriteLine();
        if (s.Entry is not { } entry)
        {
            w.WriteLine($"list entry {E(h.Source)} {E(h.EntryId)}: (not stored)");
        }
        else
        {
            var e = entry.Data;
            w.WriteLine(entry.Current
                ? $"list entry {E(e.Source)} {E(e.EntryId)}: current version, since {entry.FromSnapshotAt}"
                : $"list entry {E(e.Source)} {E(e.EntryId)}: removed from the list at {entry.ToSnapshotAt}; its last version, from {entry.FromSnapshotAt}");
            Line("type", PartyTypes.Format(e.PartyType));
            if (e.SubList is { } subList)
                Line("list", E(subList));
            foreach (var name in e.Names)
                Line(NameLabel(name.Type), E(name.Text));
            foreach (var identifier in e.Identifiers)
                Line("identifier", $"{E(identifier.Type)} {E(identifier.Value)}" + (identifier.Country is { } c ? $" ({E(c)})" : ""));
            foreach (var programme in e.Programmes)
                Line("programme", E(programme));
            foreach (var address in e.Addresses)
                Line("address", E(address));
            foreach (var country in e.Countries)
                Line("country", E(country));
            if (e.ListedOn is { } listedOn)
                Line("listed on", listedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (e.Citation is { } citation)
                Line("citation", E(citation));
            if (e.Remarks is { } remarks)
                Line("remarks", E(remarks));
            if (e.Link is { } link)
                Line("link", E(link));
        }

        w.WriteLine();
        if (s.Entity is not { } entity)
        {
            w.WriteLine($"watchlist entity {E(h.WatchlistId)}: no longer in the watchlist ({E(watchlistPath)})");
        }
        else
        {
            w.WriteLine($"watchlist entity {E(entity.Id)}");
            Line("name", E(entity.Name));
            Line("kind", entity.Kind);
            if (entity.Country is { } country)
                Line("country", E(country));
            foreach (var alias in entity.Aliases)
                Line("alias", E(alias));
            foreach (var (type, value) in entity.Identifiers)
                Line("identifier", $"{E(type)} {E(value)}");
            if (entity.Notes is { } notes)
                Line("notes", E(notes));
        }

        w.WriteLine();
        var x = s.Explanation;
        w.WriteLine("explanation: " + ExplanationView.RuleLine(x));
        ExplanationView.WriteTokens(w, x, "WATCHLIST", "LIST");

        w.WriteLine();
        w.WriteLine($"history of {E(h.Source)} {E(h.EntryId)}");
        foreach (var change in s.History)
        {
            var fields = change.Fields.Count == 0 ? "" : "  " + string.Join(", ", change.Fields) + (change.Material ? " (material)" : "");
            w.WriteLine($"  {change.SnapshotAt}  {change.Kind,-8}  {E(change.Name)}{fields}");
        }

        if (s.History.Count == 0)
            w.WriteLine("  (none)");

        w.WriteLine();
        w.WriteLine("reviews");
        foreach (var r in s.Reviews)
            w.WriteLine($"  {r.At}  {r.Action,-7}  {r.StatusBefore} → {r.StatusAfter}  by {E(r.Reviewer)}: {E(r.Note)}");
        if (s.Reviews.Count == 0)
            w.WriteLine("  (none)");

        w.WriteLine();
        w.WriteLine("alerts");
        foreach (var a in s.Alerts)
        {
            w.WriteLine(F($"  {a.SnapshotAt}  {a.Kind,-10}  alert {a.Id}  score {a.Score:0.000}  {E(a.Delivery)}"));
            if (a.Detail is { } detail && s.Related is not null)
                w.WriteLine("      " + E(detail));
        }
        if (s.Alerts.Count == 0)
            w.WriteLine("  (none)");
    }

    private static string NameLabel(NameType type) => type switch
    {
        NameType.Primary => "name",
        NameType.Alias => "alias",
        NameType.WeakAlias => "weak alias",
        NameType.FormerName => "former name",
        NameType.OriginalScript => "original",
        _ => "name",
    };

    /// <summary>The JSON of <c>hits show</c>: hit, entry, entity, entity_in_watchlist, explanation, history, reviews, alerts, related.</summary>
    internal sealed record ShownHit(
        HitSummary Hit,
        EntryVersionView? Entry,
        EntitySummary? Entity,
        bool EntityInWatchlist,
        MatchExplanation Explanation,
        IReadOnlyList<EntryChangeView> History,
        IReadOnlyList<HitReview> Reviews,
        IReadOnlyList<AlertView> Alerts,
        RelatedView? Related)
    {
        /// <summary>Each change of the score with the list change behind it (issue 18; added after the other fields).</summary>
        public IReadOnlyList<ScoreChangeView> ScoreHistory { get; init; } = [];
    }

    internal sealed record EntitySummary(
        string Id, string Name, string Kind, string? Country, IReadOnlyList<string> Aliases,
        IReadOnlyDictionary<string, string> Identifiers, string? Notes)
    {
        public static EntitySummary Of(WatchlistEntity e) =>
            new(e.Id, e.Name, PartyTypes.Format(e.Kind), e.Country, e.Aliases, e.Identifiers, e.Notes);
    }
}
