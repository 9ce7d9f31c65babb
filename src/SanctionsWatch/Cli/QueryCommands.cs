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
    internal static readonly Option<int> Limit = Positive(new Option<int>("--limit") { Description = "At most this many rows", DefaultValueFactory = _ => 1000 });

    /// <summary>A count option that must be at least 1 (a zero or negative one is bad usage: exit 2).</summary>
    internal static Option<T> Positive<T>(Option<T> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.GetValueOrDefault<T>() is var value && value is not null
                && Convert.ToInt64(value, CultureInfo.InvariantCulture) < 1)
            {
                result.AddError($"{option.Name} must be a whole number of at least 1, not {value}");
            }
        });
        return option;
    }

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
        var name = new Argument<string?>("name") { Description = "The name to look for (or --file)", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file")
        {
            Description = "Screen every name of a file: one name a line, or CSV/TSV with a header that has a 'name' column " +
                "(and optionally 'kind'); one index build, one result block per row, each with its row number",
        };
        var kind = new Option<string?>("--kind") { Description = "organization, person, vessel or aircraft (with --file: for rows without a kind)" };
        kind.AcceptOnlyFromAmong("organization", "person", "vessel", "aircraft");
        var threshold = new Option<double?>("--threshold") { Description = "Lowest score shown (default: the review threshold)" };
        var explain = new Option<bool>("--explain") { Description = "Show why each result scored as it did" };
        var command = new Command("screen", "Search the stored lists for a name, or every name of a file (--file), best first")
        {
            name, file, Source, kind, threshold, explain, Limit,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            PartyTypes.TryParse(parse.GetValue(kind), out var partyType);
            var text = parse.GetValue(name);
            var path = parse.GetValue(file);
            if ((text is null) == (path is null))
                throw new UsageException("screen: give a name or --file PATH (one of them)");
            var queries = path is null ? [new ScreenFile.Row(1, text!, partyType)] : ScreenFile.Read(path, partyType);

            var thresholds = ws.Settings.Thresholds;
            var min = parse.GetValue(threshold) ?? thresholds.Review;
            var entries = EntryHistory.LoadCurrentEntries(ws.Db, null, parse.GetValue(Source));
            var byKey = entries.ToDictionary(e => MatchSubject.KeyOf(e.Source, e.EntryId));
            var index = ws.Matcher.Index(entries.Select(MatchSubject.FromEntry));
            var results = index.SearchAll([.. queries.Select(q => MatchSubject.FromName(q.Name, q.Kind))], min, parse.GetValue(Limit));
            var withExplanation = parse.GetValue(explain);
            var blocks = queries.Select((q, i) => new ScreenBlock(
                q.Number,
                q.Name,
                PartyTypes.Format(q.Kind),
                [.. results[i].Select(r => new ScreenRow(
                    byKey[r.CandidateKey].Source,
                    byKey[r.CandidateKey].EntryId,
                    byKey[r.CandidateKey].PrimaryName,
                    Math.Round(r.Score, 4),
                    thresholds.BandOf(r.Score).ToString().ToLowerInvariant(),
                    r.Explanation.CandidateName,
                    withExplanation ? r.Explanation : null))])).ToList();

            var format = parse.GetValue(GlobalOptions.Format);
            if (path is null)
            {
                // one name: the rows as before (the JSON contract of a single screen is an array of results)
                if (format == OutputFormat.Table && withExplanation)
                    Explain(blocks[0].Results);
                else
                    Output.Write(Console.Out, blocks[0].Results, format);
            }
            else if (format == OutputFormat.Json)
            {
                Output.Write(Console.Out, blocks, format);
            }
            else if (format == OutputFormat.Csv)
            {
                // one line per result, and a line with empty result fields for a row that found nothing
                var flat = blocks.SelectMany(b => b.Results.Count == 0
                    ? [new ScreenFileRow(b.Row, b.Query, b.Kind, null, null, null, null, null, null)]
                    : b.Results.Select(r => new ScreenFileRow(b.Row, b.Query, b.Kind, r.Source, r.EntryId, r.Name, r.Score, r.Band, r.MatchedName))).ToList();
                Output.Write(Console.Out, flat, format);
            }
            else
            {
                foreach (var b in blocks)
                {
                    Console.WriteLine($"row {b.Row}: {Output.Escape(b.Query)} ({b.Kind}): {b.Results.Count} result{(b.Results.Count == 1 ? "" : "s")}");
                    if (withExplanation)
                        Explain(b.Results);
                    else if (b.Results.Count > 0)
                        Output.Write(Console.Out, b.Results, format);
                    Console.WriteLine();
                }
            }

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

    /// <summary>The results of one row of <c>screen --file</c> (field names are the JSON contract).</summary>
    private sealed record ScreenBlock(int Row, string Query, string Kind, List<ScreenRow> Results);

    /// <summary>One CSV line of <c>screen --file</c>: the row and its query, and one result (empty when none).</summary>
    private sealed record ScreenFileRow(
        int Row, string Query, string Kind, string? Source, string? EntryId, string? Name, double? Score, string? Band, string? MatchedName);

    /// <summary>One result of <c>screen</c> (field names are the JSON contract).</summary>
    private sealed record ScreenRow(
        string Source, string EntryId, string Name, double Score, string Band, string MatchedName, MatchExplanation? Explanation);
}
