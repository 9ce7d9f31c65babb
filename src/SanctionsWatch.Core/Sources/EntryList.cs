using SanctionsWatch.Model;

namespace SanctionsWatch.Sources;

/// <summary>The entries of one file in file order; a second entry with the same id is refused, saying where.</summary>
public sealed class EntryList(string file)
{
    private readonly List<ListEntry> _entries = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<ListEntry> Entries => _entries;

    public void Add(ListEntry entry, int line)
    {
        if (!_ids.Add(entry.EntryId))
            throw new ListFormatException($"{file} line {line}: duplicate id {entry.EntryId}");
        _entries.Add(entry);
    }

    /// <summary>The entries, refusing a file that holds none.</summary>
    public IReadOnlyList<ListEntry> NonEmpty(string what) =>
        _entries.Count > 0 ? _entries : throw new ListFormatException($"{file}: the file holds no {what}");
}
