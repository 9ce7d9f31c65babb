using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Sources;
using SanctionsWatch.Storage;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources;

/// <summary>Fixtures of the list readers, scratch files for broken inputs, and diffs of real versions through the importer.</summary>
public static class ReaderFiles
{
    public static string Fixture(string publisher, string name) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", publisher, name);

    /// <summary>Reads <paramref name="content"/> written to a scratch file and returns the refusal's message.</summary>
    public static string Refusal(IListReader reader, string content, string sourceId, string name = "list.xml")
    {
        using var dir = new TempDir();
        var path = dir.Write(name, content);
        return Assert.Throws<ListFormatException>(() => reader.Read(path, sourceId)).Message;
    }

    /// <summary>The first <paramref name="fraction"/> of a fixture, as a download cut short would leave it.</summary>
    public static string Truncated(string path, double fraction = 0.6)
    {
        var text = File.ReadAllText(path);
        return text[..(int)(text.Length * fraction)];
    }

    public const string HtmlPage =
        "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body>Try later</body></html>\n";

    /// <summary>The changes a second version made, by kind, after importing both through the real importer.</summary>
    public sealed record Diff(SyncOutcome First, SyncOutcome Second, IReadOnlyList<(string Kind, string EntryId, string Name, string? Fields)> Changes)
    {
        public IEnumerable<string> Ids(string kind) => Changes.Where(c => c.Kind == kind).Select(c => c.EntryId);

        public string? FieldsOf(string entryId) => Changes.Single(c => c.EntryId == entryId).Fields;
    }

    public static Diff Import(string source, IListReader reader, string older, string newer)
    {
        using var dir = new TempDir();
        using var db = Database.Open(dir.File("store.db"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        var watchlist = new Watchlist(
            [new WatchlistEntity { Id = "ru-kurganmashzavod", Name = "Kurganmashzavod", Aliases = ["Курганмашзавод"] }],
            "w1",
            "test-watchlist.yaml");
        var importer = new SnapshotImporter(db, new NameMatcher(), watchlist, new SyncSettings(), clock);
        var first = importer.Import(source, reader, older, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var second = importer.Import(source, reader, newer, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var changes = db.Query<(string, string, string, string?)>(
            "SELECT kind, entry_id, name, fields FROM changes WHERE snapshot_id = @id ORDER BY id", new { id = second.SnapshotId });
        SqliteConnection.ClearAllPools();
        return new Diff(first, second, [.. changes]);
    }
}
