using System.Globalization;
using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// The real OFAC files of 2022-04-20, 04-22 and 04-29 replayed against the shipped watchlist (issue 18, item 3): on
/// 2022-04-29 OFAC added a "Secondary sanctions risk" sentence to the remarks of 499 entries, watched ones among them.
/// By default that raises no changed alert; with Alerts:MaterialChangesOnly false it raises one per watched entry.
/// </summary>
public sealed class MaterialChangesRealDataTests : IDisposable
{
    private static readonly string[] April = ["sdn_2022-04-20T1847.csv", "sdn_2022-04-22T1851.csv", "sdn_2022-04-29T1852.csv"];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliProcess.Result Run(string store, params string[] args) =>
        CliProcess.Run(_dir.Path, [.. args, "--db", _dir.File(store), "--watchlist", Path.Combine(SharedData.ProjectRoot, "config", "watchlist.yaml"),
            "--config", _dir.File(store + ".json")]);

    private static List<JsonElement> Rows(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return [.. doc.RootElement.Clone().EnumerateArray()];
    }

    private void Replay(string store, bool materialOnly)
    {
        _dir.Write(store + ".json", $$"""{ "Alerts": { "MaterialChangesOnly": {{(materialOnly ? "true" : "false")}} } }""");
        var replay = Run(store, ["replay", "--source", "ofac-sdn", .. April.Select(OfacHistory.PathOf)]);
        Assert.True(replay.ExitCode == 0, replay.Err);
    }

    [SharedDataFact]
    public void The_remarks_boilerplate_edit_of_2022_04_29_raises_no_changed_alert_unless_every_change_is_asked_for()
    {
        Replay("default.db", materialOnly: true);
        Replay("every.db", materialOnly: false);
        string[] day = ["--since", "2022-04-29", "--until", "2022-04-30", "--format", "json"];

        // The edit is recorded: the watched entries' remarks changed, nothing else of them.
        var watched = Rows(Run("default.db", ["changes", "--watched", "--kind", "modified", .. day]));
        Assert.True(watched.Count >= 6, $"{watched.Count} watched changes");
        Assert.All(watched, c => Assert.Equal("[\"remarks\"]", c.GetProperty("fields").GetString()));
        Assert.Empty(Rows(Run("default.db", ["changes", "--watched", "--material", .. day])));

        // By default: no changed alert. Asked for every change: one per watched entry, each naming its change.
        Assert.Empty(Rows(Run("default.db", ["alerts", "--kind", "changed", .. day])));
        var every = Rows(Run("every.db", ["alerts", "--kind", "changed", .. day]));
        Assert.Equal(watched.Count, every.Count);
        var changeIds = Rows(Run("every.db", ["changes", "--watched", "--kind", "modified", .. day])).Select(c => c.GetProperty("id").GetInt64()).ToHashSet();
        Assert.Equal(changeIds, every.Select(a => a.GetProperty("change_id").GetInt64()).ToHashSet());

        // The edit word by word: one sentence added, nothing removed.
        var rosoboronexport = watched.Single(c => c.GetProperty("entry_id").GetString() == "18782").GetProperty("id").GetInt64();
        var show = Run("default.db", "changes", "show", rosoboronexport.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(
            "Subject to Directive 3; {+Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209;+} Registration ID 1117746521452;",
            show.Out, StringComparison.Ordinal);
        Assert.Contains("(0 words removed, 11 added;", show.Out, StringComparison.Ordinal);
    }
}
