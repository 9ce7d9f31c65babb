using System.CommandLine;
using Quartz;
using SanctionsWatch.App;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Cli;

/// <summary><c>status</c>: one screen with the sources' freshness, the alerts not yet delivered and the new hits.</summary>
internal static class StatusCommands
{
    private const int Shown = 10;

    public static Command Status()
    {
        var check = new Option<bool>("--check")
        {
            Description = "For a monitoring system: one line OK, WARNING or CRITICAL and the problems, exit 0, 1 or 2 " +
                "(critical: a failed delivery, a failing source; warning: a stale or never-synced source, an alert " +
                "waiting over an hour, a watchlist not screened)",
        };
        var command = new Command(
            "status",
            "One screen for the morning: each enabled source's freshness (stale when not checked within twice its " +
            "schedule's interval), alerts not yet delivered on every channel, and the hits nobody has reviewed yet")
        {
            check,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var queueSince = Hosting.AlertSettings.From(ws.Settings).Delivery.QueueSince;
            var report = Build(ws, queueSince);
            if (parse.GetValue(check))
                return Check(ws, report, queueSince, parse.GetValue(GlobalOptions.Format));
            switch (parse.GetValue(GlobalOptions.Format))
            {
                case OutputFormat.Json:
                    Output.WriteJson(Invocation.Out, report);
                    break;
                case OutputFormat.Csv:
                    Output.Write(Invocation.Out, report.Sources, OutputFormat.Csv);
                    break;
                default:
                    Write(report);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static StatusReport Build(Workspace ws, DateTimeOffset? queueSince)
    {
        var now = ws.Time.GetUtcNow();
        var sources = SourceCommands.Rows(ws)
            .Where(r => r.Enabled || r.Entries > 0)
            .Select(r => new SourceFreshness(
                r.Source,
                Freshness(r, ws.Settings.Sources.TryGetValue(r.Source, out var s) ? s.Schedule : null, now),
                r.LastCheckAt,
                Age(r.LastCheckAt, now),
                r.LastChangeAt,
                r.Entries,
                r.Status,
                r.LastError,
                r.NextRunAt))
            .ToList();
        var counts = Reports.Counts(ws.Db, queueSince);
        return new StatusReport(
            Iso.Format(now),
            ws.Settings.Store.ToString(),
            sources,
            counts,
            Reports.UndeliveredAlerts(ws.Db, Shown, queueSince),
            Queries.Hits(ws.Db, new QueryFilter { Kind = "new", Limit = Shown }))
        {
            Watchlist = WatchlistOf(ws),
            Nodes = ws.Settings.Store.IsSqlite ? null : [.. ClusterNodes.Read(ws.Db).Select(n => NodeStatus.Of(n, now))],
        };
    }

    /// <summary>How long an alert may wait for its channels before <c>status --check</c> warns (the worker is down or a channel retries).</summary>
    internal static readonly TimeSpan DeliveryWait = TimeSpan.FromHours(1);

    /// <summary>
    /// <c>status --check</c>: the problems a monitoring system should hear of, worst first, and the exit code of a
    /// Nagios-style check: 0 ok, 1 warning, 2 critical (a usage error also exits 2: a broken check is critical too).
    /// </summary>
    private static int Check(Workspace ws, StatusReport report, DateTimeOffset? queueSince, OutputFormat format)
    {
        var critical = new List<string>();
        var warning = new List<string>();
        if (report.Counts.FailedAlerts > 0)
            critical.Add($"{report.Counts.FailedAlerts} alert{(report.Counts.FailedAlerts == 1 ? "" : "s")} with a failed delivery (see 'alerts')");
        foreach (var source in report.Sources)
        {
            switch (source.Freshness)
            {
                case "failing":
                    critical.Add($"{source.Source} failing: {source.Status}{(source.LastError is { } e ? ": " + e : "")}");
                    break;
                case "stale":
                    warning.Add($"{source.Source} stale: last checked {source.LastCheckAt} ({source.Age} ago)");
                    break;
                case "never synced":
                    warning.Add($"{source.Source} never synced");
                    break;
            }
        }

        if (!ws.Settings.Sources.Values.Any(s => s.Enabled))
            warning.Add("no source is enabled (Sources:<id>:Enabled): the worker syncs no list, so nothing new is found");

        if (Reports.OldestUndeliveredAt(ws.Db, queueSince) is { } oldest && Iso.TryParseUser(oldest, out var at)
            && ws.Time.GetUtcNow() - at > DeliveryWait)
        {
            warning.Add($"{report.Counts.UndeliveredAlerts} alert{(report.Counts.UndeliveredAlerts == 1 ? "" : "s")} not yet delivered, the oldest raised {oldest} (is the worker running?)");
        }

        if (report.Nodes is { } nodes && !nodes.Any(n => n.State == "alive"))
        {
            critical.Add(nodes.Count == 0
                ? "no run node has joined the cluster (is the worker running?)"
                : $"no live run node: {string.Join(", ", nodes.Select(n => $"{n.Id} last checked in {n.LastCheckinAt}"))}");
        }

        if (report.Watchlist is { State: not "screened" } w)
            (w.State.StartsWith("unreadable", StringComparison.Ordinal) ? critical : warning).Add($"watchlist {w.State}");

        var (state, code) = critical.Count > 0 ? ("critical", 2) : warning.Count > 0 ? ("warning", 1) : ("ok", 0);
        var problems = critical.Concat(warning).Select(ListText.Escape).ToList();
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(Invocation.Out, new { Status = state, Problems = problems, report.GeneratedAt });
        }
        else
        {
            Invocation.Out.WriteLine($"SANCTIONSWATCH {state.ToUpperInvariant()} - " + (problems.Count == 0 ? "every source fresh, no delivery failed or overdue" : problems[0]));
            foreach (var problem in problems.Skip(1))
                Invocation.Out.WriteLine(problem);
        }

        return code;
    }

    /// <summary>The watchlist given (or configured) against the one the store was last screened against.</summary>
    private static WatchlistStatus WatchlistOf(Workspace ws)
    {
        var path = ws.Settings.WatchlistPath;
        WatchlistGuard.Standing standing;
        try
        {
            standing = WatchlistGuard.StandingOf(ws);
        }
        catch (Watchlists.WatchlistException e)
        {
            var stored = WatchlistState.Current(ws.Db);
            return new WatchlistStatus(
                path, null, "unreadable: " + (e.Problems.FirstOrDefault()?.ToString() ?? e.Message), stored?.Path, stored?.LastScreenedAt, [], [], [], []);
        }

        var notScreened = WatchlistState.NotScreened(ws.Db, standing.Current);
        var sources = notScreened.Values.SelectMany(s => s).Distinct().Order(StringComparer.Ordinal).ToList();
        var d = standing.Difference;
        var state = standing.Stored is null && notScreened.Values.All(s => s.Count > 0) ? "not yet screened"
            : standing.Changed ? "changed since the last screening"
            : sources.Count > 0 ? "not yet screened against every list"
            : "screened";
        return new WatchlistStatus(
            Path.GetFullPath(standing.Current.Path), standing.Current.Entities.Count, state, standing.Stored?.Path, standing.Stored?.LastScreenedAt,
            d?.Added ?? [], d?.Removed ?? [], d?.Changed ?? [], sources);
    }

    private static void Write(StatusReport report)
    {
        var output = Invocation.Out;
        var c = report.Counts;
        if (report.Watchlist is { } w)
        {
            output.WriteLine(Output.Prose(w.State switch
            {
                "screened" => $"Watchlist {w.Path}: {w.Entities} entities, screened against every stored list (last {w.LastScreenedAt})",
                "changed since the last screening" =>
                    $"Watchlist {w.Path}: {w.Entities} entities: watchlist changed since the last screening " +
                    $"({new WatchlistDifference(w.Added, w.Removed, w.Changed).Describe()} " +
                    (w.LastScreenedPath == w.Path ? $"since {w.LastScreenedAt}" : $"compared with {w.LastScreenedPath}, screened {w.LastScreenedAt}") + "); " +
                    "'watchlist apply' screens the stored lists against it",
                "not yet screened against every list" =>
                    $"Watchlist {w.Path}: {w.Entities} entities, not yet screened against {string.Join(", ", w.SourcesNotScreened)}; " +
                    "'watchlist apply' screens the stored lists against it",
                _ => $"Watchlist {w.Path}: {(w.Entities is { } n ? n + " entities, " : "")}{w.State}",
            }));
            output.WriteLine();
        }

        Output.Section(output, $"Sources ({report.GeneratedAt})", report.Sources);
        if (report.Nodes is { } nodes)
            Output.Section(output, $"Nodes of the cluster: {nodes.Count(n => n.State == "alive")} alive of {nodes.Count}", nodes);
        Output.Section(
            output,
            $"Alerts not yet delivered: {c.UndeliveredAlerts} ({c.FailedAlerts} with a failed delivery)" +
            (c.UndeliveredAlerts > Shown ? $", newest {Shown}; see 'alerts'" : ""),
            report.UndeliveredAlerts);
        Output.Section(
            output,
            $"New hits to review: {c.NewHits} (confirmed {c.ConfirmedHits}, dismissed {c.DismissedHits}, delisted {c.DelistedHits})" +
            (c.NewHits > Shown ? $", newest {Shown}; see 'hits --status new'" : ""),
            report.NewHits);
        if (c.NewRelatedHits > 0 || c.ListedRelatedHits > 0)
        {
            output.WriteLine(
                $"Related hits to review: {c.NewRelatedHits} ({c.ListedRelatedHits} holding now); see 'hits --related --status new'");
        }
    }

    /// <summary>
    /// <c>ok</c>; <c>stale</c> when the last check is older than twice the schedule's interval (or a day without a
    /// schedule); <c>failing</c> when the last download failed or was refused; <c>never synced</c>; <c>disabled</c>.
    /// </summary>
    internal static string Freshness(SourceRow row, string? schedule, DateTimeOffset now)
    {
        if (!row.Enabled)
            return "disabled";
        if (row.LastCheckAt is null || !Iso.TryParseUser(row.LastCheckAt, out var lastCheck))
            return "never synced";
        if (row.Status is "failed" or "refused")
            return "failing";
        return now - lastCheck > 2 * Interval(schedule, now) ? "stale" : "ok";
    }

    private static TimeSpan Interval(string? schedule, DateTimeOffset now)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(schedule))
            {
                var cron = new CronExpression(schedule, TimeZoneInfo.Utc);
                if (cron.GetNextValidTimeAfter(now) is { } first && cron.GetNextValidTimeAfter(first) is { } second)
                    return second - first;
            }
        }
        catch (FormatException)
        {
            // An invalid schedule is reported by 'sources'; judge freshness by a day.
        }

        return TimeSpan.FromDays(1);
    }

    /// <summary>How long ago, e.g. <c>3h 12m</c>, <c>2d 4h</c>.</summary>
    internal static string? Age(string? time, DateTimeOffset now)
    {
        if (time is null || !Iso.TryParseUser(time, out var at))
            return null;
        var age = now - at;
        if (age < TimeSpan.Zero)
            return "in the future";
        return age.TotalDays >= 1 ? $"{(int)age.TotalDays}d {age.Hours}h"
            : age.TotalHours >= 1 ? $"{(int)age.TotalHours}h {age.Minutes}m"
            : $"{(int)age.TotalMinutes}m";
    }
}

/// <summary>What <c>status</c> shows (the JSON names are a contract).</summary>
internal sealed record StatusReport(
    string GeneratedAt,
    string Database,
    IReadOnlyList<SourceFreshness> Sources,
    StatusCounts Counts,
    IReadOnlyList<AlertView> UndeliveredAlerts,
    IReadOnlyList<HitView> NewHits)
{
    /// <summary>The watchlist against the store's (added in issue 18; the other fields are as before).</summary>
    public WatchlistStatus? Watchlist { get; init; }

    /// <summary>The cluster's <c>run</c> nodes (a PostgreSQL store); null on SQLite, where one worker holds the store.</summary>
    public IReadOnlyList<NodeStatus>? Nodes { get; init; }
}

/// <summary>One <c>run</c> node in <c>status</c>: <c>state</c> is <c>alive</c> or <c>silent</c> (no check-in in three intervals).</summary>
internal sealed record NodeStatus(string Id, string State, string LastCheckinAt, string? Age, string Running)
{
    public static NodeStatus Of(WorkerNode node, DateTimeOffset now) => new(
        node.Id,
        node.AliveAt(now) ? "alive" : "silent",
        Iso.Format(node.LastCheckinAt),
        StatusCommands.Age(Iso.Format(node.LastCheckinAt), now),
        node.Running.Count == 0 ? "idle" : string.Join(", ", node.Running));
}

/// <summary>
/// The watchlist in <c>status</c>: <c>state</c> is <c>screened</c> (against every stored list), <c>changed since the last
/// screening</c> (another content than the store's: <c>added</c>, <c>removed</c>, <c>changed</c> entity ids),
/// <c>not yet screened against every list</c> (<c>sources_not_screened</c>), <c>not yet screened</c> (no list screened
/// yet) or <c>unreadable: …</c>.
/// </summary>
internal sealed record WatchlistStatus(
    string Path,
    int? Entities,
    string State,
    string? LastScreenedPath,
    string? LastScreenedAt,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> SourcesNotScreened);

/// <summary>One source in <c>status</c>.</summary>
internal sealed record SourceFreshness(
    string Source,
    string Freshness,
    string? LastCheckAt,
    string? Age,
    string? LastChangeAt,
    long Entries,
    string Status,
    string? LastError,
    string? NextRunAt);
