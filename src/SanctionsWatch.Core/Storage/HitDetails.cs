using System.Data.Common;
using System.Text.Json;
using Dapper;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>A hit as <c>hits show</c> shows it (field names are its JSON contract), made of its row and its times.</summary>
public sealed record HitSummary
{
    public static HitSummary Of(HitRow h, HitTimes t) => new()
    {
        Id = h.Id,
        WatchlistId = h.WatchlistId,
        Source = h.Source,
        EntryId = h.EntryId,
        EntryName = h.EntryName,
        Score = h.Score,
        Status = h.Status.ToText(),
        Listed = h.Listed,
        FirstSnapshotAt = t.FirstSnapshotAt,
        LastSnapshotAt = t.LastSnapshotAt,
        LastChangedAt = t.LastSnapshotAt,
        LastSeenAt = t.LastSeenAt,
        CreatedAt = h.CreatedAt,
        UpdatedAt = h.UpdatedAt,
    };

    public long Id { get; init; }

    public string WatchlistId { get; init; } = "";

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string EntryName { get; init; } = "";

    public double Score { get; init; }

    /// <summary><c>alert</c>, <c>review</c> or <c>none</c> by the configured thresholds; set by the caller, which knows them.</summary>
    public string? Band { get; init; }

    public string Status { get; init; } = "";

    public bool Listed { get; init; }

    public string FirstSnapshotAt { get; init; } = "";

    /// <summary>= <see cref="LastChangedAt"/> (kept as before).</summary>
    public string LastSnapshotAt { get; init; } = "";

    /// <summary>The last snapshot that changed the hit (found it, changed its score or entry, reopened or delisted it).</summary>
    public string LastChangedAt { get; init; } = "";

    /// <summary>The last list of its source the entry was seen on (see <see cref="Queries.LastSeen"/>).</summary>
    public string? LastSeenAt { get; init; }

    public string CreatedAt { get; init; } = "";

    public string UpdatedAt { get; init; } = "";
}

/// <summary>
/// How a related hit's entry is tied to the entity (the JSON of <c>hits show</c>'s <c>related</c>): <c>relation</c>
/// (<c>below</c> or <c>above</c> the entity), <c>depth</c>, <c>link_type</c> (the first link's), <c>path</c> (as
/// text), and the path itself: <c>steps</c> (<c>from, from_name, to, to_name, carrier, link{type, name, entry_id}</c>)
/// and <c>end</c> (<c>watchlist_id, entry_id, name, resolved_by</c> (<c>entry</c> or <c>name</c>), <c>score</c>).
/// </summary>
public sealed record RelatedView(
    string Relation, int Depth, string LinkType, string Path, IReadOnlyList<RelatedStep> Steps, RelatedEnd End)
{
    public static RelatedView? Of(RelatedPath? path) =>
        path is null ? null : new(path.Direction, path.Depth, LinkTypes.Format(path.FirstLink.Type), path.Text, path.Steps, path.End);
}

/// <summary>The version of a list entry a hit points at: the current one, or the last one if the entry was removed.</summary>
/// <param name="Current">Whether the entry is on the list now (false: removed, this was its last version).</param>
/// <param name="ToSnapshotAt">When this version was replaced or removed; null while current.</param>
public sealed record EntryVersionView(long VersionId, bool Current, string FromSnapshotAt, string? ToSnapshotAt, ListEntry Data);

/// <summary>One change of a list entry: when, what kind, which fields (modified only) and whether they matter.</summary>
public sealed record EntryChangeView(long Id, string Kind, string SnapshotAt, string Name, IReadOnlyList<string> Fields, bool Material);

/// <summary>A hit, its list entry, the entry's changes, the hit's reviews and alerts.</summary>
public sealed record HitDetail(
    HitSummary Hit,
    MatchExplanation Explanation,
    EntryVersionView? Entry,
    IReadOnlyList<EntryChangeView> History,
    IReadOnlyList<HitReview> Reviews,
    IReadOnlyList<AlertView> Alerts)
{
    /// <summary>For a related hit, how its entry is tied to the entity; null for a direct hit.</summary>
    public RelatedView? Related { get; init; }

    /// <summary>Each change of the hit's score, oldest first, with the list change behind it.</summary>
    public IReadOnlyList<ScoreChangeView> ScoreHistory { get; init; } = [];
}

/// <summary>
/// One change of a hit's score (field names are the JSON contract of <c>hits show</c>'s <c>score_history</c>): when,
/// from what to what, and the list change that caused it with its one-line diff.
/// </summary>
public sealed record ScoreChangeView(string SnapshotAt, double ScoreBefore, double ScoreAfter, long? ChangeId, IReadOnlyList<string> Fields, string? Diff);

/// <summary>A hit's stored explanation (JSON), as read beside its row.</summary>
internal sealed class StoredExplanation
{
    public string Explanation { get; init; } = "";
}

/// <summary>Loads one hit with its context, for <c>hits show</c>.</summary>
public static class HitDetails
{
    /// <summary>The hit and its context; null when there is no hit <paramref name="hitId"/>.</summary>
    public static HitDetail? Load(DbConnection db, long hitId)
    {
        var read = db.Query<HitRow, HitTimes, StoredExplanation, (HitRow Row, HitTimes Times, string Explanation)>(
            $"""
            SELECT {HitRow.Columns}, {HitTimes.Columns}, h.explanation
            FROM hits h
            JOIN snapshots f ON f.id = h.first_snapshot_id
            JOIN snapshots l ON l.id = h.last_snapshot_id
            WHERE h.id = @hitId
            """,
            static (row, times, stored) => (row, times, stored.Explanation),
            new { hitId },
            splitOn: "first_snapshot_at,explanation").SingleOrDefault();
        if (read.Row is not { } hit)
            return null;
        var explanation = JsonSerializer.Deserialize<MatchExplanation>(read.Explanation, EntryContent.Json) ?? MatchExplanation.None;
        return new HitDetail(
            HitSummary.Of(hit, read.Times),
            explanation,
            Entry(db, hit.Source, hit.EntryId),
            History(db, hit.Source, hit.EntryId),
            HitReviews.Of(db, hitId),
            [.. Queries.Alerts(db, new QueryFilter { HitId = hitId, Limit = int.MaxValue }).OrderBy(a => a.Id)])
        {
            ScoreHistory = ScoreHistory(db, hitId),
            Related = hit.Related ? RelatedView.Of(RelatedPath.FromJson(hit.Path)) : null,
        };
    }

    private static List<ScoreChangeView> ScoreHistory(DbConnection db, long hitId) =>
        [.. db.Query<(string At, double Before, double After, long? ChangeId)>(
                "SELECT at, score_before, score_after, change_id FROM hit_score_changes WHERE hit_id = @hitId ORDER BY id",
                new { hitId })
            .Select(r =>
            {
                var change = r.ChangeId is { } id ? Reports.Change(db, id) : null;
                return new ScoreChangeView(
                    r.At, Math.Round(r.Before, 4), Math.Round(r.After, 4), r.ChangeId,
                    change is null ? [] : [.. change.Fields.Select(f => f.Field)],
                    change is null ? null : ChangeText.OneLine(change.Fields, 200));
            })];

    private static EntryVersionView? Entry(DbConnection db, string source, string entryId)
    {
        var version = db.QuerySingleOrDefault<(long Id, string Data, string From, string? To, long Current)>(
            """
            SELECT v.id, v.data, f.taken_at, t.taken_at,
                   EXISTS (SELECT 1 FROM entries e WHERE e.source = v.source AND e.entry_id = v.entry_id AND e.version_id = v.id)
            FROM entry_versions v
            JOIN snapshots f ON f.id = v.from_snapshot_id
            LEFT JOIN snapshots t ON t.id = v.to_snapshot_id
            WHERE v.source = @source AND v.entry_id = @entryId
            ORDER BY v.id DESC LIMIT 1
            """,
            new { source, entryId });
        return version.Id == 0
            ? null
            : new EntryVersionView(version.Id, version.Current == 1, version.From, version.To, EntryContent.FromJson(version.Data));
    }

    private static List<EntryChangeView> History(DbConnection db, string source, string entryId) =>
        [.. db.Query<(long Id, string Kind, string SnapshotAt, string Name, string? Fields)>(
                """
                SELECT c.id, c.kind, s.taken_at, c.name, c.fields
                FROM changes c JOIN snapshots s ON s.id = c.snapshot_id
                WHERE c.source = @source AND c.entry_id = @entryId
                ORDER BY c.id
                """,
                new { source, entryId })
            .Select(c =>
            {
                var fields = c.Fields is null ? [] : JsonSerializer.Deserialize<string[]>(c.Fields) ?? [];
                return new EntryChangeView(c.Id, c.Kind, c.SnapshotAt, c.Name, fields, ChangeMateriality.IsMaterial(fields));
            })];
}
