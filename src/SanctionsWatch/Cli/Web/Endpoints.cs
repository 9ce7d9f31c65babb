using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SanctionsWatch.App;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Cli.Web;

/// <summary>The routes of the web view: each page, its JSON twin under <c>/api</c>, the review form, login and logout.</summary>
internal static class Endpoints
{
    private const int PageSize = 50;

    /// <summary>Pages beyond 10,000 hits are for <c>export hits</c>: each page reads every hit before it.</summary>
    private const int MaxPage = 200;

    public static void Map(WebApplication app)
    {
        app.MapGet("/static/site.css", () => Results.Text(Pages.Css, "text/css; charset=utf-8"));
        app.MapGet("/login", (HttpContext ctx) => WebApp.Page(Pages.Login(Token(ctx), null)));
        app.MapPost("/login", (Delegate)LoginAsync).RequireRateLimiting(WebApp.LoginLimit);
        app.MapPost("/logout", async (HttpContext ctx) =>
        {
            if (!await WebApp.ValidAsync(ctx))
                return Refused();
            await ctx.SignOutAsync();
            return Results.Redirect("/login");
        }).RequireAuthorization();

        app.MapGet("/", (HttpContext ctx) => WithWorkspace(ctx, ws => WebApp.Page(Pages.Morning(ctx, Token(ctx), Status(ws))))).RequireAuthorization();
        app.MapGet("/api/status", (HttpContext ctx) => WithWorkspace(ctx, ws => WebApp.Json(Status(ws)))).RequireAuthorization();

        app.MapGet("/hits", (HttpContext ctx) => WithWorkspace(ctx, ws =>
        {
            var (filter, page, error) = HitFilter(ctx.Request.Query);
            var rows = error is null ? Queries.Hits(ws.Db, filter with { Limit = (page * PageSize) + 1 }) : [];
            return WebApp.Page(Pages.Hits(ctx, Token(ctx), [.. rows.Skip((page - 1) * PageSize).Take(PageSize)], page, rows.Count > page * PageSize, error));
        })).RequireAuthorization();
        app.MapGet("/api/hits", (HttpContext ctx) => WithWorkspace(ctx, ws =>
        {
            var (filter, page, error) = HitFilter(ctx.Request.Query);
            if (error is not null)
                return Results.BadRequest(error);
            return WebApp.Json(Queries.Hits(ws.Db, filter with { Limit = page * PageSize }).Skip((page - 1) * PageSize).ToList());
        })).RequireAuthorization();

        app.MapGet("/hits/{id:long}", (HttpContext ctx, long id) => WithWorkspace(ctx, ws =>
        {
            var shown = HitCommands.Shown(ws, id, _ => { });
            return shown is null
                ? WebApp.Page(Pages.NotFound(ctx, Token(ctx), $"hit {id} does not exist"), 404)
                : WebApp.Page(Pages.Hit(ctx, Token(ctx), shown, ws, Said(ctx)));
        })).RequireAuthorization();
        app.MapGet("/api/hits/{id:long}", (HttpContext ctx, long id) => WithWorkspace(ctx, ws =>
            HitCommands.Shown(ws, id, _ => { }) is { } shown ? WebApp.Json(shown) : Results.NotFound($"hit {id} does not exist"))).RequireAuthorization();
        app.MapPost("/hits/{id:long}/review", (Delegate)ReviewAsync).RequireAuthorization();

        app.MapGet("/watchlist", (HttpContext ctx) => WithWorkspace(ctx, ws => WebApp.Page(Pages.Watchlist(
            ctx, Token(ctx), WatchlistCommands.Rows(ws), Queries.HitSummaries(ws.Db), [.. SourceCommands.Rows(ws).Where(s => s.Entries > 0).Select(s => s.Source)])))).RequireAuthorization();
        app.MapGet("/api/watchlist", (HttpContext ctx) => WithWorkspace(ctx, ws => WebApp.Json(WatchlistCommands.Rows(ws)))).RequireAuthorization();

        app.MapGet("/timeline", (HttpContext ctx) => WithWorkspace(ctx, ws => WebApp.Page(Pages.Timeline(ctx, Token(ctx), Timeline.Events(ws))))).RequireAuthorization();
        app.MapGet("/api/timeline", (HttpContext ctx) => WithWorkspace(ctx, ws => WebApp.Json(Timeline.Events(ws)))).RequireAuthorization();
    }

    private static StatusReport Status(Workspace ws) =>
        StatusCommands.Build(ws, Hosting.AlertSettings.From(ws.Settings).Delivery.QueueSince);

    private static string Token(HttpContext ctx) =>
        ctx.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(ctx).RequestToken ?? "";

    private static IResult Refused() =>
        Results.Text("refused: the form's anti-forgery token is missing or wrong (reload the page and try again)", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>Runs a page against a workspace; a store that cannot be read is a page saying why, not a stack trace.</summary>
    private static IResult WithWorkspace(HttpContext ctx, Func<Workspace, IResult> page)
    {
        try
        {
            return page(WebApp.Workspace(ctx));
        }
        catch (Exception ex) when (ex is FileNotFoundException or NotAStoreException or System.Data.Common.DbException or Watchlists.WatchlistException)
        {
            return WebApp.Page(Pages.NotFound(ctx, "", "the store cannot be read: " + ex.Message), 503);
        }
    }

    private static async Task<IResult> LoginAsync(HttpContext ctx)
    {
        if (!await WebApp.ValidAsync(ctx))
            return Refused();
        var form = await ctx.Request.ReadFormAsync();
        var name = form["user"].ToString().Trim();
        var password = form["password"].ToString();
        var users = ctx.RequestServices.GetRequiredService<AppSettings>().Options.Web.Users;
        var user = users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        // The hash is checked even for an unknown name, so the answer takes as long either way.
        var ok = PasswordHash.Verify(password, user?.PasswordHash ?? Unknown) && user is not null;
        if (!ok)
            return WebApp.Page(Pages.Login(Token(ctx), "wrong name or password"), 401);
        await WebApp.SignInAsync(ctx, user!);
        return Results.Redirect("/");
    }

    private static readonly string Unknown = PasswordHash.Make(Guid.NewGuid().ToString());

    private static async Task<IResult> ReviewAsync(HttpContext ctx, long id)
    {
        if (!await WebApp.ValidAsync(ctx))
            return Refused();
        var form = await ctx.Request.ReadFormAsync();
        var note = form["note"].ToString().Trim();
        ReviewAction? action = form["action"].ToString() switch
        {
            "confirm" => ReviewAction.Confirm,
            "dismiss" => ReviewAction.Dismiss,
            "reopen" => ReviewAction.Reopen,
            _ => null,
        };
        string said;
        if (action is null)
        {
            said = "choose confirm, dismiss or reopen";
        }
        else if (note.Length == 0)
        {
            said = "a note must say why (it is kept in the review trail)";
        }
        else
        {
            try
            {
                var ws = WebApp.Workspace(ctx);
                var review = HitReviews.Apply(ws.Db, id, action.Value, note, WebApp.UserName(ctx), ws.Time);
                said = $"hit {id}: {review.StatusBefore} → {review.StatusAfter} by {review.Reviewer}";
            }
            catch (Exception ex) when (ex is HitReviewException or ArgumentException)
            {
                said = ex.Message;
            }
        }

        return Results.Redirect($"/hits/{id}?said={Uri.EscapeDataString(SaidProtector(ctx).Protect(said, TimeSpan.FromMinutes(5)))}");
    }

    /// <summary>
    /// What a review's redirect says, sealed by the app's data-protection keys for five minutes: the page shows only
    /// what this server wrote, never text a link brings in (a crafted <c>?said=</c> to mislead a reviewer).
    /// </summary>
    private static ITimeLimitedDataProtector SaidProtector(HttpContext ctx) =>
        ctx.RequestServices.GetDataProtector("SanctionsWatch.Web.Said").ToTimeLimitedDataProtector();

    private static string? Said(HttpContext ctx)
    {
        var sealedText = ctx.Request.Query["said"].ToString();
        if (sealedText.Length == 0)
            return null;
        try
        {
            return SaidProtector(ctx).Unprotect(sealedText);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // not written by this server, or too old
        }
    }

    /// <summary>The hits page's filters, as the CLI's (<c>status</c>, <c>source</c>, <c>entity</c>, <c>since</c>, <c>until</c>, <c>min-score</c>), and the page.</summary>
    private static (QueryFilter Filter, int Page, string? Error) HitFilter(IQueryCollection q)
    {
        string? Value(string key) => q[key].ToString() is { Length: > 0 } v ? v : null;
        string? error = null;
        var status = Value("status");
        if (status is not null && status is not ("new" or "confirmed" or "dismissed"))
            error = $"status must be new, confirmed or dismissed, not '{status}'";
        string? Time(string key)
        {
            if (Value(key) is not { } text)
                return null;
            if (Iso.TryParseUser(text, out var at))
                return Iso.Format(at);
            error ??= $"{key} must be a date or date-time (2024-01-31, 2024-01-31T10:00Z), not '{text}'";
            return null;
        }

        double? minScore = null;
        if (Value("min-score") is { } s)
        {
            if (double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var m) && m is >= 0 and <= 1)
                minScore = m;
            else
                error ??= $"min-score must be a number from 0 to 1, not '{s}'";
        }

        var page = int.TryParse(Value("page"), out var p) && p >= 1 ? Math.Min(p, MaxPage) : 1;
        var filter = new QueryFilter
        {
            Kind = error is null ? status : null,
            Source = Value("source"),
            WatchlistId = Value("entity"),
            Since = Time("since"),
            Until = Time("until"),
            MinScore = minScore,
        };
        return (filter, page, error);
    }
}
