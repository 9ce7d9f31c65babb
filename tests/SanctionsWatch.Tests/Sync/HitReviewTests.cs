using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sync;

/// <summary>Reviews of hits (confirm, dismiss, reopen) and their append-only trail, on a real SQLite file.</summary>
public sealed class HitReviewTests : IDisposable
{
    private const string Remarks = "Website www.kurganmash.ru; Tax ID No. 4501008142 (Russia).";

    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero));
    private readonly SqliteConnection _db;
    private int _fileNumber;

    public HitReviewTests() => _db = Database.Open(_dir.File("store.db"));

    private static readonly Watchlist Watchlist = new(
        [new WatchlistEntity { Id = "ru-kurganmashzavod", Name = "Kurganmashzavod", Aliases = ["Курганмашзавод"] }],
        "w1",
        "test-watchlist.yaml");

    private SyncOutcome Sync(string kurganRow, string at)
    {
        var path = _dir.Write($"v{++_fileNumber}/sdn.csv", OfacCsv.File([kurganRow, .. OfacCsv.Filler(20)]));
        return new SnapshotImporter(_db, new NameMatcher(), Watchlist, new SyncSettings(), _clock)
            .Import("ofac-sdn", new OfacReader(), path, Iso.Parse(at));
    }

    private long HitId => _db.ExecuteScalar<long>("SELECT id FROM hits WHERE entry_id = '35345'");

    private string Status => _db.ExecuteScalar<string>("SELECT status FROM hits WHERE entry_id = '35345'")!;

    private long Count(string table) => _db.ExecuteScalar<long>($"SELECT count(*) FROM {table}");

    [Fact]
    public void Dismissed_hit_stays_quiet_on_an_unchanged_and_a_remarks_only_resync_and_a_new_alias_reopens_it_with_a_sync_review()
    {
        var original = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks);
        Sync(original, "2022-03-04T02:03:00Z");
        var dismissed = HitReviews.Apply(_db, HitId, ReviewAction.Dismiss, "different plant", "alice", _clock);
        Assert.Equal(("new", "dismissed", "alice", "2026-11-02T09:30:00Z"), (dismissed.StatusBefore, dismissed.StatusAfter, dismissed.Reviewer, dismissed.At));

        var unchanged = Sync(original, "2022-03-05T00:00:00Z");
        Assert.Empty(unchanged.Alerts);
        Assert.Equal("dismissed", Status);

        var remarksOnly = Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks + " Target Type State-Owned Enterprise."), "2022-03-06T00:00:00Z");
        Assert.Equal(1, remarksOnly.Modified);
        Assert.Empty(remarksOnly.Alerts);
        Assert.Equal("dismissed", Status);
        Assert.Equal(1, Count("hit_reviews"));

        _clock.Advance(TimeSpan.FromHours(1));
        var alias = Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks + " Target Type State-Owned Enterprise; a.k.a. 'KMZ'."), "2022-03-07T18:47:00Z");

        Assert.Equal(AlertKind.Changed, Assert.Single(alias.Alerts).Kind);
        Assert.Equal("new", Status);
        var trail = HitReviews.Of(_db, HitId);
        Assert.Equal(2, trail.Count);
        var reopened = trail[1];
        Assert.Equal(("reopen", "dismissed", "new", HitReviews.SyncReviewer), (reopened.Action, reopened.StatusBefore, reopened.StatusAfter, reopened.Reviewer));
        Assert.Equal(alias.SnapshotId, reopened.SnapshotId);
        Assert.Equal("2026-11-02T10:30:00Z", reopened.At);
        Assert.Contains("names", reopened.Note, StringComparison.Ordinal);
        Assert.Contains("2022-03-07T18:47:00Z", reopened.Note, StringComparison.Ordinal);
        Assert.Null(trail[0].SnapshotId);
    }

    [Fact]
    public void A_new_programme_reopens_a_dismissed_hit_but_a_confirmed_hit_only_alerts()
    {
        Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks), "2022-03-04T02:03:00Z");
        HitReviews.Apply(_db, HitId, ReviewAction.Dismiss, "not ours", "alice", _clock);

        var programme = Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", programs: "RUSSIA-EO14024] [UKRAINE-EO13662", remarks: Remarks), "2022-04-01T00:00:00Z");

        Assert.Equal(AlertKind.Changed, Assert.Single(programme.Alerts).Kind);
        Assert.Equal("new", Status);
        Assert.Contains("programmes", HitReviews.Of(_db, HitId)[^1].Note, StringComparison.Ordinal);

        HitReviews.Apply(_db, HitId, ReviewAction.Confirm, "same INN", "bob", _clock);
        var again = Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD JSC", programs: "RUSSIA-EO14024] [UKRAINE-EO13662", remarks: Remarks), "2022-05-01T00:00:00Z");

        Assert.Equal(AlertKind.Changed, Assert.Single(again.Alerts).Kind);
        Assert.Equal("confirmed", Status);
        Assert.Equal(3, Count("hit_reviews"));
    }

    [Fact]
    public void A_dismissed_hit_stays_quiet_when_delisted_and_reopens_when_listed_again()
    {
        var kurgan = OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks);
        Sync(kurgan, "2022-03-04T02:03:00Z");
        HitReviews.Apply(_db, HitId, ReviewAction.Dismiss, "not ours", "alice", _clock);

        var path = _dir.Write($"v{++_fileNumber}/sdn.csv", OfacCsv.File(OfacCsv.Filler(20)));
        var removed = new SnapshotImporter(_db, new NameMatcher(), Watchlist, new SyncSettings(), _clock)
            .Import("ofac-sdn", new OfacReader(), path, Iso.Parse("2022-04-01T00:00:00Z"));
        Assert.Equal(1, removed.Removed);
        Assert.Empty(removed.Alerts);                 // dismissed: no delisted alert
        Assert.Equal("dismissed", Status);

        var back = Sync(kurgan, "2022-05-01T00:00:00Z");

        Assert.Equal(AlertKind.Listed, Assert.Single(back.Alerts).Kind);
        Assert.Equal("new", Status);
        var reopened = HitReviews.Of(_db, HitId)[^1];
        Assert.Equal(("reopen", "dismissed", "new", HitReviews.SyncReviewer), (reopened.Action, reopened.StatusBefore, reopened.StatusAfter, reopened.Reviewer));
        Assert.Contains("listed again", reopened.Note, StringComparison.Ordinal);
        Assert.Equal(back.SnapshotId, reopened.SnapshotId);
    }

    [Theory]
    [InlineData("new", ReviewAction.Confirm, "confirmed")]
    [InlineData("new", ReviewAction.Dismiss, "dismissed")]
    [InlineData("dismissed", ReviewAction.Confirm, "confirmed")]
    [InlineData("confirmed", ReviewAction.Dismiss, "dismissed")]
    [InlineData("confirmed", ReviewAction.Reopen, "new")]
    [InlineData("dismissed", ReviewAction.Reopen, "new")]
    public void Each_sensible_transition_updates_the_hit_and_appends_one_review(string from, ReviewAction action, string to)
    {
        Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks), "2022-03-04T02:03:00Z");
        if (from != "new")
            HitReviews.Apply(_db, HitId, from == "confirmed" ? ReviewAction.Confirm : ReviewAction.Dismiss, "setup", "setup", _clock);
        var before = Count("hit_reviews");

        var review = HitReviews.Apply(_db, HitId, action, "  because  ", "carol", _clock);

        Assert.Equal(to, Status);
        Assert.Equal(before + 1, Count("hit_reviews"));
        Assert.Equal((action.ToText(), from, to, "because", "carol"), (review.Action, review.StatusBefore, review.StatusAfter, review.Note, review.Reviewer));
        Assert.Equal("2026-11-02T09:30:00Z", _db.ExecuteScalar<string>("SELECT updated_at FROM hits WHERE id = @id", new { id = HitId }));
    }

    [Theory]
    [InlineData(ReviewAction.Reopen, "new", "hit 1 is already open (new): nothing to reopen")]
    [InlineData(ReviewAction.Dismiss, "dismissed", "hit 1 is already dismissed: nothing to dismiss")]
    [InlineData(ReviewAction.Confirm, "confirmed", "hit 1 is already confirmed: nothing to confirm")]
    public void A_no_op_transition_is_refused_and_changes_nothing(ReviewAction action, string status, string message)
    {
        Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks), "2022-03-04T02:03:00Z");
        Assert.Equal(1, HitId);
        if (status != "new")
            HitReviews.Apply(_db, HitId, action, "first", "alice", _clock);
        var reviews = Count("hit_reviews");
        var updated = _db.ExecuteScalar<string>("SELECT updated_at FROM hits");

        _clock.Advance(TimeSpan.FromMinutes(5));
        var error = Assert.Throws<HitReviewException>(() => HitReviews.Apply(_db, HitId, action, "again", "bob", _clock));

        Assert.Equal(message, error.Message);
        Assert.Equal(status, Status);
        Assert.Equal(reviews, Count("hit_reviews"));
        Assert.Equal(updated, _db.ExecuteScalar<string>("SELECT updated_at FROM hits"));
    }

    [Fact]
    public void Reviewing_a_missing_hit_fails_with_a_clear_message_and_changes_nothing()
    {
        Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks), "2022-03-04T02:03:00Z");
        var hits = _db.Query<(long, string, string)>("SELECT id, status, updated_at FROM hits").ToList();

        var error = Assert.Throws<HitReviewException>(() => HitReviews.Apply(_db, 42, ReviewAction.Dismiss, "why", "alice", _clock));

        Assert.Equal("hit 42 does not exist", error.Message);
        Assert.Equal(0, Count("hit_reviews"));
        Assert.Equal(hits, _db.Query<(long, string, string)>("SELECT id, status, updated_at FROM hits").ToList());
    }

    [Theory]
    [InlineData("   ", "alice")]
    [InlineData("why", " ")]
    [InlineData("why", "sync")]
    [InlineData("why", "SYNC")]
    public void A_review_needs_a_note_and_a_reviewer_who_is_not_the_sync(string note, string reviewer)
    {
        Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks), "2022-03-04T02:03:00Z");

        Assert.Throws<ArgumentException>(() => HitReviews.Apply(_db, HitId, ReviewAction.Dismiss, note, reviewer, _clock));

        Assert.Equal("new", Status);
        Assert.Equal(0, Count("hit_reviews"));
    }

    [Fact]
    public void The_trail_cannot_be_updated_or_deleted_even_with_direct_sql()
    {
        Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks), "2022-03-04T02:03:00Z");
        HitReviews.Apply(_db, HitId, ReviewAction.Dismiss, "different plant", "alice", _clock);

        var update = Assert.Throws<SqliteException>(() => _db.Execute("UPDATE hit_reviews SET note = 'rewritten', reviewer = 'mallory'"));
        var delete = Assert.Throws<SqliteException>(() => _db.Execute("DELETE FROM hit_reviews"));
        var deleteHit = Assert.Throws<SqliteException>(() => _db.Execute("DELETE FROM hits"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Contains("FOREIGN KEY", deleteHit.Message, StringComparison.Ordinal);
        var row = Assert.Single(HitReviews.Of(_db, HitId));
        Assert.Equal(("different plant", "alice"), (row.Note, row.Reviewer));
    }

    [Fact]
    public void The_schema_refuses_a_review_without_a_note_or_with_an_unknown_action()
    {
        Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks), "2022-03-04T02:03:00Z");
        const string insert = """
            INSERT INTO hit_reviews (hit_id, action, status_before, status_after, note, reviewer, at)
            VALUES (@hit, @action, 'new', 'dismissed', @note, 'alice', '2026-11-02T09:30:00Z')
            """;

        Assert.Throws<SqliteException>(() => _db.Execute(insert, new { hit = HitId, action = "dismiss", note = " " }));
        Assert.Throws<SqliteException>(() => _db.Execute(insert, new { hit = HitId, action = "ignore", note = "why" }));
        Assert.Throws<SqliteException>(() => _db.Execute(insert, new { hit = 999, action = "dismiss", note = "why" }));
        Assert.Equal(0, Count("hit_reviews"));
    }

    [Fact]
    public void Details_of_a_hit_hold_its_entry_history_reviews_and_alerts()
    {
        Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks), "2022-03-04T02:03:00Z");
        HitReviews.Apply(_db, HitId, ReviewAction.Confirm, "same INN", "alice", _clock);
        Sync(OfacCsv.Row(35345, "KURGANMASHZAVOD", remarks: Remarks.TrimEnd('.') + "; a.k.a. 'KMZ'."), "2022-03-07T18:47:00Z");
        Sync(OfacCsv.Row(1, "SOMEONE ELSE"), "2022-04-01T00:00:00Z");

        var detail = HitDetails.Load(_db, HitId)!;

        Assert.Null(HitDetails.Load(_db, 42));
        Assert.Equal(("confirmed", false), (detail.Hit.Status, detail.Hit.Listed));
        Assert.False(detail.Entry!.Current);
        Assert.Equal("2022-04-01T00:00:00Z", detail.Entry.ToSnapshotAt);
        Assert.Contains(detail.Entry.Data.Names, n => n is { Text: "KMZ", Type: NameType.WeakAlias });
        Assert.Equal(["added", "modified", "removed"], detail.History.Select(c => c.Kind));
        Assert.True(detail.History[1].Material);
        Assert.Equal(["names", "remarks"], detail.History[1].Fields);
        Assert.Equal(["confirm"], detail.Reviews.Select(r => r.Action));
        Assert.Equal([AlertKind.FirstSeen.ToText(), AlertKind.Changed.ToText(), AlertKind.Delisted.ToText()], detail.Alerts.Select(a => a.Kind));
        Assert.NotEqual("none", detail.Explanation.Rule);
    }

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }
}
