using System.Data.Common;
using Polly;
using Polly.Retry;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sources.Fetching;
using SanctionsWatch.Storage;

namespace SanctionsWatch.Sync;

/// <summary>
/// Syncs a source from its publisher: download (conditional, retried by Polly with backoff and jitter, body deadline and
/// size limit, hashed), then the <see cref="SnapshotImporter"/> applies, records as unchanged or refuses the file;
/// after its commit the raw file is archived and the source's <see cref="FetchState"/> written, in a transaction of
/// their own. A 304 or a failed download writes the state on its own. Nothing but the state and a refused snapshot
/// changes on failure.
/// </summary>
public sealed class ListFetcher(DbConnection db, RawArchive archive, Downloader downloader, TimeProvider time, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;

    public async Task<FetchOutcome> SyncAsync(
        FetchSettings settings, IListReader reader, SnapshotImporter importer, CancellationToken ct = default)
    {
        var source = settings.Source;
        var checkedAt = time.GetUtcNow();
        var state = FetchStateStore.Get(db, source);
        var work = archive.NewWorkFolder(source);
        var attempts = 0;
        try
        {
            DownloadResult? result = null;
            DownloadFailure? failure = null;
            try
            {
                result = await Retrying(settings, () =>
                    {
                        // a retried download starts from an empty work folder
                        RawArchive.Discard(work);
                        work = archive.NewWorkFolder(source);
                    })
                    .ExecuteAsync(
                        async token =>
                        {
                            attempts++;
                            return await downloader.DownloadAsync(settings, state, work, token).ConfigureAwait(false);
                        },
                        ct)
                    .ConfigureAwait(false);
            }
            catch (DownloadFailure f) when (f.Retryable && f.RetryAfter > settings.MaxRetryWait)
            {
                // Asked to come back later than the next scheduled run: not retried now, the schedule will.
                failure = new DownloadFailure(
                    $"{f.Message}: the publisher asks to wait longer than MaxRetryWait ({settings.MaxRetryWait}); " +
                    "not retried now, the next scheduled sync tries again",
                    false,
                    false);
            }
            catch (DownloadFailure f)
            {
                failure = f;
            }

            if (failure is not null)
            {
                var reason = attempts > 1 ? $"{failure.Message} (after {attempts} attempts)" : failure.Message;
                return failure.BodyReceived && Directory.EnumerateFiles(work).Any()
                    ? Refuse(settings, importer, state, work, checkedAt, reason, attempts)
                    : Fail(source, state, checkedAt, reason, attempts);
            }

            if (result!.NotModified)
            {
                FetchStateStore.Save(db, state with { LastCheckAt = Iso.Format(checkedAt), LastStatus = SyncStatus.NotModified.ToText(), LastError = null });
                return new FetchOutcome(source, SyncStatus.NotModified, null, null, state.LastArchivePath, attempts);
            }

            // Dated by the file's own publication date, else its Last-Modified, else when checked (the importer decides).
            var outcome = importer.Import(
                source,
                result.Primary,
                null,
                () => reader.Read(result.Primary, source, ct),
                new SnapshotOrigin(result.Hash, result.Size) { LastModified = HttpDate(result.LastModified) });
            var (archived, unrecorded) = RecordOrSay(outcome, state, result, work, checkedAt);
            return new FetchOutcome(source, outcome.Status, outcome, outcome.Error ?? unrecorded, archived, attempts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return Fail(source, state, checkedAt, UrlRedaction.RedactUrlsIn(ex.Message), attempts);
        }
        finally
        {
            RawArchive.Discard(work);
        }
    }

    /// <summary>
    /// Retries (Polly) of a download that failed in a way worth retrying (timeouts, network errors, 5xx, 429): up to
    /// <see cref="FetchSettings.Retries"/> more attempts, each after an exponential backoff with jitter on the injected
    /// clock, or after the publisher's <c>Retry-After</c> when it asks for longer. A <c>Retry-After</c> beyond
    /// <see cref="FetchSettings.MaxRetryWait"/> is not retried: the next scheduled sync is sooner.
    /// </summary>
    private ResiliencePipeline Retrying(FetchSettings settings, Action beforeRetry)
    {
        if (settings.Retries <= 0)
            return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.Retries,
                ShouldHandle = new PredicateBuilder().Handle<DownloadFailure>(f => f.Retryable && !(f.RetryAfter > settings.MaxRetryWait)),
                DelayGenerator = args =>
                {
                    var delay = Backoff(settings.RetryDelay, args.AttemptNumber + 1);
                    if (args.Outcome.Exception is DownloadFailure { RetryAfter: { } asked } && asked > delay)
                        delay = asked; // the publisher's Retry-After (429, 503), within MaxRetryWait
                    return ValueTask.FromResult<TimeSpan?>(delay);
                },
                OnRetry = _ =>
                {
                    beforeRetry();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>The delay before retry number <paramref name="retry"/> (1-based): base × 2^(retry−1), plus up to 50%.</summary>
    private TimeSpan Backoff(TimeSpan delay, int retry) =>
        delay * Math.Pow(2, Math.Min(retry - 1, 10)) * (1 + (_random.NextDouble() * 0.5));

    /// <summary>
    /// <see cref="Record"/>, where a failure (the archive's disk, a busy store) leaves the import as it is (committed, its
    /// alerts raised): the outcome stays the import's, with the reason the download was not recorded; the next sync finds
    /// the same file unchanged and records it then.
    /// </summary>
    private (string? Archived, string? Unrecorded) RecordOrSay(
        SyncOutcome outcome, FetchState state, DownloadResult result, string work, DateTimeOffset checkedAt)
    {
        try
        {
            return (Record(outcome, state, result, work, checkedAt), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DbException)
        {
            return (null, "the list was imported, but its download could not be archived or recorded: " + ex.Message);
        }
    }

    /// <summary>
    /// After the import: archives the download and writes the snapshot's archive path and the source's fetch state, in
    /// one transaction of their own. A process killed between the import's commit and this one leaves the old fetch state:
    /// the next sync downloads the same file again, which the importer finds unchanged, and records it then.
    /// </summary>
    private string? Record(SyncOutcome outcome, FetchState state, DownloadResult result, string work, DateTimeOffset checkedAt)
    {
        var (snapshotId, status) = (outcome.SnapshotId, outcome.Status);
        var source = state.Source;
        string? path;
        FetchState next;
        switch (status)
        {
            case SyncStatus.Refused:
                path = archive.Keep(source, work, result.Primary, result.Hash, checkedAt, rejected: true);
                next = state with
                {
                    LastCheckAt = Iso.Format(checkedAt),
                    LastStatus = SyncStatus.Refused.ToText(),
                    LastError = outcome.Error,
                };
                break;
            default:
                path = status == SyncStatus.Unchanged && state.LastHash == result.Hash && Exists(state.LastArchivePath)
                    ? state.LastArchivePath!
                    : archive.Keep(source, work, result.Primary, result.Hash, checkedAt, rejected: false);
                next = state with
                {
                    Etag = result.Etag,
                    LastModified = result.LastModified,
                    LastCheckAt = Iso.Format(checkedAt),
                    LastChangeAt = status == SyncStatus.Accepted ? Iso.Format(checkedAt) : state.LastChangeAt,
                    LastStatus = status.ToText(),
                    LastError = null,
                    LastHash = result.Hash,
                    LastArchivePath = path,
                };
                break;
        }

        using var tx = SqlDialect.Of(db).BeginWrite(db);
        Snapshots.SetArchivePath(db, snapshotId, path, tx);
        if (status == SyncStatus.Unchanged && path is not null)
            Snapshots.SetMissingArchivePaths(db, source, result.Hash, path, tx); // an import whose record a kill cut off
        FetchStateStore.Save(db, next, tx);
        tx.Commit();
        return path;
    }

    /// <summary>A body that came but is not a list (empty, cut short, HTML, too slow): a refused snapshot, kept under rejected/.</summary>
    private FetchOutcome Refuse(
        FetchSettings settings, SnapshotImporter importer, FetchState state, string work, DateTimeOffset checkedAt,
        string reason, int attempts)
    {
        var files = Directory.GetFiles(work);
        var primary = files.FirstOrDefault(f => Path.GetFileName(f) == Path.GetFileName(settings.Urls[0])) ?? files[0];
        var (hash, size) = FileSetHash.Of(files);
        var outcome = importer.Import(settings.Source, primary, null, () => throw new ListFormatException(reason), new SnapshotOrigin(hash, size));
        var (archived, _) = RecordOrSay(outcome, state, new DownloadResult(false, primary, hash, size, null, null), work, checkedAt);
        return new FetchOutcome(settings.Source, SyncStatus.Refused, outcome, outcome.Error ?? reason, archived, attempts);
    }

    private FetchOutcome Fail(string source, FetchState state, DateTimeOffset checkedAt, string reason, int attempts)
    {
        FetchStateStore.Save(db, state with { LastCheckAt = Iso.Format(checkedAt), LastStatus = SyncStatus.Failed.ToText(), LastError = reason });
        return new FetchOutcome(source, SyncStatus.Failed, null, reason, null, attempts);
    }

    private static DateTimeOffset? HttpDate(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;

    private static bool Exists(string? path) => path is not null && (File.Exists(path) || Directory.Exists(path));
}
