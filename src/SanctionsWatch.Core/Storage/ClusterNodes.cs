using System.Data.Common;
using Dapper;

namespace SanctionsWatch.Storage;

/// <summary>
/// A <c>run</c> node of a cluster as Quartz's clustered store knows it (its standard tables <c>qrtz_scheduler_state</c>
/// and <c>qrtz_fired_triggers</c>): its id, its last check-in, how often it checks in, the syncs it runs now.
/// </summary>
public sealed record WorkerNode(string Id, DateTimeOffset LastCheckinAt, TimeSpan CheckinInterval, IReadOnlyList<string> Running)
{
    /// <summary>
    /// Alive while its last check-in is no older than twice its interval and a little more (Quartz takes a node for dead
    /// after its interval and the misfire threshold, which SanctionsWatch sets to twice the interval).
    /// </summary>
    public bool AliveAt(DateTimeOffset now) => now - LastCheckinAt <= (3 * CheckinInterval) + TimeSpan.FromSeconds(5);
}

public static class ClusterNodes
{
    /// <summary>
    /// The nodes of the cluster sharing this store, by id; none on SQLite (one worker, no cluster) or before the first
    /// node started. Quartz keeps times as .NET ticks (UTC) and intervals in milliseconds.
    /// </summary>
    public static List<WorkerNode> Read(DbConnection db)
    {
        if (SqlDialect.Of(db).Provider != StoreProvider.PostgreSql
            || db.ExecuteScalar<string?>("SELECT to_regclass('qrtz_scheduler_state')::text") is null)
        {
            return [];
        }

        return [.. db.Query<(string Id, long Ticks, long IntervalMs, string? Running)>(
                """
                SELECT s.instance_name, s.last_checkin_time, s.checkin_interval,
                       (SELECT string_agg(f.job_name, ',' ORDER BY f.job_name) FROM qrtz_fired_triggers f
                        WHERE f.sched_name = s.sched_name AND f.instance_name = s.instance_name AND f.state = 'EXECUTING')
                FROM qrtz_scheduler_state s ORDER BY s.instance_name
                """)
            .Select(r => new WorkerNode(
                r.Id,
                new DateTimeOffset(r.Ticks, TimeSpan.Zero),
                TimeSpan.FromMilliseconds(r.IntervalMs),
                r.Running is null ? [] : [.. r.Running.Split(',').Select(j => j.StartsWith("sync-", StringComparison.Ordinal) ? "sync " + j[5..] : j)]))];
    }
}
