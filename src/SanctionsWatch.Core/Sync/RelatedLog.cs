using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Sync;

/// <summary>
/// Keeps the related hits of one source in step with its list, inside the snapshot's transaction: finds every entry
/// related to a watchlist entity by links (<see cref="RelatedParties"/>), records a related hit per (entity, entry) in
/// <c>hits</c> (with <c>related = 1</c>, the path, its depth and first link), and raises <c>related-first-seen</c>,
/// <c>related-listed</c>, <c>related-changed</c> and <c>related-delisted</c>, each once per event. An alert of an entity
/// in <c>review</c> mode is recorded with <c>deliver = 0</c>: shown, never sent.
/// </summary>
/// <remarks>
/// A new relation is <c>related-listed</c> when this snapshot added something on its path (the entry, an entry it
/// passes through, the entity's own entry, or a link or name of one of them); otherwise it was there before and is
/// only now looked at (the source's first snapshot, an entity added or switched on, the depth raised, links read for
/// the first time after an upgrade): <c>related-first-seen</c>. A relation whose links change is <c>related-changed</c>
/// (a path that still holds is kept, so an unrelated change elsewhere on the list never swaps it); one that no longer
/// holds while the entry stays listed is <c>related-changed</c> and no longer listed; a removed entry is
/// <c>related-delisted</c>; a relation that comes back is <c>related-listed</c> again. A dismissed related hit stays
/// quiet unless it comes back after an end, which reopens it.
/// </remarks>
internal sealed class RelatedLog(
    DbConnection db, DbTransaction tx, IMatcher matcher, Watchlist watchlist, SyncSettings settings, TimeProvider time,
    RelatedNameCache names)
{
    private static readonly JsonSerializerOptions ExplanationJson = new(EntryContent.Json) { WriteIndented = false };

    private readonly List<RaisedAlert> _raised = [];
    private HashSet<string>? _named;
    private string _source = "";
    private long _snapshotId;
    private string _snapshotAt = "";
    private string _now = "";

    /// <summary>
    /// Brings the source's related hits up to date with <paramref name="entries"/> (the whole current list, read only
    /// when something that relations depend on changed) and returns the alerts raised.
    /// </summary>
    public IReadOnlyList<RaisedAlert> Record(
        string source, long snapshotId, DateTimeOffset snapshotAt, bool baseline, EntryDiff diff, Func<IReadOnlyList<ListEntry>> entries,
        string matchState)
    {
        _source = source;
        _snapshotId = snapshotId;
        _snapshotAt = Iso.Format(snapshotAt);
        _now = Iso.Format(time.GetUtcNow());

        var active = watchlist.Entities.Where(e => settings.Related.ModeOf(e) != RelatedMode.Off).ToList();
        var state = $"{watchlist.ContentHash}|{settings.Related.Key}|{matchState}";
        if (active.Count == 0)
        {
            // every entity's related is off: nothing is looked for, nothing recorded changes; the state row still says
            // this source's links have been read, so a link added to a direct hit's entry is a change from now on
            SaveState(state, "");
            return _raised;
        }

        var targets = RelatedStore.Targets(db, tx, source)
            .Select(t => new RelatedTarget(t.WatchlistId, t.EntryId, t.Score, t.Explanation))
            .ToList();
        var fingerprint = Fingerprint(targets);
        var stored = RelatedStore.State(db, tx, source);
        var touched = Touched(diff);
        var same = stored is { } s && s.Settings == state && s.Targets == fingerprint;
        if (same && diff.Added.Count == 0 && diff.Removed.Count == 0 && diff.Modified.Count == 0)
            return _raised; // an unchanged file, nothing of the watchlist's or the reviews' changed: the list is not even read

        var list = entries();
        if (same && !Matters(diff, list))
        {
            names.Remember(_source, _snapshotId, Named(list));
            return _raised; // nothing relations depend on changed
        }

        SaveState(state, fingerprint);
        names.Remember(_source, _snapshotId, NamedIn(list));

        var byId = new Dictionary<string, ListEntry>(StringComparer.Ordinal);
        foreach (var e in list)
            byId.TryAdd(e.EntryId, e);
        var graph = new RelatedParties(list);
        var byEntity = targets.GroupBy(t => t.WatchlistId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var nameMatches = names.Match(matcher, active, graph.UnresolvedNames, settings.Thresholds.Alert);
        var findings = graph.Find(active.Select(e => e.Id), byEntity, nameMatches, settings.Related.Depth);

        var hits = RelatedStore.RelatedHits(db, tx, source)
            .ToDictionary(h => (h.WatchlistId, h.EntryId));
        var modes = active.ToDictionary(e => e.Id, e => settings.Related.ModeOf(e), StringComparer.Ordinal);
        var found = new HashSet<(string, string)>();
        foreach (var f in findings)
        {
            found.Add((f.WatchlistId, f.Entry.EntryId));
            var deliver = modes[f.WatchlistId] == RelatedMode.Alert;
            if (!hits.TryGetValue((f.WatchlistId, f.Entry.EntryId), out var hit))
            {
                var kind = !baseline && OnPath(f.Path, touched) ? AlertKind.RelatedListed : AlertKind.RelatedFirstSeen;
                var id = Insert(f);
                Raise(kind, id, f, deliver);
                continue;
            }

            var old = RelatedPath.FromJson(hit.Path);
            if (!hit.Listed && old is not null && !OnPath(f.Path, touched) && !OnPath(old, touched) && EndedSilently(hit.Id))
            {
                // back after an end no alert announced (its end's direct hit was dismissed, now reopened): kept silently
                Update(hit.Id, f, f.Path, listed: true, reopen: false);
            }
            else if (!hit.Listed)
            {
                // Back: the entry was listed again, or the links relate it again.
                var reopen = hit.Status == HitStatus.Dismissed;
                Update(hit.Id, f, f.Path, listed: true, reopen);
                if (reopen)
                    HitReviews.RecordSyncReopening(db, tx, hit.Id, _snapshotId, _snapshotAt, "the list entry is related to the entity again: " + f.Path.Text, _now);
                Raise(AlertKind.RelatedListed, hit.Id, f, deliver);
            }
            else if (old is null || old.Signature != f.Path.Signature)
            {
                if (old is not null && old.Depth <= settings.Related.Depth && StillHolds(old, byId, byEntity, nameMatches))
                    continue; // the relation it was found by still holds: keep it
                Update(hit.Id, f, f.Path, listed: true, reopen: false);
                if (hit.Status != HitStatus.Dismissed)
                    Raise(AlertKind.RelatedChanged, hit.Id, f, deliver);
            }
            else if (old.ToJson() != f.Path.ToJson())
            {
                Update(hit.Id, f, f.Path, listed: true, reopen: false); // the same links, their end known another way
            }
        }

        var removed = diff.Removed.Select(r => r.EntryId).ToHashSet(StringComparer.Ordinal);
        var current = list.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        foreach (var ((wid, entryId), hit) in hits)
        {
            if (!hit.Listed || found.Contains((wid, entryId)) || !modes.TryGetValue(wid, out var mode))
                continue;
            var ended = removed.Contains(entryId) || !current.Contains(entryId);
            var path = RelatedPath.FromJson(hit.Path);
            var silent = !ended && path is { End.ResolvedBy: RelatedEnd.ByEntry, End.EntryId: { } endId } && byId.ContainsKey(endId)
                && !(byEntity.TryGetValue(wid, out var endTargets) && endTargets.Any(t => t.EntryId == endId))
                && LinksHold(path, byId) && !OnPath(path, touched);
            HitStore.MarkDelisted(db, tx, hit.Id, _snapshotId, _now);
            // every link of its path still stated, nothing on it changed, its end still listed but no longer a target: the
            // analyst dismissed the direct hit it ended at; ended without an alert claiming the list changed
            if (hit.Status == HitStatus.Dismissed || silent)
                continue;
            var name = ended ? RelatedStore.EntryNameOf(db, tx, hit.Id) ?? entryId
                : byId[entryId].PrimaryName;
            var detail = ended
                ? "removed from the list; it was: " + path?.Text
                : "no longer related: the links changed; it was: " + path?.Text;
            RaiseRow(ended ? AlertKind.RelatedDelisted : AlertKind.RelatedChanged, hit.Id, wid, entryId, name, path?.End.Score ?? 0, mode == RelatedMode.Alert, detail);
        }

        return _raised;
    }

    /// <summary>
    /// Whether a change can make or break a relation: a link or a name changed, an entry with links came or went, or
    /// an entry came or went that a link names (by id or name), that a related hit is about or that a path passes.
    /// Most changes of a list (a new party nobody links to) cannot, and are not worked through again.
    /// </summary>
    private bool Matters(EntryDiff diff, IReadOnlyList<ListEntry> list)
    {
        if (diff.Modified.Any(m => m.Fields.Contains("links") || m.Fields.Contains("names")) || diff.Added.Any(e => e.Links.Count > 0))
            return true;
        if (diff.Added.Count == 0 && diff.Removed.Count == 0)
            return false;
        var named = Named(list);

        if (diff.Added.Any(e => named.Contains(e.EntryId) || e.Names.Any(n => named.Contains(RelatedParties.Normalise(n.Text)))))
            return true;
        if (diff.Removed.Count == 0)
            return false;
        if (diff.Removed.Any(r => named.Contains(r.EntryId) || named.Contains(RelatedParties.Normalise(r.Name))))
            return true;
        // A removed entry that had links, or that a related hit or its path is about.
        var onPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in RelatedStore.ListedPaths(db, tx, _source))
        {
            if (RelatedPath.FromJson(json) is not { } path)
                continue;
            foreach (var step in path.Steps)
            {
                onPaths.Add(step.From);
                if (step.To is not null)
                    onPaths.Add(step.To);
            }
        }

        if (diff.Removed.Any(r => onPaths.Contains(r.EntryId)))
            return true;
        return RelatedStore.AnyRemovedHadLinks(db, tx, _source, _snapshotId, JsonSerializer.Serialize(diff.Removed.Select(r => r.EntryId)));
    }

    /// <summary>
    /// The ids and names the list's links give. They change only with the links (which are then worked through again):
    /// kept from this importer's last import of the source when no other import came between.
    /// </summary>
    private HashSet<string> Named(IReadOnlyList<ListEntry> list)
    {
        var previous = RelatedStore.PreviousApplied(db, tx, _source, _snapshotId);
        return _named ??= names.NamedBy(_source, previous) ?? NamedIn(list);
    }

    private static HashSet<string> NamedIn(IReadOnlyList<ListEntry> list)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            foreach (var link in entry.Links)
            {
                if (link.EntryId is not null)
                    named.Add(link.EntryId);
                if (link.Name is not null)
                    named.Add(RelatedParties.Normalise(link.Name));
            }
        }

        return named;
    }

    /// <summary>The entries this snapshot added, or whose links or names it changed.</summary>
    private static HashSet<string> Touched(EntryDiff diff)
    {
        var touched = diff.Added.Select(e => e.EntryId).ToHashSet(StringComparer.Ordinal);
        foreach (var m in diff.Modified)
        {
            if (m.Fields.Contains("links") || m.Fields.Contains("names"))
                touched.Add(m.Entry.EntryId);
        }

        return touched;
    }

    private static bool OnPath(RelatedPath path, HashSet<string> touched) =>
        path.Steps.Any(s => touched.Contains(s.From) || (s.To is not null && touched.Contains(s.To)))
        || (path.End.EntryId is not null && touched.Contains(path.End.EntryId));

    /// <summary>Whether every link of a stored path is still stated, still names the next party, and still ends at the entity.</summary>
    private static bool StillHolds(
        RelatedPath path,
        IReadOnlyDictionary<string, ListEntry> byId,
        IReadOnlyDictionary<string, List<RelatedTarget>> targets,
        IReadOnlyDictionary<string, List<(string Name, MatchResult Result)>> nameMatches)
    {
        if (!LinksHold(path, byId))
            return false;
        var end = path.End;
        return end.ResolvedBy == RelatedEnd.ByEntry
            ? targets.TryGetValue(end.WatchlistId, out var t) && t.Any(x => x.EntryId == end.EntryId)
            : nameMatches.TryGetValue(end.WatchlistId, out var n) && n.Any(x => RelatedParties.Normalise(x.Name) == RelatedParties.Normalise(end.Name ?? ""));
    }

    /// <summary>Whether a related hit's last alert announced it rather than its end: it was ended silently.</summary>
    private bool EndedSilently(long hitId) =>
        AlertKinds.Parse(RelatedStore.LastAlertKind(db, tx, hitId)) is AlertKind.RelatedListed or AlertKind.RelatedFirstSeen;

    /// <summary>Whether every link of a stored path is still stated by its carrier and the parties it joins are on the list.</summary>
    private static bool LinksHold(RelatedPath path, IReadOnlyDictionary<string, ListEntry> byId)
    {
        foreach (var step in path.Steps)
        {
            if (!byId.TryGetValue(step.Carrier, out var carrier) || !carrier.Links.Contains(step.Link) || !byId.ContainsKey(step.From)
                || (step.To is not null && !byId.ContainsKey(step.To)))
            {
                return false;
            }
        }

        return true;
    }

    private long Insert(RelatedFinding f) => RelatedStore.Insert(db, tx, _source, Row(f, f.Path), _snapshotId, _now);

    private void Update(long hitId, RelatedFinding f, RelatedPath path, bool listed, bool reopen) =>
        RelatedStore.Update(db, tx, hitId, Row(f, path), listed, reopen, _snapshotId, _now);

    private NewRelatedHit Row(RelatedFinding f, RelatedPath path) =>
        new(f.WatchlistId, f.Entry.EntryId, f.Entry.PrimaryName, path.End.Score, Explanation(f), LinkTypes.Format(path.FirstLink.Type), path.Depth, path.ToJson());

    /// <summary>Why the end of the path is the entity: the entity's hit on its own entry, or the match of the link's name.</summary>
    private string Explanation(RelatedFinding f)
    {
        if (f.NameExplanation is { } named)
            return JsonSerializer.Serialize(named, ExplanationJson);
        return RelatedStore.DirectExplanation(db, tx, _source, f.Path.End.EntryId, f.WatchlistId)
            ?? JsonSerializer.Serialize(MatchExplanation.None, ExplanationJson);
    }

    private void Raise(AlertKind kind, long hitId, RelatedFinding f, bool deliver) =>
        RaiseRow(kind, hitId, f.WatchlistId, f.Entry.EntryId, f.Entry.PrimaryName, f.Path.End.Score, deliver, f.Path.Text);

    private void RaiseRow(AlertKind kind, long hitId, string watchlistId, string entryId, string entryName, double score, bool deliver, string detail)
    {
        var alert = new RaisedAlert(kind, watchlistId, entryId, entryName, score) { Detail = detail, Delivered = deliver };
        if (AlertRows.Insert(db, tx, alert, hitId, _source, _snapshotId, _snapshotAt, _now))
            _raised.Add(alert);
    }

    private void SaveState(string state, string fingerprint) => RelatedStore.SaveState(db, tx, _source, state, fingerprint);

    private static string Fingerprint(List<RelatedTarget> targets)
    {
        var sb = new StringBuilder();
        foreach (var t in targets)
            sb.Append(t.WatchlistId).Append('\t').Append(t.EntryId).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}

/// <summary>
/// What an importer keeps between imports for related parties: the matcher's verdicts on the names links give for
/// parties that are not entries of their list, per watchlist entity (its watchlist and matcher do not change: a replay
/// compares each name once), and per source the ids and names its links give, as of a snapshot.
/// </summary>
internal sealed class RelatedNameCache
{
    private readonly Dictionary<(string Entity, string Name), MatchResult?> _verdicts = [];
    private readonly Dictionary<string, (long Snapshot, HashSet<string> Named)> _named = new(StringComparer.Ordinal);

    /// <summary>The ids and names a source's links gave as of <paramref name="snapshot"/>, if kept.</summary>
    public HashSet<string>? NamedBy(string source, long? snapshot) =>
        snapshot is { } s && _named.TryGetValue(source, out var kept) && kept.Snapshot == s ? kept.Named : null;

    public void Remember(string source, long snapshot, HashSet<string> named) => _named[source] = (snapshot, named);


    public Dictionary<string, List<(string Name, MatchResult Result)>> Match(
        IMatcher matcher, IReadOnlyList<WatchlistEntity> entities, IReadOnlyCollection<string> names, double threshold)
    {
        var matches = new Dictionary<string, List<(string, MatchResult)>>(StringComparer.Ordinal);
        if (names.Count == 0)
            return matches;
        foreach (var entity in entities)
        {
            MatchSubject? query = null;
            foreach (var name in names)
            {
                if (!_verdicts.TryGetValue((entity.Id, name), out var verdict))
                {
                    query ??= MatchSubject.FromEntity(entity);
                    var result = matcher.Compare(query, MatchSubject.FromName(name));
                    verdict = result.Score >= threshold ? result : null;
                    _verdicts[(entity.Id, name)] = verdict;
                }

                if (verdict is not null)
                {
                    if (!matches.TryGetValue(entity.Id, out var list))
                        matches[entity.Id] = list = [];
                    list.Add((name, verdict));
                }
            }
        }

        return matches;
    }
}
