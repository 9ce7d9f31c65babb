using System.Text;

namespace SanctionsWatch.App;

/// <summary>
/// Text from the lists made safe to print: control characters (newlines, terminal escape sequences), line and
/// paragraph separators and bidirectional overrides become \uXXXX, so a name cannot break a line, a table, a log line
/// or what a terminal shows. Used by the CLI's output and by the worker's log.
/// </summary>
internal static class ListText
{
    /// <summary>Whether <paramref name="text"/> holds a character <see cref="Escape"/> replaces.</summary>
    public static bool NeedsEscape(string text) => text.Any(Unsafe);

    /// <summary>Replaces control characters (newlines, escape sequences) so a name cannot break a line or a terminal.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(Unsafe))
            return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            sb.Append(Unsafe(c) ? $"\\u{(int)c:x4}" : c);
        return sb.ToString();
    }

    /// <summary>Control characters, line and paragraph separators, and bidirectional overrides (which can reorder what a terminal shows).</summary>
    private static bool Unsafe(char c) => char.IsControl(c) || SeparatorOrBidi(c);

    /// <summary>Line and paragraph separators and bidirectional overrides (JSON output escapes these beside what its serializer does).</summary>
    public static bool SeparatorOrBidi(char c) => c is '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
