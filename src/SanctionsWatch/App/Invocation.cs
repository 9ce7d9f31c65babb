namespace SanctionsWatch.App;

/// <summary>
/// What a command runs with: standard output and error, the environment variables it reads and the directory relative
/// paths start from. By default the process's own; a command run in-process (the tests run the CLI this way, many at a
/// time) gets its own, for its async flow only, so two commands never see each other's output or variables.
/// </summary>
internal static class Invocation
{
    private static readonly AsyncLocal<Context?> Current = new();

    /// <summary>Standard output of the command.</summary>
    public static TextWriter Out => Current.Value?.Out ?? Console.Out;

    /// <summary>Standard error of the command.</summary>
    public static TextWriter Error => Current.Value?.Error ?? Console.Error;

    /// <summary>Whether standard output is a file or a pipe (an in-process command's always is).</summary>
    public static bool OutputRedirected => Current.Value is not null || Console.IsOutputRedirected;

    /// <summary>The directory relative paths are taken from.</summary>
    public static string CurrentDirectory => Current.Value?.WorkingDirectory ?? Directory.GetCurrentDirectory();

    /// <summary>An environment variable as the command sees it.</summary>
    public static string? Variable(string name) =>
        Current.Value is { } c && c.Variables.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name);

    /// <summary>
    /// The configuration keys an in-process command's own variables set (<c>SANCTIONSWATCH_Database__Provider</c> →
    /// <c>Database:Provider</c>), laid over the process's environment as the process's own variables would be.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string?>> ConfigurationVariables(string prefix) =>
        Current.Value is { } c
            ? c.Variables
                .Where(v => v.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && v.Value is not null)
                .Select(v => KeyValuePair.Create(v.Key[prefix.Length..].Replace("__", ":", StringComparison.Ordinal), v.Value))
            : [];

    /// <summary>A path given by the user, absolute (relative ones from <see cref="CurrentDirectory"/>).</summary>
    public static string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

    /// <summary>
    /// Runs <paramref name="body"/> with its own output, error, variables (a null value hides the process's) and
    /// working directory.
    /// </summary>
    public static async Task<T> RunWith<T>(
        TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?> variables, string workingDirectory, Func<Task<T>> body)
    {
        var previous = Current.Value;
        Current.Value = new Context(output, error, variables, Path.GetFullPath(workingDirectory));
        try
        {
            return await body().ConfigureAwait(false);
        }
        finally
        {
            Current.Value = previous;
        }
    }

    private sealed record Context(TextWriter Out, TextWriter Error, IReadOnlyDictionary<string, string?> Variables, string WorkingDirectory);
}
