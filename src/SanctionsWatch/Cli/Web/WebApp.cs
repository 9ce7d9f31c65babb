using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SanctionsWatch.App;

namespace SanctionsWatch.Cli.Web;

/// <summary>
/// The web view of the hit log (<c>serve</c>, <c>run --web</c>): ASP.NET Core on <c>Web:Urls</c>, the same store and
/// configuration as the CLI, pages rendered on the server (no script at all: the timeline is SVG), a JSON endpoint per
/// page with the CLI's field names. Off unless a user can log in (<c>Web:Users</c>, or <c>Web:TrustProxyUser</c>);
/// every change carries an anti-forgery token; a strict Content-Security-Policy; cookies HttpOnly, SameSite=Strict,
/// Secure but on loopback; a non-loopback address without TLS is refused unless <c>Web:AllowInsecureRemote</c>.
/// </summary>
internal static class WebApp
{
    /// <summary>The rate limit of the login form.</summary>
    public const string LoginLimit = "login";

    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Refuses a configuration the web view cannot be served safely with (a <see cref="UsageException"/>, exit 2).</summary>
    public static IReadOnlyList<Uri> CheckSettings(WebOptions web)
    {
        if (web.Users.Count == 0 && string.IsNullOrWhiteSpace(web.TrustProxyUser))
        {
            throw new UsageException(
                "the web view is off: configure Web:Users (a name and a hash from 'serve hash-password') or Web:TrustProxyUser");
        }

        foreach (var user in web.Users)
        {
            if (string.IsNullOrWhiteSpace(user.Name) || !PasswordHash.IsWellFormed(user.PasswordHash))
            {
                throw new UsageException(
                    $"configuration Web:Users: '{user.Name}' must have a name and a PasswordHash made by 'sanctionswatch serve hash-password'");
            }
        }

        var urls = new List<Uri>();
        foreach (var text in web.Urls.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                throw new UsageException($"configuration Web:Urls must be http:// or https:// addresses, not '{text}'");
            if (url.Scheme == "http" && !IsLoopback(url.Host) && !web.AllowInsecureRemote)
            {
                throw new UsageException(
                    $"configuration Web:Urls: {text} is not a loopback address and has no TLS: analysts' passwords and the hit log " +
                    "would cross the network in clear. Put TLS in front (a reverse proxy on this machine, Web:Urls on 127.0.0.1) " +
                    "or set Web:AllowInsecureRemote true if the network is yours");
            }

            urls.Add(url);
        }

        return urls;
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    public static WebApplication Build(AppSettings settings, TimeProvider time, string? urls = null)
    {
        var web = settings.Options.Web;
        var addresses = CheckSettings(urls is null ? web : new WebOptions { Urls = urls, Users = web.Users, TrustProxyUser = web.TrustProxyUser, AllowInsecureRemote = web.AllowInsecureRemote });
        // Secure cookies always where every address is https; otherwise as the request came (https through a TLS proxy,
        // whose X-Forwarded-Proto is believed from loopback): a cookie marked Secure on plain http fails every request.
        var securePolicy = addresses.All(a => a.Scheme == "https") ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = settings.BaseDirectory,
            EnvironmentName = "Production", // never the developer exception page, whatever ASPNETCORE_ENVIRONMENT says
        });
        builder.WebHost.UseUrls([.. addresses.Select(a => a.ToString())]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // The keys that sign the login and anti-forgery cookies, kept beside the store (0640 by the program's umask):
        // a restart does not log everyone out, and every node of a cluster sharing the folder accepts the same cookies.
        // The folder is 0700: whoever reads the keys can forge a login.
        var keys = Path.Combine(settings.DataDirectory, "web-keys");
        if (!OperatingSystem.IsWindows())
            Directory.CreateDirectory(keys, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        builder.Services.AddDataProtection()
            .SetApplicationName("SanctionsWatch")
            .PersistKeysToFileSystem(new DirectoryInfo(keys));
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(time);
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sw_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = securePolicy;
            o.FormFieldName = "__af";
        });
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "sw_auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = securePolicy;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/login";
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
                    ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else
                    ctx.Response.Redirect("/login?ReturnUrl=" + Uri.EscapeDataString(ctx.Request.Path + ctx.Request.QueryString)); // relative: not built from the Host header
                return Task.CompletedTask;
            };
            // A session ends when its user is taken off Web:Users or given a new password.
            o.Events.OnValidatePrincipal = ctx =>
            {
                var name = ctx.Principal?.Identity?.Name;
                var key = ctx.Principal?.FindFirst(PasswordClaim)?.Value;
                if (ctx.Principal?.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme
                    && !web.Users.Any(u => u.Name == name && SessionKey(u.PasswordHash) == key))
                {
                    ctx.RejectPrincipal();
                }

                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorization();
        // Ten login attempts a minute per address: a password cannot be guessed at speed, and the hash's cost (a tenth
        // of a second each) cannot be turned against the server.
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginLimit, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        var app = builder.Build();
        string? proxyUser = web.TrustProxyUser is { Length: > 0 } h ? h : null;
        if (proxyUser is not null)
        {
            // A reverse proxy on this machine has authenticated the user and names them in a header (it must remove the
            // client's own copy of that header). Read here, on the connection as it came, before the forwarded
            // headers replace its address: a header from any other address is ignored; with Web:Users set, only their
            // names are believed.
            app.Use(async (ctx, next) =>
            {
                if (ctx.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
                    && ctx.Request.Headers[proxyUser].ToString().Trim() is { Length: > 0 } user
                    && (web.Users.Count == 0 || web.Users.Any(u => u.Name == user)))
                {
                    ctx.Items[ProxiedUser] = user;
                }

                await next(ctx);
            });
        }

        // Behind a TLS proxy on loopback: the client's address (for the login limit) and scheme (for Secure cookies).
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.Use(async (ctx, next) =>
        {
            var headers = ctx.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            await next(ctx);
        });
        app.UseAuthentication();
        if (proxyUser is not null)
        {
            app.Use(async (ctx, next) =>
            {
                if (ctx.User.Identity?.IsAuthenticated != true && ctx.Items[ProxiedUser] is string user)
                    ctx.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], "proxy"));
                await next(ctx);
            });
        }

        app.UseAuthorization();
        app.UseRateLimiter();
        Endpoints.Map(app);
        return app;
    }

    /// <summary>The logged-in user's name: the reviewer of what they decide.</summary>
    public static string UserName(HttpContext ctx) => ctx.User.Identity?.Name ?? "";

    /// <summary>Refuses a change whose form lacks the anti-forgery token of this user's session.</summary>
    public static async Task<bool> ValidAsync(HttpContext ctx)
    {
        try
        {
            await ctx.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(ctx);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private const string ProxiedUser = "sanctionswatch.proxied-user";

    /// <summary>The claim that ties a session to the password it was opened with.</summary>
    private const string PasswordClaim = "sanctionswatch.password";

    /// <summary>A short digest of a user's password hash: a new password ends the sessions opened with the old one.</summary>
    private static string SessionKey(string passwordHash) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(passwordHash)))[..16];

    public static async Task SignInAsync(HttpContext ctx, WebUser user) =>
        await ctx.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, user.Name), new Claim(PasswordClaim, SessionKey(user.PasswordHash))],
                CookieAuthenticationDefaults.AuthenticationScheme)));

    /// <summary>A workspace for one request: the store opened when first used (never created), disposed with the request.</summary>
    public static Workspace Workspace(HttpContext ctx)
    {
        var ws = new Workspace(ctx.RequestServices.GetRequiredService<AppSettings>(), ctx.RequestServices.GetRequiredService<TimeProvider>(), createsStore: false);
        ctx.Response.RegisterForDispose(ws);
        return ws;
    }

    /// <summary>The CLI's JSON of a value, as the response.</summary>
    public static IResult Json<T>(T value) => Results.Text(Output.ToJson(value), "application/json; charset=utf-8");

    /// <summary>A page, as the response.</summary>
    public static IResult Page(string html, int status = 200) => Results.Text(html, "text/html; charset=utf-8", statusCode: status);
}
