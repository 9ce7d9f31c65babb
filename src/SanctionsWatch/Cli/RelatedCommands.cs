using System.CommandLine;
using SanctionsWatch.App;
using SanctionsWatch.Model;
using SanctionsWatch.Sync;

namespace SanctionsWatch.Cli;

/// <summary><c>related ENTITY-ID</c>: the known network of a watched entity, from the lists as stored now.</summary>
internal static class RelatedCommands
{
    public static Command Related()
    {
        var id = new Argument<string>("entity-id") { Description = "The watchlist entity id (see 'watchlist')" };
        var source = new Option<string?>("--source") { Description = "Only this source" };
        var depth = new Option<int?>("--depth") { Description = $"Links a path may have, 1 to {RelatedSettings.MaxDepth} (default: Related:Depth)" };
        var command = new Command(
            "related",
            "The known network of a watched entity, from the stored lists: its own entries (self), then every listed entry " +
            "tied to it by links — below it (subsidiaries, fronts, owned or directed parties) or above it (parents, owners, " +
            "directors, the parties it is linked to) — with the list, the path and since when the entry's link has been " +
            "listed, and the related hit that records it (whatever the entity's related mode, off included)")
        {
            id, source, depth,
        };
        CommandRunner.SetAction(command, (ws, parse) =>
        {
            var entityId = parse.GetValue(id)!;
            var entity = ws.Watchlist.Entities.FirstOrDefault(e => e.Id == entityId)
                ?? throw new UsageException($"'{entityId}' is not an entity of the watchlist {ws.Watchlist.Path} (see 'watchlist')");
            var links = parse.GetValue(depth) ?? ws.Settings.Related.Depth;
            if (links is < 1 or > RelatedSettings.MaxDepth)
                throw new UsageException($"--depth must be from 1 to {RelatedSettings.MaxDepth}, not {links}");
            var rows = RelatedNetwork.Of(ws.Db, ws.Matcher, entity, ws.Settings.Thresholds, links, parse.GetValue(source));
            var format = parse.GetValue(GlobalOptions.Format);
            if (format == OutputFormat.Table)
                Invocation.Out.WriteLine(ListText.Escape(
                    $"{entity.Id} ({entity.Name}), related mode {RelatedModes.Format(ws.Settings.Related.ModeOf(entity))}, up to {links} links: " +
                    $"{rows.Count(r => r.Relation == "self")} own entries, {rows.Count(r => r.Relation == RelatedPath.Below)} below, " +
                    $"{rows.Count(r => r.Relation == RelatedPath.Above)} above"));
            Output.Write(Invocation.Out, rows, format);
            if (format == OutputFormat.Table)
                WritePaths(Invocation.Out, rows.Where(r => r.Path is not null).Select(r => ($"{r.Source} {r.EntryId}", r.Path!)));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A table cuts long cells: the paths in full below it, one line each.</summary>
    internal static void WritePaths(TextWriter writer, IEnumerable<(string Label, string Path)> paths)
    {
        var list = paths.ToList();
        if (list.Count == 0)
            return;
        writer.WriteLine("paths:");
        foreach (var (label, path) in list)
            writer.WriteLine($"  {ListText.Escape(label)}: {ListText.Escape(path)}");
    }
}
