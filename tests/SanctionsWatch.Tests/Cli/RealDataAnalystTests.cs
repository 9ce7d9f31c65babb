using System.Globalization;
using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// The analyst's commands on a store built from real data: three successive OFAC sdn.csv versions of June–July 2022
/// (the 2022-06-28 designations of Rostec and its subsidiaries) replayed against the bundled watchlist.
/// </summary>
public sealed class RealDataAnalystTests : IDisposable
{
    private static readonly string[] Slice = ["sdn_2022-06-17T1852.csv", "sdn_2022-06-28T1855.csv", "sdn_2022-07-06T1852.csv"];

    private readonly TempDir _dir = new();
    private readonly string[] _common;

    public RealDataAnalystTests()
    {
        _common = ["--db", _dir.File("store.db"), "--watchlist", Path.Combine(SharedData.ProjectRoot, "config", "watchlist.yaml")];
    }

    public void Dispose() => _dir.Dispose();

    private CliProcess.Result Run(params string[] args) => CliProcess.Run(_dir.Path, [.. args, .. _common]);

    private static JsonElement Json(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    private void Replay()
    {
        var replay = Run(["replay", "--source", "ofac-sdn", .. Slice.Select(OfacHistory.PathOf)]);
        Assert.True(replay.ExitCode == 0, replay.Err);
        Assert.Contains("replayed 3 files: 3 accepted", replay.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\x1b', replay.Out); // piped: no progress bar, no colour
    }

    [SharedDataFact]
    public void Status_watchlist_and_export_agree_with_the_hit_log()
    {
        Replay();
        var hits = Json(Run("hits", "--format", "json")).EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("watchlist_id").GetString() == "ru-rostec" && h.GetProperty("entry_id").GetString() == "17260");

        var status = Json(Run("status", "--format", "json"));
        Assert.Equal(hits.Count, status.GetProperty("counts").GetProperty("new_hits").GetInt32());
        var sdn = status.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "ofac-sdn");
        Assert.Equal("2022-07-06T18:52:00Z", sdn.GetProperty("last_change_at").GetString());

        var entities = Json(Run("watchlist", "--format", "json")).EnumerateArray().ToList();
        foreach (var entity in entities)
        {
            var id = entity.GetProperty("id").GetString();
            var own = hits.Count(h => h.GetProperty("watchlist_id").GetString() == id);
            Assert.Equal(own == 0 ? "never matched" : "listed", entity.GetProperty("state").GetString());
            Assert.Equal(own, entity.GetProperty("listed_hits").GetInt32());
        }

        Assert.Contains(entities, e => e.GetProperty("state").GetString() == "never matched");

        // BANK BELVEB carries VEB's INN in its remarks and shares no name with VEB.RF: no hit (review at most).
        Assert.DoesNotContain(hits, h => h.GetProperty("entry_id").GetString() == "18291");

        // an analyst who finds the Radiozavod on the list is not the Penza plant dismisses it: the entity is dismissed
        var radiozavod = hits.Single(h => h.GetProperty("entry_id").GetString() == "37524").GetProperty("id").GetInt64();
        Assert.Equal(0, Run("hits", "dismiss", radiozavod.ToString(CultureInfo.InvariantCulture), "--note", "another plant", "--by", "alice").ExitCode);
        var penza = Json(Run("watchlist", "--format", "json")).EnumerateArray().Single(e => e.GetProperty("id").GetString() == "ru-radiozavod-penza");
        Assert.Equal(("dismissed", 0, 1), (penza.GetProperty("state").GetString(), penza.GetProperty("listed_hits").GetInt32(), penza.GetProperty("dismissed_hits").GetInt32()));
        var counts = Json(Run("status", "--format", "json")).GetProperty("counts");
        Assert.Equal((hits.Count - 1, 1), (counts.GetProperty("new_hits").GetInt32(), counts.GetProperty("dismissed_hits").GetInt32()));
        var alerts = Json(Run("export", "alerts", "--format", "json")).EnumerateArray().ToList();
        var rostec = alerts.Single(a => a.GetProperty("watchlist_id").GetString() == "ru-rostec" && !a.GetProperty("kind").GetString()!.StartsWith("related-", StringComparison.Ordinal));
        Assert.Equal("listed", rostec.GetProperty("kind").GetString());
        Assert.Equal("sdn_2022-06-28T1855.csv", rostec.GetProperty("snapshot_file").GetString());
        Assert.Equal(64, rostec.GetProperty("snapshot_sha256").GetString()!.Length);
    }

    [SharedDataFact]
    public void Changes_show_gives_the_new_programme_and_identifiers_of_Rosoboronexport()
    {
        Replay();
        var change = Json(Run("changes", "--source", "ofac-sdn", "--kind", "modified", "--since", "2022-06-28", "--until", "2022-06-29", "--limit", "5000", "--format", "json"))
            .EnumerateArray().Single(c => c.GetProperty("entry_id").GetString() == "18782");
        var id = change.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var detail = Json(Run("changes", "show", id, "--format", "json"));
        var fields = detail.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        Assert.Equal("RUSSIA-EO14024", fields["programmes"].GetProperty("added").EnumerateArray().Single().GetString());
        Assert.Contains(fields["identifiers"].GetProperty("added").EnumerateArray(), i => i.GetString()!.StartsWith("inn · 7718852163", StringComparison.Ordinal));

        var text = Run("changes", "show", id).Out;
        Assert.Contains("  + RUSSIA-EO14024", text, StringComparison.Ordinal);
    }
}
