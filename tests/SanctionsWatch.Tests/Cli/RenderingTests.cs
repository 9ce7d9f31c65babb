using SanctionsWatch.App;
using SanctionsWatch.Cli;
using Spectre.Console;
using Spectre.Console.Testing;

namespace SanctionsWatch.Tests.Cli;

/// <summary>Tables and progress as a person sees them on a terminal: Spectre.Console's test console.</summary>
public sealed class RenderingTests
{
    private sealed record Row(long Id, string Name, double Score, string Band);

    private static TestConsole Terminal(bool colour)
    {
        var console = new TestConsole().Width(100);
        if (colour)
            console.Colors(ColorSystem.Standard).EmitAnsiSequences();
        return console;
    }

    [Fact]
    public void A_table_has_a_border_a_header_and_one_line_per_row()
    {
        var console = Terminal(colour: false);
        Output.Render(console, [new Row(7, "ROSOBORONEKSPORT OAO", 0.9512, "alert"), new Row(8, "AVIASTAR-TU", 0.81, "review")]);
        var lines = console.Lines;
        Assert.StartsWith("╭", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"│ ID │ NAME\s+│ SCORE │ BAND\s+│", lines[1]);
        Assert.Matches(@"│  7 │ ROSOBORONEKSPORT OAO │ 0\.951 │ alert\s+│", lines[3]); // numbers right-aligned
        Assert.Matches(@"│  8 │ AVIASTAR-TU\s+│ 0\.810 │ review │", lines[4]);
        Assert.StartsWith("╰", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_and_statuses_are_coloured_by_meaning()
    {
        var console = Terminal(colour: true);
        Output.Render(console, [new Row(1, "A", 0.95, "alert"), new Row(2, "B", 0.8, "review"), new Row(3, "C", 0.5, "none")]);
        var output = console.Output;
        Assert.Contains("\u001b[91malert", output, StringComparison.Ordinal);   // red
        Assert.Contains("\u001b[93mreview", output, StringComparison.Ordinal);  // yellow
        Assert.Contains("\u001b[90mnone", output, StringComparison.Ordinal);    // grey
        Assert.Contains("\u001b[1mNAME", output, StringComparison.Ordinal);     // bold header
    }

    [Fact]
    public void Names_from_the_lists_never_break_the_output()
    {
        var console = Terminal(colour: true);
        Output.Render(console, [new Row(1, "[red]FAKE[/] \u001b[2J ZAVOD\nSECOND LINE", 1, "alert")]);
        var output = console.Output;
        Assert.Contains("[red]FAKE[/]", output, StringComparison.Ordinal);  // markup printed as written
        Assert.Contains("\\u001b[2J", output, StringComparison.Ordinal);    // the escape sequence is shown, not obeyed
        Assert.Contains("\\u000aSECOND LINE", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[2J", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_table_says_none()
    {
        var console = Terminal(colour: false);
        Output.Render(console, Array.Empty<Row>(), "New hits to review: 0");
        Assert.Contains("New hits to review: 0", console.Output, StringComparison.Ordinal);
        Assert.Contains("(none)", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Piped_output_is_plain_aligned_text()
    {
        var writer = new StringWriter();
        Output.Write(writer, [new Row(7, "ROSOBORONEKSPORT OAO", 0.9512, "alert")], OutputFormat.Table);
        Assert.Equal(
            ["ID  NAME                  SCORE  BAND", "7   ROSOBORONEKSPORT OAO  0.951  alert"],
            writer.ToString().TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task A_progress_bar_on_a_terminal_prints_each_item_lines_above_it()
    {
        var console = new TestConsole().Width(100).Interactive();
        var done = new List<int>();
        await ProgressLines.ForEachAsync(console, TextWriter.Null, "replaying 3 files", 3, [1, 2, 3], i => $"file{i}", async (i, output) =>
        {
            await Task.Yield(); // an item's work may await (a download)
            done.Add(i);
            output.WriteLine($"applied file{i}");
        });
        Assert.Equal([1, 2, 3], done);
        var text = console.Output;
        Assert.Contains("applied file1", text, StringComparison.Ordinal);
        Assert.Contains("applied file3", text, StringComparison.Ordinal);
        Assert.Contains("replaying 3 files", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_terminal_progress_is_just_the_lines()
    {
        var writer = new StringWriter();
        await ProgressLines.ForEachAsync(null, writer, "replaying 2 files", 2, [1, 2], i => $"file{i}", (i, output) =>
        {
            output.WriteLine($"applied file{i}");
            return Task.CompletedTask;
        });
        Assert.Equal(["applied file1", "applied file2"], writer.ToString().TrimEnd().Split(Environment.NewLine));
    }

    private sealed record Wide(long Id, string EntryName, string SnapshotAt, double Score);

    [Fact]
    public void On_a_narrow_terminal_a_table_is_compacted_to_fit_one_line_per_row()
    {
        var console = new TestConsole().Width(50);
        Output.Render(console,
        [
            new Wide(18, "STATE CORPORATION FOR THE PROMOTION OF THE DEVELOPMENT ROSTEC", "2022-06-28T18:55:00Z", 1),
            new Wide(19, "PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION", "2022-06-28T18:55:00Z", 0.99),
        ]);
        var lines = console.Lines;
        Assert.Equal("every row: list time 2022-06-28 18:55", lines[0]); // equal in every row: said once, compact
        Assert.StartsWith("ID  NAME", lines[1], StringComparison.Ordinal);
        Assert.Matches(@"^18  SC FOR THE PROMOT.*….*ROSTEC\s+1\.000$", lines[2]); // legal form abbreviated, both ends kept
        Assert.Matches(@"^19  PJSC UNITED AIRCRAFT CORP\s+0\.990$", lines[3]);
        Assert.All(lines, l => Assert.True(l.Length <= 50, l));
        Assert.Equal(4, lines.Count); // one line per row: nothing wrapped
    }

    [Fact]
    public void On_a_terminal_too_narrow_for_a_table_a_record_is_a_card_with_nothing_shortened()
    {
        var console = new TestConsole().Width(40);
        Output.Render(console, [new Wide(18, "STATE CORPORATION FOR THE DEVELOPMENT OF ROSTEC", "2022-06-28T18:55:00Z", 1)]);
        Assert.DoesNotContain("╭", console.Output, StringComparison.Ordinal);
        Assert.StartsWith("── id 18 ", console.Lines[0], StringComparison.Ordinal);
        Assert.Contains("  ENTRY_NAME   STATE", console.Output, StringComparison.Ordinal);
        Assert.Contains("CORPORATION", console.Output, StringComparison.Ordinal); // wrapped, not shortened
        Assert.Contains("ROSTEC", console.Output, StringComparison.Ordinal);
        Assert.Contains("  SNAPSHOT_AT  2022-06-28T18:55:00Z", console.Output, StringComparison.Ordinal);
        Assert.All(console.Lines, l => Assert.True(l.Length <= 40, l));
    }

    [Fact]
    public void Bidirectional_overrides_and_line_separators_are_shown_escaped()
    {
        Assert.Equal("ROSTEC\\u202eCETSOR\\u2028X\\u2066Y", ListText.Escape("ROSTEC\u202eCETSOR\u2028X\u2066Y"));
        Assert.Equal("Рособоронэкспорт «Ил» №9", ListText.Escape("Рособоронэкспорт «Ил» №9")); // ordinary text untouched
    }
}
