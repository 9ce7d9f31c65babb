using System.Data.Common;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Sync;

/// <summary>Settings of a sync that come from configuration.</summary>
public sealed record SyncSettings
{
    /// <summary>A file with fewer entries than this share of the last accepted snapshot is refused.</summary>
    public double MinEntryRatio { get; init; } = SnapshotGuard.DefaultMinEntryRatio;

    /// <summary>A list file (with its companions) larger than this is not read (the source's <c>MaxBytes</c>).</summary>
    public long MaxFileBytes { get; init; } = Sources.Fetching.FetchSettings.DefaultMaxBytes;

    public MatchThresholds Thresholds { get; init; } = new();

    /// <summary><c>changed</c> alerts for material changes only (<c>Alerts:MaterialChangesOnly</c>; see <see cref="ChangeMateriality"/>).</summary>
    public bool MaterialChangesOnly { get; init; } = true;

    /// <summary>How related parties are looked for (<c>Related:Depth</c>, <c>Related:Default</c>).</summary>
    public RelatedSettings Related { get; init; } = new();
}

/// <summary>
/// Applies one list file to a source's history in one transaction: guard, diff against the current entries,
/// new entry versions, changes, matching of what changed against the watchlist, hits and alerts.
/// A refused file records a refused snapshot and changes nothing else.
/// </summary>
public sealed class SnapshotImporter(
    DbConnection db,
    IMatcher matcher,
    Watchlist watchlist,
    SyncSettings settings,
    TimeProvider time)
{
    private readonly string _matchState = $"{matcher.Version}|alert>={settings.Thresholds.Alert}";
    private readonly Dictionary<string, (ICorpusStatistics Statistics, int Entries)> _statistics = new(StringComparer.Ordinal);
    private readonly RelatedNameCache _relatedNames = new();
    private (string Source, string Fingerprint, Dictionary<string, CurrentEntry> Entries)? _cache;

    public SyncOutcome Import(
        string source,
        IListReader reader,
        string path,
        DateTimeOffset? takenAt = null,
        CancellationToken cancellationToken = default) =>
        Import(source, reader, path, takenAt, null, cancellationToken);

    /// <summary>Imports a file, possibly already being read ahead of time by the caller (<paramref name="readAhead"/>).</summary>
    public SyncOutcome Import(
        string source,
        IListReader reader,
        string path,
        DateTimeOffset? takenAt,
        Task<ListFile>? readAhead,
        CancellationToken cancellationToken = default) =>
        Import(
            source,
            path,
            takenAt,
            readAhead is null ? () => reader.Read(path, source, cancellationToken) : () => readAhead.GetAwaiter().GetResult(),
            reader.InputFiles(path));

    /// <summary>
    /// Imports a downloaded file: <paramref name="origin"/> may give the hash of the whole download (several files)
    /// and is told of the snapshot inside its transaction, so the download's own records commit with it.
    /// </summary>
    public SyncOutcome Import(string source, string path, DateTimeOffset? takenAt, Func<ListFile> read, SnapshotOrigin origin) =>
        Import(source, path, takenAt, read, [path], origin);

    private SyncOutcome Import(
        string source, string path, DateTimeOffset? takenAt, Func<ListFile> read, IReadOnlyList<string> inputs,
        SnapshotOrigin? origin = null)
    {
        var fileName = Path.GetFileName(path);
        var unreadable = origin?.FileHash is null ? ListInput.Check(inputs, settings.MaxFileBytes) : null;
        var (hash, size) = origin?.FileHash is { } known ? (known, origin.FileSize)
            : unreadable is not null ? (ListInput.EmptyHash, 0L)
            : FileSetHash.Of(inputs);
        var now = time.GetUtcNow();

        // The file is read outside the write lock (it can take seconds), unless it looks like the last accepted one.
        ListFile? file = null;
        string? readError = unreadable;
        var looksUnchanged = LastAccepted(source, null)?.FileHash == hash;
        if (readError is null && !looksUnchanged)
            (file, readError) = TryRead(read);

        // BEGIN IMMEDIATE: the order check, the unchanged check and the write are one unit under the database's write
        // lock, so concurrent syncs of a source (a worker, an operator's sync --file, two cron jobs) apply in turn.
        using var tx = SqlDialect.Of(db).BeginWrite(db);
        var last = LastAccepted(source, tx);
        var linksRead = RelatedStore.HasState(db, tx, source);
        // the same bytes are unchanged, unless this store has never read the source's links (written by a build from
        // before links): then the file is read once more, so a list that seldom changes gets its links at the upgrade
        if (last is not null && last.FileHash == hash && readError is null && linksRead)
            return RecordUnchanged(tx, Offer(source, fileName, hash, size, origin, SnapshotDate.Of(takenAt, null, origin, now)), last);
        if (file is null && readError is null)
            (file, readError) = TryRead(read); // another process replaced the last snapshot meanwhile

        var date = SnapshotDate.Of(takenAt, file?.PublishedAt, origin, now);
        var offer = Offer(source, fileName, hash, size, origin, date);
        if (readError is not null)
            return RecordRefused(tx, offer, null, readError);
        if (date.IsFuture(now))
        {
            return RecordRefused(
                tx, offer, file,
                $"the file is dated {Iso.Format(date.At)} ({date.Label}), later than now ({Iso.Format(now)}): a list is never dated in the future");
        }

        if (!AllowOlder && (OlderThanNewest(tx, source, date) ?? ServedAgain(tx, source, hash, date, last)) is { } stale)
            return RecordRefused(tx, offer, file, stale + "; sync --allow-older applies it anyway");

        var refusal = SnapshotGuard.Check(file!, last, settings.MinEntryRatio);
        if (refusal is not null)
            return RecordRefused(tx, offer, file, refusal);

        // the first import to read links into a store that held the source before links were read (an earlier build):
        // its link-only changes are not news, and its relations are first seen
        return Apply(tx, offer, file!, isFirst: last is null, firstLinks: last is not null && !linksRead);
    }

    /// <summary>
    /// When set (<c>sync --allow-older</c>), a file older than the newest accepted one, or one identical to an accepted
    /// file that was since replaced, is applied all the same; the guard (broken, empty, shrunken files) still applies.
    /// </summary>
    public bool AllowOlder { get; init; }

    private static (ListFile? File, string? Error) TryRead(Func<ListFile> read)
    {
        try
        {
            return (WithoutNul(read()), null);
        }
        catch (ListFormatException ex)
        {
            return (null, ex.Message.Replace("\0", "\\u0000", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The file with NUL characters dropped from its names: they carry nothing, and a name is stored as text, which
    /// PostgreSQL cannot hold a NUL in (every other field is stored inside the entry's JSON, where it is escaped).
    /// </summary>
    private static ListFile WithoutNul(ListFile file) =>
        !file.Entries.Any(e => e.Names.Any(n => n.Text.Contains('\0', StringComparison.Ordinal)))
            ? file
            : file with
            {
                Entries = [.. file.Entries.Select(e => e.Names.Any(n => n.Text.Contains('\0', StringComparison.Ordinal))
                    ? e with { Names = [.. e.Names.Select(n => n with { Text = n.Text.Replace("\0", "", StringComparison.Ordinal) })] }
                    : e)],
            };

    private static Offer Offer(string source, string fileName, string hash, long size, SnapshotOrigin? origin, SnapshotDate date) =>
        new(source, fileName, hash, size, date.At, date.DatedBy, origin);

    /// <summary>
    /// The reason a file is older than the newest accepted file of its source that states a date, or null. A date
    /// without a time (OFAC's Publish_Date, UK's DateGenerated) stands for its whole day. A file that states no date
    /// (dated when checked) is never older by date.
    /// </summary>
    private string? OlderThanNewest(DbTransaction tx, string source, SnapshotDate date)
    {
        if (date.DatedBy == SnapshotDate.Checked)
            return null;
        var newest = Snapshots.NewestDated(db, tx, source);
        if (newest is not { } n || date.Latest >= Iso.Parse(n.TakenAt))
            return null;
        return $"the file is dated {Iso.Format(date.At)} ({date.Label}), before the newest accepted snapshot " +
               $"{n.Id} ({n.TakenAt}, {SnapshotDate.LabelOf(n.DatedBy)}): a source's files are applied in time order";
    }

    /// <summary>
    /// For a file that states no date: the reason it is an older file served again (the same bytes as an accepted
    /// snapshot that a later one replaced, e.g. a stale mirror alternating with the current file), or null.
    /// </summary>
    private string? ServedAgain(DbTransaction tx, string source, string hash, SnapshotDate date, AcceptedSnapshot? last)
    {
        if (date.DatedBy != SnapshotDate.Checked || last is null)
            return null;
        var earlier = Snapshots.AcceptedBefore(db, tx, source, hash, last.Id);
        return earlier is { } e
            ? $"the file has no date of its own and is identical to snapshot {e.Id} ({e.TakenAt}), which snapshot " +
              $"{last.Id} ({Iso.Format(last.TakenAt)}) replaced since: an older file served again"
            : null;
    }

    private SyncOutcome Apply(DbTransaction tx, Offer offer, ListFile file, bool isFirst, bool firstLinks)
    {
        var (source, fileName, asOf) = (offer.Source, offer.FileName, offer.AsOf);
        var snapshotId = InsertSnapshot(tx, offer, file, SyncStatus.Accepted, null);
        var current = TakeCachedCurrent(tx, source) ?? EntryHistory.LoadCurrent(db, tx, source);
        var (diff, after) = EntryHistory.Apply(db, tx, source, snapshotId, file.Entries, current, file.Reread);

        var fullMatch = isFirst || !MatchStateIsCurrent(tx, source);
        var matches = fullMatch
            ? FindMatches(source, file.Entries, null)
            : FindMatches(source, diff.Added.Concat(diff.Modified.Select(m => m.Entry)).Concat(diff.Reread), file.Entries);
        var alerts = NewHitLog(tx, source).Record(
            source, snapshotId, asOf, isFirst, firstLinks ? diff.WithoutLinkOnlyChanges() : diff, matches);
        alerts = [.. alerts, .. Related(tx).Record(source, snapshotId, asOf, isFirst || firstLinks, diff, () => file.Entries, _matchState)];
        if (fullMatch)
            SaveMatchState(tx, source);

        Snapshots.SetCounts(db, tx, snapshotId, diff.Added.Count, diff.Removed.Count, diff.Modified.Count);
        tx.Commit();
        _cache = (source, Fingerprint(null, source), after);
        return new SyncOutcome(
            snapshotId, source, fileName, SyncStatus.Accepted, asOf, file.Entries.Count,
            diff.Added.Count, diff.Removed.Count, diff.Modified.Count, alerts, null);
    }

    /// <summary>
    /// The current entries as the last import of this importer left them, if the store still holds exactly those
    /// (same count and newest version): saves reloading them for every file of a replay. Taken, not shared: a failed
    /// import leaves no half-applied cache behind.
    /// </summary>
    private Dictionary<string, CurrentEntry>? TakeCachedCurrent(DbTransaction tx, string source)
    {
        var cache = _cache;
        _cache = null;
        return cache is { } c && c.Source == source && c.Fingerprint == Fingerprint(tx, source) ? c.Entries : null;
    }

    private string Fingerprint(DbTransaction? tx, string source) => EntryHistory.Fingerprint(db, tx, source);

    private SyncOutcome RecordUnchanged(DbTransaction tx, Offer offer, AcceptedSnapshot last)
    {
        var (source, fileName, asOf) = (offer.Source, offer.FileName, offer.AsOf);
        var snapshotId = InsertSnapshot(tx, offer, null, SyncStatus.Unchanged, null, last.EntryCount, last.Complete);
        IReadOnlyList<RaisedAlert> alerts = [];
        if (!MatchStateIsCurrent(tx, source))
        {
            // Same list, but the watchlist (or the matcher) changed since it was last matched in full.
            var current = EntryHistory.LoadCurrentEntries(db, tx, source);
            var matches = FindMatches(source, current, null);
            alerts = NewHitLog(tx, source).Record(
                source, snapshotId, asOf, false, EntryDiff.Empty, matches);
            SaveMatchState(tx, source);
        }

        // (only a store that has read the source's links records an unchanged file: see Import)
        alerts = [.. alerts, .. Related(tx).Record(
            source, snapshotId, asOf, false, EntryDiff.Empty, () => EntryHistory.LoadCurrentEntries(db, tx, source), _matchState)];

        tx.Commit();
        return new SyncOutcome(
            snapshotId, source, fileName, SyncStatus.Unchanged, asOf, last.EntryCount, 0, 0, 0, alerts, null);
    }

    private SyncOutcome RecordRefused(DbTransaction tx, Offer offer, ListFile? file, string reason)
    {
        var snapshotId = InsertSnapshot(tx, offer, file, SyncStatus.Refused, reason);
        tx.Commit();
        return new SyncOutcome(
            snapshotId, offer.Source, offer.FileName, SyncStatus.Refused, offer.AsOf, file?.Entries.Count ?? 0, 0, 0, 0, [], reason);
    }

    /// <summary>
    /// Every (watchlist entity, entry) pair at or above the alert threshold, among the candidates. When the candidates
    /// are only what changed, words are weighed by how common they are in the whole list (measured once and reused
    /// while the list's size stays within 10% of the measured one), so a name scores as it would in a full match.
    /// </summary>
    private List<EntityMatch> FindMatches(string source, IEnumerable<ListEntry> candidates, IReadOnlyList<ListEntry>? wholeList)
    {
        var byKey = new Dictionary<string, ListEntry>();
        foreach (var entry in candidates)
            byKey[MatchSubject.KeyOf(entry.Source, entry.EntryId)] = entry;
        var found = new List<EntityMatch>();
        if (byKey.Count == 0 || watchlist.Entities.Count == 0)
            return found;

        ICorpusStatistics? statistics = null;
        if (wholeList is not null)
        {
            if (!_statistics.TryGetValue(source, out var cached) || Math.Abs(cached.Entries - wholeList.Count) > wholeList.Count / 10)
                _statistics[source] = cached = (matcher.Measure(wholeList.Select(MatchSubject.FromEntry)), wholeList.Count);
            statistics = cached.Statistics;
        }

        var index = matcher.Index(byKey.Values.Select(MatchSubject.FromEntry), statistics);
        if (wholeList is null)
            _statistics[source] = (index.Statistics, byKey.Count);
        var results = index.SearchAll([.. watchlist.Entities.Select(MatchSubject.FromEntity)], settings.Thresholds.Alert);
        for (var i = 0; i < results.Count; i++)
        {
            foreach (var result in results[i])
                found.Add(new EntityMatch(watchlist.Entities[i].Id, byKey[result.CandidateKey], result));
        }

        return found;
    }

    /// <summary>A hit log for one source's snapshot, weighing words by that list (as its matching did), where measured.</summary>
    private HitLog NewHitLog(DbTransaction tx, string source) =>
        new(db, tx, matcher, watchlist, time)
        {
            MaterialChangesOnly = settings.MaterialChangesOnly,
            Statistics = _statistics.TryGetValue(source, out var measured) ? measured.Statistics : null,
        };

    private RelatedLog Related(DbTransaction tx) => new(db, tx, matcher, watchlist, settings, time, _relatedNames);

    private bool MatchStateIsCurrent(DbTransaction tx, string source)
    {
        return SourceState.Of(db, tx, source) == (watchlist.ContentHash, _matchState);
    }

    private void SaveMatchState(DbTransaction tx, string source)
    {
        SourceState.Save(db, tx, source, watchlist.ContentHash, _matchState);
        Storage.WatchlistState.RecordScreening(db, tx, source, watchlist, time.GetUtcNow());
    }

    /// <summary>
    /// Screens a source's stored entries against the watchlist again, without a new file (<c>watchlist apply</c>): the
    /// entries as of the source's last accepted snapshot, which the new hits and their <c>first-seen</c> alerts name.
    /// Nothing is done when the source was already screened in full against this watchlist (and matcher), or holds no
    /// snapshot. One transaction.
    /// </summary>
    public RescreenOutcome Rescreen(string source)
    {
        using var tx = SqlDialect.Of(db).BeginWrite(db);
        var last = LastAccepted(source, tx);
        if (last is null)
            return new RescreenOutcome(source, null, null, 0, [], Screened: false);
        if (MatchStateIsCurrent(tx, source))
            return new RescreenOutcome(source, last.Id, last.TakenAt, last.EntryCount, [], Screened: false);
        var current = EntryHistory.LoadCurrentEntries(db, tx, source);
        var matches = FindMatches(source, current, null);
        IReadOnlyList<RaisedAlert> alerts = NewHitLog(tx, source).Record(source, last.Id, last.TakenAt, false, EntryDiff.Empty, matches);
        if (RelatedStore.HasState(db, tx, source))
        {
            // The related parties of the entities new to the watchlist, as a sync of an unchanged list finds them.
            alerts = [.. alerts, .. Related(tx).Record(source, last.Id, last.TakenAt, false, EntryDiff.Empty, () => current, _matchState)];
        }

        SaveMatchState(tx, source);
        tx.Commit();
        return new RescreenOutcome(source, last.Id, last.TakenAt, current.Count, alerts, Screened: true);
    }

    /// <summary>The last accepted (or unchanged) snapshot of a source, in the order they were applied.</summary>
    private AcceptedSnapshot? LastAccepted(string source, DbTransaction? tx) =>
        LastAccepted(db, source, tx);

    private static AcceptedSnapshot? LastAccepted(DbConnection db, string source, DbTransaction? tx)
    {
        var row = Snapshots.LastApplied(db, tx, source);
        return row is null
            ? null
            : new AcceptedSnapshot(row.Id, row.FileHash, (int)row.EntryCount, row.Complete is null ? null : row.Complete == 1, Iso.Parse(row.TakenAt));
    }

    private long InsertSnapshot(
        DbTransaction tx, Offer offer, ListFile? file, SyncStatus status, string? error, int? entryCount = null,
        bool? complete = null) =>
        Snapshots.Insert(
            db,
            tx,
            new Snapshots.NewSnapshot(
                offer.Source,
                Iso.Format(offer.AsOf),
                Iso.Format(time.GetUtcNow()),
                offer.FileName,
                offer.Hash,
                offer.Size,
                file?.Format,
                file?.Complete ?? complete,
                file?.Entries.Count ?? entryCount,
                status.ToText(),
                error,
                offer.DatedBy));
}

/// <summary>
/// Where a file being imported came from: the hash and size of the whole download (when it is several files). What the
/// download itself leaves (its archive, the source's fetch state) is recorded by the fetcher after the import.
/// </summary>
public sealed record SnapshotOrigin(string? FileHash, long FileSize)
{
    /// <summary>The download's Last-Modified header: the file's date when the file states none of its own.</summary>
    public DateTimeOffset? LastModified { get; init; }
}

/// <summary>A file offered to a source: what a snapshot row records of it, and where it came from (a download, or not).</summary>
internal sealed record Offer(
    string Source, string FileName, string Hash, long Size, DateTimeOffset AsOf, string DatedBy, SnapshotOrigin? Origin);

/// <summary>What screening a source's stored entries again did: the snapshot whose entries were screened, the alerts raised.</summary>
/// <param name="Screened">False when there was nothing to do (no snapshot, or already screened against this watchlist).</param>
public sealed record RescreenOutcome(
    string Source, long? SnapshotId, DateTimeOffset? SnapshotAt, int Entries, IReadOnlyList<RaisedAlert> Alerts, bool Screened);

/// <summary>A watchlist entity found on a list entry.</summary>
public sealed record EntityMatch(string WatchlistId, ListEntry Entry, MatchResult Result);
