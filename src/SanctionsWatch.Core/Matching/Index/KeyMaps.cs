namespace SanctionsWatch.Matching;

/// <summary>How the concurrent maps an index build writes are made.</summary>
internal static class KeyMaps
{
    /// <summary>
    /// Locks per map: many more than the threads writing, so two threads seldom wait on one lock. The default starts
    /// with one lock per processor, and a map that grows takes all its locks while it copies itself; the maps are also
    /// made with a capacity near what a build fills, so that they seldom grow.
    /// </summary>
    public static int ConcurrencyLevel { get; } = 16 * Environment.ProcessorCount;
}
