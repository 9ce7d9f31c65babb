using SanctionsWatch.Cli;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>Every command's help ends with examples, and every example is a command the parser accepts.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in Commands.All(CliMain.Tree))
            data.Add(path);
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Every_command_has_examples_that_parse(string path)
    {
        var examples = Commands.ExamplesOf(path);
        Assert.True(examples.Count > 0, $"'{path}' has no examples in its help");
        foreach (var example in examples)
        {
            Assert.StartsWith("sanctionswatch ", example, StringComparison.Ordinal);
            var parse = CliMain.Tree.Parse(example["sanctionswatch ".Length..]);
            Assert.True(parse.Errors.Count == 0, $"'{example}': {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void Help_of_the_real_binary_shows_the_examples_and_the_exit_codes()
    {
        using var dir = new TempDir();
        var hits = CliProcess.Run(dir.Path, "hits", "--help");
        Assert.Equal(0, hits.ExitCode);
        Assert.Contains("Examples:", hits.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:\n  sanctionswatch hits --status new\n", hits.Out, StringComparison.Ordinal);
        var show = CliProcess.Run(dir.Path, "hits", "show", "--help");
        Assert.Contains("  sanctionswatch hits show 12 --format json", show.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("sanctionswatch hits --status new", show.Out, StringComparison.Ordinal); // only its own
        var dismiss = CliProcess.Run(dir.Path, "hits", "dismiss", "--help"); // help even without the required --note
        Assert.Equal(0, dismiss.ExitCode);
        Assert.Contains("  sanctionswatch hits dismiss 12 --note", dismiss.Out, StringComparison.Ordinal);
        var root = CliProcess.Run(dir.Path, "--help");
        Assert.Contains("Exit codes: 0 ok, 1 failure", root.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_one_error_line_and_exit_2()
    {
        using var dir = new TempDir();
        var result = CliProcess.Run(dir.Path, "hits", "--colour", "pink");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Err, StringComparison.Ordinal);
        Assert.EndsWith("(see 'sanctionswatch hits --help')", result.Err.Trim(), StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }
}
