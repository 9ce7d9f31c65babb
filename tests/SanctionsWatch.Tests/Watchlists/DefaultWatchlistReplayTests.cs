using Dapper;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Watchlists;

/// <summary>
/// The default watchlist replayed over the 308 real OFAC SDN versions (2021-08 to 2024-05), in one replay beside the same
/// watchlist reduced to what a new user first writes (id, name, kind, country: no aliases, no identifiers):
/// the default watchlist raises no false alert, and the reduced one finds every listing event the default one finds but
/// those only an identifier can find (issue 11).
/// </summary>
public sealed class DefaultWatchlistReplayTests
{
    private const string NameOnly = DefaultWatchlistReplay.NameOnly;

    /// <summary>
    /// Every listing event (listed or first-seen) of the default watchlist over the history, each checked by hand against
    /// the entry's remarks (INN and OGRN where the watchlist has them) and the research notes: the true ones.
    /// </summary>
    private static readonly HashSet<(string Entity, string Entry)> TrueEvents =
    [
        ("cn-cmc-edd", "24837"), ("cn-li-shangfu", "24838"), ("ru-aviastar-sp", "35347"), ("ru-bazalt", "16862"),
        ("ru-chemezov", "16685"), ("ru-fsvts", "37665"), ("ru-high-precision-systems", "18769"), ("ru-il", "35996"),
        ("ru-kbp", "16864"), ("ru-kurganmashzavod", "35345"), ("ru-kurganpribor", "44319"), ("ru-mikheev", "35747"),
        ("ru-plant-no9", "47478"), ("ru-radiozavod-penza", "37524"), ("ru-rosoboronexport", "18782"), ("ru-rostec", "17260"),
        ("ru-shugaev", "35746"), ("ru-sozvezdie", "16869"), ("ru-tecmash", "18772"), ("ru-tekhnodinamika", "18774"),
        ("ru-tulamashzavod", "47725"), ("ru-uac", "36431"), ("ru-uec", "37782"), ("ru-uralvagonzavod", "16885"),
        ("ru-veb", "17015"), ("ru-vgtz", "48862"),
    ];

    /// <summary>The events only an identifier finds: the reduced watchlist has none, and the names share too little.</summary>
    private static readonly Dictionary<(string Entity, string Entry), string> IdentifierOnly = new()
    {
        [("ru-bazalt", "16862")] = "the list names the predecessor (FSUE State Research and Production Enterprise Bazalt), the " +
            "watchlist the JSC (NPO Bazalt); they share the INN 7719830028, which the entry gained on 2024-02-23",
        [("ru-veb", "17015")] = "the list names the bank by its former name (Bank for Development and Foreign Economic Affairs " +
            "Vnesheconombank); State Development Corporation VEB.RF shares only its INN and OGRN (the default watchlist " +
            "has the former name as an alias)",
    };

    [SharedDataFact]
    public void The_default_watchlist_raises_no_false_alert_and_its_names_alone_find_every_event_but_identifier_ones()
    {
        var replay = DefaultWatchlistReplay.Get();
        Assert.Equal(OfacHistory.Versions, replay.Files.Count);
        Assert.All(replay.Outcomes, o => Assert.False(o.Refused, o.FileName));
        using var db = Database.Open(replay.DatabasePath);

        // the alerts of matching: a related alert is about a link the list states, not a name matched (RelatedOfacReplayTests)
        var alerts = db.Query<(string Kind, string WatchlistId, string EntryId)>("SELECT kind, watchlist_id, entry_id FROM alerts")
            .Select(a => (Kind: AlertKinds.Parse(a.Kind)!.Value, a.WatchlistId, a.EntryId)).Where(a => !a.Kind.IsRelated()).ToList();
        Assert.NotEmpty(alerts);
        var events = alerts.Where(a => a.Kind is AlertKind.Listed or AlertKind.FirstSeen).ToList();
        var fullEvents = events.Where(a => !a.WatchlistId.EndsWith(NameOnly, StringComparison.Ordinal)).Select(a => (a.WatchlistId, a.EntryId)).ToHashSet();
        var reducedEvents = events.Where(a => a.WatchlistId.EndsWith(NameOnly, StringComparison.Ordinal))
            .Select(a => (a.WatchlistId[..^NameOnly.Length], a.EntryId)).ToHashSet();

        // no false alert: every alert of either watchlist (listed, first-seen, changed, delisted) is about a true pair
        var falseAlerts = alerts.Select(a => (Entity: a.WatchlistId.Replace(NameOnly, "", StringComparison.Ordinal), Entry: a.EntryId))
            .Where(a => !TrueEvents.Contains(a)).Distinct().ToList();
        Assert.True(falseAlerts.Count == 0, "false alerts: " + string.Join(", ", falseAlerts));

        // the default watchlist finds every true event once
        Assert.Equal(TrueEvents.OrderBy(e => e), fullEvents.OrderBy(e => e));
        Assert.Equal(events.Count, events.Distinct().Count());

        // the names alone find every event but those only an identifier finds
        var missed = fullEvents.Where(e => !reducedEvents.Contains(e) && !IdentifierOnly.ContainsKey(e)).ToList();
        Assert.True(missed.Count == 0, "found with aliases or identifiers only: " + string.Join(", ", missed));
        Assert.All(IdentifierOnly.Keys, e => Assert.DoesNotContain(e, reducedEvents));
    }
}
