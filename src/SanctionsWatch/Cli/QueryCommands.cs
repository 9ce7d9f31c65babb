using System.CommandLine;
using System.Globalization;
using SanctionsWatch.Alerts;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;

namespace SanctionsWatch.Cli;

/// <summary><c>changes</c>, <c>alerts</c>, <c>snapshots</c> and <c>screen</c>: read the store.</summary>
internal static class QueryCommands
{
    internal static readonly Option<string?> Source = new("--source") { Description = "Only this source" };
    internal static readonly Option<string?> Since = new("--since") { Description = "From this date or date-time (UTC), inclusive" };
    internal static readonly Option<string?> Until = new("--until") { Description = "Before this date or date-time (UTC)" };
    internal static readonly Option<int> Limit = new("--limit") { Description = "At most this many rows", DefaultValueFactory = _ => 1000 };

    public static Command Alerts()
    {
        var entity = new Option<string?>("--entity") { Description = "Only this watchlist entity id" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind: " + string.Join(", ", AlertKind.All) };
        kind.AcceptOnlyFromAmong([.. AlertKind.All]);
        var command = new Command("alerts", "Alerts raised by syncs, newest first, with their delivery state per channel")
        {
            Source, entity, kind, Since, Until, Limit, AlertRetry(),
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            Output.Write(
                Console.Out,
                Queries.Alerts(ws.Db, Filter(parse) with { WatchlistId = parse.GetValue(entity), Kind = parse.GetValue(kind) }),
                parse.GetValue(GlobalOptions.Format));
            return CommandRunner.Ok;
        });
        return command;
    }

    private static Command AlertRetry()
    {
        var id = new Argument<long>("id") { Description = "The alert id (see 'alerts')" };
        var channel = new Option<string?>("--channel") { Description = "Only this channel (log, webhook, email, file)" };
        var command = new Command("retry", "Re-queue an alert's failed deliveries; the running worker sends them at its next pass")
        {
            id, channel,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var alertId = parse.GetValue(id);
            var requeued = AlertOutbox.Retry(ws.Db, alertId, parse.GetValue(channel), ws.Time.GetUtcNow());
            if (requeued == 0)
            {
                return CommandRunner.Fail($"alert {alertId} has no failed delivery" + (parse.GetValue(channel) is { } c ? $" on channel {c}" : ""));
            }

            if (parse.GetValue(GlobalOptions.Format) == OutputFormat.Json)
                Output.WriteJson(Console.Out, new { AlertId = alertId, Requeued = requeued });
            else
                Console.WriteLine($"alert {alertId}: {requeued} failed deliveries re-queued");
            return CommandRunner.Ok;
        });
        return command;
    }

    public static Command Changes()
    {
        var kind = new Option<string?>("--kind") { Description = "Only this kind: added, removed, modified" };
        kind.AcceptOnlyFromAmong("added", "removed", "modified");
        var command = new Command("changes", "What changed on the lists, newest first") { Source, kind, Since, Until, Limit, ChangeShow() };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            Output.Write(
                Console.Out,
                Queries.Changes(ws.Db, Filter(parse) with { Kind = parse.GetValue(kind) }),
                parse.GetValue(GlobalOptions.Format));
            return CommandRunner.Ok;
        });
        return command;
    }

    private static Command ChangeShow()
    {
        var id = new Argument<long>("id") { Description = "The change id (see 'changes')" };
        var command = new Command(
            "show",
            "One change field by field: each changed field before and after, and for lists the items removed (-) and added (+); " +
            "every field of the entry for an addition or a removal")
        {
            id,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var changeId = parse.GetValue(id);
            if (Reports.Change(ws.Db, changeId) is not { } detail)
            {
                return CommandRunner.Fail($"change {changeId} does not exist (see 'changes')");
            }

            if (parse.GetValue(GlobalOptions.Format) == OutputFormat.Json)
            {
                var c = detail.Change;
                Output.WriteJson(Console.Out, new
                {
                    c.Id,
                    c.Source,
                    c.EntryId,
                    c.Kind,
                    c.Name,
                    c.SnapshotAt,
                    detail.SnapshotId,
                    detail.SnapshotFile,
                    Fields = detail.Fields.Select(f => new { f.Field, f.Before, f.After, f.Removed, f.Added }),
                });
            }
            else
            {
                WriteChange(Console.Out, detail);
            }

            return CommandRunner.Ok;
        });
        return command;
    }

    internal static void WriteChange(TextWriter output, ChangeDetail detail)
    {
        var c = detail.Change;
        output.WriteLine(Output.Escape($"change {c.Id}: {c.Kind} {c.Source} {c.EntryId} \"{c.Name}\""));
        output.WriteLine(Output.Escape($"snapshot {detail.SnapshotId} of {c.SnapshotAt}" + (detail.SnapshotFile is { } f ? $" ({f})" : "")));
        foreach (var field in detail.Fields)
        {
            output.WriteLine();
            output.WriteLine(field.Field + ":");
            var before = Reports.Items(field.Before).ToList();
            var after = Reports.Items(field.After).ToList();
            if (c.Kind == "modified" && (field.Before is System.Text.Json.Nodes.JsonArray || field.After is System.Text.Json.Nodes.JsonArray))
            {
                foreach (var item in field.Removed)
                    output.WriteLine("  - " + Output.Escape(item));
                foreach (var item in field.Added)
                    output.WriteLine("  + " + Output.Escape(item));
                var kept = after.Count - field.Added.Count;
                if (kept > 0)
                    output.WriteLine($"  ({kept} unchanged)");
            }
            else if (c.Kind == "modified")
            {
                output.WriteLine("  before: " + Output.Escape(string.Join(", ", before)));
                output.WriteLine("  after:  " + Output.Escape(string.Join(", ", after)));
            }
            else
            {
                foreach (var item in c.Kind == "removed" ? before : after)
                    output.WriteLine("  " + Output.Escape(item));
            }
        }
    }

    public static Command Snapshots()
    {
        var status = new Option<string?>("--status") { Description = "Only this status: accepted, unchanged, refused" };
        status.AcceptOnlyFromAmong("accepted", "unchanged", "refused");
        var command = new Command("snapshots", "Every file offered for each source, and what became of it, newest first")
        {
            Source, status, Since, Until, Limit,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            Output.Write(
                Console.Out,
                Queries.Snapshots(ws.Db, Filter(parse) with { Kind = parse.GetValue(status) }),
                parse.GetValue(GlobalOptions.Format));
            return CommandRunner.Ok;
        });
        return command;
    }

    public static Command Screen()
    {
        var name = new Argument<string>("name") { Description = "The name to look for" };
        var kind = new Option<string?>("--kind") { Description = "organization, person, vessel or aircraft" };
        kind.AcceptOnlyFromAmong("organization", "person", "vessel", "aircraft");
        var threshold = new Option<double?>("--threshold") { Description = "Lowest score shown (default: the review threshold)" };
        var explain = new Option<bool>("--explain") { Description = "Show why each result scored as it did" };
        var command = new Command("screen", "Search the stored lists for a name, best first") { name, Source, kind, threshold, explain, Limit };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            PartyTypes.TryParse(parse.GetValue(kind), out var partyType);
            var thresholds = ws.Settings.Thresholds;
            var min = parse.GetValue(threshold) ?? thresholds.Review;
            var entries = EntryHistory.LoadCurrentEntries(ws.Db, null, parse.GetValue(Source));
            var byKey = entries.ToDictionary(e => MatchSubject.KeyOf(e.Source, e.EntryId));
            var index = ws.Matcher.Index(entries.Select(MatchSubject.FromEntry));
            var results = index.Search(MatchSubject.FromName(parse.GetValue(name)!, partyType), min, parse.GetValue(Limit));
            var rows = results.Select(r => new ScreenRow(
                byKey[r.CandidateKey].Source,
                byKey[r.CandidateKey].EntryId,
                byKey[r.CandidateKey].PrimaryName,
                Math.Round(r.Score, 4),
                thresholds.BandOf(r.Score).ToString().ToLowerInvariant(),
                r.Explanation.CandidateName,
                parse.GetValue(explain) ? r.Explanation : null)).ToList();
            var format = parse.GetValue(GlobalOptions.Format);
            if (format == OutputFormat.Table && parse.GetValue(explain))
                Explain(rows);
            else
                Output.Write(Console.Out, rows, format);
            return CommandRunner.Ok;
        });
        return command;
    }

    private static void Explain(List<ScreenRow> rows)
    {
        foreach (var row in rows)
        {
            var e = row.Explanation!;
            Console.WriteLine($"{row.Source} {row.EntryId} {Output.Escape(row.Name)}: {row.Score:0.000} ({row.Band})");
            Console.WriteLine($"  rule {e.Rule}: \"{Output.Escape(e.QueryName)}\" vs \"{Output.Escape(e.CandidateName)}\"");
            foreach (var t in e.Tokens)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"    {Output.Escape(t.QueryToken ?? "-"),-24} {Output.Escape(t.CandidateToken ?? "-"),-24} similarity {t.Similarity:0.00} weight {t.Weight:0.00}"));
            }

            foreach (var note in e.Notes)
                Console.WriteLine("  " + Output.Escape(note));
        }

        if (rows.Count == 0)
            Console.WriteLine("(none)");
    }

    internal static QueryFilter Filter(ParseResult parse) => new()
    {
        Source = parse.GetValue(Source),
        Since = Time(parse.GetValue(Since), "--since"),
        Until = Time(parse.GetValue(Until), "--until"),
        Limit = parse.GetValue(Limit),
    };

    internal static string? Time(string? text, string option) =>
        text is null ? null
        : Iso.TryParseUser(text, out var value) ? Iso.Format(value)
        : throw new UsageException($"{option}: '{text}' is not an ISO 8601 date or date-time");

    /// <summary>One result of <c>screen</c> (field names are the JSON contract).</summary>
    private sealed record ScreenRow(
        string Source, string EntryId, string Name, double Score, string Band, string MatchedName, MatchExplanation? Explanation);
}
