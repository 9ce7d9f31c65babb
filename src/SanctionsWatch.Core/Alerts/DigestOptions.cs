namespace SanctionsWatch.Alerts;

/// <summary>
/// <c>Alerts:Digest</c>: a digest of each period (<see cref="Storage.Digest"/>, by recording time) sent on a schedule,
/// besides the per-alert delivery: <c>daily</c> at <see cref="At"/> (UTC), or <c>weekly</c> on <see cref="Day"/> at
/// <see cref="At"/>, by the channels named (<c>email</c>, <c>webhook</c>).
/// </summary>
public sealed record DigestOptions
{
    /// <summary><c>daily</c> or <c>weekly</c>.</summary>
    public string Every { get; init; } = "daily";

    /// <summary>The time of day (UTC) a period ends and its digest is sent.</summary>
    public TimeSpan At { get; init; } = TimeSpan.FromHours(7);

    /// <summary>For <c>weekly</c>: the day a period ends.</summary>
    public DayOfWeek Day { get; init; } = DayOfWeek.Monday;

    /// <summary>The channels the digest goes out by (each must be configured).</summary>
    public IReadOnlyList<string> Channels { get; init; } = ["email"];

    public TimeSpan Period => Every == "weekly" ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);

    /// <summary>The latest end of a period at or before <paramref name="now"/>.</summary>
    public DateTimeOffset LastBoundary(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var boundary = new DateTimeOffset(utc.Date, TimeSpan.Zero) + At;
        if (Every == "weekly")
            boundary = boundary.AddDays(-(((int)utc.DayOfWeek - (int)Day + 7) % 7));
        while (boundary > utc)
            boundary -= Period;
        return boundary;
    }
}

/// <summary>A channel that can send a digest (e-mail, webhook).</summary>
public interface IDigestChannel
{
    /// <summary>The channel's name, as in <c>Alerts:Digest:Channels</c> and <c>digest_deliveries</c>.</summary>
    string Name { get; }

    /// <summary>Sends digest <paramref name="id"/>; throws when delivery fails (it is retried). Receivers dedupe by the id.</summary>
    Task DeliverDigestAsync(long id, Storage.Digest digest, CancellationToken cancellationToken);
}
