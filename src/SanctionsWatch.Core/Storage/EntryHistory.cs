using System.Data.Common;
using System.Text.Json;
using Dapper;
using SanctionsWatch.Model;

namespace SanctionsWatch.Storage;

/// <summary>An entry whose content changed, with the fields that changed.</summary>
public sealed record ModifiedEntry(ListEntry Entry, IReadOnlyList<string> Fields)
{
    /// <summary>Whether names, identifiers, programmes or party type changed.</summary>
    public bool Material => EntryContent.IsMaterial(Fields);

    /// <summary>The row of <c>changes</c> recording this modification (0 when not stored).</summary>
    public long ChangeId { get; init; }
}

/// <summary>A removed entry: its id and its last name.</summary>
public sealed record RemovedEntry(string EntryId, string Name);

/// <summary>What one snapshot changed in a source's current entries.</summary>
public sealed record EntryDiff(
    IReadOnlyList<ListEntry> Added,
    IReadOnlyList<ModifiedEntry> Modified,
    IReadOnlyList<RemovedEntry> Removed)
{
    public static readonly EntryDiff Empty = new([], [], []);

    /// <summary>
    /// Entries the list did not change but the reader now reads otherwise (<see cref="ListFile.Reread"/>): stored anew,
    /// no change, screened again (a name read now may find a watched party).
    /// </summary>
    public IReadOnlyList<ListEntry> Reread { get; init; } = [];

    /// <summary>The diff without the modifications in links alone (links read for the first time are not news).</summary>
    public EntryDiff WithoutLinkOnlyChanges() =>
        this with { Modified = [.. Modified.Where(m => m.Fields is not ["links"])] };
}

/// <summary>What the store holds of one current entry: enough to diff a new file against it.</summary>
public sealed record CurrentEntry(string Hash, long VersionId, string Name);

/// <summary>
/// Keeps the current entries of each source and every earlier version: a snapshot writes a new version only for an
/// entry whose content hash changed, closes the versions it replaces or removes, and records the changes.
/// </summary>
public static class EntryHistory
{
    /// <summary>The current entries of a source by id: content hash, version and name.</summary>
    public static Dictionary<string, CurrentEntry> LoadCurrent(DbConnection db, DbTransaction tx, string source) =>
        db.Query<(string EntryId, string Hash, long VersionId, string Name)>(
                "SELECT entry_id, content_hash, version_id, name FROM entries WHERE source = @source", new { source }, tx)
            .ToDictionary(r => r.EntryId, r => new CurrentEntry(r.Hash, r.VersionId, r.Name), StringComparer.Ordinal);

    /// <summary>
    /// Diffs <paramref name="entries"/> against <paramref name="current"/> and writes the new versions and the changes.
    /// Returns the diff and the current entries after it. With <paramref name="reread"/> (<see cref="ListFile.Reread"/>),
    /// a stored entry that differs is first read as the reader now reads it: when that is the new entry, the new reading
    /// is stored as a new version with no change recorded (the list did not change, its reading did: <see
    /// cref="EntryDiff.Reread"/>); else the changed fields are those against that reading.
    /// </summary>
    public static (EntryDiff Diff, Dictionary<string, CurrentEntry> After) Apply(
        DbConnection db,
        DbTransaction tx,
        string source,
        long snapshotId,
        IReadOnlyList<ListEntry> entries,
        IReadOnlyDictionary<string, CurrentEntry> current,
        Func<ListEntry, ListEntry>? reread = null)
    {
        var after = new Dictionary<string, CurrentEntry>(entries.Count, StringComparer.Ordinal);
        var added = new List<ListEntry>();
        var modified = new List<ModifiedEntry>();
        var readAgain = new List<ListEntry>();
        using var writer = new HistoryWriter(db, tx, source, snapshotId);
        foreach (var entry in entries)
        {
            var hash = EntryContent.Hash(entry);
            if (!current.TryGetValue(entry.EntryId, out var old))
            {
                var versionId = writer.InsertVersion(entry, EntryContent.ToJson(entry), hash);
                writer.UpdateEntry(entry, versionId, hash);
                writer.InsertChange(entry.EntryId, "added", entry.PrimaryName, null, null, versionId);
                added.Add(entry);
                after[entry.EntryId] = new CurrentEntry(hash, versionId, entry.PrimaryName);
            }
            else if (old.Hash != hash)
            {
                var before = EntryContent.FromJson(
                    db.ExecuteScalar<string>("SELECT data FROM entry_versions WHERE id = @id", new { id = old.VersionId }, tx)!);
                if (reread is not null)
                    before = reread(before);
                writer.CloseVersion(old.VersionId);
                var versionId = writer.InsertVersion(entry, EntryContent.ToJson(entry), hash);
                writer.UpdateEntry(entry, versionId, hash);
                after[entry.EntryId] = new CurrentEntry(hash, versionId, entry.PrimaryName);
                if (EntryContent.Hash(before) == hash)
                {
                    readAgain.Add(entry); // read differently, listed the same: a new version, no change
                    continue;
                }

                var fields = EntryContent.ChangedFields(before, entry);
                var changeId = writer.InsertChange(entry.EntryId, "modified", entry.PrimaryName, fields, old.VersionId, versionId);
                modified.Add(new ModifiedEntry(entry, fields) { ChangeId = changeId });
            }
            else
            {
                after[entry.EntryId] = old;
            }
        }

        var removed = new List<RemovedEntry>();
        foreach (var (entryId, old) in current)
        {
            if (after.ContainsKey(entryId))
                continue;
            writer.CloseVersion(old.VersionId);
            writer.DeleteEntry(entryId);
            writer.InsertChange(entryId, "removed", old.Name, null, old.VersionId, null);
            removed.Add(new RemovedEntry(entryId, old.Name));
        }

        return (new EntryDiff(added, modified, removed) { Reread = readAgain }, after);
    }

    /// <summary>The current entries of a source, as stored.</summary>
    /// <summary>The current entries of a source in brief (count and newest version): equal when nothing was imported since.</summary>
    public static string Fingerprint(DbConnection db, DbTransaction? tx, string source) =>
        db.ExecuteScalar<string>(
            "SELECT count(*) || ':' || coalesce(max(version_id), 0) FROM entries WHERE source = @source", new { source }, tx)!;

    /// <summary>Every version of an entry, newest first, with the time of the snapshot that brought it.</summary>
    public static List<(string Data, long From, long? To, string TakenAt)> VersionsNewestFirst(DbConnection db, string source, string entryId) =>
        [.. db.Query<(string Data, long From, long? To, string TakenAt)>(
            """
            SELECT v.data, v.from_snapshot_id, v.to_snapshot_id, s.taken_at FROM entry_versions v
            JOIN snapshots s ON s.id = v.from_snapshot_id
            WHERE v.source = @source AND v.entry_id = @entryId ORDER BY v.id DESC
            """,
            new { source, entryId })];

    public static List<ListEntry> LoadCurrentEntries(DbConnection db, DbTransaction? tx, string? source) =>
        [.. db.Query<string>(
                """
                SELECT v.data FROM entries e JOIN entry_versions v ON v.id = e.version_id
                WHERE @source IS NULL OR e.source = @source
                """,
                new { source },
                tx)
            .Select(EntryContent.FromJson)];

    /// <summary>Prepared statements reused for every row of one snapshot.</summary>
    private sealed class HistoryWriter : IDisposable
    {
        private readonly DbCommand _insertVersion;
        private readonly DbCommand _closeVersion;
        private readonly DbCommand _upsertEntry;
        private readonly DbCommand _deleteEntry;
        private readonly DbCommand _insertChange;

        public HistoryWriter(DbConnection db, DbTransaction tx, string source, long snapshotId)
        {
            DbCommand Prepare(string sql, params string[] parameters)
            {
                var command = db.CreateCommand();
                command.Transaction = tx;
                command.CommandText = sql;
                foreach (var (name, value) in parameters.Select(p => (p, (object)DBNull.Value)).Prepend(("snapshot", snapshotId)).Prepend(("source", source)))
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = value;
                    command.Parameters.Add(parameter);
                }

                command.Prepare();
                return command;
            }

            _insertVersion = Prepare(
                """
                INSERT INTO entry_versions (source, entry_id, content_hash, data, from_snapshot_id)
                VALUES (@source, @entry, @hash, @data, @snapshot) RETURNING id
                """,
                "entry", "hash", "data");
            _closeVersion = Prepare(
                "UPDATE entry_versions SET to_snapshot_id = @snapshot WHERE id = @id", "id");
            _upsertEntry = Prepare(
                """
                INSERT INTO entries (source, entry_id, version_id, content_hash, name, party_type, listed_snapshot_id)
                VALUES (@source, @entry, @version, @hash, @name, @type, @snapshot)
                ON CONFLICT (source, entry_id) DO UPDATE SET version_id = excluded.version_id,
                    content_hash = excluded.content_hash, name = excluded.name, party_type = excluded.party_type
                """,
                "entry", "version", "hash", "name", "type");
            _deleteEntry = Prepare(
                "DELETE FROM entries WHERE source = @source AND entry_id = @entry", "entry");
            _insertChange = Prepare(
                """
                INSERT INTO changes (snapshot_id, source, entry_id, kind, name, fields, old_version_id, new_version_id)
                VALUES (@snapshot, @source, @entry, @kind, @name, @fields, @old, @new) RETURNING id
                """,
                "entry", "kind", "name", "fields", "old", "new");
        }

        public long InsertVersion(ListEntry entry, string json, string hash) =>
            (long)Run(_insertVersion, scalar: true, entry.EntryId, hash, json)!;

        public void CloseVersion(long versionId) => Run(_closeVersion, scalar: false, versionId);

        public void UpdateEntry(ListEntry entry, long versionId, string hash) =>
            Run(_upsertEntry, scalar: false, entry.EntryId, versionId, hash, entry.PrimaryName, PartyTypes.Format(entry.PartyType));

        public void DeleteEntry(string entryId) => Run(_deleteEntry, scalar: false, entryId);

        public long InsertChange(
            string entryId, string kind, string name, IReadOnlyList<string>? fields, long? oldVersion, long? newVersion) =>
            (long)Run(
                _insertChange, scalar: true, entryId, kind, name,
                fields is null ? null : JsonSerializer.Serialize(fields), oldVersion, newVersion)!;

        public void Dispose()
        {
            _insertVersion.Dispose();
            _closeVersion.Dispose();
            _upsertEntry.Dispose();
            _deleteEntry.Dispose();
            _insertChange.Dispose();
        }

        /// <summary>Binds the values to the command's own parameters (after @source and @snapshot) and runs it.</summary>
        private static object? Run(DbCommand command, bool scalar, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
                command.Parameters[i + 2].Value = values[i] ?? DBNull.Value;
            return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
        }
    }
}
