using Spectre.Console;

namespace SanctionsWatch.Cli;

/// <summary>
/// Long loops of the CLI (a replay's files, a sync's sources): on a terminal a progress bar, with each item's report
/// lines printed above it; piped, just the lines (no bar, no escape sequences).
/// </summary>
internal static class ProgressLines
{
    /// <summary>
    /// Runs <paramref name="each"/> on every item (the enumeration itself may do the work, as a replay's does), writing
    /// its lines to <paramref name="output"/>, or above a progress bar on <paramref name="console"/> when one is given.
    /// </summary>
    public static async Task ForEachAsync<T>(
        IAnsiConsole? console, TextWriter output, string what, int total, IEnumerable<T> items, Func<T, string> label,
        Func<T, TextWriter, Task> each)
    {
        if (console is null)
        {
            foreach (var item in items)
                await each(item, output).ConfigureAwait(false);
            return;
        }

        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(what), maxValue: Math.Max(1, total));
                foreach (var item in items)
                {
                    var lines = new StringWriter();
                    await each(item, lines).ConfigureAwait(false);
                    foreach (var line in lines.ToString().Split('\n'))
                    {
                        if (line.Length > 0)
                            console.WriteLine(line.TrimEnd('\r'));
                    }

                    task.Description = Markup.Escape($"{what}: {label(item)}");
                    task.Increment(1);
                }
            }).ConfigureAwait(false);
    }

    /// <summary>The console to draw progress on: standard output when it is a terminal and the format is a table.</summary>
    public static IAnsiConsole? ConsoleFor(OutputFormat format) =>
        format == OutputFormat.Table && Terminal.IsInteractive ? Terminal.Screen : null;
}
