using System.CommandLine;
using System.Globalization;
using SanctionsWatch.App;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Cli;

/// <summary><c>changes</c>, <c>alerts</c>, <c>snapshots</c> and <c>screen</c>: read the store.</summary>
internal static class QueryCommands
{
    internal static readonly Option<string?> Source = new("--source") { Description = "Only this source" };
    internal static readonly Option<string?> Since = new("--since") { Description = "From this date or date-time (UTC), inclusive; or relative: 7d, 24h, today, yesterday" };
    internal static readonly Option<string?> Until = new("--until") { Description = "Before this date or date-time (UTC); or relative: 7d, 24h, today, yesterday" };
    internal static readonly Option<int> Limit = Positive(new Option<int>("--limit") { Description = "At most this many rows", DefaultValueFactory = _ => 1000 });

    /// <summary>
    /// Says on standard error when <c>--limit</c> cut a listing: "1,000 of 11,124 shown (--limit 1000)" for people, a JSON
    /// object <c>{"shown", "total", "limit", "truncated": true}</c> with <c>--format json</c> (standard output keeps its
    /// array, the contract); nothing when every row was shown.
    /// </summary>
    internal static void SayIfCut(ParseResult parse, int shown, int limit, Func<long> total)
    {
        if (shown < limit)
            return;
        var all = total();
        if (all <= shown)
            return;
        Invocation.Error.WriteLine(parse.GetValue(GlobalOptions.Format) == OutputFormat.Json
            ? string.Create(CultureInfo.InvariantCulture, $$"""{"shown": {{shown}}, "total": {{all}}, "limit": {{limit}}, "truncated": true}""")
            : string.Create(CultureInfo.InvariantCulture, $"{shown:N0} of {all:N0} shown (--limit {limit}; a higher --limit or a narrower filter shows the rest)"));
    }

    /// <summary>Writes a listing, and says on standard error when <c>--limit</c> cut it.</summary>
    internal static void WriteListing<T>(Workspace ws, ParseResult parse, string what, QueryFilter filter, Func<QueryFilter, List<T>> query)
    {
        var rows = query(filter);
        Output.Write(Invocation.Out, rows, parse.GetValue(GlobalOptions.Format));
        SayIfCut(parse, rows.Count, filter.Limit, () => Queries.Count(ws.Db, what, filter));
    }

    /// <summary>A count option that must be at least 1 (a zero or negative one is bad usage: exit 2).</summary>
    internal static Option<T> Positive<T>(Option<T> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
                return;
            T value;
            try
            {
                value = result.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                return; // not a number at all: the parser says so ('1.5' is not a whole number)
            }

            if (value is not null && Convert.ToInt64(value, CultureInfo.InvariantCulture) < 1)
                result.AddError($"{option.Name} must be a whole number of at least 1, not {value}");
        });
        return option;
    }

    public static Command Alerts()
    {
        var entity = new Option<string?>("--entity") { Description = "Only this watchlist entity id" };
        var kind = new Option<string?>("--kind") { Description = "Only this kind: " + string.Join(", ", AlertKinds.Words) };
        kind.AcceptOnlyFromAmong([.. AlertKinds.Words]);
        var command = new Command("alerts", "Alerts raised by syncs, newest first, with their delivery state per channel")
        {
            Source, entity, kind, Since, Until, Limit, AlertRetry(),
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            WriteListing(
                ws, parse, "alerts",
                Filter(ws, parse) with { WatchlistId = Filters.Entity(ws, parse.GetValue(entity)), Kind = parse.GetValue(kind) },
                f => Queries.Alerts(ws.Db, f));
            return ExitCodes.Ok;
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
                Output.WriteJson(Invocation.Out, new { AlertId = alertId, Requeued = requeued });
            else
                Invocation.Out.WriteLine($"alert {alertId}: {requeued} failed deliveries re-queued");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Changes()
    {
        var kind = new Option<string?>("--kind") { Description = "Only this kind: added, removed, modified" };
        kind.AcceptOnlyFromAmong("added", "removed", "modified");
        var entity = new Option<string?>("--entity") { Description = "Only changes of the entries behind this watchlist entity's hits" };
        var entry = new Option<string?>("--entry") { Description = "Only changes of this list entry: SOURCE:ID, e.g. ofac-sdn:35345" };
        var watched = new Option<bool>("--watched") { Description = "Only changes of entries behind a direct hit that is not dismissed (not related parties)" };
        var material = new Option<bool>("--material")
        {
            Description = "Only additions, removals and material modifications (names, identifiers, programmes, party type, " +
                "list, listing date, citation; not remarks, addresses, countries or links alone)",
        };
        var command = new Command("changes", "What changed on the lists, newest first")
        {
            Source, kind, entity, entry, watched, material, Since, Until, Limit, ChangeShow(),
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var filter = Filter(ws, parse) with
            {
                Kind = parse.GetValue(kind),
                WatchlistId = Filters.Entity(ws, parse.GetValue(entity)),
                Watched = parse.GetValue(watched),
                Material = parse.GetValue(material),
            };
            if (parse.GetValue(entry) is { } text)
            {
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || colon == text.Length - 1)
                    throw new UsageException($"--entry: '{text}' is not SOURCE:ID (e.g. ofac-sdn:35345)");
                var (source, id) = (Filters.Source(ws, text[..colon], "--entry")!, text[(colon + 1)..]);
                if (filter.Source is { } other && other != source)
                    throw new UsageException($"--entry {text} is not of --source {other}");
                if (!Queries.HasEntry(ws.Db, source, id))
                    throw new UsageException($"--entry: {source} has no entry {id} in this store (see 'screen' to find one)");
                filter = filter with { Source = source, EntryId = id };
            }

            WriteListing(ws, parse, "changes", filter, f => Queries.Changes(ws.Db, f));
            return ExitCodes.Ok;
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
                Output.WriteJson(Invocation.Out, new
                {
                    c.Id,
                    c.Source,
                    c.EntryId,
                    c.Kind,
                    c.Name,
                    c.SnapshotAt,
                    detail.SnapshotId,
                    detail.SnapshotFile,
                    Fields = detail.Fields.Select(f => new { f.Field, f.Before, f.After, f.Removed, f.Added, Words = Words(c.Kind, f) }),
                });
            }
            else
            {
                WriteChange(Invocation.Out, detail);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void WriteChange(TextWriter output, ChangeDetail detail)
    {
        var c = detail.Change;
        output.WriteLine(ListText.Escape($"change {c.Id}: {c.Kind} {c.Source} {c.EntryId} \"{c.Name}\""));
        output.WriteLine(ListText.Escape($"snapshot {detail.SnapshotId} of {c.SnapshotAt}" + (detail.SnapshotFile is { } f ? $" ({f})" : "")));
        foreach (var field in detail.Fields)
        {
            output.WriteLine();
            output.WriteLine(field.Field + ":");
            var before = Reports.Items(field.Before).ToList();
            var after = Reports.Items(field.After).ToList();
            if (c.Kind == "modified" && (field.Before is System.Text.Json.Nodes.JsonArray || field.After is System.Text.Json.Nodes.JsonArray))
            {
                foreach (var item in field.Removed)
                    output.WriteLine("  - " + ListText.Escape(item));
                foreach (var item in field.Added)
                    output.WriteLine("  + " + ListText.Escape(item));
                var kept = after.Count - field.Added.Count;
                if (kept > 0)
                    output.WriteLine($"  ({kept} unchanged)");
            }
            else if (c.Kind == "modified" && Words(c.Kind, field) is { } words && (before.Sum(b => b.Length) > 60 || after.Sum(a => a.Length) > 60))
            {
                // a long text field, word by word: what was removed [-…-] and added {+…+}, with a few words around
                output.WriteLine("  " + ChangeText.Inline(
                    [.. words.Select(w => w with { Text = ListText.Escape(w.Text) })],
                    paint: r => Output.Paint(r.Op == "-" ? "[-" + r.Text + "-]" : "{+" + r.Text + "+}", r.Op == "-" ? "removed" : "accepted")));
                static int Count(IEnumerable<WordRun> runs) => runs.Sum(r => r.Text.Split(' ').Length);
                output.WriteLine($"  ({Count(words.Where(w => w.Op == "-"))} words removed, {Count(words.Where(w => w.Op == "+"))} added; --format json has both texts whole)");
            }
            else if (c.Kind == "modified")
            {
                output.WriteLine("  before: " + ListText.Escape(string.Join(", ", before)));
                output.WriteLine("  after:  " + ListText.Escape(string.Join(", ", after)));
            }
            else
            {
                foreach (var item in c.Kind == "removed" ? before : after)
                    output.WriteLine("  " + ListText.Escape(item));
            }
        }
    }

    /// <summary>A modified text field word by word (<c>words</c> in JSON); null for lists, additions and removals.</summary>
    private static IReadOnlyList<WordRun>? Words(string kind, FieldDiff field) =>
        kind == "modified" && field.Before is not System.Text.Json.Nodes.JsonArray && field.After is not System.Text.Json.Nodes.JsonArray
            ? ChangeText.WordDiff(Reports.Items(field.Before).FirstOrDefault(), Reports.Items(field.After).FirstOrDefault())
            : null;

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
            WriteListing(ws, parse, "snapshots", Filter(ws, parse) with { Kind = parse.GetValue(status) }, f => Queries.Snapshots(ws.Db, f));
            return ExitCodes.Ok;
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
        var near = Positive(new Option<int?>("--near")
        {
            Description = "Also the nearest entries of each list below the threshold (3, or this many), each with the reason it stayed below",
            Arity = ArgumentArity.ZeroOrOne,
        });
        var command = new Command(
            "screen",
            "Search the stored lists for a name, or every name of a file (--file), best first. Words are weighed by how common " +
            "they are in each list, as a sync weighs them: a pair scores here what it scores when the watchlist is screened")
        {
            name, file, Source, kind, threshold, explain, near, Limit,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            PartyTypes.TryParse(parse.GetValue(kind), out var partyType);
            var text = parse.GetValue(name);
            var path = parse.GetValue(file);
            if ((text is null) == (path is null))
                throw new UsageException("screen: give a name or --file PATH (one of them)");
            var queries = path is null ? [new ScreenFile.Row(1, text!, partyType)] : ScreenFile.Read(Invocation.FullPath(path), partyType);

            var thresholds = ws.Settings.Thresholds;
            var min = parse.GetValue(threshold) ?? thresholds.Review;
            var nearCount = parse.GetResult(near) is null ? 0 : parse.GetValue(near) ?? 3;
            var lists = ListIndexes.Build(ws, Filters.Source(ws, parse.GetValue(Source)));
            var subjects = queries.Select(q => MatchSubject.FromName(q.Name, q.Kind)).ToList();
            var results = lists.SearchAll(subjects, min, parse.GetValue(Limit));
            var withExplanation = parse.GetValue(explain);
            ScreenRow Row(ListIndexes.Found f, bool isNear)
            {
                var band = thresholds.BandOf(f.Result.Score).ToString().ToLowerInvariant();
                return new ScreenRow(
                    f.Entry.Source,
                    f.Entry.EntryId,
                    f.Entry.PrimaryName,
                    Math.Round(f.Result.Score, 4),
                    band,
                    f.Result.Explanation.CandidateName,
                    withExplanation || isNear ? f.Result.Explanation : null)
                {
                    Near = isNear,
                    Reason = isNear ? ExplanationView.Reason(f.Result.Explanation, f.Result.Score, min >= thresholds.Review ? "review" : "the threshold", min) : null,
                };
            }

            var blocks = queries.Select((q, i) => new ScreenBlock(
                q.Number,
                q.Name,
                PartyTypes.Format(q.Kind),
                [.. results[i].Select(f => Row(f, false)),
                 .. nearCount == 0 ? [] : lists.Sources.SelectMany(s => lists.Nearest(subjects[i], s, min, nearCount).Select(f => Row(f, true)))])).ToList();

            var format = parse.GetValue(GlobalOptions.Format);
            if (path is null)
            {
                // one name: the rows as before (the JSON contract of a single screen is an array of results; with --near
                // the nearest entries below the threshold follow, marked near, with their reason)
                if (format == OutputFormat.Table && (withExplanation || nearCount > 0))
                    Explain(blocks[0].Results, min, nearCount);
                else
                    Output.Write(Invocation.Out, blocks[0].Results, format);
            }
            else if (format == OutputFormat.Json)
            {
                Output.Write(Invocation.Out, blocks, format);
            }
            else if (format == OutputFormat.Csv)
            {
                // one line per result, and a line with empty result fields for a row that found nothing
                var flat = blocks.SelectMany(b => b.Results.Count == 0
                    ? [new ScreenFileRow(b.Row, b.Query, b.Kind, null, null, null, null, null, null)]
                    : b.Results.Select(r => new ScreenFileRow(b.Row, b.Query, b.Kind, r.Source, r.EntryId, r.Name, r.Score, r.Band, r.MatchedName))).ToList();
                Output.Write(Invocation.Out, flat, format);
            }
            else
            {
                foreach (var b in blocks)
                {
                    var found = b.Results.Count(r => !r.Near);
                    Invocation.Out.WriteLine($"row {b.Row}: {ListText.Escape(b.Query)} ({b.Kind}): {found} result{(found == 1 ? "" : "s")}");
                    if (withExplanation || nearCount > 0)
                        Explain(b.Results, min, nearCount);
                    else if (b.Results.Count > 0)
                        Output.Write(Invocation.Out, b.Results, format);
                    Invocation.Out.WriteLine();
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Explain(List<ScreenRow> rows, double threshold, int nearCount)
    {
        var found = rows.Where(r => !r.Near).ToList();
        foreach (var row in found)
        {
            var e = row.Explanation;
            Invocation.Out.WriteLine($"{row.Source} {row.EntryId} {ListText.Escape(row.Name)}: {Output.Paint(row.Score.ToString("0.000", CultureInfo.InvariantCulture) + " (" + row.Band + ")", row.Band)}");
            if (e is null)
                continue;
            Invocation.Out.WriteLine("  " + ExplanationView.RuleLine(e));
            ExplanationView.WriteTokens(Invocation.Out, e, "QUERY", "LIST");
        }

        if (found.Count == 0)
            Invocation.Out.WriteLine("(none)");
        if (nearCount == 0)
            return;

        Invocation.Out.WriteLine();
        Invocation.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nearest below {threshold:0.000}, {nearCount} per list:"));
        var near = rows.Where(r => r.Near).ToList();
        foreach (var row in near)
        {
            Invocation.Out.WriteLine($"{row.Source} {row.EntryId} {ListText.Escape(row.Name)}: {Output.Paint(row.Reason!, row.Band)}");
            Invocation.Out.WriteLine("  " + ExplanationView.RuleLine(row.Explanation!));
            ExplanationView.WriteTokens(Invocation.Out, row.Explanation!, "QUERY", "LIST");
        }

        if (near.Count == 0)
            Invocation.Out.WriteLine(found.Count > 0 ? "(none: no other entry shares a word with the name)" : "(none: no entry shares a word with the name)");
    }

    internal static QueryFilter Filter(Workspace ws, ParseResult parse) => new()
    {
        Source = Filters.Source(ws, parse.GetValue(Source)),
        Since = UserTime.Parse(parse.GetValue(Since), "--since", ws.Time.GetUtcNow()),
        Until = UserTime.Parse(parse.GetValue(Until), "--until", ws.Time.GetUtcNow()),
        Limit = parse.GetValue(Limit),
    };

    /// <summary>The results of one row of <c>screen --file</c> (field names are the JSON contract).</summary>
    private sealed record ScreenBlock(int Row, string Query, string Kind, List<ScreenRow> Results);

    /// <summary>One CSV line of <c>screen --file</c>: the row and its query, and one result (empty when none).</summary>
    private sealed record ScreenFileRow(
        int Row, string Query, string Kind, string? Source, string? EntryId, string? Name, double? Score, string? Band, string? MatchedName);

    /// <summary>
    /// One result of <c>screen</c> (field names are the JSON contract). <c>near</c> and <c>reason</c> (issue 18): with
    /// <c>--near</c>, the nearest entries below the threshold follow the results, <c>near: true</c>, with the reason
    /// they stayed below; without it every row has <c>near: false</c>, <c>reason: null</c>.
    /// </summary>
    private sealed record ScreenRow(
        string Source, string EntryId, string Name, double Score, string Band, string MatchedName, MatchExplanation? Explanation)
    {
        [HiddenInTables]
        public bool Near { get; init; }

        [HiddenInTables]
        public string? Reason { get; init; }
    }
}
