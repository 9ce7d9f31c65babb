using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>The counts <c>status</c> shows: hits by review state, alerts not yet delivered everywhere.</summary>
public sealed record StatusCounts
{
    public int NewHits { get; init; }

    public int ConfirmedHits { get; init; }

    public int DismissedHits { get; init; }

    /// <summary>Hits whose list entry has since been removed from its list.</summary>
    public int DelistedHits { get; init; }

    /// <summary>Alerts with a delivery still pending or failed on some channel, or not yet seen by the dispatcher (none created before <c>Alerts:Delivery:QueueSince</c>).</summary>
    public int UndeliveredAlerts { get; init; }

    /// <summary>Of those, alerts with a failed delivery (retried by the worker until it gives up; see <c>alerts retry</c>).</summary>
    public int FailedAlerts { get; init; }

    /// <summary>Related hits (listed entries tied by links to an entity) nobody has reviewed yet, listed or not.</summary>
    public int NewRelatedHits { get; init; }

    /// <summary>Related hits whose relation holds now (the entry listed and still tied to the entity), dismissed ones aside.</summary>
    public int ListedRelatedHits { get; init; }
}

/// <summary>What an audit export adds to a hit's row: its snapshots' times and files, when its entry was last seen, its last review.</summary>
public sealed class HitExportPart
{
    public string FirstSnapshotAt { get; init; } = "";

    public string? FirstSnapshotFile { get; init; }

    public string? FirstSnapshotSha256 { get; init; }

    public string LastSnapshotAt { get; init; } = "";

    public string? LastSnapshotFile { get; init; }

    public string? LastSnapshotSha256 { get; init; }

    public string? LastSeenAt { get; init; }

    public string? LastReviewAction { get; init; }

    public string? LastReviewer { get; init; }

    public string? LastReviewAt { get; init; }

    public string? LastReviewNote { get; init; }
}

/// <summary>A hit exported for auditors, with the snapshots that first and last found it (field names are the contract).</summary>
public sealed class HitExport
{
    public static HitExport Of(HitRow h, HitExportPart p) => new()
    {
        Id = h.Id,
        WatchlistId = h.WatchlistId,
        Source = h.Source,
        EntryId = h.EntryId,
        EntryName = h.EntryName,
        Score = h.Score,
        Status = h.Status.ToText(),
        Listed = h.Listed,
        FirstSnapshotId = h.FirstSnapshotId,
        FirstSnapshotAt = p.FirstSnapshotAt,
        FirstSnapshotFile = p.FirstSnapshotFile,
        FirstSnapshotSha256 = p.FirstSnapshotSha256,
        LastSnapshotId = h.LastSnapshotId,
        LastSnapshotAt = p.LastSnapshotAt,
        LastSnapshotFile = p.LastSnapshotFile,
        LastSnapshotSha256 = p.LastSnapshotSha256,
        LastSeenAt = p.LastSeenAt,
        CreatedAt = h.CreatedAt,
        UpdatedAt = h.UpdatedAt,
        Related = h.Related,
        LinkType = h.LinkType,
        Depth = h.Depth,
        Path = RelatedPath.FromJson(h.Path)?.Text,
        LastReviewAction = p.LastReviewAction,
        LastReviewer = p.LastReviewer,
        LastReviewAt = p.LastReviewAt,
        LastReviewNote = p.LastReviewNote,
    };

    public long Id { get; init; }

    public string WatchlistId { get; init; } = "";

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string EntryName { get; init; } = "";

    public double Score { get; init; }

    public string Status { get; init; } = "";

    public bool Listed { get; init; }

    public long FirstSnapshotId { get; init; }

    public string FirstSnapshotAt { get; init; } = "";

    public string? FirstSnapshotFile { get; init; }

    public string? FirstSnapshotSha256 { get; init; }

    public long LastSnapshotId { get; init; }

    public string LastSnapshotAt { get; init; } = "";

    public string? LastSnapshotFile { get; init; }

    public string? LastSnapshotSha256 { get; init; }

    /// <summary>The last list of its source the entry was seen on (the last snapshot above is the last that changed the hit).</summary>
    public string? LastSeenAt { get; init; }

    public string CreatedAt { get; init; } = "";

    public string UpdatedAt { get; init; } = "";

    /// <summary>Whether this is a related hit (the entry tied to the entity by links, see <c>path</c>).</summary>
    public bool Related { get; init; }

    /// <summary>A related hit's first link type; null for a direct hit.</summary>
    public string? LinkType { get; init; }

    /// <summary>A related hit's number of links; null for a direct hit.</summary>
    public int? Depth { get; init; }

    /// <summary>A related hit's path from the entry to the entity, as text; null for a direct hit.</summary>
    public string? Path { get; init; }

    /// <summary>The latest decision on the hit (confirm, dismiss, reopen); null when nobody reviewed it.</summary>
    public string? LastReviewAction { get; init; }

    /// <summary>Who took it (<c>sync</c> for a reopening by a sync).</summary>
    public string? LastReviewer { get; init; }

    public string? LastReviewAt { get; init; }

    public string? LastReviewNote { get; init; }
}

/// <summary>
/// One review of a hit, exported for auditors (field names are the contract): who decided what, when and why, on which
/// hit, and the list snapshot the hit stood on then (its last snapshot when the reviewer decided; for a reopening by a
/// sync, that sync's snapshot). Reviews from before issue 18 have no snapshot (null).
/// </summary>
public sealed class ReviewExport
{
    public long Id { get; init; }

    public long HitId { get; init; }

    public string Action { get; init; } = "";

    public string StatusBefore { get; init; } = "";

    public string StatusAfter { get; init; } = "";

    public string Reviewer { get; init; } = "";

    public string At { get; init; } = "";

    public string Note { get; init; } = "";

    public string WatchlistId { get; init; } = "";

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string EntryName { get; init; } = "";

    public double Score { get; init; }

    public long? SnapshotId { get; init; }

    public string? SnapshotAt { get; init; }

    public string? SnapshotFile { get; init; }

    public string? SnapshotSha256 { get; init; }
}

/// <summary>A change exported for auditors, with the snapshot it came from.</summary>
public sealed class ChangeExport
{
    public long Id { get; init; }

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Name { get; init; } = "";

    public string? Fields { get; init; }

    public long SnapshotId { get; init; }

    public string SnapshotAt { get; init; } = "";

    public string? SnapshotFile { get; init; }

    public string? SnapshotSha256 { get; init; }
}

/// <summary>An alert exported for auditors (field names are the contract): its row, the snapshot file that raised it and its delivery state.</summary>
public sealed class AlertExport
{
    public static AlertExport Of(AlertRecord a, string? snapshotFile, string? snapshotSha256, string delivery) => new()
    {
        Id = a.Id,
        Kind = a.Kind,
        HitId = a.HitId,
        WatchlistId = a.WatchlistId,
        Source = a.Source,
        EntryId = a.EntryId,
        EntryName = a.EntryName,
        Score = a.Score,
        SnapshotId = a.SnapshotId,
        SnapshotAt = a.SnapshotAt,
        SnapshotFile = snapshotFile,
        SnapshotSha256 = snapshotSha256,
        CreatedAt = a.CreatedAt,
        Delivery = delivery,
        Detail = a.Detail,
    };

    public long Id { get; init; }

    public string Kind { get; init; } = "";

    public long HitId { get; init; }

    public string WatchlistId { get; init; } = "";

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string EntryName { get; init; } = "";

    public double Score { get; init; }

    public long SnapshotId { get; init; }

    public string SnapshotAt { get; init; } = "";

    public string? SnapshotFile { get; init; }

    public string? SnapshotSha256 { get; init; }

    public string CreatedAt { get; init; } = "";

    public string Delivery { get; init; } = "";

    /// <summary>A related alert's path (or what ended the relation); null for the others.</summary>
    public string? Detail { get; init; }
}

/// <summary>One field of a change: its value before and after, and for lists the items removed and added.</summary>
public sealed record FieldDiff(string Field, JsonNode? Before, JsonNode? After, IReadOnlyList<string> Removed, IReadOnlyList<string> Added);

/// <summary>One change with the entry's versions on either side, field by field.</summary>
public sealed record ChangeDetail(ChangeView Change, long SnapshotId, string? SnapshotFile, IReadOnlyList<FieldDiff> Fields);

/// <summary>Reports over the store: the <c>status</c> counts, exports for auditors, one change in detail.</summary>
public static class Reports
{
    /// <summary>
    /// The counts of <c>status</c>. Alerts created before <paramref name="queueSince"/> (<c>Alerts:Delivery:QueueSince</c>)
    /// are never delivered, by configuration, so they are not counted as waiting.
    /// </summary>
    public static StatusCounts Counts(DbConnection db, DateTimeOffset? queueSince = null) =>
        db.QuerySingle<StatusCounts>(
            $"""
            SELECT (SELECT count(*) FROM hits WHERE status = 'new' AND related = 0) AS new_hits,
                   (SELECT count(*) FROM hits WHERE status = 'confirmed' AND related = 0) AS confirmed_hits,
                   (SELECT count(*) FROM hits WHERE status = 'dismissed' AND related = 0) AS dismissed_hits,
                   (SELECT count(*) FROM hits WHERE listed = 0 AND related = 0) AS delisted_hits,
                   (SELECT count(*) FROM hits WHERE status = 'new' AND related = 1) AS new_related_hits,
                   (SELECT count(*) FROM hits WHERE listed = 1 AND status <> 'dismissed' AND related = 1) AS listed_related_hits,
                   (SELECT count(*) FROM alerts a WHERE {Undelivered}) AS undelivered_alerts,
                   (SELECT count(*) FROM alerts a WHERE {Undelivered}
                       AND EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.alert_id = a.id AND d.status = 'failed')) AS failed_alerts
            """,
            new { since = queueSince is { } t ? Iso.Format(t) : null });

    /// <summary>When the oldest alert still waiting for a channel was raised (none before <paramref name="queueSince"/>), or null.</summary>
    public static string? OldestUndeliveredAt(DbConnection db, DateTimeOffset? queueSince = null) =>
        db.ExecuteScalar<string?>(
            $"SELECT min(a.created_at) FROM alerts a WHERE {Undelivered}",
            new { since = queueSince is { } t ? Iso.Format(t) : null });

    /// <summary>Alerts not yet delivered on every channel (and not before <paramref name="queueSince"/>), newest first.</summary>
    public static List<AlertView> UndeliveredAlerts(DbConnection db, int limit, DateTimeOffset? queueSince = null) =>
        Queries.AlertViews(
            db,
            Queries.AlertColumns(SqlDialect.Of(db)) + $" FROM alerts a WHERE {Undelivered} ORDER BY a.snapshot_at DESC, a.id DESC LIMIT @limit",
            new { since = queueSince is { } t ? Iso.Format(t) : null, limit });

    /// <summary>An alert (<c>a</c>) some channel has still to deliver, or that the dispatcher has not seen yet.</summary>
    private const string Undelivered =
        """
        (@since IS NULL OR a.created_at >= @since) AND a.deliver = 1
        AND (NOT EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.alert_id = a.id)
             OR EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.alert_id = a.id AND d.status <> 'delivered'))
        """;

    public static List<HitExport> ExportHits(DbConnection db, QueryFilter filter) =>
        [.. db.Query<HitRow, HitExportPart, HitExport>(
            $"""
            SELECT {HitRow.Columns},
                   f.taken_at AS first_snapshot_at, f.file_name AS first_snapshot_file, f.file_hash AS first_snapshot_sha256,
                   l.taken_at AS last_snapshot_at, l.file_name AS last_snapshot_file, l.file_hash AS last_snapshot_sha256,
                   {Queries.LastSeen} AS last_seen_at,
                   (SELECT r.action FROM hit_reviews r WHERE r.hit_id = h.id ORDER BY r.id DESC LIMIT 1) AS last_review_action,
                   (SELECT r.reviewer FROM hit_reviews r WHERE r.hit_id = h.id ORDER BY r.id DESC LIMIT 1) AS last_reviewer,
                   (SELECT r.at FROM hit_reviews r WHERE r.hit_id = h.id ORDER BY r.id DESC LIMIT 1) AS last_review_at,
                   (SELECT r.note FROM hit_reviews r WHERE r.hit_id = h.id ORDER BY r.id DESC LIMIT 1) AS last_review_note
            """ + " " + Queries.HitsFiltered,
            HitExport.Of,
            filter,
            splitOn: "first_snapshot_at")];

    /// <summary>Reviews, newest first, with their hit and the snapshot it stood on; <c>Since</c>/<c>Until</c> apply to the review's time, <c>Kind</c> to its action.</summary>
    public static List<ReviewExport> ExportReviews(DbConnection db, QueryFilter filter) =>
        [.. db.Query<ReviewExport>(
            """
            SELECT r.id, r.hit_id, r.action, r.status_before, r.status_after, r.reviewer, r.at, r.note,
                   h.watchlist_id, h.source, h.entry_id, h.entry_name, h.score,
                   s.id AS snapshot_id, s.taken_at AS snapshot_at, s.file_name AS snapshot_file, s.file_hash AS snapshot_sha256
            FROM hit_reviews r JOIN hits h ON h.id = r.hit_id
            LEFT JOIN snapshots s ON s.id = COALESCE(r.snapshot_id, r.hit_snapshot_id)
            WHERE (@Source IS NULL OR h.source = @Source) AND (@WatchlistId IS NULL OR h.watchlist_id = @WatchlistId)
              AND (@Kind IS NULL OR r.action = @Kind)
              AND (@Since IS NULL OR r.at >= @Since) AND (@Until IS NULL OR r.at < @Until)
            ORDER BY r.id DESC LIMIT @Limit
            """,
            filter)];

    public static List<ChangeExport> ExportChanges(DbConnection db, QueryFilter filter) =>
        [.. db.Query<ChangeExport>(
            """
            SELECT c.id, c.source, c.entry_id, c.kind, c.name, c.fields, s.id AS snapshot_id, s.taken_at AS snapshot_at,
                   s.file_name AS snapshot_file, s.file_hash AS snapshot_sha256
            """ + " " + Queries.ChangesFiltered,
            filter)];

    public static List<AlertExport> ExportAlerts(DbConnection db, QueryFilter filter) =>
        [.. db.Query<AlertRecord, ExportPart, AlertExport>(
            "SELECT " + AlertRecord.Columns + ", " + Queries.AlertDelivery(SqlDialect.Of(db)) + " AS delivery, "
            + "s.file_name AS snapshot_file, s.file_hash AS snapshot_sha256 " + Queries.AlertsFiltered,
            static (a, part) => AlertExport.Of(a, part.SnapshotFile, part.SnapshotSha256, part.Delivery),
            filter,
            splitOn: "delivery")]; // never null (a part whose first column is null would be read as none)

    /// <summary>What an export adds to an alert's row, as read beside it.</summary>
    private sealed class ExportPart
    {
        public string Delivery { get; init; } = "";

        public string? SnapshotFile { get; init; }

        public string? SnapshotSha256 { get; init; }
    }

    /// <summary>One change, field by field (every field of the entry for an addition or a removal); null if there is no such change.</summary>
    public static ChangeDetail? Change(DbConnection db, long id)
    {
        var row = db.QuerySingleOrDefault<ChangeRow>(
            """
            SELECT c.id, c.source, c.entry_id, c.kind, c.name, s.taken_at AS snapshot_at, c.fields, s.id AS snapshot_id,
                   s.file_name, o.data AS before, n.data AS after
            FROM changes c JOIN snapshots s ON s.id = c.snapshot_id
            LEFT JOIN entry_versions o ON o.id = c.old_version_id
            LEFT JOIN entry_versions n ON n.id = c.new_version_id
            WHERE c.id = @id
            """,
            new { id });
        if (row is null)
            return null;

        var before = row.Before;
        var old = before is null ? null : JsonNode.Parse(before) as JsonObject;
        var now = row.After is null ? null : JsonNode.Parse(row.After) as JsonObject;
        var names = row.Fields is null
            ? (old ?? now)?.Select(p => p.Key).Where(k => k is not ("source" or "entry_id")).ToList() ?? []
            : JsonSerializer.Deserialize<List<string>>(row.Fields) ?? [];
        var fields = names.Select(f => Diff(f, old?[f], now?[f])).ToList();
        var change = new ChangeView
        {
            Id = row.Id,
            Source = row.Source,
            EntryId = row.EntryId,
            Kind = row.Kind,
            Name = row.Name,
            SnapshotAt = row.SnapshotAt,
            Fields = row.Fields,
        };
        return new ChangeDetail(change, row.SnapshotId, row.FileName, fields);
    }

    private sealed class ChangeRow
    {
        public long Id { get; init; }

        public string Source { get; init; } = "";

        public string EntryId { get; init; } = "";

        public string Kind { get; init; } = "";

        public string Name { get; init; } = "";

        public string SnapshotAt { get; init; } = "";

        public string? Fields { get; init; }

        public long SnapshotId { get; init; }

        public string? FileName { get; init; }

        public string? Before { get; init; }

        public string? After { get; init; }
    }

    private static FieldDiff Diff(string field, JsonNode? before, JsonNode? after)
    {
        var removed = Items(before).Except(Items(after)).ToList();
        var added = Items(after).Except(Items(before)).ToList();
        return new FieldDiff(field, before?.DeepClone(), after?.DeepClone(), removed, added);
    }

    /// <summary>A field's value as readable items: each element of a list (an object's values joined), or the value itself.</summary>
    public static IEnumerable<string> Items(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(Item),
        _ => [Item(node)],
    };

    private static string Item(JsonNode? node) => node switch
    {
        null => "",
        JsonObject o => string.Join(" · ", o.Select(p => Item(p.Value)).Where(v => v.Length > 0)),
        JsonArray a => string.Join(", ", a.Select(Item)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };
}
