using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using SanctionsWatch.App;
using SanctionsWatch.Cli.Web;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli.Web;

/// <summary>
/// The web view served for real (Kestrel on a free loopback port, in this process) over a store filled by the CLI from
/// hand-written OFAC files, one of whose names carries markup and a bidi override.
/// </summary>
public sealed partial class WebViewTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private const string Hostile = "ROSTEC <script>alert(1)</script> \u202Etxt.exe";

    private readonly TempDir _dir = new();
    private WebApplication? _app;
    private string _base = "";

    public async Task InitializeAsync()
    {
        _dir.Write("watchlist.yaml", """
            entities:
              - id: ru-rostec
                name: Rostec
                kind: organization
              - id: ru-kurganmashzavod
                name: Kurganmashzavod
                kind: organization
            """);
        _dir.Write("v1/sdn.csv", OfacCsv.File([OfacCsv.Row(17260, Hostile), AlertStore.Kurgan, .. OfacCsv.Filler(30)]));
        _dir.Write("v2/sdn.csv", OfacCsv.File([OfacCsv.Row(17260, Hostile, remarks: "Tax ID No. 7704274402 (Russia)."), .. OfacCsv.Filler(30)]));
        Sync("v1/sdn.csv", "2022-06-28T18:55Z");
        Sync("v2/sdn.csv", "2022-07-06T18:52Z");
        _app = Start(Config(new { Users = new[] { new { Name = "alice", PasswordHash = PasswordHash.Make(Password) } } }));
        await _app.StartAsync();
        _base = _app.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _dir.Dispose();
    }

    private void Sync(string file, string asOf)
    {
        var r = CliProcess.Run(_dir.Path, "sync", "--file", _dir.File(file), "--as-of", asOf, "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml"));
        Assert.True(r.ExitCode == 0, r.Err);
    }

    private string Config(object web) => _dir.Write("appsettings.json", JsonSerializer.Serialize(new
    {
        Database = new { Path = "store.db" },
        Watchlist = new { Path = "watchlist.yaml" },
        Web = web,
    }));

    private static WebApplication Start(string config) =>
        WebApp.Build(AppSettings.Load(config, null, null), TimeProvider.System, "http://127.0.0.1:0");

    private HttpClient Client(bool followRedirects = false)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = followRedirects, CookieContainer = new CookieContainer(), UseCookies = true };
        return new HttpClient(handler) { BaseAddress = new Uri(_base) };
    }

    private static async Task<string> TokenOf(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path);
        return TokenField().Match(page).Groups[1].Value.Replace("&#x2B;", "+", StringComparison.Ordinal).Replace("&#x2F;", "/", StringComparison.Ordinal).Replace("&#x3D;", "=", StringComparison.Ordinal);
    }

    private async Task<HttpClient> LoggedIn()
    {
        var client = Client();
        var token = await TokenOf(client, "/login");
        var login = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["user"] = "alice",
            ["password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("sw_auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase)
                                      && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
        return client;
    }

    [Fact]
    public async Task Nothing_is_shown_before_login_and_a_wrong_password_is_refused()
    {
        using var client = Client();
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2F", page.Headers.Location!.OriginalString); // relative: never built from the Host header
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/hits")).StatusCode);

        var token = await TokenOf(client, "/login");
        var wrong = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["user"] = "alice",
            ["password"] = "guess",
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("wrong name or password", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/hits")).StatusCode);

        // Guessing at speed: after ten attempts in a minute the address is turned away.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__af"] = token,
                ["user"] = "alice",
                ["password"] = "guess" + i,
            }))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Every_page_is_served_with_a_strict_policy_and_shows_list_text_as_text()
    {
        using var client = await LoggedIn();
        foreach (var path in new[] { "/", "/hits", "/hits/1", "/watchlist", "/timeline" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, path + ": " + response.StatusCode);
            Assert.Equal(WebApp.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
            if (path is "/hits" or "/hits/1" or "/timeline")
                Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        }

        var hit = await client.GetStringAsync("/hits/1");
        Assert.Contains("\\u202e", hit, StringComparison.Ordinal); // the override shown, not obeyed
        Assert.Contains("Why it matched", hit, StringComparison.Ordinal);
        Assert.Contains("7704274402", hit, StringComparison.Ordinal); // the entry's history: the remark added in v2
        Assert.Contains("<svg", await client.GetStringAsync("/timeline"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_from_the_page_goes_into_the_CLI_trail_and_one_without_the_token_is_refused()
    {
        using var client = await LoggedIn();
        var forged = await client.PostAsync("/hits/1/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["action"] = "dismiss",
            ["note"] = "forged from another site",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var token = await TokenOf(client, "/hits/1");
        var review = await client.PostAsync("/hits/1/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["action"] = "dismiss",
            ["note"] = "another Rostec <b>not ours</b>",
        }));
        Assert.Equal(HttpStatusCode.Redirect, review.StatusCode);
        Assert.Contains("dismissed by alice", await client.GetStringAsync(review.Headers.Location!), StringComparison.Ordinal);

        // the page says only what this server wrote: a link's own text is not shown
        var crafted = await client.GetStringAsync("/hits/1?said=" + Uri.EscapeDataString("Your session expired: log in at evil.example"));
        Assert.DoesNotContain("evil.example", crafted, StringComparison.Ordinal);

        var cli = CliProcess.Run(_dir.Path, "hits", "--status", "dismissed", "--format", "json", "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml"));
        using var json = JsonDocument.Parse(cli.Out);
        Assert.Equal(1, json.RootElement.EnumerateArray().Single().GetProperty("id").GetInt64());
        var trail = CliProcess.Run(_dir.Path, "export", "reviews", "--format", "json", "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml"));
        using var reviews = JsonDocument.Parse(trail.Out);
        var only = reviews.RootElement.EnumerateArray().Single();
        Assert.Equal(("alice", "another Rostec <b>not ours</b>"), (only.GetProperty("reviewer").GetString(), only.GetProperty("note").GetString()));
        Assert.Contains("another Rostec &lt;b&gt;not ours&lt;/b&gt;", await client.GetStringAsync("/hits/1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_pages_JSON_has_the_CLI_field_names_and_values()
    {
        using var client = await LoggedIn();
        string Cli(params string[] args) =>
            CliProcess.Run(_dir.Path, [.. args, "--format", "json", "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")]).Out;

        Assert.Equal(Normal(Cli("hits", "show", "1")), Normal(await client.GetStringAsync("/api/hits/1")));
        Assert.Equal(Normal(Cli("hits")), Normal(await client.GetStringAsync("/api/hits")));
        Assert.Equal(Normal(Cli("watchlist")), Normal(await client.GetStringAsync("/api/watchlist")));
        using var status = JsonDocument.Parse(await client.GetStringAsync("/api/status"));
        using var cliStatus = JsonDocument.Parse(Cli("status"));
        Assert.Equal(
            cliStatus.RootElement.EnumerateObject().Select(p => p.Name),
            status.RootElement.EnumerateObject().Select(p => p.Name));
        using var timeline = JsonDocument.Parse(await client.GetStringAsync("/api/timeline"));
        Assert.Contains(timeline.RootElement.EnumerateArray(), e => e.GetProperty("watchlist_id").GetString() == "ru-rostec" && e.GetProperty("kind").GetString() == "first-seen");
    }

    [Fact]
    public async Task Without_users_the_view_is_off_and_a_remote_address_without_TLS_is_refused()
    {
        var off = Assert.Throws<UsageException>(() => Start(Config(new { Urls = "http://127.0.0.1:0" })));
        Assert.Contains("the web view is off", off.Message, StringComparison.Ordinal);
        var users = new[] { new { Name = "alice", PasswordHash = PasswordHash.Make(Password) } };
        var remote = Assert.Throws<UsageException>(() => WebApp.Build(AppSettings.Load(Config(new { Users = users }), null, null), TimeProvider.System, "http://0.0.0.0:5080"));
        Assert.Contains("not a loopback address and has no TLS", remote.Message, StringComparison.Ordinal);
        var badHash = Assert.Throws<UsageException>(() => Start(Config(new { Users = new[] { new { Name = "bob", PasswordHash = "plain-password" } } })));
        Assert.Contains("'bob' must have a name and a PasswordHash", badHash.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("plain-password", badHash.Message, StringComparison.Ordinal);

        var cli = CliProcess.Run(_dir.Path, "serve", "--config", Config(new { Urls = "http://127.0.0.1:0" }));
        Assert.Equal(2, cli.ExitCode);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_session_ends_when_its_user_gets_a_new_password()
    {
        using var client = await LoggedIn();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        await _app!.DisposeAsync();

        // Restarted with the same keys (beside the store): the same password keeps the session, a new one ends it.
        var cookies = client; // the same cookie jar (cookies are per host, not per port)
        await using (var same = Start(Config(new { Users = new[] { new { Name = "alice", PasswordHash = SameHash() } } })))
        {
            await same.StartAsync();
            var response = await cookies.GetAsync(same.Urls.First() + "/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var changed = Start(Config(new { Users = new[] { new { Name = "alice", PasswordHash = PasswordHash.Make("a new passphrase") } } }));
        await changed.StartAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await cookies.GetAsync(changed.Urls.First() + "/")).StatusCode);
        _app = null;
    }

    private string SameHash() =>
        JsonDocument.Parse(File.ReadAllText(_dir.File("appsettings.json"))).RootElement.GetProperty("Web").GetProperty("Users")[0].GetProperty("PasswordHash").GetString()!;

    [Fact]
    public async Task Behind_a_proxy_a_name_not_among_the_users_is_not_believed()
    {
        await using var proxied = Start(Config(new
        {
            TrustProxyUser = "X-Forwarded-User",
            Users = new[] { new { Name = "alice", PasswordHash = PasswordHash.Make(Password) } },
        }));
        await proxied.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(proxied.Urls.First()) };
        client.DefaultRequestHeaders.Add("X-Forwarded-User", "mallory");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        client.DefaultRequestHeaders.Remove("X-Forwarded-User");
        client.DefaultRequestHeaders.Add("X-Forwarded-User", "alice");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Behind_a_proxy_the_user_it_names_reviews_under_that_name()
    {
        await using var proxied = Start(Config(new { TrustProxyUser = "X-Forwarded-User" }));
        await proxied.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(proxied.Urls.First()),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode); // no header: not logged in
        client.DefaultRequestHeaders.Add("X-Forwarded-User", "bob");
        var token = await TokenOf(client, "/hits/2");
        var review = await client.PostAsync("/hits/2/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token,
            ["action"] = "confirm",
            ["note"] = "same INN",
        }));
        Assert.Contains("confirmed by bob", await client.GetStringAsync(review.Headers.Location!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_with_web_serves_the_view_beside_the_worker_and_stops_with_it()
    {
        var port = HttpReceiver.FreePort();
        var config = Config(new { Urls = $"http://127.0.0.1:{port}", Users = new[] { new { Name = "alice", PasswordHash = PasswordHash.Make(Password) } } });
        using var worker = new WorkerProcess(_dir.Path, "--config", config, "--web");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var login = "";
        await HttpReceiver.WaitUntil(
            () =>
            {
                try
                {
                    login = client.GetStringAsync("/login").GetAwaiter().GetResult();
                    return true;
                }
                catch (HttpRequestException)
                {
                    return false; // not listening yet
                }
            },
            TimeSpan.FromSeconds(60),
            "the web view of 'run --web'\n" + worker.Output);
        Assert.Contains("name=\"password\"", login, StringComparison.Ordinal);
        Assert.True(worker.Terminate(TimeSpan.FromSeconds(30)), "graceful stop\n" + worker.Output);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync("/login"));

        // Without a user, 'run --web' is refused before the worker starts.
        using var refused = new WorkerProcess(_dir.Path, "--config", Config(new { Urls = $"http://127.0.0.1:{port}" }), "--web");
        await HttpReceiver.WaitUntil(() => refused.HasExited, TimeSpan.FromSeconds(60), "the refusal\n" + refused.Output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("the web view is off", refused.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hits_page_filters_and_pages_as_the_CLI_does_and_says_what_is_wrong_in_a_filter()
    {
        using var client = await LoggedIn();
        var newOnes = await client.GetStringAsync("/hits?status=new&entity=ru-kurganmashzavod");
        Assert.Contains("KURGANMASHZAVOD", newOnes, StringComparison.Ordinal);
        Assert.DoesNotContain("ROSTEC", newOnes, StringComparison.Ordinal);
        var empty = await client.GetStringAsync("/hits?page=2");
        Assert.Contains("page 2", empty, StringComparison.Ordinal);
        Assert.Contains("(none)", empty, StringComparison.Ordinal);
        var wrong = await client.GetStringAsync("/hits?since=yesterday-ish&status=%3Cb%3E");
        Assert.Contains("status must be new, confirmed or dismissed, not &#x27;&lt;b&gt;&#x27;", wrong, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/hits?min-score=2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/hits/999999")).StatusCode);
    }

    private static string Normal(string json)
    {
        json = Regex.Replace(json, "\"(generated_at|age)\":\"[^\"]*\"", "\"$1\":\"\"");
        return JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();
}
