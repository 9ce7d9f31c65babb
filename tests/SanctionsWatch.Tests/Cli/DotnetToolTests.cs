using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// The CLI as a .NET tool: packed from the Release build the test script makes (as <c>scripts/install-tool.sh</c> packs
/// it), installed into a tool path of the test's own, and run from a folder that is not the project.
/// </summary>
public sealed class DotnetToolTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_cli_packs_as_a_dotnet_tool_that_installs_and_runs_anywhere()
    {
        var project = Path.Combine(SharedData.ProjectRoot, "src", "SanctionsWatch");
        var packages = _dir.File("nupkg");
        var tools = _dir.File("tools");
        var work = _dir.File("elsewhere");
        Directory.CreateDirectory(work);

        // packed from the build these tests were built with (the test script builds the solution in Release first)
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var pack = Run(SharedData.ProjectRoot, "pack", project, "-c", configuration, "--no-build", "-o", packages, "--nologo");
        Assert.True(pack.Code == 0, pack.Output);
        Assert.Single(Directory.GetFiles(packages, "SanctionsWatch.Cli.*.nupkg"));
        // an untagged build is a prerelease (0.1.0-alpha.0.<commits>), installed as one
        var install = Run(work, "tool", "install", "SanctionsWatch.Cli", "--tool-path", tools, "--add-source", packages, "--prerelease");
        Assert.True(install.Code == 0, install.Output);

        var tool = Path.Combine(tools, "sanctionswatch");
        var version = Run(work, tool, "--version");
        Assert.Equal(0, version.Code);
        // the version git gives (MinVer: the last tag, or 0.1.0-alpha.0.<commits> before one) and the commit it was built from
        var commit = CliProcess.RunProgram(SharedData.ProjectRoot, "git", ["rev-parse", "HEAD"]).Out.Trim();
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?\+[0-9a-f]{40}$", version.Output.Trim());
        Assert.EndsWith("+" + commit, version.Output.Trim(), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(work, "watchlist.yaml"), "entities:\n  - id: ru-rostec\n    name: Rostec\n");
        var check = Run(work, tool, "watchlist", "check", "--watchlist", "watchlist.yaml");
        Assert.True(check.Code == 0, check.Output);
        Assert.Contains("valid, 1 entities", check.Output, StringComparison.Ordinal);
        var compare = Run(work, tool, "compare", "Rostec", "STATE CORPORATION ROSTEC");
        Assert.Contains("alert", compare.Output, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Run(string directory, string program, params string[] args)
    {
        var tool = program.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var result = CliProcess.RunProgram(directory, tool ? program : "dotnet", tool ? args : [program, .. args]);
        return (result.ExitCode, result.Out + result.Err);
    }
}
