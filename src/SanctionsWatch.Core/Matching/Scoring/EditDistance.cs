namespace SanctionsWatch.Matching;

/// <summary>Optimal-string-alignment (restricted Damerau-Levenshtein) distance, allocation-free for short tokens.</summary>
public static class EditDistance
{
    public static int Distance(string a, string b)
    {
        int n = a.Length, m = b.Length;
        if (n == 0)
            return m;
        if (m == 0)
            return n;
        var width = m + 1;
        Span<int> prev2 = width <= 128 ? stackalloc int[width] : new int[width];
        Span<int> prev = width <= 128 ? stackalloc int[width] : new int[width];
        Span<int> cur = width <= 128 ? stackalloc int[width] : new int[width];
        for (var j = 0; j <= m; j++)
            prev[j] = j;
        for (var i = 1; i <= n; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= m; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[m];
    }

    /// <summary>1 − distance / longer length.</summary>
    public static double Similarity(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1.0 : 1.0 - ((double)Distance(a, b) / longer);
    }
}
