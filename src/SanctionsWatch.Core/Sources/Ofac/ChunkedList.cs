using System.Collections;

namespace SanctionsWatch.Sources.Ofac;

/// <summary>
/// An append-only list kept in chunks below the large-object-heap threshold. Reading a list of 15,000 entries
/// into one array would land on the large object heap, and every few files such allocations force a full GC.
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int ChunkSize = 4096; // 32 KB of references

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _chunks[index / ChunkSize][index % ChunkSize];
        }
    }

    public void Add(T item)
    {
        if (Count % ChunkSize == 0)
            _chunks.Add(new T[ChunkSize]);
        _chunks[^1][Count % ChunkSize] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return _chunks[i / ChunkSize][i % ChunkSize];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
