using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dapper;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>
/// What a period brought, for people who read it once a day or a week (<c>digest</c>, the scheduled digest): the
/// watched entries (an entry behind a direct hit not dismissed; related parties have their own alerts) that were newly listed, changed materially
/// (<see cref="ChangeMateriality"/>) or delisted, then list-wide counts per source. The period is
/// [<see cref="Since"/>, <see cref="Until"/>) by the lists' own time (<c>list</c>, as every other command filters), or by
/// the time SanctionsWatch recorded each snapshot (<c>recorded</c>, the scheduled digest: a list file that arrives late
/// is still in the next digest, never lost between two).
/// </summary>
public sealed record Digest(
    string Since,
    string Until,
    string Basis,
    IReadOnlyList<DigestItem> Listed,
    IReadOnlyList<DigestItem> Changed,
    IReadOnlyList<DigestItem> Delisted,
    IReadOnlyList<DigestSource> Sources)
{
    public const string ListTime = "list";
    public const string RecordedTime = "recorded";

    /// <summary>Whether anything happened to a watched entry.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasWatchedNews => Listed.Count + Changed.Count + Delisted.Count > 0;

    /// <summary>"SanctionsWatch digest 2026-11-28 → 2026-12-05: 1 listed, 2 changed, 0 delisted"</summary>
    public string Title => string.Create(
        CultureInfo.InvariantCulture,
        $"SanctionsWatch digest {Short(Since)} → {Short(Until)}: {Listed.Count} listed, {Changed.Count} changed, {Delisted.Count} delisted");

    /// <summary>The digest as plain text (the e-mail body, the Slack text): the watched entries, then the counts per source.</summary>
    public string Text()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Title} (period {Since} to {Until}, by {(Basis == RecordedTime ? "the time each list was recorded" : "the lists' own time")})");
        Section(sb, "Newly listed", Listed);
        Section(sb, "Changed (material changes)", Changed);
        Section(sb, "Delisted", Delisted);
        sb.AppendLine();
        sb.AppendLine("Every list, in the period:");
        if (Sources.Count == 0)
            sb.AppendLine("  (no list synced)");
        foreach (var s in Sources)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"  {s.Source}: {s.Snapshots} snapshot(s), {s.Added} added, {s.Removed} removed, {s.Modified} modified ({s.MaterialModified} materially); {s.Entries} entries now");
        }

        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title, IReadOnlyList<DigestItem> items)
    {
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{title}: {items.Count}");
        foreach (var i in items)
            sb.AppendLine("  " + i.Line);
    }

    private static string Short(string iso) => iso.EndsWith("T00:00:00Z", StringComparison.Ordinal) ? iso[..10] : iso;

    /// <summary>The digest of [<paramref name="since"/>, <paramref name="until"/>).</summary>
    public static Digest Build(
        DbConnection db, DateTimeOffset since, DateTimeOffset until, string basis = ListTime, Func<string, string?>? entityName = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var time = basis == RecordedTime ? "s.recorded_at" : "s.taken_at";
        var range = new { since = Iso.Format(since), until = Iso.Format(until) };
        var material = Queries.MaterialIn("c.fields");
        var rows = db.Query<ItemRow>(
            $"""
            SELECT c.id AS change_id, c.kind, h.watchlist_id, h.id AS hit_id, h.status AS hit_status, h.score, c.source,
                   c.entry_id, c.name, s.taken_at AS snapshot_at, c.fields
            FROM changes c JOIN snapshots s ON s.id = c.snapshot_id
            JOIN hits h ON h.source = c.source AND h.entry_id = c.entry_id AND h.status <> 'dismissed' AND h.related = 0
            WHERE {time} >= @since AND {time} < @until
              AND NOT (c.kind = 'added' AND s.id = (SELECT min(f.id) FROM snapshots f WHERE f.source = c.source AND f.status = 'accepted'))
              AND (c.kind <> 'modified' OR {material})
            ORDER BY s.taken_at, c.id, h.watchlist_id
            """,
            range).ToList();
        var items = rows.Select(r =>
        {
            var fields = r.Fields is null ? [] : JsonSerializer.Deserialize<List<string>>(r.Fields) ?? [];
            var diff = r.Kind == "modified" && Reports.Change(db, r.ChangeId) is { } detail ? ChangeText.OneLine(detail.Fields) : null;
            return new DigestItem(
                r.ChangeId, r.WatchlistId, entityName?.Invoke(r.WatchlistId), r.HitId, r.HitStatus, r.Score, r.Source, r.EntryId,
                r.Name, r.SnapshotAt, fields, diff)
            { Kind = r.Kind };
        }).ToList();

        var sources = db.Query<DigestSource>(
            $"""
            SELECT s.source, COUNT(DISTINCT s.id) AS snapshots,
                   COALESCE(SUM(CASE WHEN c.kind = 'added' THEN 1 ELSE 0 END), 0) AS added,
                   COALESCE(SUM(CASE WHEN c.kind = 'removed' THEN 1 ELSE 0 END), 0) AS removed,
                   COALESCE(SUM(CASE WHEN c.kind = 'modified' THEN 1 ELSE 0 END), 0) AS modified,
                   COALESCE(SUM(CASE WHEN c.kind = 'modified' AND {material} THEN 1 ELSE 0 END), 0) AS material_modified,
                   (SELECT COUNT(*) FROM entries e WHERE e.source = s.source) AS entries
            FROM snapshots s LEFT JOIN changes c ON c.snapshot_id = s.id
            WHERE s.status <> 'refused' AND {time} >= @since AND {time} < @until
            GROUP BY s.source ORDER BY s.source
            """,
            range).ToList();

        return new Digest(
            Iso.Format(since), Iso.Format(until), basis,
            [.. items.Where(i => i.Kind == "added")],
            [.. items.Where(i => i.Kind == "modified")],
            [.. items.Where(i => i.Kind == "removed")],
            sources);
    }

    private sealed class ItemRow
    {
        public long ChangeId { get; init; }

        public string Kind { get; init; } = "";

        public string WatchlistId { get; init; } = "";

        public long HitId { get; init; }

        public string HitStatus { get; init; } = "";

        public double Score { get; init; }

        public string Source { get; init; } = "";

        public string EntryId { get; init; } = "";

        public string Name { get; init; } = "";

        public string SnapshotAt { get; init; } = "";

        public string? Fields { get; init; }
    }
}

/// <summary>A watched entry's listing, material change or delisting in a digest (field names are the JSON contract).</summary>
public sealed record DigestItem(
    long ChangeId,
    string WatchlistId,
    string? EntityName,
    long HitId,
    string HitStatus,
    double Score,
    string Source,
    string EntryId,
    string Name,
    string SnapshotAt,
    IReadOnlyList<string> Fields,
    string? Diff)
{
    /// <summary>The change's kind: added, modified or removed (not written: the digest's section says it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Kind { get; init; } = "";

    /// <summary>"2022-06-28T18:55:00Z Rostec (ru-rostec): ofac-sdn 17260 "STATE CORPORATION ROSTEC", hit 3 (new), change 10252[: diff]"</summary>
    public string Line => string.Create(
        CultureInfo.InvariantCulture,
        $"{SnapshotAt} {EntityName ?? WatchlistId} ({WatchlistId}): {Source} {EntryId} \"{Name}\", hit {HitId} ({HitStatus}), change {ChangeId}{(Diff is null ? "" : ": " + Diff)}");
}

/// <summary>One source's counts in a digest's period (field names are the JSON contract).</summary>
public sealed record DigestSource
{
    public string Source { get; init; } = "";

    public long Snapshots { get; init; }

    public long Added { get; init; }

    public long Removed { get; init; }

    public long Modified { get; init; }

    public long MaterialModified { get; init; }

    /// <summary>The entries on the list now (not at the end of the period).</summary>
    public long Entries { get; init; }
}
