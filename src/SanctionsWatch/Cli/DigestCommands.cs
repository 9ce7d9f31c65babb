using System.CommandLine;
using SanctionsWatch.App;
using SanctionsWatch.Model;
using SanctionsWatch.Storage;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Cli;

/// <summary>
/// <c>digest</c>: what a period brought, to read once a day or a week: the watched entries newly listed, changed
/// materially or delisted, then list-wide counts per source (the same digest the worker sends on a schedule).
/// </summary>
internal static class DigestCommands
{
    public static Command Digest()
    {
        var since = new Option<string>("--since")
        {
            Description = "From this date or date-time (UTC), inclusive; or relative: 7d, 24h, today, yesterday (default 7d)",
            DefaultValueFactory = _ => "7d",
        };
        var until = new Option<string?>("--until") { Description = "Before this date or date-time (UTC); or relative (default now)" };
        var recorded = new Option<bool>("--recorded")
        {
            Description = "The period by when SanctionsWatch recorded each list (as the scheduled digest), not by the lists' own time",
        };
        var command = new Command(
            "digest",
            "What a period brought: watched entries newly listed, changed materially or delisted, then counts per source")
        {
            since, until, recorded,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var now = ws.Time.GetUtcNow();
            var from = Iso.Parse(UserTime.Parse(parse.GetValue(since), "--since", now)!);
            var to = parse.GetValue(until) is { } u ? Iso.Parse(UserTime.Parse(u, "--until", now)!) : now;
            if (to <= from)
                throw new UsageException($"--until ({Iso.Format(to)}) must be after --since ({Iso.Format(from)})");
            var digest = Storage.Digest.Build(
                ws.Db, from, to, parse.GetValue(recorded) ? Storage.Digest.RecordedTime : Storage.Digest.ListTime, EntityNames(ws));
            switch (parse.GetValue(GlobalOptions.Format))
            {
                case OutputFormat.Json:
                    Output.WriteJson(Invocation.Out, digest);
                    break;
                case OutputFormat.Csv:
                    Output.Write(Invocation.Out, Rows(digest), OutputFormat.Csv);
                    break;
                default:
                    Invocation.Out.WriteLine(ListText.Escape(digest.Title));
                    Invocation.Out.WriteLine();
                    Output.Section(Invocation.Out, $"Newly listed: {digest.Listed.Count}", Rows(digest.Listed, "listed"));
                    Output.Section(Invocation.Out, $"Changed materially: {digest.Changed.Count}", Rows(digest.Changed, "changed"));
                    Output.Section(Invocation.Out, $"Delisted: {digest.Delisted.Count}", Rows(digest.Delisted, "delisted"));
                    Output.Section(Invocation.Out, "Every list in the period", digest.Sources);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The watchlist's names by id (none when the watchlist cannot be read: ids still say who).</summary>
    internal static Func<string, string?> EntityNames(Workspace ws)
    {
        Dictionary<string, string> names;
        try
        {
            names = ws.Watchlist.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is WatchlistException or IOException)
        {
            names = [];
        }

        return id => names.GetValueOrDefault(id);
    }

    private static List<DigestRow> Rows(Storage.Digest digest) =>
        [.. Rows(digest.Listed, "listed"), .. Rows(digest.Changed, "changed"), .. Rows(digest.Delisted, "delisted")];

    private static List<DigestRow> Rows(IReadOnlyList<DigestItem> items, string what) =>
        [.. items.Select(i => new DigestRow(what, i.SnapshotAt, i.WatchlistId, i.EntityName, i.Source, i.EntryId, i.Name, i.HitId, i.HitStatus, i.ChangeId, i.Diff))];

    /// <summary>One watched entry's news as a table or CSV row.</summary>
    private sealed record DigestRow(
        string What, string SnapshotAt, string WatchlistId, string? EntityName, string Source, string EntryId, string EntryName,
        long HitId, string HitStatus, long ChangeId, string? Diff);
}
