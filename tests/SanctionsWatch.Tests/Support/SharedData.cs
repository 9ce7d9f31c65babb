namespace SanctionsWatch.Tests.Support;

/// <summary>
/// Finds <c>../shared</c> (the real list files beside the project root; override with SANCTIONSWATCH_SHARED).
/// Tests that need it use <see cref="SharedDataFactAttribute"/>: skipped with the reason where it is missing,
/// except where CI is set, where a missing <c>../shared</c> fails the test.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static bool Available => Root.Value is not null;

    public static string MissingReason =>
        "../shared (real list files beside the project root) is not here; set SANCTIONSWATCH_SHARED to use another copy";

    /// <summary>The full path of a file or folder under <c>../shared</c>; fails the test when it is missing.</summary>
    public static string PathOf(string relative)
    {
        var root = Root.Value ?? throw new InvalidOperationException(MissingReason);
        var path = Path.Combine(root, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new FileNotFoundException($"../shared has no {relative}", path);
        return path;
    }

    /// <summary>The project root (the folder holding SanctionsWatch.sln).</summary>
    public static string ProjectRoot { get; } = FindProjectRoot();

    private static string FindProjectRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SanctionsWatch.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("cannot find SanctionsWatch.sln above " + AppContext.BaseDirectory);
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SANCTIONSWATCH_SHARED");
        if (!string.IsNullOrEmpty(fromEnv))
            return Directory.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        var beside = Path.GetFullPath(Path.Combine(ProjectRoot, "..", "shared"));
        return Directory.Exists(Path.Combine(beside, "data")) ? beside : null;
    }
}

/// <summary>A fact that needs the real files in <c>../shared</c>.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = SharedData.MissingReason;
    }
}

/// <summary>A theory that needs the real files in <c>../shared</c>.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Available && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = SharedData.MissingReason;
    }
}
