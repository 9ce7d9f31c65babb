using System.Data.Common;
using Dapper;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>An alert as the CLI shows it (field names are the JSON contract): its row and its delivery state.</summary>
public sealed class AlertView
{
    public static AlertView Of(AlertRecord a, string delivery) => new()
    {
        Id = a.Id,
        Kind = a.Kind,
        WatchlistId = a.WatchlistId,
        Source = a.Source,
        EntryId = a.EntryId,
        EntryName = a.EntryName,
        Score = a.Score,
        SnapshotAt = a.SnapshotAt,
        CreatedAt = a.CreatedAt,
        Delivery = delivery,
        ChangeId = a.ChangeId,
        Detail = a.Detail,
    };

    public long Id { get; init; }

    public string Kind { get; init; } = "";

    public string WatchlistId { get; init; } = "";

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string EntryName { get; init; } = "";

    public double Score { get; init; }

    public string SnapshotAt { get; init; } = "";

    public string CreatedAt { get; init; } = "";

    /// <summary>Delivery state per channel, e.g. <c>email=failed(12) log=delivered webhook=pending(2)</c> (attempts in brackets); <c>queued</c> before the dispatcher has seen it; <c>review (not delivered)</c> for a related alert of an entity in review mode.</summary>
    public string Delivery { get; init; } = "";

    /// <summary>For a <c>changed</c> alert, the change that raised it (<c>changes show ID</c>); null for the others.</summary>
    public long? ChangeId { get; init; }

    /// <summary>A related alert's path from the entry to the entity (or what ended the relation); null for the others.</summary>
    public string? Detail { get; init; }
}

/// <summary>A hit as the CLI shows it (field names are the JSON contract).</summary>
public sealed class HitView
{
    public static HitView Of(HitRow h, HitTimes t) => new()
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
    };

    public long Id { get; init; }

    public string WatchlistId { get; init; } = "";

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string EntryName { get; init; } = "";

    public double Score { get; init; }

    public string Status { get; init; } = "";

    public bool Listed { get; init; }

    public string FirstSnapshotAt { get; init; } = "";

    /// <summary>The last snapshot that changed the hit (found it, updated its score, delisted it); kept as before: = <see cref="LastChangedAt"/>.</summary>
    [HiddenInTables]
    public string LastSnapshotAt { get; init; } = "";

    /// <summary>The last snapshot that changed the hit: found it, changed its score or entry, reopened or delisted it.</summary>
    public string LastChangedAt { get; init; } = "";

    /// <summary>The last list of its source the entry was seen on: the newest one read while it is listed, else the last before its removal.</summary>
    public string? LastSeenAt { get; init; }
}

/// <summary>
/// A related hit as <c>hits --related</c> shows it (field names are the JSON contract): a listed entry tied by links
/// to a watchlist entity. <c>relation</c> is <c>below</c> (the entry is a subsidiary, front, owned or directed party of
/// the entity) or <c>above</c> (its parent, owner, director, or the party it is linked to); <c>path</c> the links from
/// the entry to the entity as text; <c>score</c> that of the path's end (the entity's own hit, or its name in a link).
/// </summary>
public sealed record RelatedHitView(
    long Id, string WatchlistId, string Source, string EntryId, string EntryName, string Relation, string? LinkType,
    int Depth, string Path, double Score, string Status, bool Listed, string FirstSnapshotAt, string LastSnapshotAt)
{
    public static RelatedHitView Of(HitRow h, HitTimes t)
    {
        var path = RelatedPath.FromJson(h.Path);
        return new RelatedHitView(
            h.Id, h.WatchlistId, h.Source, h.EntryId, h.EntryName, path?.Direction ?? "", h.LinkType, h.Depth ?? 0, path?.Text ?? "",
            Math.Round(h.Score, 4), h.Status.ToText(), h.Listed, t.FirstSnapshotAt, t.LastSnapshotAt);
    }
}

/// <summary>When a hit was first found and last changed (the snapshots' times), and when its entry was last seen.</summary>
public sealed class HitTimes
{
    /// <summary>The columns of <see cref="HitTimes"/> for a hit <c>h</c> joined with its first (<c>f</c>) and last (<c>l</c>) snapshots.</summary>
    internal const string Columns = "f.taken_at AS first_snapshot_at, l.taken_at AS last_snapshot_at, " + Queries.LastSeen + " AS last_seen_at";

    public string FirstSnapshotAt { get; init; } = "";

    public string LastSnapshotAt { get; init; } = "";

    public string? LastSeenAt { get; init; }
}

/// <summary>A change as the CLI shows it (field names are the JSON contract).</summary>
public sealed class ChangeView
{
    public long Id { get; init; }

    public string Source { get; init; } = "";

    public string EntryId { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Name { get; init; } = "";

    public string SnapshotAt { get; init; } = "";

    public string? Fields { get; init; }
}

/// <summary>A snapshot as the CLI shows it.</summary>
public sealed class SnapshotView
{
    public long Id { get; init; }

    public string Source { get; init; } = "";

    public string TakenAt { get; init; } = "";

    public string Status { get; init; } = "";

    public int? EntryCount { get; init; }

    public int Added { get; init; }

    public int Removed { get; init; }

    public int Modified { get; init; }

    public string? FileName { get; init; }

    public string? Error { get; init; }

    /// <summary>The raw file as downloaded (under the archive), so the snapshot can be re-read; null for a file synced offline.</summary>
    public string? ArchivePath { get; init; }
}

/// <summary>Filters shared by the read commands; null means no filter.</summary>
public sealed record QueryFilter
{
    public string? Source { get; init; }

    public string? WatchlistId { get; init; }

    public string? Since { get; init; }

    public string? Until { get; init; }

    public string? Kind { get; init; }

    /// <summary>Hits: only those scoring at least this.</summary>
    public double? MinScore { get; init; }

    /// <summary>Hits: only related hits (true), only direct hits (false, the default), or both (null).</summary>
    public bool? Related { get; init; } = false;

    /// <summary>Alerts: only those of this hit.</summary>
    public long? HitId { get; init; }

    /// <summary>Changes: only those of this entry (<c>--entry SOURCE:ID</c>: <see cref="Source"/> and this id).</summary>
    public string? EntryId { get; init; }

    /// <summary>Changes: only those of entries behind a direct hit not dismissed (<c>--watched</c>; related parties have their own alerts); with <see cref="WatchlistId"/>, of that entity's hits.</summary>
    public bool Watched { get; init; }

    /// <summary>Changes: only additions, removals and material modifications (<see cref="ChangeMateriality"/>).</summary>
    public bool Material { get; init; }

    public int Limit { get; init; } = 1000;
}

/// <summary>The read side of the store: what the CLI lists.</summary>
public static class Queries
{
    /// <summary>Every source the store has a snapshot of (accepted, unchanged or refused).</summary>
    public static List<string> SnapshotSources(DbConnection db) =>
        [.. db.Query<string>("SELECT DISTINCT source FROM snapshots")];

    /// <summary>Every watchlist id the store has a hit or an alert of (also of entities since left out of the watchlist).</summary>
    public static List<string> EntitiesWithHitsOrAlerts(DbConnection db) =>
        [.. db.Query<string>("SELECT DISTINCT watchlist_id FROM hits UNION SELECT DISTINCT watchlist_id FROM alerts")];

    /// <summary>Whether the store has ever held entry <paramref name="entryId"/> of <paramref name="source"/>.</summary>
    public static bool HasEntry(DbConnection db, string source, string entryId) =>
        db.ExecuteScalar<long>(
            "SELECT count(*) FROM entry_versions WHERE source = @source AND entry_id = @entryId", new { source, entryId }) > 0;

    /// <summary>The number of current entries per source.</summary>
    public static Dictionary<string, long> EntryCounts(DbConnection db) =>
        db.Query<(string Source, long Count)>("SELECT source, count(*) FROM entries GROUP BY source")
            .ToDictionary(r => r.Source, r => r.Count, StringComparer.Ordinal);

    /// <summary>Per source: when a snapshot was last recorded (any status) and the time of the last accepted one.</summary>
    public static Dictionary<string, (string? LastCheck, string? LastChange)> SnapshotTimes(DbConnection db) =>
        db.Query<(string Source, string? LastCheck, string? LastChange)>(
                """
                SELECT source, max(recorded_at), max(CASE WHEN status = 'accepted' THEN taken_at END)
                FROM snapshots GROUP BY source
                """)
            .ToDictionary(r => r.Source, r => (r.LastCheck, r.LastChange), StringComparer.Ordinal);

    /// <summary>When each source's last snapshot was recorded (the worker's schedule starts from it).</summary>
    public static Dictionary<string, DateTimeOffset> LastChecks(DbConnection db) =>
        db.Query<(string Source, string RecordedAt)>("SELECT source, MAX(recorded_at) FROM snapshots GROUP BY source")
            .ToDictionary(r => r.Source, r => Iso.Parse(r.RecordedAt), StringComparer.Ordinal);

    /// <summary>Each source's last good snapshot (applied, or found unchanged): when it was recorded and its entries.</summary>
    public static Dictionary<string, (DateTimeOffset At, int Entries)> LastGoodSyncs(DbConnection db) =>
        db.Query<(string Source, string RecordedAt, int Entries)>(
            """
            SELECT s.source, s.recorded_at, COALESCE(s.entry_count, 0) FROM snapshots s
            JOIN (SELECT max(id) AS id FROM snapshots WHERE status IN ('accepted', 'unchanged') GROUP BY source) g ON g.id = s.id
            """)
            .ToDictionary(r => r.Source, r => (Iso.Parse(r.RecordedAt), r.Entries), StringComparer.Ordinal);

    /// <summary>Every hit in brief: entity, source, score, status, listed, related.</summary>
    public static List<(string WatchlistId, string Source, double Score, string Status, bool Listed, bool Related)> HitSummaries(DbConnection db) =>
        [.. db.Query<(string WatchlistId, string Source, double Score, string Status, bool Listed, bool Related)>(
            "SELECT watchlist_id, source, score, status, listed, related FROM hits")];

    /// <summary>The hits of one watched entity, best first, as rows of <typeparamref name="T"/> (id, source, entry_id, entry_name, score, status, listed).</summary>
    public static List<T> HitsOfEntity<T>(DbConnection db, string entityId) =>
        [.. db.Query<T>(
            "SELECT id, source, entry_id, entry_name, score, status, listed FROM hits WHERE watchlist_id = @entityId ORDER BY score DESC, id",
            new { entityId })];

    /// <summary>
    /// An entity's own hits on a source that are listed and not dismissed, with when their entry was listed (the
    /// starting points of its related network).
    /// </summary>
    public static List<(long Id, string EntryId, string EntryName, double Score, string Explanation, string Status, string ListedAt)> ListedDirectHits(
        DbConnection db, string source, string entityId) =>
        [.. db.Query<(long Id, string EntryId, string EntryName, double Score, string Explanation, string Status, string ListedAt)>(
            """
            SELECT h.id, h.entry_id, h.entry_name, h.score, h.explanation, h.status, ls.taken_at
            FROM hits h JOIN entries e ON e.source = h.source AND e.entry_id = h.entry_id
            JOIN snapshots ls ON ls.id = e.listed_snapshot_id
            WHERE h.source = @source AND h.watchlist_id = @entityId AND h.related = 0 AND h.listed = 1 AND h.status <> 'dismissed'
            ORDER BY h.entry_id
            """,
            new { source, entityId })];

    /// <summary>An entity's related hits on a source, by entry id.</summary>
    public static Dictionary<string, (long Id, string EntryId, string Status)> RelatedHits(DbConnection db, string source, string entityId) =>
        db.Query<(long Id, string EntryId, string Status)>(
                "SELECT id, entry_id, status FROM hits WHERE source = @source AND watchlist_id = @entityId AND related = 1",
                new { source, entityId })
            .ToDictionary(h => h.EntryId, StringComparer.Ordinal);

    /// <summary>The sources the store holds entries of (one, or every one when <paramref name="source"/> is null), in name order.</summary>
    public static List<string> SourcesWithEntries(DbConnection db, string? source = null) =>
        [.. db.Query<string>("SELECT DISTINCT source FROM entries WHERE @source IS NULL OR source = @source ORDER BY source", new { source })];

    /// <summary>Alerts (<c>a</c>, with their snapshot <c>s</c>) as filtered and ordered by <c>alerts</c> and <c>export alerts</c>.</summary>
    internal const string AlertsFiltered =
        """
        FROM alerts a JOIN snapshots s ON s.id = a.snapshot_id
        WHERE (@Source IS NULL OR a.source = @Source) AND (@WatchlistId IS NULL OR a.watchlist_id = @WatchlistId)
          AND (@Kind IS NULL OR a.kind = @Kind) AND (@HitId IS NULL OR a.hit_id = @HitId)
          AND (@Since IS NULL OR a.snapshot_at >= @Since) AND (@Until IS NULL OR a.snapshot_at < @Until)
        ORDER BY a.snapshot_at DESC, a.id DESC LIMIT @Limit
        """;

    /// <summary>
    /// Whether the JSON array of changed fields in <paramref name="column"/> names a material field: one LIKE per field
    /// (the array holds the field names quoted, as the diff writes them), which both engines read alike.
    /// </summary>
    internal static string MaterialIn(string column) =>
        "(" + string.Join(" OR ", ChangeMateriality.Fields.Select(f => $"{column} LIKE '%\"{f}\"%'")) + ")";

    /// <summary>An alert's delivery state per channel, e.g. <c>email=failed(12) log=delivered</c>; <c>queued</c> before the dispatcher saw it.</summary>
    internal static string AlertDelivery(SqlDialect dialect) =>
        $"""
        COALESCE((SELECT {dialect.JoinText(
            "d.channel || '=' || d.status || CASE WHEN d.attempts > 0 THEN '(' || d.attempts || ')' ELSE '' END",
            "' ' ORDER BY d.channel")}
                  FROM alert_deliveries d WHERE d.alert_id = a.id),
                 CASE WHEN a.deliver = 0 THEN 'review (not delivered)' ELSE 'queued' END)
        """;

    /// <summary>
    /// When hit <c>h</c>'s entry was last seen on its list: the newest snapshot of its source read (accepted or
    /// unchanged) while it is listed; for a delisted hit, the last one before the snapshot that removed it.
    /// </summary>
    internal const string LastSeen =
        """
        (SELECT max(x.taken_at) FROM snapshots x WHERE x.source = h.source AND x.status <> 'refused'
           AND (h.listed = 1 OR x.id < h.last_snapshot_id))
        """;

    /// <summary>Hits (<c>h</c>, first and last snapshots <c>f</c>, <c>l</c>) as filtered and ordered by <c>hits</c> and <c>export hits</c>.</summary>
    internal const string HitsFiltered =
        """
        FROM hits h
        JOIN snapshots f ON f.id = h.first_snapshot_id
        JOIN snapshots l ON l.id = h.last_snapshot_id
        WHERE (@Source IS NULL OR h.source = @Source) AND (@WatchlistId IS NULL OR h.watchlist_id = @WatchlistId)
          AND (@Kind IS NULL OR h.status = @Kind) AND (@MinScore IS NULL OR h.score >= @MinScore)
          AND (CAST(@Related AS BIGINT) IS NULL OR h.related = @Related)
          AND (@Since IS NULL OR f.taken_at >= @Since) AND (@Until IS NULL OR f.taken_at < @Until)
        ORDER BY f.taken_at DESC, h.id DESC LIMIT @Limit
        """;

    /// <summary>Changes (<c>c</c>, snapshot <c>s</c>) as filtered and ordered by <c>changes</c> and <c>export changes</c>.</summary>
    internal static readonly string ChangesFiltered =
        """
        FROM changes c JOIN snapshots s ON s.id = c.snapshot_id
        WHERE (@Source IS NULL OR c.source = @Source) AND (@Kind IS NULL OR c.kind = @Kind)
          AND (@EntryId IS NULL OR c.entry_id = @EntryId)
          AND ((@WatchlistId IS NULL AND @Watched = 0) OR EXISTS (
                SELECT 1 FROM hits w WHERE w.source = c.source AND w.entry_id = c.entry_id
                  AND (@WatchlistId IS NULL OR w.watchlist_id = @WatchlistId)
                  AND (@Watched = 0 OR (w.status <> 'dismissed' AND w.related = 0))))
          AND (@Material = 0 OR c.kind <> 'modified' OR
        """ + MaterialIn("c.fields") + """
        )
          AND (@Since IS NULL OR s.taken_at >= @Since) AND (@Until IS NULL OR s.taken_at < @Until)
        ORDER BY s.taken_at DESC, c.id DESC LIMIT @Limit
        """;

    /// <summary>The columns of an <see cref="AlertView"/> of alert <c>a</c>.</summary>
    /// <summary>An alert's row and its delivery state, as <see cref="AlertViews"/> reads them.</summary>
    internal static string AlertColumns(SqlDialect dialect) => "SELECT " + AlertRecord.Columns + ", " + AlertDelivery(dialect) + " AS delivery";

    public static List<AlertView> Alerts(DbConnection db, QueryFilter filter) => AlertViews(db, AlertColumns(SqlDialect.Of(db)) + " " + AlertsFiltered, filter);

    /// <summary>The alerts <paramref name="sql"/> selects (<see cref="AlertColumns"/> first), as the CLI shows them.</summary>
    internal static List<AlertView> AlertViews(DbConnection db, string sql, object parameters) =>
        [.. db.Query<AlertRecord, DeliveryState, AlertView>(sql, static (a, d) => AlertView.Of(a, d.Delivery), parameters, splitOn: "delivery")];

    /// <summary>The delivery state of an alert, as read beside its row.</summary>
    internal sealed class DeliveryState
    {
        public string Delivery { get; init; } = "";
    }

    public static List<HitView> Hits(DbConnection db, QueryFilter filter) =>
        [.. db.Query<HitRow, HitTimes, HitView>(
            $"SELECT {HitRow.Columns}, {HitTimes.Columns} {HitsFiltered}", HitView.Of, filter, splitOn: "first_snapshot_at")];

    /// <summary>Related hits, filtered and ordered as <c>hits</c> orders them (the filter's <c>Related</c> is ignored).</summary>
    public static List<RelatedHitView> RelatedHits(DbConnection db, QueryFilter filter) =>
        [.. db.Query<HitRow, HitTimes, RelatedHitView>(
            $"SELECT {HitRow.Columns}, {HitTimes.Columns} {HitsFiltered}", RelatedHitView.Of, filter with { Related = true }, splitOn: "first_snapshot_at")];

    public static List<ChangeView> Changes(DbConnection db, QueryFilter filter) =>
        [.. db.Query<ChangeView>(
            "SELECT c.id, c.source, c.entry_id, c.kind, c.name, s.taken_at AS snapshot_at, c.fields " + ChangesFiltered,
            filter)];

    /// <summary>Snapshots as filtered and ordered by <c>snapshots</c>.</summary>
    internal const string SnapshotsFiltered =
        """
        FROM snapshots
        WHERE (@Source IS NULL OR source = @Source) AND (@Kind IS NULL OR status = @Kind)
          AND (@Since IS NULL OR taken_at >= @Since) AND (@Until IS NULL OR taken_at < @Until)
        ORDER BY id DESC LIMIT @Limit
        """;

    public static List<SnapshotView> Snapshots(DbConnection db, QueryFilter filter) =>
        [.. db.Query<SnapshotView>(
            "SELECT id, source, taken_at, status, entry_count, added, removed, modified, file_name, error, archive_path " + SnapshotsFiltered,
            filter)];

    /// <summary>
    /// How many rows a listing has without its limit (<c>--limit</c> cut it: "1,000 of 11,124 shown"): <paramref name="what"/>
    /// is <c>hits</c>, <c>alerts</c>, <c>changes</c> or <c>snapshots</c>.
    /// </summary>
    public static long Count(DbConnection db, string what, QueryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var filtered = what switch
        {
            "hits" => HitsFiltered,
            "alerts" => AlertsFiltered,
            "changes" => ChangesFiltered,
            "snapshots" => SnapshotsFiltered,
            _ => throw new ArgumentOutOfRangeException(nameof(what), what, "hits, alerts, changes or snapshots"),
        };
        return db.ExecuteScalar<long>("SELECT count(*) FROM (SELECT 1 " + filtered + ")", filter with { Limit = -1 });
    }
}
