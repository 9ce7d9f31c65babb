using System.Data.Common;
using Dapper;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>
/// The delivery table (<c>alert_deliveries</c>) beside the <c>alerts</c> outbox: queues every alert that has no row for
/// a channel yet, finds what is due, and records each attempt, error and delivery.
/// </summary>
public static class AlertOutbox
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    /// <summary>
    /// Creates a pending delivery for <paramref name="channel"/> of every alert that has none; returns how many. An
    /// alert recorded for review only (a related alert of an entity in review mode: <c>deliver = 0</c>) gets none.
    /// </summary>
    public static int Queue(DbConnection db, string channel, DateTimeOffset now, DateTimeOffset? since = null) =>
        db.Execute(
            """
            INSERT INTO alert_deliveries (alert_id, channel, status, next_attempt_at, created_at)
            SELECT a.id, @channel, 'pending', @now, @now FROM alerts a
            WHERE NOT EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.alert_id = a.id AND d.channel = @channel)
              AND (@since IS NULL OR a.created_at >= @since) AND a.deliver = 1
            ON CONFLICT (alert_id, channel) DO NOTHING
            """,
            new { channel, now = Iso.Format(now), since = since is { } s ? Iso.Format(s) : null });

    /// <summary>The pending deliveries of a channel whose next attempt is due, oldest alert first.</summary>
    public static List<DueDelivery> Due(DbConnection db, string channel, DateTimeOffset now, int limit = 200) =>
        [.. db.Query<AlertRecord, DeliveryPart, DueDelivery>(
            $"""
            SELECT {AlertRecord.Columns},
                   COALESCE(h.status, '') AS hit_status, d.attempts,
                   (SELECT v.data FROM entry_versions v
                    WHERE v.source = a.source AND v.entry_id = a.entry_id AND v.from_snapshot_id <= a.snapshot_id
                    ORDER BY v.id DESC LIMIT 1) AS entry_data
            FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id LEFT JOIN hits h ON h.id = a.hit_id
            WHERE d.channel = @channel AND d.status = 'pending' AND d.next_attempt_at <= @now
              AND (d.claimed_until IS NULL OR d.claimed_until <= @now)
            ORDER BY a.id LIMIT @limit
            """,
            static (alert, part) => new DueDelivery(alert, part.HitStatus, part.Attempts, part.EntryData),
            new { channel, now = Iso.Format(now), limit },
            splitOn: "hit_status")];

    /// <summary>What a due delivery adds to its alert, as read.</summary>
    private sealed class DeliveryPart
    {
        public string HitStatus { get; init; } = "";

        public int Attempts { get; init; }

        public string? EntryData { get; init; }
    }

    /// <summary>
    /// Claims due deliveries for an attempt, until <paramref name="until"/>: each row only if it is still pending, due and
    /// unclaimed, in one statement, so two dispatchers on one store never both send it. The attempt is counted at once
    /// (an attempt cut short by a crash is still counted). Returns the ids claimed, in order.
    /// </summary>
    public static List<long> Claim(
        DbConnection db, string channel, IEnumerable<long> alertIds, DateTimeOffset now, DateTimeOffset until, string claimer = "")
    {
        var claimed = new List<long>();
        using var tx = SqlDialect.Of(db).BeginWrite(db);
        foreach (var id in alertIds)
        {
            var changed = db.Execute(
                """
                UPDATE alert_deliveries SET attempts = attempts + 1, last_attempt_at = @now, claimed_until = @until, claimed_by = @claimer
                WHERE alert_id = @id AND channel = @channel AND status = 'pending' AND next_attempt_at <= @now
                  AND (claimed_until IS NULL OR claimed_until <= @now)
                """,
                new { id, channel, now = Iso.Format(now), until = Iso.Format(until), claimer },
                tx);
            if (changed == 1)
                claimed.Add(id);
        }

        tx.Commit();
        return claimed;
    }

    /// <summary>
    /// Frees the claims (alerts' and digests') a stopped or crashed dispatcher left: called by the one worker of a SQLite
    /// store at start. A cluster never calls it: another node's claims are live; a dead node's run out by themselves.
    /// </summary>
    public static int ReleaseClaims(DbConnection db) =>
        db.Execute("UPDATE alert_deliveries SET claimed_until = NULL WHERE claimed_until IS NOT NULL") +
        db.Execute("UPDATE digest_deliveries SET claimed_until = NULL WHERE claimed_until IS NOT NULL");

    /// <summary>
    /// Records a delivery: whoever sent it, a sent alert is delivered (also when a slow attempt whose claim ran out
    /// succeeds after another's failed); one delivered stays as first recorded.
    /// </summary>
    public static void Succeeded(DbConnection db, string channel, IEnumerable<long> alertIds, DateTimeOffset now) =>
        db.Execute(
            """
            UPDATE alert_deliveries SET status = 'delivered', delivered_at = @now, claimed_until = NULL
            WHERE alert_id = @id AND channel = @channel AND status <> 'delivered'
            """,
            alertIds.Select(id => new { id, channel, now = Iso.Format(now) }));

    /// <summary>
    /// Records a failed attempt of <paramref name="claimer"/>: retried at <paramref name="nextAttempt"/>, or <c>failed</c>
    /// when it is null. Only while the delivery is pending and still claimed by it: an attempt whose claim ran out and was
    /// taken by another dispatcher (another node) leaves the outcome to that one, and never turns a delivered alert back
    /// into a pending or failed one.
    /// </summary>
    public static void FailedAttempt(
        DbConnection db, string channel, IEnumerable<long> alertIds, string error, DateTimeOffset? nextAttempt, string claimer = "") =>
        db.Execute(
            """
            UPDATE alert_deliveries
            SET status = CASE WHEN @next IS NULL THEN 'failed' ELSE 'pending' END,
                last_error = @error, next_attempt_at = COALESCE(@next, next_attempt_at), claimed_until = NULL
            WHERE alert_id = @id AND channel = @channel AND status = 'pending' AND claimed_by = @claimer
            """,
            alertIds.Select(id => new { id, channel, error, next = nextAttempt is { } n ? Iso.Format(n) : null, claimer }));

    /// <summary>Re-queues the failed deliveries of an alert (all channels, or one): due now, with a fresh retry budget.</summary>
    public static int Retry(DbConnection db, long alertId, string? channel, DateTimeOffset now) =>
        db.Execute(
            """
            UPDATE alert_deliveries SET status = 'pending', attempts = 0, next_attempt_at = @now
            WHERE alert_id = @alertId AND status = 'failed' AND (@channel IS NULL OR channel = @channel)
            """,
            new { alertId, channel, now = Iso.Format(now) });

    public static List<DeliveryRow> Deliveries(DbConnection db, long alertId) =>
        [.. db.Query<DeliveryRow>(
            """
            SELECT alert_id, channel, status, attempts, last_error, next_attempt_at, last_attempt_at, delivered_at
            FROM alert_deliveries WHERE alert_id = @alertId ORDER BY channel
            """,
            new { alertId })];
}

/// <summary>A due delivery: the alert, its hit's review status, the attempts made so far, and the entry as it was at the alert's snapshot.</summary>
/// <param name="HitStatus">The hit's review status (new, confirmed, dismissed); empty when the hit is gone.</param>
/// <param name="EntryData">The entry at the alert's snapshot (canonical JSON), for the listing an alert message shows.</param>
public sealed record DueDelivery(AlertRecord Alert, string HitStatus, int Attempts, string? EntryData)
{
    public long Id => Alert.Id;
}

/// <summary>One row of <c>alert_deliveries</c>.</summary>
public sealed record DeliveryRow
{
    public long AlertId { get; init; }

    public string Channel { get; init; } = "";

    public string Status { get; init; } = "";

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public string NextAttemptAt { get; init; } = "";

    public string? LastAttemptAt { get; init; }

    public string? DeliveredAt { get; init; }
}
