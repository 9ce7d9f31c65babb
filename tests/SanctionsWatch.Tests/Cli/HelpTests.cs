using SanctionsWatch.Cli;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>Every command's help ends with examples, and every example is a command the parser accepts.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in Commands.All(Commands.Root()))
            data.Add(path);
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Every_command_has_examples_that_parse(string path)
    {
        var command = Commands.All(Commands.Root()).Single(c => c.Path == path).Command;
        var description = command.Description ?? "";
        var at = description.IndexOf("\n\nExamples:\n", StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{path}' has no examples in its help");
        var examples = description[(at + 12)..].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            Assert.StartsWith("sanctionswatch ", example, StringComparison.Ordinal);
            var parse = Commands.Root().Parse(example["sanctionswatch ".Length..]);
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
        Assert.Contains("sanctionswatch hits --status new", hits.Out, StringComparison.Ordinal);
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
