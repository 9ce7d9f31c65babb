using Dapper;
using Microsoft.Data.Sqlite;
using SanctionsWatch.Model;

namespace SanctionsWatch.Hosting;

/// <summary>When each source was last checked: the newest snapshot recorded for it (accepted, unchanged or refused).</summary>
internal static class LastChecks
{
    public static Dictionary<string, DateTimeOffset> Read(SqliteConnection db) =>
        db.Query<(string Source, string RecordedAt)>("SELECT source, MAX(recorded_at) FROM snapshots GROUP BY source")
            .ToDictionary(r => r.Source, r => Iso.Parse(r.RecordedAt), StringComparer.Ordinal);
}
