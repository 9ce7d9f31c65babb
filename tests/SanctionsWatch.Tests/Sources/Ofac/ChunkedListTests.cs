using SanctionsWatch.Sources.Ofac;

namespace SanctionsWatch.Tests.Sources.Ofac;

public sealed class ChunkedListTests
{
    [Fact]
    public void Keeps_order_and_indexes_across_chunk_boundaries()
    {
        var list = new ChunkedList<int>();
        for (var i = 0; i < 10_000; i++)
            list.Add(i);

        Assert.Equal(10_000, list.Count);
        Assert.Equal(4095, list[4095]);
        Assert.Equal(4096, list[4096]);
        Assert.Equal(9_999, list[^1]);
        Assert.Equal(Enumerable.Range(0, 10_000), list);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[10_000]);
    }
}
