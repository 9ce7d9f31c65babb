using System.CommandLine;
using System.Globalization;
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
        var command = new Command(
            "compare",
            "Score two names directly: score, band (alert, review or none by Matching:AlertThreshold / ReviewThreshold) and why")
        {
            first, second, kind,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            PartyTypes.TryParse(parse.GetValue(kind), out var partyType);
            var query = MatchSubject.FromName(parse.GetValue(first)!, partyType);
            var candidate = MatchSubject.FromName(parse.GetValue(second)!, partyType);
            var result = ws.Matcher.Compare(query, candidate);
            var thresholds = ws.Settings.Thresholds;
            var row = new CompareRow(
                Math.Round(result.Score, 4), thresholds.BandOf(result.Score).ToString().ToLowerInvariant(), result.Explanation);
            switch (parse.GetValue(GlobalOptions.Format))
            {
                case OutputFormat.Json:
                    Output.WriteJson(Console.Out, row);
                    break;
                case OutputFormat.Csv:
                    Output.Write(Console.Out, [new CompareCsvRow(row.Score, row.Band, row.Explanation.Rule, row.Explanation.QueryName, row.Explanation.CandidateName)], OutputFormat.Csv);
                    break;
                default:
                    WriteTable(row, thresholds);
                    break;
            }

            return CommandRunner.Ok;
        });
        return command;
    }

    private static void WriteTable(CompareRow row, MatchThresholds thresholds)
    {
        var e = row.Explanation;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"score {row.Score:0.000}: {row.Band} (alert at {thresholds.Alert:0.00}, review at {thresholds.Review:0.00})"));
        Console.WriteLine($"rule {e.Rule}: \"{Output.Escape(e.QueryName)}\" vs \"{Output.Escape(e.CandidateName)}\"");
        if (e.Tokens.Count > 0)
        {
            Console.WriteLine($"    {"FIRST",-28} {"SECOND",-28} SIMILARITY  WEIGHT");
            foreach (var t in e.Tokens)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"    {Output.Escape(t.QueryToken ?? "-"),-28} {Output.Escape(t.CandidateToken ?? "-"),-28} {t.Similarity,10:0.00}  {t.Weight,6:0.00}"));
            }
        }

        foreach (var note in e.Notes)
            Console.WriteLine("  " + Output.Escape(note));
    }

    /// <summary>The result of <c>compare</c> (field names are the JSON contract: score, band, explanation).</summary>
    private sealed record CompareRow(double Score, string Band, MatchExplanation Explanation);

    private sealed record CompareCsvRow(double Score, string Band, string Rule, string QueryName, string CandidateName);
}
