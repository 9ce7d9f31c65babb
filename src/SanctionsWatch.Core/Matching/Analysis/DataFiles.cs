namespace SanctionsWatch.Matching;

/// <summary>The matching data files embedded from <c>Matching/Data</c> (vocabulary, legal forms, places, words …).</summary>
internal static class DataFiles
{
    /// <summary>
    /// The lines of <c>Data/<paramref name="file"/></c> with their numbers, but empty lines and comments (lines that begin
    /// with <paramref name="comment"/>); an error where the file is not embedded.
    /// </summary>
    public static IEnumerable<(int Number, string Text)> Lines(string file, string comment = "#")
    {
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream("SanctionsWatch.Matching.Data." + file)
            ?? throw new InvalidOperationException($"the embedded resource Data/{file} is missing");
        using var reader = new StreamReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length > 0 && !line.StartsWith(comment, StringComparison.Ordinal))
                yield return (number, line);
        }
    }
}
