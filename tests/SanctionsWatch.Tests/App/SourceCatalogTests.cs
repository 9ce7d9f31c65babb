using SanctionsWatch.App;
using SanctionsWatch.Hosting;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.App;

/// <summary>The sources are a catalogue handed to the workspace and the worker: a test adds a fake one.</summary>
public sealed class SourceCatalogTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly ListServer _server = new();

    /// <summary>A publisher of our own: one "id|name" line per entry.</summary>
    private sealed class PipeReader : IListReader
    {
        public ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default) =>
            new(
                [.. File.ReadLines(path).Where(l => l.Contains('|', StringComparison.Ordinal)).Select(l => new ListEntry
                {
                    Source = sourceId,
                    EntryId = l.Split('|')[0],
                    PartyType = PartyType.Organization,
                    Names = [new EntryName(l.Split('|')[1], NameType.Primary)],
                })],
                Complete: true,
                Format: "pipe");
    }

    [Fact]
    public async Task A_source_added_to_the_catalogue_is_downloaded_read_matched_and_scheduled_like_the_products_own()
    {
        _server.Script("list.txt", ListServer.Ok("1|KURGANMASHZAVOD\n2|SOME OTHER FIRM\n3|THIRD FIRM\n"));
        var config = _dir.Write("appsettings.json", $$"""{ "Sources": { "test-pipe": { "Url": "{{_server.Url("list.txt")}}", "Retries": 0 } } }""");
        var watchlist = _dir.Write("watchlist.yaml", "entities:\n  - id: ru-kmz\n    name: Kurganmashzavod\n    kind: organization\n");
        var settings = AppSettings.Load(config, _dir.File("store.db"), watchlist);
        var catalog = SourceCatalog.Default.With("test-pipe", new PipeReader());

        // The product's catalogue does not know it: no reader, nothing downloaded, nothing scheduled.
        using (var plain = new Workspace(settings, TimeProvider.System))
            Assert.Equal(SyncStatus.NoReader, (await SourceSync.RunAsync(plain, settings.Sources["test-pipe"])).Status);
        Assert.Equal(0, _server.RequestsTo("list.txt"));
        Assert.Empty(SchedulePlanner.Plan(settings.Sources.Values, new Dictionary<string, DateTimeOffset>(), DateTimeOffset.UtcNow));

        using var ws = new Workspace(settings, TimeProvider.System) { Sources = catalog };
        var outcome = await SourceSync.RunAsync(ws, settings.Sources["test-pipe"]);
        Assert.Equal((SyncStatus.Accepted, 3), (outcome.Status, outcome.Sync!.EntryCount));
        var alert = Assert.Single(outcome.Sync.Alerts);
        Assert.Equal(("first-seen", "ru-kmz", "1"), (alert.Kind.ToText(), alert.WatchlistId, alert.EntryId));
        Assert.Equal("test-pipe", Assert.Single(SchedulePlanner.Plan(settings.Sources.Values, new Dictionary<string, DateTimeOffset>(), DateTimeOffset.UtcNow, catalog)).SourceId);
    }

    public void Dispose()
    {
        _server.Dispose();
        _dir.Dispose();
    }
}
