using System.Diagnostics;
using System.Text;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sources;

/// <summary>Files built to exhaust the machine, through the real CLI: refused with the reason, quickly, nothing applied.</summary>
public sealed class OversizedInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public OversizedInputTests() => _dir.Write("watchlist.yaml", AlertStore.WatchlistYaml);

    private CliProcess.Result Sync(string source, string file) =>
        CliProcess.Run(_dir.Path, "sync", "--source", source, "--file", file, "--db", _dir.File("store.db"), "--watchlist", _dir.File("watchlist.yaml"));

    [Theory]
    [InlineData("ofac-sdn", "sdnList", "sdnEntry")]
    [InlineData("un-sc", "CONSOLIDATED_LIST", "INDIVIDUAL")]
    [InlineData("eu-fsf", "export", "sanctionEntity")]
    public void XML_nested_200000_levels_deep_is_refused_in_seconds(string source, string root, string record)
    {
        var path = _dir.File($"{source}-deep.xml");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write($"<?xml version=\"1.0\"?><{root}><{record}>");
            for (var i = 0; i < 200_000; i++)
                writer.Write("<a>");
            for (var i = 0; i < 200_000; i++)
                writer.Write("</a>");
            writer.Write($"</{record}></{root}>");
        }

        var watch = Stopwatch.StartNew();
        var result = Sync(source, path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nest deeper than 64 levels", result.Err, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed.TotalSeconds:0} s");
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("csv")]
    public void A_100_MB_name_is_refused_with_the_reason(string format)
    {
        var name = new string('A', 100 * 1024 * 1024);
        var path = _dir.File("sdn." + format);
        File.WriteAllText(
            path,
            format == "xml"
                ? OfacXml.File("2025-03-28", [OfacXml.Entry(1, name), .. OfacXml.Filler(10)])
                : OfacCsv.File([OfacCsv.Row(1, name), .. OfacCsv.Filler(10)]));

        var result = Sync("ofac-sdn", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"line \d+: a field of \d+ characters, over the limit of 1048576: refused", result.Err);
        Assert.True(new FileInfo(_dir.File("store.db")).Length < 1024 * 1024);
    }

    public void Dispose() => _dir.Dispose();
}
