using System.CommandLine;
using System.Globalization;
using SanctionsWatch.App;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;

namespace SanctionsWatch.Cli;

/// <summary><c>compare</c>: scores two names directly, with the band and the explanation.</summary>
internal static class MatchCommands
{
    public static Command Compare()
    {
        var first = new Argument<string>("name1") { Description = "The first name (the query, e.g. as on the watchlist)" };
        var second = new Argument<string>("name2") { Description = "The second name (the candidate, e.g. as on a list)" };
        var kind = new Option<string?>("--kind") { Description = "What both names name: organization, person, vessel or aircraft" };
        kind.AcceptOnlyFromAmong("organization", "person", "vessel", "aircraft");
        var source = new Option<string?>("--source")
        {
            Description = "Weigh words by how common they are in this stored list, as screen and a sync weigh them (the same " +
                "score as theirs for the pair); without it every word weighs alike, whatever the store holds",
        };
        var command = new Command(
            "compare",
            "Score two names directly: score, band (alert, review or none by Matching:AlertThreshold / ReviewThreshold) and why. " +
            "Words weigh alike unless --source names a stored list to weigh them by (screen and sync always weigh by the list)")
        {
            first, second, kind, source,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            PartyTypes.TryParse(parse.GetValue(kind), out var partyType);
            var query = MatchSubject.FromName(parse.GetValue(first)!, partyType);
            var candidate = MatchSubject.FromName(parse.GetValue(second)!, partyType);
            Weights? weights = null;
            ICorpusStatistics? statistics = null;
            if (Filters.Source(ws, parse.GetValue(source)) is { } list)
            {
                var lists = ListIndexes.Build(ws, list);
                statistics = lists.StatisticsOf(list) ?? throw new UsageException($"--source: the store holds no entry of {list} to weigh words by");
                weights = new Weights(list, lists.EntriesOf(list), statistics.NameCount);
            }

            var result = ws.Matcher.Compare(query, candidate, statistics);
            var thresholds = ws.Settings.Thresholds;
            var row = new CompareRow(
                Math.Round(result.Score, 4), thresholds.BandOf(result.Score).ToString().ToLowerInvariant(), result.Explanation, weights);
            switch (parse.GetValue(GlobalOptions.Format))
            {
                case OutputFormat.Json:
                    Output.WriteJson(Invocation.Out, row);
                    break;
                case OutputFormat.Csv:
                    Output.Write(Invocation.Out, [new CompareCsvRow(row.Score, row.Band, row.Explanation.Rule, row.Explanation.QueryName, row.Explanation.CandidateName, weights?.Source)], OutputFormat.Csv);
                    break;
                default:
                    WriteTable(row, thresholds);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(CompareRow row, MatchThresholds thresholds)
    {
        var e = row.Explanation;
        Invocation.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"score {Output.Paint($"{row.Score:0.000}: {row.Band}", row.Band)} (alert at {thresholds.Alert:0.00}, review at {thresholds.Review:0.00})"));
        Invocation.Out.WriteLine(row.Weights is { } w
            ? string.Create(CultureInfo.InvariantCulture, $"words weighed by {w.Source} ({w.Entries:N0} entries, {w.Names:N0} names), as screen and a sync weigh them")
            : "words weighed alike (no list): --source ID weighs them by a stored list, as screen and a sync do");
        Invocation.Out.WriteLine(ExplanationView.RuleLine(e));
        ExplanationView.WriteTokens(Invocation.Out, e, "FIRST", "SECOND");
        if (row.Band != "alert")
        {
            var (band, at) = row.Band == "review" ? ("alert", thresholds.Alert) : ("review", thresholds.Review);
            Invocation.Out.WriteLine("why not " + band + ": " + ExplanationView.Reason(e, row.Score, band, at));
        }
    }

    /// <summary>The result of <c>compare</c> (field names are the JSON contract: score, band, explanation).</summary>
    /// <remarks><c>weights</c> (issue 18): the list whose word statistics weighed the words (<c>--source</c>), null when they weighed alike.</remarks>
    private sealed record CompareRow(double Score, string Band, MatchExplanation Explanation, Weights? Weights);

    /// <summary>The list the words were weighed by: its id, entries and names.</summary>
    private sealed record Weights(string Source, int Entries, int Names);

    private sealed record CompareCsvRow(double Score, string Band, string Rule, string QueryName, string CandidateName, string? Weights);
}
