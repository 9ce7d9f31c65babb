using System.Text.Json;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Cli;

/// <summary>
/// An alert-level match that a better entry of the same list outranks (a firm named after the watched one) opens no
/// hit in a sync; through the real binary, <c>screen</c> shows it as review with the entry that outranks it, and
/// <c>watchlist explain</c> lists it first among the entries without a hit, with the reason. Invented names.
/// </summary>
public sealed class OutrankedCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public OutrankedCliTests()
    {
        _dir.Write("watchlist.yaml", "entities:\n  - id: zelvanor\n    name: Zelvanor\n");
        var list = _dir.Write("sdn.csv", OfacCsv.File(
        [
            OfacCsv.Row(41001, "ZELVANOR JOINT STOCK COMPANY"),
            OfacCsv.Row(41002, "ZELVANOR HOLDING"),
            .. OfacCsv.Filler(20),
        ]));
        var sync = Run("sync", "--source", "ofac-sdn", "--file", list, "--as-of", "2024-01-10T00:00Z");
        Assert.True(sync.ExitCode == 0, sync.Err);
    }

    public void Dispose() => _dir.Dispose();

    private CliProcess.Result Run(params string[] args) =>
        CliProcess.Run(_dir.Path, [.. args, "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml")]);

    private static JsonElement Json(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Screen_shows_the_outranked_match_as_review_naming_the_entry_that_outranks_it()
    {
        var rows = Json(Run("screen", "Zelvanor", "--format", "json")).EnumerateArray().ToList();

        Assert.Equal(["41001", "41002"], rows.Select(r => r.GetProperty("entry_id").GetString()));
        Assert.Equal(("alert", JsonValueKind.Null), (rows[0].GetProperty("band").GetString(), rows[0].GetProperty("outranked_by").ValueKind));
        var lesser = rows[1];
        Assert.True(lesser.GetProperty("score").GetDouble() >= 0.88, "the holding scores at alert level on its own");
        Assert.Equal(("review", "41001"), (lesser.GetProperty("band").GetString(), lesser.GetProperty("outranked_by").GetString()));
        Assert.StartsWith("outranked in this list by 41001 ZELVANOR JOINT STOCK COMPANY (", lesser.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var explained = Run("screen", "Zelvanor", "--explain");
        Assert.True(explained.ExitCode == 0, explained.Err);
        Assert.Contains("ofac-sdn 41002 ZELVANOR HOLDING: ", explained.Out, StringComparison.Ordinal);
        Assert.Contains("(review)\n  outranked in this list by 41001", explained.Out, StringComparison.Ordinal);

        var hits = Json(Run("hits", "--format", "json")).EnumerateArray().Select(h => h.GetProperty("entry_id").GetString());
        Assert.Equal(["41001"], hits);
    }

    [Fact]
    public void Watchlist_explain_lists_the_outranked_match_with_its_reason()
    {
        var sdn = Json(Run("watchlist", "explain", "zelvanor", "--format", "json")).GetProperty("sources")[0];

        Assert.Equal("41001", Assert.Single(sdn.GetProperty("hits").EnumerateArray()).GetProperty("entry_id").GetString());
        var first = sdn.GetProperty("near")[0];
        Assert.Equal(("41002", "review"), (first.GetProperty("entry_id").GetString(), first.GetProperty("band").GetString()));
        Assert.Contains(": outranked in this list by 41001 ZELVANOR JOINT STOCK COMPANY", first.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var table = Run("watchlist", "explain", "zelvanor");
        Assert.True(table.ExitCode == 0, table.Err);
        Assert.Contains("41002 ZELVANOR HOLDING: " + first.GetProperty("reason").GetString(), table.Out, StringComparison.Ordinal);
    }
}
