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
    public static void ForEach<T>(
        IAnsiConsole? console, TextWriter output, string what, int total, IEnumerable<T> items, Func<T, string> label, Action<T, TextWriter> each)
    {
        if (console is null)
        {
            foreach (var item in items)
                each(item, output);
            return;
        }

        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(what), maxValue: Math.Max(1, total));
                foreach (var item in items)
                {
                    var lines = new StringWriter();
                    each(item, lines);
                    foreach (var line in lines.ToString().Split('\n'))
                    {
                        if (line.Length > 0)
                            console.WriteLine(line.TrimEnd('\r'));
                    }

                    task.Description = Markup.Escape($"{what}: {label(item)}");
                    task.Increment(1);
                }
            });
    }

    /// <summary>The console to draw progress on: standard output when it is a terminal and the format is a table.</summary>
    public static IAnsiConsole? ConsoleFor(OutputFormat format) =>
        format == OutputFormat.Table && Terminal.IsInteractive ? Terminal.Screen : null;
}
