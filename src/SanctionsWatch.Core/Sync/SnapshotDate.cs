using SanctionsWatch.Model;

namespace SanctionsWatch.Sync;

/// <summary>
/// A snapshot's time (<c>snapshots.taken_at</c>) and how it was found (<c>dated_by</c>), in this order: the operator's
/// <c>--as-of</c> (or a replayed file's name), the publication date the file states, the download's Last-Modified,
/// else the time of the check. A date the file or the server states in the future is not trusted (a wrong clock or a
/// hostile file would hold the source back for ever): the snapshot is then dated when checked.
/// </summary>
public readonly record struct SnapshotDate(DateTimeOffset At, string DatedBy)
{
    public const string AsOf = "as-of";
    public const string Published = "published";
    public const string LastModified = "last-modified";
    public const string Checked = "checked";

    /// <summary>How far ahead of this machine's clock a stated date may be (clocks differ a little).</summary>
    public static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    public static SnapshotDate Of(DateTimeOffset? asOf, DateTimeOffset? published, SnapshotOrigin? origin, DateTimeOffset now)
    {
        if (asOf is { } a)
            return new(Seconds(a), AsOf);
        if (published is { } p && p <= now + Skew)
            return new(Seconds(p), Published);
        if (origin?.LastModified is { } m && m <= now + Skew)
            return new(Seconds(m), LastModified);
        return new(Seconds(now), Checked);
    }

    /// <summary>An operator's date (or a file name's) later than now: refused, it would hold every later file back.</summary>
    public bool IsFuture(DateTimeOffset now) => DatedBy == AsOf && At > now + Skew;

    /// <summary>The latest moment the date stands for: a publication date without a time stands for its whole day.</summary>
    public DateTimeOffset Latest => DatedBy == Published && At.TimeOfDay == TimeSpan.Zero ? At.AddDays(1).AddTicks(-1) : At;

    public string Label => LabelOf(DatedBy);

    public static string LabelOf(string? datedBy) => datedBy switch
    {
        AsOf => "as of --as-of or the file's name",
        Published => "its publication date",
        LastModified => "its Last-Modified",
        _ => "when checked",
    };

    /// <summary>Stored times are whole seconds (<see cref="Iso.Format"/>): compare them so.</summary>
    private static DateTimeOffset Seconds(DateTimeOffset t) =>
        new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
