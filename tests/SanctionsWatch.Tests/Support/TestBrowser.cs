using Microsoft.Playwright;

namespace SanctionsWatch.Tests.Support;

/// <summary>
/// Chromium from the system's packages (<c>chromium</c>: <c>scripts/test.sh</c> installs it with apt-get where it is
/// missing; no browser download is possible here), driven by Playwright. SANCTIONSWATCH_CHROMIUM names another binary.
/// Without one the browser tests are skipped with the reason, except where CI is set: there they fail.
/// </summary>
public static class TestBrowser
{
    public static string? Executable { get; } = Locate();

    public static string MissingReason =>
        "no Chromium for the browser tests: install Debian's chromium (scripts/test.sh does with apt-get) or set SANCTIONSWATCH_CHROMIUM";

    /// <summary>Where the tests write their screenshots (beside the test results).</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(SharedData.ProjectRoot, "artifacts", "test-results", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var executable = Executable ?? throw new InvalidOperationException(MissingReason);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    private static string? Locate()
    {
        var named = Environment.GetEnvironmentVariable("SANCTIONSWATCH_CHROMIUM");
        if (!string.IsNullOrEmpty(named))
            return File.Exists(named) ? named : null;
        return new[] { "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that drives a real browser.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (TestBrowser.Executable is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = TestBrowser.MissingReason;
    }
}

/// <summary>A fact that drives a real browser over the real files of <c>../shared</c>.</summary>
public sealed class BrowserSharedDataFactAttribute : FactAttribute
{
    public BrowserSharedDataFactAttribute()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            return;
        if (TestBrowser.Executable is null)
            Skip = TestBrowser.MissingReason;
        else if (!SharedData.Available)
            Skip = SharedData.MissingReason;
    }
}
