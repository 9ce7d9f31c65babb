using SanctionsWatch.Model;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;

namespace SanctionsWatch.App;

/// <summary>
/// The store knows its watchlist (the one it was last screened against: path, content hash, and what a screening
/// reads of it, see <see cref="WatchlistFingerprint"/>). A command run with another watchlist warns; a command that
/// would screen the lists and raise alerts (sync, replay, run) refuses it unless told to go on (<c>--watchlist-changed-ok</c>),
/// which adopts it: the stored lists are screened against it first (as <c>watchlist apply</c> does), then the command
/// goes on. A store never screened (new, or from before watchlists were recorded) takes the first one it is given.
/// </summary>
internal static class WatchlistGuard
{
    /// <summary>How the current watchlist stands against the store's.</summary>
    internal sealed record Standing(ScreenedWatchlist? Stored, Watchlist Current, WatchlistDifference? Difference)
    {
        /// <summary>The store was screened against another watchlist (by content as a screening reads it).</summary>
        public bool Changed => Difference is { IsEmpty: false };

        public bool SamePath => Stored is not null && string.Equals(Stored.Path, Path.GetFullPath(Current.Path), StringComparison.Ordinal);
    }

    public static Standing StandingOf(Workspace ws)
    {
        var current = ws.Watchlist;
        var stored = WatchlistState.Current(ws.Db);
        if (stored is null)
            return new Standing(null, current, null);
        var fingerprint = WatchlistFingerprint.Of(current);
        var difference = fingerprint == stored.Fingerprint
            ? new WatchlistDifference([], [], [])
            : WatchlistState.Compare(stored, current);
        return new Standing(stored, current, difference);
    }

    /// <summary>
    /// Before a command that screens and raises alerts: nothing when the watchlist is the store's; with
    /// <paramref name="changedOk"/>, the stored lists are screened against the new one (its alerts returned, a line on
    /// <paramref name="report"/>); else a usage error that says what differs and what to do.
    /// </summary>
    public static IReadOnlyList<RescreenOutcome> BeforeScreening(Workspace ws, bool changedOk, TextWriter? report, string command)
    {
        var standing = StandingOf(ws);
        if (!standing.Changed)
            return [];
        if (!changedOk)
            throw new UsageException(Refusal(standing, command));
        report?.WriteLine(
            $"watchlist {ListText.Escape(standing.Current.Path)} differs from the store's ({Describe(standing)}): " +
            "screening the stored lists against it first (--watchlist-changed-ok)");
        return Apply(ws, report);
    }

    /// <summary>Screens every stored list against the current watchlist and records it as the store's; one line per source on <paramref name="report"/>.</summary>
    public static List<RescreenOutcome> Apply(Workspace ws, TextWriter? report)
    {
        var outcomes = new List<RescreenOutcome>();
        var sources = Queries.SourcesWithEntries(ws.Db);
        foreach (var source in sources)
        {
            var outcome = ws.ImporterFor(source).Rescreen(source);
            outcomes.Add(outcome);
            if (report is not null)
                WriteRescreen(report, outcome);
        }

        // The store knows its watchlist also when it holds no list yet (or every list was screened against it already).
        WatchlistState.Record(ws.Db, null, ws.Watchlist, ws.Time.GetUtcNow());
        return outcomes;
    }

    public static void WriteRescreen(TextWriter report, RescreenOutcome o)
    {
        var at = o.SnapshotAt is { } t ? Iso.Format(t) : "-";
        report.WriteLine(o.Screened
            ? $"{o.Source}: {o.Entries:N0} entries as of {at} screened, {o.Alerts.Count} alert{(o.Alerts.Count == 1 ? "" : "s")}"
            : $"{o.Source}: already screened against this watchlist (as of {at})");
        foreach (var alert in o.Alerts)
        {
            report.WriteLine(
                $"  ALERT {alert.Kind.ToText(),-10} {alert.WatchlistId} ← {o.Source} {alert.EntryId} " +
                $"{ListText.Escape(alert.EntryName)} (score {alert.Score:0.000})");
        }
    }

    /// <summary>On standard error, when the watchlist is not the store's: what a read command shows may not be what was screened.</summary>
    public static void WarnIfChanged(Workspace ws, TextWriter errors)
    {
        Standing standing;
        try
        {
            standing = StandingOf(ws);
        }
        catch (Watchlists.WatchlistException)
        {
            return; // the command reports a broken watchlist itself
        }

        if (standing.Changed)
        {
            errors.WriteLine(
                $"warning: the watchlist {ListText.Escape(standing.Current.Path)} is not the one this store was last screened against " +
                $"({Describe(standing)}); what was never screened shows as 'not yet screened' ('watchlist apply' screens the stored lists against it)");
        }
    }

    /// <summary>"1 entity added (ru-x) since it was last screened (2026-…)", or "… compared with /the/store's.yaml (last screened 2026-…)".</summary>
    public static string Describe(Standing s) =>
        s.SamePath
            ? $"{s.Difference!.Describe()} since it was last screened ({s.Stored!.LastScreenedAt})"
            : $"{s.Difference!.Describe()} compared with {ListText.Escape(s.Stored!.Path)} (last screened {s.Stored.LastScreenedAt})";

    private static string Refusal(Standing s, string command) =>
        $"the watchlist {ListText.Escape(s.Current.Path)} is not the one this store was last screened against: " +
        $"{Describe(s)}. A {command} would screen the lists against it and raise alerts for it. " +
        (s.SamePath ? "" : $"Pass --watchlist {ListText.Escape(s.Stored!.Path)} to keep the store's, or run ")
        + (s.SamePath ? "Run " : "") +
        "'sanctionswatch watchlist apply' to screen the stored lists against the new one first, or add --watchlist-changed-ok";
}
