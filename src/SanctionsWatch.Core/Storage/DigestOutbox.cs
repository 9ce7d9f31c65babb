using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>
/// The scheduled digests (<c>digests</c>) and their delivery per channel (<c>digest_deliveries</c>), like the alerts'
/// outbox: a digest is made once per period, its body kept, so every channel and every retry sends the same one; the
/// periods follow each other without a gap (after a stop, each missed period gets its digest), so no list change is
/// left out.
/// </summary>
public static class DigestOutbox
{
    /// <summary>At most this many missed periods are made up at once (a worker stopped for months sends the last ones).</summary>
    public const int MaxCatchUp = 31;

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>
    /// Makes the digest of every period of length <paramref name="period"/> that ended by <paramref name="last"/> (the
    /// schedule's last boundary before now) and has none yet, and queues it for <paramref name="channels"/>; returns
    /// the ids made.
    /// </summary>
    public static List<long> MakeDue(
        DbConnection db, DateTimeOffset last, TimeSpan period, IEnumerable<string> channels, DateTimeOffset now,
        Func<string, string?>? entityName = null)
    {
        var made = new List<long>();
        using var tx = SqlDialect.Of(db).BeginWrite(db);
        var previous = db.ExecuteScalar<string?>("SELECT MAX(until) FROM digests", transaction: tx) is { } p ? Iso.Parse(p) : (DateTimeOffset?)null;
        var ends = new List<DateTimeOffset>();
        for (var end = last; (previous is { } after ? end > after : ends.Count == 0) && ends.Count < MaxCatchUp; end -= period)
            ends.Insert(0, end);

        // The first digest starts where the last one ended (after a stop, or a schedule changed, it covers the gap).
        var since = previous ?? last - period;
        foreach (var until in ends)
        {
            var digest = Digest.Build(db, since, until, Digest.RecordedTime, entityName);
            var id = db.ExecuteScalar<long>(
                "INSERT INTO digests (since, until, body, created_at) VALUES (@since, @until, @body, @now) RETURNING id",
                new { since = Iso.Format(since), until = Iso.Format(until), body = JsonSerializer.Serialize(digest, Json), now = Iso.Format(now) },
                tx);
            foreach (var channel in channels)
            {
                db.Execute(
                    "INSERT INTO digest_deliveries (digest_id, channel, next_attempt_at) VALUES (@id, @channel, @now)",
                    new { id, channel, now = Iso.Format(now) },
                    tx);
            }

            made.Add(id);
            since = until;
        }

        tx.Commit();
        return made;
    }

    /// <summary>The pending deliveries of a channel that are due, oldest digest first.</summary>
    public static List<(long Id, int Attempts, Digest Digest)> Due(DbConnection db, string channel, DateTimeOffset now) =>
        [.. db.Query<(long, int, string)>(
            """
            SELECT g.id, d.attempts, g.body FROM digest_deliveries d JOIN digests g ON g.id = d.digest_id
            WHERE d.channel = @channel AND d.status = 'pending' AND d.next_attempt_at <= @now
              AND (d.claimed_until IS NULL OR d.claimed_until <= @now)
            ORDER BY g.id
            """,
            new { channel, now = Iso.Format(now) })
            .Select(r => (r.Item1, r.Item2, JsonSerializer.Deserialize<Digest>(r.Item3, Json)!))];

    /// <summary>
    /// Claims a due digest delivery until <paramref name="until"/> for <paramref name="claimer"/>, only if it is still
    /// pending, due and unclaimed (one statement): two dispatchers (two nodes of a cluster) never both send it. The attempt
    /// is counted at once, as an alert's is (an attempt cut short by a crash is still counted).
    /// </summary>
    public static bool Claim(DbConnection db, long id, string channel, DateTimeOffset now, DateTimeOffset until, string claimer) =>
        db.Execute(
            """
            UPDATE digest_deliveries SET attempts = attempts + 1, claimed_until = @until, claimed_by = @claimer
            WHERE digest_id = @id AND channel = @channel AND status = 'pending' AND next_attempt_at <= @now
              AND (claimed_until IS NULL OR claimed_until <= @now)
            """,
            new { id, channel, now = Iso.Format(now), until = Iso.Format(until), claimer }) == 1;

    /// <summary>Records a delivery, whoever sent it (as <see cref="AlertOutbox.Succeeded"/>).</summary>
    public static void Succeeded(DbConnection db, long id, string channel, DateTimeOffset now) =>
        db.Execute(
            """
            UPDATE digest_deliveries SET status = 'delivered', delivered_at = @now, last_error = NULL, claimed_until = NULL
            WHERE digest_id = @id AND channel = @channel AND status <> 'delivered'
            """,
            new { id, channel, now = Iso.Format(now) });

    /// <summary>
    /// Records a failed attempt of <paramref name="claimer"/>: retried at <paramref name="nextAttempt"/>, or <c>failed</c>
    /// when it is null; only while it is pending and still claimed by it (as <see cref="AlertOutbox.FailedAttempt"/>).
    /// </summary>
    public static void Failed(DbConnection db, long id, string channel, string error, DateTimeOffset? nextAttempt, string claimer) =>
        db.Execute(
            """
            UPDATE digest_deliveries
            SET status = CASE WHEN @next IS NULL THEN 'failed' ELSE 'pending' END,
                last_error = @error, next_attempt_at = COALESCE(@next, next_attempt_at), claimed_until = NULL
            WHERE digest_id = @id AND channel = @channel AND status = 'pending' AND claimed_by = @claimer
            """,
            new { id, channel, error, next = nextAttempt is { } n ? Iso.Format(n) : null, claimer });

    /// <summary>The digests made, newest first, with each channel's delivery state.</summary>
    public static List<DigestDelivery> Deliveries(DbConnection db) =>
        [.. db.Query<DigestDelivery>(
            """
            SELECT g.id AS digest_id, g.since, g.until, d.channel, d.status, d.attempts, d.last_error, d.delivered_at
            FROM digests g JOIN digest_deliveries d ON d.digest_id = g.id ORDER BY g.id DESC, d.channel
            """)];
}

/// <summary>One digest's delivery by one channel.</summary>
public sealed record DigestDelivery
{
    public long DigestId { get; init; }

    public string Since { get; init; } = "";

    public string Until { get; init; } = "";

    public string Channel { get; init; } = "";

    public string Status { get; init; } = "";

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public string? DeliveredAt { get; init; }
}
