using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using SanctionsWatch.App;
using SanctionsWatch.Cli.Web;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli.Web;

/// <summary>
/// The web view in a real browser (Chromium from the system's packages, driven by Playwright): an analyst logs in,
/// reads the morning page of a store replayed from real OFAC files, opens a hit and dismisses it with a note, and finds
/// it in the trail and in the CLI; a hostile name stays text; a change without the anti-forgery token is refused.
/// Screenshots of each page go to artifacts/test-results/screenshots.
/// </summary>
[Collection(BrowserTests.Alone)]
public sealed class BrowserTests : IDisposable
{
    /// <summary>The collection that runs the browser tests alone (<see cref="BrowserTestsAlone"/>).</summary>
    public const string Alone = "browser tests, alone";

    private const string Password = "correct horse battery";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string[] Store => ["--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")];

    private async Task<WebApplication> ServeAsync()
    {
        var config = _dir.Write("appsettings.json", JsonSerializer.Serialize(new
        {
            Database = new { Path = "store.db" },
            Watchlist = new { Path = "watchlist.yaml" },
            Web = new { Users = new[] { new { Name = "alice", PasswordHash = PasswordHash.Make(Password) } } },
        }));
        var app = WebApp.Build(AppSettings.Load(config, null, null), TimeProvider.System, "http://127.0.0.1:0");
        await app.StartAsync();
        return app;
    }

    // Each page's document, not every resource's load event: under a whole test run's load a page was there, whole,
    // while its load event had not come within 120 s (the morning page after the login, a hit's page after a click).
    private static readonly PageGotoOptions Loaded = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    private static readonly PageGotoOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    // after a click, the new address once the server answered, then the words the page must show: under a whole run's
    // load the document's events came later than any wait (the page was there, whole, its DOMContentLoaded still awaited)
    private static readonly PageWaitForURLOptions UrlCommitted = new() { Timeout = 120_000, WaitUntil = WaitUntilState.Commit };

    private static async Task LogInAsync(IPage page, string baseUrl)
    {
        await page.GotoAsync(baseUrl + "/", Loaded);
        Assert.EndsWith("/login?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);
        await page.FillAsync("input[name=user]", "alice");
        await page.FillAsync("input[name=password]", Password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            await page.WaitForURLAsync(baseUrl + "/", UrlCommitted);
            await page.GetByText("New hits to review").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        }
        catch (TimeoutException)
        {
            // where the login led, and what the page said, rather than a bare timeout
            Assert.Fail($"login led to {page.Url}: {await page.TextContentAsync("body")}");
        }
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestBrowser.ScreenshotFolder, name + ".png"), FullPage = true });

    [BrowserSharedDataFact]
    public async Task An_analyst_logs_in_reads_the_morning_opens_a_hit_and_dismisses_it_with_a_note()
    {
        File.Copy(Path.Combine(SharedData.ProjectRoot, "config", "watchlist.yaml"), _dir.File("watchlist.yaml"));
        var lists = Path.Combine(_dir.Path, "lists");
        Directory.CreateDirectory(lists);
        // ten real versions, 2021-08 to 2024-05: the firms appear, change and some leave (the timeline's picture)
        foreach (var name in new[]
                 {
                     "sdn_2021-08-18T0939.csv", "sdn_2022-02-24T0152.csv", "sdn_2022-03-04T0203.csv", "sdn_2022-06-28T1855.csv",
                     "sdn_2022-07-06T1852.csv", "sdn_2023-02-24T1845.csv", "sdn_2023-05-19T1843.csv", "sdn_2023-11-02T1843.csv",
                     "sdn_2024-02-23T1843.csv", "sdn_2024-05-03T1843.csv",
                 })
            File.Copy(OfacHistory.PathOf(name), Path.Combine(lists, name));
        var replay = CliProcess.Run(_dir.Path, ["replay", lists, .. Store]);
        Assert.True(replay.ExitCode == 0, replay.Err);

        await using var app = await ServeAsync();
        var baseUrl = app.Urls.First();
        var (playwright, browser) = await TestBrowser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            page.SetDefaultTimeout(120_000); // a loaded CI machine: the morning page of ten real lists is not instant there
            var dialogs = 0;
            page.Dialog += (_, d) => dialogs++;
            await ShotAsync(page, "login");
            await LogInAsync(page, baseUrl);
            Assert.Contains("New hits to review", await page.TextContentAsync("main") ?? "", StringComparison.Ordinal);
            Assert.Contains("Alerts not yet delivered", await page.TextContentAsync("main") ?? "", StringComparison.Ordinal);
            await ShotAsync(page, "morning");

            // Rostec's hit, from the hits page filtered by entity
            await page.GotoAsync(baseUrl + "/hits?entity=ru-rostec", Loaded);
            await ShotAsync(page, "hits");
            await page.ClickAsync("table tbody tr:first-child td:first-child a");
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/hits/\\d+$"), UrlCommitted);
            await page.GetByText("Why it matched").WaitForAsync();
            var hitId = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("Why it matched", await page.TextContentAsync("main") ?? "", StringComparison.Ordinal);
            await ShotAsync(page, "hit");

            await page.FillAsync("textarea[name=note]", "a parent's INN quoted in the remarks: not our counterparty");
            await page.ClickAsync("button[value=dismiss]");
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("said="), UrlCommitted);
            await page.GetByText("new → dismissed by alice").WaitForAsync();
            var main = await page.TextContentAsync("main") ?? "";
            Assert.Contains("new → dismissed by alice", main, StringComparison.Ordinal);
            Assert.Contains("a parent's INN quoted in the remarks: not our counterparty", main, StringComparison.Ordinal);

            await page.GotoAsync(baseUrl + "/watchlist", Loaded);
            await ShotAsync(page, "watchlist");
            await page.GotoAsync(baseUrl + "/timeline", Loaded);
            Assert.Equal(1, await page.Locator("svg.timeline").CountAsync());
            await ShotAsync(page, "timeline");
            Assert.Equal(0, dialogs);

            var dismissed = CliProcess.Run(_dir.Path, ["hits", "--status", "dismissed", "--format", "json", .. Store]);
            using var json = JsonDocument.Parse(dismissed.Out);
            Assert.Equal(hitId, json.RootElement.EnumerateArray().Single().GetProperty("id").GetInt64());
            var trail = CliProcess.Run(_dir.Path, ["export", "reviews", "--format", "json", .. Store]);
            using var reviews = JsonDocument.Parse(trail.Out);
            Assert.Equal("alice", reviews.RootElement.EnumerateArray().Single().GetProperty("reviewer").GetString());
        }
    }

    [BrowserFact]
    public async Task A_hostile_name_shows_as_text_and_a_change_without_the_token_is_refused()
    {
        _dir.Write("watchlist.yaml", "entities:\n  - id: ru-rostec\n    name: Rostec\n    kind: organization\n");
        const string Hostile = "ROSTEC <script>alert(1)</script> \u202Egnp.exe";
        _dir.Write("v1/sdn.csv", OfacCsv.File([OfacCsv.Row(17260, Hostile), .. OfacCsv.Filler(30)]));
        var sync = CliProcess.Run(_dir.Path, ["sync", "--file", _dir.File("v1/sdn.csv"), "--as-of", "2022-06-28T18:55Z", .. Store]);
        Assert.True(sync.ExitCode == 0, sync.Err);

        await using var app = await ServeAsync();
        var baseUrl = app.Urls.First();
        var (playwright, browser) = await TestBrowser.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            page.SetDefaultTimeout(120_000);
            var dialogs = 0;
            page.Dialog += async (_, d) =>
            {
                dialogs++;
                await d.DismissAsync();
            };
            await LogInAsync(page, baseUrl);
            await page.GotoAsync(baseUrl + "/hits/1", Committed);
            await page.GetByText("Why it matched").WaitForAsync();
            var text = await page.TextContentAsync("main") ?? "";
            Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal); // shown as text
            Assert.Contains("\\u202e", text, StringComparison.Ordinal); // the override made visible
            Assert.Equal(0, await page.Locator("main script").CountAsync());
            await ShotAsync(page, "hostile-name");

            // A change from outside the page (no anti-forgery token), with the logged-in user's cookies
            var forged = await page.APIRequest.PostAsync(baseUrl + "/hits/1/review", new APIRequestContextOptions
            {
                Form = page.APIRequest.CreateFormData().Set("action", "dismiss").Set("note", "forged"),
                MaxRedirects = 0,
            });
            Assert.Equal(400, forged.Status);
            Assert.Equal(0, dialogs);
        }

        var trail = CliProcess.Run(_dir.Path, ["export", "reviews", "--format", "json", .. Store]);
        Assert.Equal("[]", trail.Out.Trim());
    }
}

/// <summary>
/// The browser tests run alone, after every other test: in a whole run on the 2-core machine the morning page of the real
/// lists was not rendered within 120 s while the other tests ran beside it (twice on 2026-12-07, at the login and after a
/// click); alone it takes seconds.
/// </summary>
[CollectionDefinition(BrowserTests.Alone, DisableParallelization = true)]
public sealed class BrowserTestsAlone
{
}
