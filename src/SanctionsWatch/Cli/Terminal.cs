using SanctionsWatch.App;
using Spectre.Console;

namespace SanctionsWatch.Cli;

/// <summary>
/// Whether standard output is a person's terminal (tables with borders and colour, progress bars) or a pipe or file
/// (plain aligned text, no escape sequences). <c>NO_COLOR</c> turns colour off; <c>TERM=dumb</c> counts as a pipe.
/// </summary>
internal static class Terminal
{
    public static bool IsInteractive =>
        !Invocation.OutputRedirected && Invocation.Variable("TERM") != "dumb";

    /// <summary>
    /// The Spectre console on the invocation's standard output (<see cref="Invocation.Out"/>: the process's, or a test's
    /// in-process writer), only meaningful when <see cref="IsInteractive"/>.
    /// </summary>
    public static IAnsiConsole Screen => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Out = new AnsiConsoleOutput(Invocation.Out),
    });
}
