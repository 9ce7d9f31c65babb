using System.Data.Common;
using System.Text.Json;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Sync;

/// <summary>
/// Turns one snapshot's matches and changes into hits and alerts, inside the snapshot's transaction:
/// a new hit on an entry added by this snapshot is <c>listed</c>, on an entry already there <c>first-seen</c>;
/// an entry behind a hit that is modified raises <c>changed</c>, one that is removed <c>delisted</c>.
/// A dismissed hit stays quiet unless its entry changes materially (names, identifiers, programmes), which reopens it
/// and appends a review by <c>sync</c> to its trail.
/// Each alert is unique per (hit, kind, snapshot), so it is raised exactly once.
/// </summary>
internal sealed class HitLog(DbConnection db, DbTransaction tx, IMatcher matcher, Watchlist watchlist, TimeProvider time)
{
    private static readonly JsonSerializerOptions ExplanationJson = new(EntryContent.Json) { WriteIndented = false };

    private readonly List<RaisedAlert> _raised = [];

    /// <summary>
    /// Raise <c>changed</c> only for a material change (<see cref="ChangeMateriality"/>); the change is recorded all the
    /// same (<c>changes</c>, the hit's history). <c>Alerts:MaterialChangesOnly</c>, true by default.
    /// </summary>
    public bool MaterialChangesOnly { get; init; } = true;

    /// <summary>
    /// The list's word statistics, to score a hit whose entry changed and no longer matches as the list's matching
    /// (and screen) would score it; without them every word weighs alike.
    /// </summary>
    public ICorpusStatistics? Statistics { get; init; }
    private string _source = "";
    private long _snapshotId;
    private string _snapshotAt = "";
    private string _now = "";

    public IReadOnlyList<RaisedAlert> Record(
        string source, long snapshotId, DateTimeOffset snapshotAt, bool isFirstSnapshot, EntryDiff diff,
        IReadOnlyList<EntityMatch> matches)
    {
        _source = source;
        _snapshotId = snapshotId;
        _snapshotAt = Iso.Format(snapshotAt);
        _now = Iso.Format(time.GetUtcNow());

        var hits = HitStore.DirectHits(db, tx, source);
        var hitByPair = hits.ToDictionary(h => (h.WatchlistId, h.EntryId));
        var addedIds = diff.Added.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        var modifiedById = diff.Modified.ToDictionary(m => m.Entry.EntryId, StringComparer.Ordinal);
        var matched = new HashSet<(string, string)>();

        foreach (var match in matches)
        {
            var entryId = match.Entry.EntryId;
            matched.Add((match.WatchlistId, entryId));
            if (!hitByPair.TryGetValue((match.WatchlistId, entryId), out var hit))
            {
                var kind = addedIds.Contains(entryId) && !isFirstSnapshot ? AlertKind.Listed : AlertKind.FirstSeen;
                var hitId = InsertHit(match);
                Raise(kind, hitId, match.WatchlistId, entryId, match.Entry.PrimaryName, match.Result.Score);
            }
            else if (!hit.Listed && addedIds.Contains(entryId))
            {
                // Back on the list after a delisting: news even for a hit once dismissed, which reopens.
                var reopen = hit.Status == HitStatus.Dismissed;
                UpdateHit(hit.Id, match.Entry.PrimaryName, match.Result, listed: true, reopen);
                if (reopen)
                    HitReviews.RecordSyncReopening(db, tx, hit.Id, _snapshotId, _snapshotAt, "the list entry was listed again after its removal", _now);
                Raise(AlertKind.Listed, hit.Id, match.WatchlistId, entryId, match.Entry.PrimaryName, match.Result.Score);
            }
            else if (modifiedById.TryGetValue(entryId, out var modified))
            {
                Changed(hit, modified, match.Result);
            }
        }

        foreach (var modified in diff.Modified)
        {
            foreach (var hit in hits.Where(h => h.EntryId == modified.Entry.EntryId && !matched.Contains((h.WatchlistId, h.EntryId))))
            {
                var entity = watchlist.Entities.FirstOrDefault(e => e.Id == hit.WatchlistId);
                var result = entity is null
                    ? null
                    : matcher.Compare(MatchSubject.FromEntity(entity), MatchSubject.FromEntry(modified.Entry), Statistics);
                Changed(hit, modified, result);
            }
        }

        foreach (var removed in diff.Removed)
        {
            foreach (var hit in hits.Where(h => h.EntryId == removed.EntryId && h.Listed))
            {
                HitStore.MarkDelisted(db, tx, hit.Id, _snapshotId, _now);
                if (hit.Status != HitStatus.Dismissed)
                    Raise(AlertKind.Delisted, hit.Id, hit.WatchlistId, removed.EntryId, removed.Name, CurrentScore(hit.Id));
            }
        }

        return _raised;
    }

    private void Changed(HitRow hit, ModifiedEntry modified, MatchResult? result)
    {
        var reopen = hit.Status == HitStatus.Dismissed && modified.Material;
        if (result is not null)
        {
            UpdateHit(hit.Id, modified.Entry.PrimaryName, result, listed: true, reopen);
            if (Math.Abs(result.Score - hit.Score) >= 0.0005)
                RecordScoreChange(hit.Id, modified.ChangeId, hit.Score, result.Score);
        }
        else if (reopen)
        {
            HitStore.Reopen(db, tx, hit.Id, _snapshotId, _now);
        }

        if (reopen)
            HitReviews.RecordSyncReopening(db, tx, hit.Id, _snapshotId, _snapshotAt, $"the list entry changed in {string.Join(", ", modified.Fields)}", _now);
        if ((hit.Status != HitStatus.Dismissed || reopen) && (!MaterialChangesOnly || reopen || ChangeMateriality.IsMaterial(modified.Fields)))
        {
            Raise(AlertKind.Changed, hit.Id, hit.WatchlistId, modified.Entry.EntryId, modified.Entry.PrimaryName,
                result?.Score ?? CurrentScore(hit.Id), modified.ChangeId);
        }
    }

    private void RecordScoreChange(long hitId, long changeId, double before, double after) =>
        HitStore.RecordScoreChange(db, tx, hitId, _snapshotId, changeId == 0 ? null : changeId, before, after, _snapshotAt);

    private long InsertHit(EntityMatch match) =>
        HitStore.Insert(
            db, tx, match.WatchlistId, _source, match.Entry.EntryId, match.Entry.PrimaryName, match.Result.Score,
            JsonSerializer.Serialize(match.Result.Explanation, ExplanationJson), _snapshotId, _now);

    private void UpdateHit(long hitId, string name, MatchResult result, bool listed, bool reopen) =>
        HitStore.Update(
            db, tx, hitId, name, result.Score, JsonSerializer.Serialize(result.Explanation, ExplanationJson), listed, reopen, _snapshotId, _now);

    private double CurrentScore(long hitId) => HitStore.ScoreOf(db, tx, hitId);

    private void Raise(AlertKind kind, long hitId, string watchlistId, string entryId, string entryName, double score, long changeId = 0)
    {
        var alert = new RaisedAlert(kind, watchlistId, entryId, entryName, score);
        if (AlertRows.Insert(db, tx, alert, hitId, _source, _snapshotId, _snapshotAt, _now, changeId == 0 ? null : changeId))
            _raised.Add(alert);
    }
}
