using SanctionsWatch.Model;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Sync;

public sealed class ReplayFilesTests
{
    [Theory]
    [InlineData("sdn_2022-03-04T0203.csv", "2022-03-04T02:03:00Z")]
    [InlineData("sdn_2022-06-28T1855.csv", "2022-06-28T18:55:00Z")]
    [InlineData("consolidated-2026-02.xml", null)]
    [InlineData("un-2025-11-30.xml", "2025-11-30T00:00:00Z")]
    [InlineData("list_2024-05-03_18:43:07.csv", "2024-05-03T18:43:07Z")]
    [InlineData("sdn.csv", null)]
    public void The_time_comes_from_the_iso_date_in_the_name(string name, string? expected)
    {
        var time = ReplayFiles.FromName(name);

        Assert.Equal(expected, time is null ? null : Iso.Format(time.Value));
    }

    [Fact]
    public void Files_and_folders_expand_in_name_order_with_mtime_as_the_fallback()
    {
        using var dir = new TempDir();
        dir.Write("h/sdn_2022-03-04T0203.csv", "x");
        dir.Write("h/sdn_2021-08-18T0939.csv", "x");
        var plain = dir.Write("plain.csv", "x");
        File.SetLastWriteTimeUtc(plain, new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        var files = ReplayFiles.Expand([dir.File("h"), plain]);

        Assert.Equal(["plain.csv", "sdn_2021-08-18T0939.csv", "sdn_2022-03-04T0203.csv"], files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal("2020-01-02T03:04:05Z", Iso.Format(files[0].TakenAt));
        Assert.Throws<FileNotFoundException>(() => ReplayFiles.Expand([dir.File("missing")]));
    }
}
