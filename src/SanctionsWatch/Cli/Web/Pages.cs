using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SanctionsWatch.App;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Cli.Web;

/// <summary>
/// The pages of the web view, written with <see cref="Html"/> (every text encoded, list text escaped). No script: forms
/// post with an anti-forgery token, the timeline is SVG drawn here.
/// </summary>
internal static class Pages
{
    public const string Css = """
        body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #1d232b; background: #f6f7f9; }
        header { background: #1d2b3a; color: #fff; padding: .5em 1.5em; display: flex; gap: 1.5em; align-items: center; }
        header a { color: #fff; text-decoration: none; font-weight: 600; }
        header form { margin-left: auto; }
        main { padding: 1em 1.5em; }
        h1 { font-size: 1.35em; margin: .3em 0 .6em; }
        h2 { font-size: 1.1em; margin: 1.2em 0 .4em; }
        table { border-collapse: collapse; background: #fff; margin-bottom: 1em; }
        th, td { border: 1px solid #d5dae1; padding: .25em .55em; text-align: left; vertical-align: top; }
        th { background: #eef1f5; }
        .side { display: flex; gap: 1.5em; flex-wrap: wrap; }
        .side > section { flex: 1 1 28em; background: #fff; border: 1px solid #d5dae1; padding: .4em 1em; }
        .said { background: #fff7d6; border: 1px solid #e8cf6a; padding: .4em .8em; }
        .error { background: #fde8e8; border: 1px solid #e39b9b; padding: .4em .8em; }
        .before { background: #fde8e8; } .after { background: #e5f6e8; }
        .ok { color: #17723a; } .stale, .failing, .silent { color: #b3261e; font-weight: 600; }
        form.inline { display: inline; }
        textarea { width: 28em; height: 4em; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; }
        dt { font-weight: 600; }
        dd { margin: 0; word-break: break-word; }
        .timeline text { font-size: 11px; }
        """;

    public static string Login(string token, string? error)
    {
        var h = new Html();
        h.Raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SanctionsWatch: log in</title>")
            .Raw("<link rel=\"stylesheet\" href=\"/static/site.css\"></head><body><main><h1>SanctionsWatch</h1>");
        if (error is not null)
            h.Element("p", error, "error");
        h.Raw("<form method=\"post\" action=\"/login\">").Raw(Hidden(token))
            .Raw("<p><label>Name <input name=\"user\" autocomplete=\"username\" required></label></p>")
            .Raw("<p><label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label></p>")
            .Raw("<p><button type=\"submit\">Log in</button></p></form></main></body></html>");
        return h.ToString();
    }

    public static string NotFound(HttpContext ctx, string token, string message) =>
        Layout(ctx, token, "Not found", new Html().Element("p", message, "error"));

    public static string Morning(HttpContext ctx, string token, StatusReport report)
    {
        var h = new Html();
        h.Element("h1", $"Morning: {report.GeneratedAt}");
        if (report.Watchlist is { } w)
            h.Element("p", $"Watchlist {w.Path}: {w.Entities?.ToString(CultureInfo.InvariantCulture) ?? "?"} entities, {w.State}", w.State == "screened" ? null : "said");
        h.Element("h2", "Sources");
        Table(h, ["source", "freshness", "last check", "age", "last change", "entries", "status", "last error"], report.Sources, (h, s) =>
        {
            Cell(h, s.Source);
            h.Open("td", s.Freshness.Replace(' ', '-')).Text(s.Freshness).Close("td");
            Cell(h, s.LastCheckAt);
            Cell(h, s.Age);
            Cell(h, s.LastChangeAt);
            Cell(h, s.Entries.ToString(CultureInfo.InvariantCulture));
            Cell(h, s.Status);
            Cell(h, s.LastError);
        });
        if (report.Nodes is { } nodes)
        {
            h.Element("h2", $"Nodes of the cluster: {nodes.Count(n => n.State == "alive")} alive of {nodes.Count}");
            Table(h, ["node", "state", "last check-in", "age", "running"], nodes, (h, n) =>
            {
                Cell(h, n.Id);
                h.Open("td", n.State).Text(n.State).Close("td");
                Cell(h, n.LastCheckinAt);
                Cell(h, n.Age);
                Cell(h, n.Running);
            });
        }

        var c = report.Counts;
        h.Element("h2", $"Alerts not yet delivered: {c.UndeliveredAlerts} ({c.FailedAlerts} with a failed delivery)");
        AlertTable(h, report.UndeliveredAlerts);
        h.Element("h2", $"New hits to review: {c.NewHits} (confirmed {c.ConfirmedHits}, dismissed {c.DismissedHits}, delisted {c.DelistedHits})");
        HitTable(h, report.NewHits);
        h.Raw("<p>").Link("/hits?status=new", "every new hit").Raw("</p>");
        return Layout(ctx, token, "Morning", h);
    }

    public static string Hits(HttpContext ctx, string token, IReadOnlyList<HitView> rows, int page, bool more, string? error)
    {
        var q = ctx.Request.Query;
        var h = new Html();
        h.Element("h1", "Hits");
        h.Raw("<form method=\"get\" action=\"/hits\">");
        foreach (var (key, label) in new[] { ("status", "status"), ("source", "source"), ("entity", "entity"), ("since", "since"), ("until", "until"), ("min-score", "min score") })
        {
            h.Raw("<label>").Text(label).Raw($" <input name=\"{key}\" value=\"").Raw(Html.Attribute(q[key].ToString())).Raw("\" size=\"12\"></label> ");
        }

        h.Raw("<button type=\"submit\">Filter</button></form>");
        if (error is not null)
            h.Element("p", error, "error");
        HitTable(h, rows);
        var others = string.Join("&", q.Where(p => p.Key != "page").Select(p => $"{Html.Query(p.Key)}={Html.Query(p.Value.ToString())}"));
        h.Raw("<p>");
        if (page > 1)
            h.Link($"/hits?{others}&page={page - 1}", "← newer").Raw(" ");
        h.Text($"page {page}");
        if (more)
            h.Raw(" ").Link($"/hits?{others}&page={page + 1}", "older →");
        h.Raw("</p>");
        return Layout(ctx, token, "Hits", h);
    }

    public static string Hit(HttpContext ctx, string token, HitCommands.ShownHit shown, Workspace ws, string? said)
    {
        var hit = shown.Hit;
        var h = new Html();
        h.Element("h1", $"Hit {hit.Id}: {hit.WatchlistId} on {hit.Source} {hit.EntryId}");
        if (!string.IsNullOrEmpty(said))
            h.Element("p", said, "said");
        h.Element("p", $"score {hit.Score.ToString("0.000", CultureInfo.InvariantCulture)} ({hit.Band}), status {hit.Status}, " +
                       $"{(hit.Listed ? "listed" : "delisted")}; first seen {hit.FirstSnapshotAt}, last seen {hit.LastSeenAt}");

        h.Raw("<div class=\"side\"><section>").Element("h2", "The list entry");
        if (shown.Entry is { } entry)
        {
            h.Element("p", $"version {entry.VersionId} from {entry.FromSnapshotAt}{(entry.Current ? " (current)" : $" to {entry.ToSnapshotAt}")}");
            Fields(h, JsonNode.Parse(EntryContent.ToJson(entry.Data))!.AsObject());
        }

        h.Raw("</section><section>").Element("h2", "The watched entity");
        if (shown.Entity is { } e)
        {
            h.Raw("<dl>");
            Term(h, "id", e.Id);
            Term(h, "name", e.Name);
            Term(h, "kind", e.Kind);
            Term(h, "country", e.Country);
            Term(h, "aliases", [.. e.Aliases]);
            Term(h, "identifiers", [.. e.Identifiers.Select(i => $"{i.Key}: {i.Value}")]);
            Term(h, "notes", e.Notes);
            h.Raw("</dl>");
        }
        else
        {
            h.Element("p", "not in the watchlist (taken off, or the file cannot be read)");
        }

        h.Raw("</section></div>");
        var x = shown.Explanation;
        h.Element("h2", $"Why it matched: {x.Rule}");
        h.Element("p", $"{x.QueryName} ↔ {x.CandidateName}");
        Table(h, ["watchlist token", "list token", "similarity", "weight"], ExplanationView.Rows(x.Tokens), (h, t) =>
        {
            Cell(h, t.QueryToken ?? "—");
            Cell(h, t.CandidateToken ?? "—");
            Cell(h, t.Similarity.ToString("0.000", CultureInfo.InvariantCulture));
            Cell(h, t.Weight.ToString("0.000", CultureInfo.InvariantCulture));
        });
        foreach (var note in x.Notes)
            h.Element("p", note);

        h.Element("h2", "The entry's history");
        foreach (var change in shown.History)
        {
            h.Element("h3", $"{change.SnapshotAt}: {change.Kind}{(change.Kind != "modified" || change.Material ? "" : " (not material)")} — change {change.Id}");
            if (change.Kind == "modified" && Reports.Change(ws.Db, change.Id) is { } detail)
            {
                Table(h, ["field", "before", "after"], detail.Fields, (h, f) =>
                {
                    Cell(h, f.Field);
                    Lines(h.Open("td", "before"), Show(f.Before)).Close("td");
                    Lines(h.Open("td", "after"), Show(f.After)).Close("td");
                });
            }
        }

        h.Element("h2", "Reviews");
        Table(h, ["at", "action", "from", "to", "by", "note"], shown.Reviews, (h, r) =>
        {
            Cell(h, r.At);
            Cell(h, r.Action);
            Cell(h, r.StatusBefore);
            Cell(h, r.StatusAfter);
            Cell(h, r.Reviewer);
            Cell(h, r.Note);
        });
        h.Raw($"<form method=\"post\" action=\"/hits/{hit.Id.ToString(CultureInfo.InvariantCulture)}/review\">").Raw(Hidden(token))
            .Raw("<p><label>Note (why) <textarea name=\"note\" required></textarea></label></p><p>");
        foreach (var action in new[] { "confirm", "dismiss", "reopen" })
            h.Raw($"<button type=\"submit\" name=\"action\" value=\"{action}\">").Text(action).Raw("</button> ");
        h.Raw("as ").Text(WebApp.UserName(ctx)).Raw("</p></form>");

        h.Element("h2", "Alerts and their deliveries");
        AlertTable(h, shown.Alerts);
        return Layout(ctx, token, $"Hit {hit.Id}", h);
    }

    public static string Watchlist(
        HttpContext ctx, string token, IReadOnlyList<EntityRow> rows,
        IReadOnlyList<(string WatchlistId, string Source, double Score, string Status, bool Listed, bool Related)> hits, IReadOnlyList<string> sources)
    {
        var h = new Html();
        h.Element("h1", "Watchlist: each entity on each stored list");
        var direct = hits.Where(x => !x.Related).ToLookup(x => (x.WatchlistId, x.Source));
        Table(h, ["entity", .. sources], rows, (h, r) =>
        {
            h.Raw("<td>").Link($"/hits?entity={Html.Query(r.Id)}", r.Name).Raw("</td>");
            foreach (var source in sources)
                Cell(h, StateOn([.. direct[(r.Id, source)]]));
        });
        h.Element("p", "listed: a hit whose entry is on the list now (new: nobody has reviewed it) · dismissed: every such hit " +
                       "dismissed as another party · delisted: the entry has left the list · —: never matched on that list");
        h.Element("h2", "Totals");
        Table(h, ["entity", "name", "kind", "state", "listed hits", "new", "dismissed", "lists", "best score", "related"], rows, (h, r) =>
        {
            h.Raw("<td>").Link($"/hits?entity={Html.Query(r.Id)}", r.Id).Raw("</td>");
            Cell(h, r.Name);
            Cell(h, r.Kind);
            Cell(h, r.State);
            Cell(h, r.ListedHits.ToString(CultureInfo.InvariantCulture));
            Cell(h, r.NewHits.ToString(CultureInfo.InvariantCulture));
            Cell(h, r.DismissedHits.ToString(CultureInfo.InvariantCulture));
            Cell(h, r.Sources);
            Cell(h, r.BestScore?.ToString("0.000", CultureInfo.InvariantCulture));
            Cell(h, $"{r.Related} ({r.RelatedHits})");
        });
        return Layout(ctx, token, "Watchlist", h);
    }

    public static string Timeline(HttpContext ctx, string token, IReadOnlyList<TimelineEvent> events)
    {
        var h = new Html();
        h.Element("h1", "Timeline: when each tracked firm was listed, changed or delisted");
        if (events.Count == 0)
        {
            h.Element("p", "no event yet: nothing watched has been found on a stored list");
            return Layout(ctx, token, "Timeline", h);
        }

        var rows = events.GroupBy(e => (e.WatchlistId, e.Source)).OrderBy(g => g.Min(e => e.At), StringComparer.Ordinal).ToList();
        var times = events.Select(e => Iso.TryParseUser(e.At, out var t) ? t : DateTimeOffset.MinValue).Where(t => t != DateTimeOffset.MinValue).ToList();
        if (times.Count == 0)
            times.Add(DateTimeOffset.UnixEpoch); // no readable time: the points at the left, the table below says all
        var (from, to) = (times.Min(), times.Max());
        var span = Math.Max((to - from).TotalDays, 1);
        const int Left = 260, Width = 760, RowHeight = 22, Top = 30;
        var height = Top + (rows.Count * RowHeight) + 16;
        double X(string at) => Left + ((Iso.TryParseUser(at, out var t) ? (t - from).TotalDays : 0) / span * Width);
        h.Raw($"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Left + Width + 30}\" height=\"{height}\" role=\"img\">")
            .Raw("<title>").Text("the tracked firms' events on the lists").Raw("</title>");
        // ticks on month starts, at most about ten of them (a month apart over a short span, years apart over decades)
        var step = new[] { 1, 3, 6, 12, 24, 60, 120 }.FirstOrDefault(m => span / 30.4 / m <= 10, 240);
        for (var at = new DateTimeOffset(from.Year, 1, 1, 0, 0, 0, TimeSpan.Zero); at <= to; at = at.AddMonths(step))
        {
            if (at < from)
                continue;
            var x = Num(X(Iso.Format(at)));
            h.Raw($"<line x1=\"{x}\" y1=\"{Top - 12}\" x2=\"{x}\" y2=\"{height}\" stroke=\"#c7ced8\"/>")
                .Raw($"<text x=\"{x}\" y=\"{Top - 16}\">").Text(at.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Raw("</text>");
        }

        h.Raw($"<text x=\"{Left}\" y=\"{height - 1}\">").Text(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Raw("</text>");

        for (var i = 0; i < rows.Count; i++)
        {
            var y = Top + (i * RowHeight) + (RowHeight / 2);
            var first = rows[i].First();
            var label = $"{first.EntityName ?? first.WatchlistId} · {first.Source}";
            h.Raw($"<text x=\"4\" y=\"{y + 4}\">").Text(label.Length > 42 ? label[..40] + "…" : label).Raw("<title>").Text(label).Raw("</title></text>")
                .Raw($"<line x1=\"{Left}\" y1=\"{y}\" x2=\"{Left + Width}\" y2=\"{y}\" stroke=\"#e3e7ec\"/>");
            foreach (var e in rows[i])
            {
                var colour = e.Kind switch { "delisted" => "#6b7280", "changed" => "#d97706", _ => "#b3261e" };
                h.Raw($"<circle cx=\"{Num(X(e.At))}\" cy=\"{y}\" r=\"6\" fill=\"{colour}\"><title>")
                    .Text($"{e.At}: {e.Kind} — {e.Source} {e.EntryId} {e.EntryName} (alert {e.AlertId})").Raw("</title></circle>");
            }
        }

        h.Raw("</svg>");
        h.Element("p", "red: first seen or listed · amber: changed · grey: delisted (hover a point for the entry)");
        Table(h, ["at", "entity", "list", "entry", "event"], events, (h, e) =>
        {
            Cell(h, e.At);
            Cell(h, e.EntityName ?? e.WatchlistId);
            Cell(h, e.Source);
            Cell(h, $"{e.EntryId} {e.EntryName}");
            Cell(h, e.Kind);
        });
        return Layout(ctx, token, "Timeline", h);
    }

    /// <summary>An entity's standing on one list, from its direct hits there.</summary>
    private static string StateOn(IReadOnlyList<(string WatchlistId, string Source, double Score, string Status, bool Listed, bool Related)> hits)
    {
        var listed = hits.Where(x => x.Listed).ToList();
        if (listed.Any(x => x.Status != "dismissed"))
            return "listed" + (listed.Any(x => x.Status == "new") ? " (new)" : " (confirmed)");
        if (listed.Count > 0)
            return "dismissed";
        return hits.Count > 0 ? "delisted" : "—";
    }

    private static string Layout(HttpContext ctx, string token, string title, Html body)
    {
        var h = new Html();
        h.Raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Text("SanctionsWatch: " + title)
            .Raw("</title><link rel=\"stylesheet\" href=\"/static/site.css\"></head><body><header>")
            .Link("/", "Morning").Link("/hits", "Hits").Link("/watchlist", "Watchlist").Link("/timeline", "Timeline");
        if (ctx.User.Identity?.IsAuthenticated == true && ctx.User.Identity.AuthenticationType != "proxy")
        {
            h.Raw("<form class=\"inline\" method=\"post\" action=\"/logout\">").Raw(Hidden(token)).Text(WebApp.UserName(ctx))
                .Raw(" <button type=\"submit\">Log out</button></form>");
        }

        h.Raw("</header><main>").Raw(body.ToString()).Raw("</main></body></html>");
        return h.ToString();
    }

    private static string Hidden(string token) => $"<input type=\"hidden\" name=\"__af\" value=\"{Html.Attribute(token)}\">";

    private static void HitTable(Html h, IReadOnlyList<HitView> rows) =>
        Table(h, ["hit", "entity", "list", "entry", "name", "score", "status", "listed", "first seen", "last seen"], rows, (h, r) =>
        {
            h.Raw("<td>").Link($"/hits/{r.Id.ToString(CultureInfo.InvariantCulture)}", r.Id.ToString(CultureInfo.InvariantCulture)).Raw("</td>");
            Cell(h, r.WatchlistId);
            Cell(h, r.Source);
            Cell(h, r.EntryId);
            Cell(h, r.EntryName);
            Cell(h, r.Score.ToString("0.000", CultureInfo.InvariantCulture));
            Cell(h, r.Status);
            Cell(h, r.Listed ? "yes" : "no");
            Cell(h, r.FirstSnapshotAt);
            Cell(h, r.LastSeenAt);
        });

    private static void AlertTable(Html h, IReadOnlyList<AlertView> rows) =>
        Table(h, ["alert", "kind", "entity", "list", "entry", "name", "snapshot", "delivery"], rows, (h, a) =>
        {
            Cell(h, a.Id.ToString(CultureInfo.InvariantCulture));
            Cell(h, a.Kind);
            Cell(h, a.WatchlistId);
            Cell(h, a.Source);
            Cell(h, a.EntryId);
            Cell(h, a.EntryName);
            Cell(h, a.SnapshotAt);
            Cell(h, a.Delivery);
        });

    private static void Table<T>(Html h, string[] headers, IReadOnlyList<T> rows, Action<Html, T> cells)
    {
        if (rows.Count == 0)
        {
            h.Element("p", "(none)");
            return;
        }

        h.Raw("<table><thead><tr>");
        foreach (var header in headers)
            h.Element("th", header);
        h.Raw("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            h.Raw("<tr>");
            cells(h, row);
            h.Raw("</tr>");
        }

        h.Raw("</tbody></table>");
    }

    private static void Cell(Html h, string? text) => h.Element("td", text);

    private static void Term(Html h, string term, string? value) => Term(h, term, value is null ? [] : [value]);

    /// <summary>A term and its values, one a line (each encoded; the line breaks are the page's, not the list's).</summary>
    private static void Term(Html h, string term, IReadOnlyList<string> values)
    {
        if (values.Count == 0 || values.All(string.IsNullOrEmpty))
            return;
        h.Element("dt", term);
        Lines(h.Open("dd"), values).Close("dd");
    }

    private static Html Lines(Html h, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
                h.Raw("<br>");
            h.Text(lines[i]);
        }

        return h;
    }

    /// <summary>An entry's fields as a definition list: text as it is, lists one item a line, the rest as JSON.</summary>
    private static void Fields(Html h, JsonObject data)
    {
        h.Raw("<dl>");
        foreach (var (name, value) in data)
            Term(h, name, Show(value));
        h.Raw("</dl>");
    }

    /// <summary>A field's value as lines: text as it is, a list one item a line, an object as <c>key: value, …</c>.</summary>
    private static List<string> Show(JsonNode? value) => value switch
    {
        null => [],
        JsonArray a => [.. a.Select(One)],
        _ => [One(value)],
    };

    private static string One(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o => string.Join(", ", o.Select(p => $"{p.Key}: {One(p.Value)}")),
        JsonArray a => string.Join("; ", a.Select(One)),
        _ => value.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
    };

    private static string Num(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
