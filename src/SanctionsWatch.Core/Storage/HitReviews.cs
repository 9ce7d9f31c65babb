using System.Data.Common;
using Dapper;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>One row of a hit's review trail (field names are the JSON contract).</summary>
public sealed class HitReview
{
    public long Id { get; init; }

    public long HitId { get; init; }

    /// <summary>confirm, dismiss or reopen.</summary>
    public string Action { get; init; } = "";

    public string StatusBefore { get; init; } = "";

    public string StatusAfter { get; init; } = "";

    public string Note { get; init; } = "";

    /// <summary>Who decided: a person's name, or <c>sync</c> for a reopening by a sync.</summary>
    public string Reviewer { get; init; } = "";

    /// <summary>When, ISO 8601 UTC.</summary>
    public string At { get; init; } = "";

    /// <summary>The snapshot whose sync reopened the hit; null for a person's review.</summary>
    public long? SnapshotId { get; init; }
}

/// <summary>A review that cannot be applied: the hit does not exist, or the hit is already in the wanted status.</summary>
public sealed class HitReviewException(string message) : Exception(message);

/// <summary>
/// Confirms, dismisses and reopens hits, each decision with a note and who took it, appended to the
/// <c>hit_reviews</c> trail in the same transaction as the status change. The trail is append-only (enforced by the
/// schema's triggers). A sync that reopens a dismissed hit appends its own row, by <see cref="SyncReviewer"/>.
/// </summary>
public static class HitReviews
{
    /// <summary>The reviewer of automatic reopenings; reserved, a person cannot review as it.</summary>
    public const string SyncReviewer = "sync";

    /// <summary>The status an action leads to, and the statuses it may start from.</summary>
    private static (HitStatus After, HitStatus[] From) Transition(ReviewAction action) => action switch
    {
        ReviewAction.Confirm => (HitStatus.Confirmed, [HitStatus.New, HitStatus.Dismissed]),
        ReviewAction.Dismiss => (HitStatus.Dismissed, [HitStatus.New, HitStatus.Confirmed]),
        ReviewAction.Reopen => (HitStatus.New, [HitStatus.Confirmed, HitStatus.Dismissed]),
        _ => throw new ArgumentException($"unknown review action '{action}' (confirm, dismiss or reopen)", nameof(action)),
    };

    /// <summary>
    /// Applies <paramref name="action"/> to hit <paramref name="hitId"/> in one transaction: checks the hit exists and
    /// the transition makes sense, updates its status and appends the review. Returns the appended review.
    /// </summary>
    /// <exception cref="HitReviewException">The hit does not exist, or is already in the status the action leads to.</exception>
    /// <exception cref="ArgumentException">An unknown action, an empty note or reviewer, or the reserved reviewer <c>sync</c>.</exception>
    public static HitReview Apply(DbConnection db, long hitId, ReviewAction action, string note, string reviewer, TimeProvider time) =>
        ApplyMany(db, [hitId], action, note, reviewer, time)[0];

    /// <summary>
    /// Applies <paramref name="action"/> to every hit of <paramref name="hitIds"/> with one note, in one transaction: all
    /// or none. Returns the appended reviews, in the order of the ids.
    /// </summary>
    /// <exception cref="HitReviewException">A hit does not exist, or is already in the status the action leads to (every such hit named); nothing is applied.</exception>
    /// <exception cref="ArgumentException">An unknown action, no id or the same id twice, an empty note or reviewer, or the reserved reviewer <c>sync</c>.</exception>
    public static IReadOnlyList<HitReview> ApplyMany(
        DbConnection db, IReadOnlyList<long> hitIds, ReviewAction action, string note, string reviewer, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(hitIds);
        var (after, from) = Transition(action);
        note = note.Trim();
        reviewer = reviewer.Trim();
        if (hitIds.Count == 0)
            throw new ArgumentException("no hit to review", nameof(hitIds));
        if (hitIds.Distinct().Count() != hitIds.Count)
            throw new ArgumentException("a hit is named twice", nameof(hitIds));
        if (note.Length == 0)
            throw new ArgumentException("a review needs a note saying why", nameof(note));
        if (reviewer.Length == 0)
            throw new ArgumentException("a review needs a reviewer", nameof(reviewer));
        if (string.Equals(reviewer, SyncReviewer, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"'{SyncReviewer}' is reserved for reopenings by a sync; review under your own name", nameof(reviewer));

        // BEGIN IMMEDIATE: the status reads and the updates cannot interleave with a sync or another review.
        using var tx = SqlDialect.Of(db).BeginWrite(db);
        var problems = new List<string>();
        var befores = new List<HitStatus>();
        foreach (var hitId in hitIds)
        {
            var stored = db.QuerySingleOrDefault<string?>("SELECT status FROM hits WHERE id = @hitId", new { hitId }, tx);
            var before = stored is null ? (HitStatus?)null : ReviewWords.ParseStatus(stored);
            befores.Add(before ?? HitStatus.New);
            if (before is not { } status)
            {
                problems.Add($"hit {hitId} does not exist");
            }
            else if (status == after)
            {
                problems.Add(action == ReviewAction.Reopen
                    ? $"hit {hitId} is already open (new): nothing to reopen"
                    : $"hit {hitId} is already {status.ToText()}: nothing to {action.ToText()}");
            }
            else if (!from.Contains(status))
            {
                problems.Add($"hit {hitId} is {status.ToText()}: it cannot be {action.ToText()}ed"); // unreachable with the three statuses
            }
        }

        if (problems.Count > 0)
            throw new HitReviewException(string.Join("; ", problems) + (hitIds.Count > 1 ? "; nothing was changed" : ""));

        var at = Iso.Format(time.GetUtcNow());
        var reviews = new List<HitReview>();
        for (var i = 0; i < hitIds.Count; i++)
        {
            db.Execute(
                "UPDATE hits SET status = @after, updated_at = @at WHERE id = @hitId AND status = @before",
                new { hitId = hitIds[i], after = after.ToText(), before = befores[i].ToText(), at },
                tx);
            reviews.Add(Append(db, tx, hitIds[i], action, befores[i], after, note, reviewer, at, snapshotId: null));
        }

        tx.Commit();
        return reviews;
    }

    /// <summary>The review trail of one hit, oldest first.</summary>
    public static List<HitReview> Of(DbConnection db, long hitId) =>
        [.. db.Query<HitReview>(
            """
            SELECT id, hit_id, action, status_before, status_after, note, reviewer, at, snapshot_id
            FROM hit_reviews WHERE hit_id = @hitId ORDER BY id
            """,
            new { hitId })];

    /// <summary>Records, inside a sync's transaction, that the sync reopened a dismissed hit.</summary>
    /// <param name="why">What happened to the entry, e.g. "the list entry changed in names, programmes".</param>
    internal static HitReview RecordSyncReopening(
        DbConnection db, DbTransaction tx, long hitId, long snapshotId, string snapshotAt, string why, string at)
    {
        var note = $"reopened by the sync of the snapshot of {snapshotAt} (snapshot {snapshotId}): {why}";
        return Append(db, tx, hitId, ReviewAction.Reopen, HitStatus.Dismissed, HitStatus.New, note, SyncReviewer, at, snapshotId);
    }

    private static HitReview Append(
        DbConnection db, DbTransaction tx, long hitId, ReviewAction action, HitStatus before, HitStatus after, string note,
        string reviewer, string at, long? snapshotId) =>
        db.QuerySingle<HitReview>(
            """
            INSERT INTO hit_reviews (hit_id, action, status_before, status_after, note, reviewer, at, snapshot_id, hit_snapshot_id)
            VALUES (@hitId, @action, @before, @after, @note, @reviewer, @at, @snapshotId,
                    (SELECT last_snapshot_id FROM hits WHERE id = @hitId))
            RETURNING id, hit_id, action, status_before, status_after, note, reviewer, at, snapshot_id
            """,
            new { hitId, action = action.ToText(), before = before.ToText(), after = after.ToText(), note, reviewer, at, snapshotId },
            tx);
}
