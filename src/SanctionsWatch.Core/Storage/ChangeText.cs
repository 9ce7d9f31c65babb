using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SanctionsWatch.Storage;

/// <summary>One run of a word diff: <c>=</c> kept, <c>-</c> removed, <c>+</c> added (field names are the JSON contract).</summary>
public sealed record WordRun(string Op, string Text);

/// <summary>
/// Changes as text for people: a long field diffed word by word (<c>changes show</c>), and a change in one line
/// (<c>changed</c> alerts, the digest): "identifiers: -inn · 7714027882; remarks: +"Secondary sanctions risk: …"".
/// </summary>
public static partial class ChangeText
{
    /// <summary>Above this many word pairs the middle of a diff is not aligned word by word but shown replaced whole.</summary>
    private const int MaxCells = 400_000;

    /// <summary>The words of <paramref name="before"/> and <paramref name="after"/> aligned (longest common subsequence), in runs.</summary>
    public static IReadOnlyList<WordRun> WordDiff(string? before, string? after)
    {
        var a = Words(before);
        var b = Words(after);
        var runs = new List<(char Op, string Word)>();
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
            runs.Add(('=', a[start++]));
        var endA = a.Length;
        var endB = b.Length;
        var tail = new List<(char, string)>();
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            tail.Add(('=', a[endA - 1]));
            endA--;
            endB--;
        }

        var n = endA - start;
        var m = endB - start;
        if ((long)n * m > MaxCells)
        {
            runs.AddRange(a[start..endA].Select(w => ('-', w)));
            runs.AddRange(b[start..endB].Select(w => ('+', w)));
        }
        else
        {
            // lcs[i, j]: the longest common subsequence of a[start + i ..] and b[start + j ..]
            var lcs = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                    lcs[i, j] = a[start + i] == b[start + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[start + x] == b[start + y])
                {
                    runs.Add(('=', a[start + x]));
                    x++;
                    y++;
                }
                else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y]))
                {
                    runs.Add(('+', b[start + y++]));
                }
                else
                {
                    runs.Add(('-', a[start + x++]));
                }
            }
        }

        tail.Reverse();
        runs.AddRange(tail);

        // words of one kind in a row make one run; a removal is put before the addition that replaces it
        var result = new List<WordRun>();
        var i2 = 0;
        while (i2 < runs.Count)
        {
            if (runs[i2].Op == '=')
            {
                var words = new List<string>();
                while (i2 < runs.Count && runs[i2].Op == '=')
                    words.Add(runs[i2++].Word);
                result.Add(new WordRun("=", string.Join(' ', words)));
                continue;
            }

            var removed = new List<string>();
            var added = new List<string>();
            while (i2 < runs.Count && runs[i2].Op != '=')
            {
                (runs[i2].Op == '-' ? removed : added).Add(runs[i2].Word);
                i2++;
            }

            if (removed.Count > 0)
                result.Add(new WordRun("-", string.Join(' ', removed)));
            if (added.Count > 0)
                result.Add(new WordRun("+", string.Join(' ', added)));
        }

        return result;
    }

    /// <summary>
    /// A word diff as one line: the changed runs in <c>[-…-]</c> and <c>{+…+}</c>, at most <paramref name="context"/>
    /// kept words on either side of a change, the rest as "…".
    /// </summary>
    public static string Inline(IReadOnlyList<WordRun> runs, int context = 6, Func<WordRun, string>? paint = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        paint ??= static r => r.Op == "-" ? "[-" + r.Text + "-]" : "{+" + r.Text + "+}";
        var parts = new List<string>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Op != "=")
            {
                parts.Add(paint(run));
                continue;
            }

            var words = run.Text.Split(' ');
            var keepBefore = i > 0 ? context : 0;   // words after a change
            var keepAfter = i < runs.Count - 1 ? context : 0; // words before the next change
            if (words.Length <= keepBefore + keepAfter)
            {
                parts.Add(run.Text);
                continue;
            }

            if (keepBefore > 0)
                parts.Add(string.Join(' ', words[..keepBefore]));
            parts.Add("…");
            if (keepAfter > 0)
                parts.Add(string.Join(' ', words[^keepAfter..]));
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// A modification in one line, field by field: list fields as the items removed (-) and added (+), text fields as
    /// the words removed and added ("old words" → "new words"); at most <paramref name="max"/> characters.
    /// </summary>
    public static string OneLine(IReadOnlyList<FieldDiff> fields, int max = 400)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var parts = new List<string>();
        foreach (var f in fields)
        {
            if (f.Before is JsonArray || f.After is JsonArray)
            {
                var items = f.Removed.Select(r => "-" + Short(r, 60)).Concat(f.Added.Select(a => "+" + Short(a, 60))).ToList();
                parts.Add($"{f.Field}: " + (items.Count == 0 ? "reordered" : string.Join(" ", items)));
                continue;
            }

            var before = Reports.Items(f.Before).FirstOrDefault();
            var after = Reports.Items(f.After).FirstOrDefault();
            var changes = new List<string>();
            var runs = WordDiff(before, after);
            for (var i = 0; i < runs.Count; i++)
            {
                if (runs[i].Op == "-" && i + 1 < runs.Count && runs[i + 1].Op == "+")
                {
                    changes.Add($"\"{Short(runs[i].Text, 60)}\" → \"{Short(runs[i + 1].Text, 60)}\"");
                    i++;
                }
                else if (runs[i].Op != "=")
                {
                    changes.Add($"{runs[i].Op}\"{Short(runs[i].Text, 80)}\"");
                }
            }

            parts.Add($"{f.Field}: " + (changes.Count == 0 ? "(whitespace)" : string.Join(" ", changes)));
        }

        var line = string.Join("; ", parts);
        return Short(line, max);
    }

    /// <summary>Text at most <paramref name="max"/> characters long, with "…" in the middle when shortened.</summary>
    public static string Short(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
            return text;
        var head = (max - 1) * 2 / 3;
        var tail = max - 1 - head;
        return new StringBuilder(max).Append(text.AsSpan(0, head)).Append('…').Append(text.AsSpan(text.Length - tail)).ToString();
    }

    private static string[] Words(string? text) =>
        string.IsNullOrEmpty(text) ? [] : Whitespace().Split(text.Trim()).Where(w => w.Length > 0).ToArray();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
