using SanctionsWatch.Model;

namespace SanctionsWatch.Sync;

/// <summary>
/// <c>Related</c> in the configuration: how many links a path to a watchlist entity may have (<c>Related:Depth</c>,
/// 1 to <see cref="MaxDepth"/>, default 2: a subsidiary of a subsidiary) and what a related hit of an entity without
/// its own <c>related</c> key does (<c>Related:Default</c>: alert, review or off; default review).
/// </summary>
public sealed record RelatedSettings(int Depth = RelatedSettings.DefaultDepth, RelatedMode Default = RelatedMode.Review)
{
    public const int DefaultDepth = 2;
    public const int MaxDepth = 5;

    /// <summary>The mode of an entity: its own, else the default.</summary>
    public RelatedMode ModeOf(WatchlistEntity entity) => entity.Related ?? Default;

    /// <summary>What the related hits of a source depend on besides the list: recorded, so a change is noticed.</summary>
    public string Key => $"depth={Depth};default={RelatedModes.Format(Default)}";
}
