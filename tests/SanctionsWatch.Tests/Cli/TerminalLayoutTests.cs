using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;
using SanctionsWatch.Watchlists;
using Xunit.Abstractions;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// Tables that fit a terminal (issue 18, item 5): the real binary in a tmux pane 60, 80, 120 and 160 columns wide, its
/// screen captured. Nothing wraps at any width; from 80 columns hits, alerts, status and watchlist are tables (one
/// line per row) with compact dates, the columns equal in every row said once, names shortened by their least
/// distinctive part; one record too wide for a table is a card; bands are coloured on a terminal, not with NO_COLOR.
/// </summary>
public sealed class TerminalLayoutTests : IDisposable
{
    private const string WatchlistYaml = """
        entities:
          - id: ru-kurganmashzavod
            name: Kurganmashzavod
          - id: ru-aviastar-sp
            name: Aviastar-SP
          - id: ru-uac
            name: United Aircraft Corporation
          - id: ru-rostec
            name: Rostec
            identifiers: {inn: "7704274402"}
        """;

    private readonly TempDir _dir = new();
    private readonly ITestOutputHelper _output;

    public TerminalLayoutTests(ITestOutputHelper output)
    {
        _output = output;
        _dir.Write("watchlist.yaml", WatchlistYaml);
        _dir.Write("appsettings.json", """{ "Sources": { "ofac-cons": { "Enabled": false } } }""");
        var watchlist = WatchlistLoader.Load(_dir.File("watchlist.yaml"));
        using var db = Database.Open(_dir.File("store.db"));
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var importer = new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), clock);
        string[] first = [OfacCsv.Row(35345, "KURGANMASHZAVOD"), OfacCsv.Row(35347, "AVIASTAR-SP AIRCRAFT MANUFACTURING ENTERPRISE"), .. OfacCsv.Filler(30)];
        string[] second =
        [
            .. first,
            OfacCsv.Row(36431, "PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION"),
            OfacCsv.Row(17260, "STATE CORPORATION ROSTEC", remarks: "Tax ID No. 7704274402 (Russia)."),
        ];
        Assert.Null(importer.Import("ofac-sdn", new OfacReader(), _dir.Write("v1/sdn.csv", OfacCsv.File(first)), Iso.Parse("2022-03-04T02:03:00Z")).Error);
        Assert.Null(importer.Import("ofac-sdn", new OfacReader(), _dir.Write("v2/sdn.csv", OfacCsv.File(second)), Iso.Parse("2022-06-28T18:55:00Z")).Error);
    }

    public void Dispose() => _dir.Dispose();

    private string Screen(int width, params string[] args) => Screen(width, false, new Dictionary<string, string>(), args);

    private string Screen(int width, bool colours, Dictionary<string, string> environment, params string[] args)
    {
        var screen = TmuxScreen.Capture(
            width, _dir.Path, environment, colours,
            [.. args, "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml"), "--config", _dir.File("appsettings.json")]);
        _output.WriteLine($"--- {string.Join(' ', args)} at {width} columns\n{screen}");
        return screen;
    }

    private static string[] Lines(string screen) => screen.TrimEnd('\n').Split('\n');

    [TmuxTheory]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(120)]
    [InlineData(160)]
    public void At_every_width_hits_alerts_status_and_watchlist_fit_without_a_wrapped_line(int width)
    {
        foreach (var command in new[] { "hits", "alerts", "status", "watchlist" })
        {
            var screen = Screen(width, command);
            // capture-pane -J joins a line the terminal wrapped: a line longer than the pane is one that wrapped.
            Assert.All(Lines(screen), l => Assert.True(l.Length <= width, $"{command} at {width}: a line wraps: '{l}'\n{screen}"));
        }
    }

    [TmuxTheory]
    [InlineData(80)]
    [InlineData(120)]
    public void At_80_and_120_columns_hits_and_alerts_are_tables_one_line_per_row(int width)
    {
        var hits = Lines(Screen(width, "hits"));
        Assert.Contains(hits, l => l.StartsWith("ID  ENTITY", StringComparison.Ordinal) && l.Contains("NAME", StringComparison.Ordinal) && l.Contains("SCORE", StringComparison.Ordinal));
        Assert.Equal(4, hits.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ [1-4]  ru-\S+\s.*\d\.\d{3}\s+2022-0[36]-(04|28)")));
        Assert.Contains(hits, l => l.StartsWith("every row: source ofac-sdn", StringComparison.Ordinal)); // equal in every row: said once
        Assert.DoesNotContain(hits, l => l.Contains("SOURCE", StringComparison.Ordinal));
        Assert.DoesNotContain(hits, l => l.Contains("T18:55:00Z", StringComparison.Ordinal)); // compact dates

        var alerts = Lines(Screen(width, "alerts"));
        Assert.Contains(alerts, l => l.StartsWith("ID  KIND", StringComparison.Ordinal));
        Assert.Equal(4, alerts.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ [1-4]  (listed|first-seen)\s+ru-")));
    }

    [TmuxFact]
    public void A_long_name_is_shortened_by_its_legal_form_first_and_keeps_both_ends()
    {
        var alerts = Screen(80, "alerts");

        Assert.Matches(@"PJSC UNIT[^ ]*…[^ ]* CORP ", alerts); // PUBLIC JOINT STOCK COMPANY → PJSC, then both ends kept
        Assert.DoesNotContain("PUBLIC JOINT STOCK", alerts, StringComparison.Ordinal);
        Assert.Contains("SC ROSTEC", alerts, StringComparison.Ordinal); // STATE CORPORATION → SC
        Assert.Contains(" KURGANMASHZAVOD ", alerts, StringComparison.Ordinal); // short enough: left whole
    }

    [TmuxFact]
    public void At_160_columns_names_are_whole_and_a_table_that_fits_as_it_is_keeps_its_borders()
    {
        var hits = Screen(160, "hits");
        Assert.Contains("PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION", hits, StringComparison.Ordinal);
        Assert.Contains("2022-06-28 18:55", hits, StringComparison.Ordinal);

        var snapshots = Screen(160, "snapshots");
        Assert.Contains("╭", snapshots, StringComparison.Ordinal);
        Assert.Contains("ENTRY_COUNT", snapshots, StringComparison.Ordinal);
    }

    [TmuxFact]
    public void At_60_columns_what_is_left_out_is_named_and_one_record_is_a_card()
    {
        var hits = Screen(60, "hits");
        Assert.Contains("(left out for width:", hits, StringComparison.Ordinal);

        var one = Screen(80, "hits", "--entity", "ru-uac");
        Assert.Contains("── id 3", one, StringComparison.Ordinal);
        Assert.Contains("PUBLIC JOINT STOCK COMPANY UNITED AIRCRAFT CORPORATION", one, StringComparison.Ordinal); // nothing shortened
        Assert.Contains(Lines(one), l => l.StartsWith("  LAST_SEEN_AT", StringComparison.Ordinal));
    }

    [TmuxFact]
    public void Bands_are_coloured_on_a_terminal_in_hits_show_screen_explain_and_compare_and_not_with_NO_COLOR()
    {
        var commands = new[]
        {
            new[] { "hits", "show", "4" },
            ["screen", "Rostec", "--explain"],
            ["compare", "Kurganmashzavod", "KURGANMASHZAVOD"],
        };
        foreach (var args in commands)
        {
            var coloured = Screen(120, true, [], args);
            Assert.Matches(@"\u001b\[(\d+;)*(91|31|9)m[^\u001b]*\(?alert", coloured);

            var plain = Screen(120, true, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, args);
            Assert.DoesNotMatch(@"\u001b\[(\d+;)*(91|31)m", plain);
            Assert.Contains("alert", plain, StringComparison.Ordinal);
        }
    }
}
