namespace SanctionsWatch.Model;

/// <summary>
/// What a reader made of one list file: its entries and what it could tell about the file itself.
/// </summary>
/// <param name="Entries">The entries, in file order, ids unique.</param>
/// <param name="Complete">
/// True when the file carries the end marker its publisher always writes (OFAC's CSV ends with 0x1A), false when
/// that marker is missing (probably cut short), null when the format has no such marker.
/// </param>
/// <param name="Format">The format the reader recognised, e.g. <c>ofac-csv</c>, <c>ofac-xml</c>.</param>
/// <param name="PublishedAt">The publication date the file states, if any.</param>
public sealed record ListFile(
    IReadOnlyList<ListEntry> Entries,
    bool? Complete,
    string Format,
    DateTimeOffset? PublishedAt = null)
{
    /// <summary>
    /// How the reader that made this file reads an entry stored from an earlier read, where it now reads some records
    /// differently (Canada's Cyrillic aliases side by side with a slash, once one name, are now each a name): the stored
    /// entry as this reader would have read the same record. A diff compares the stored entry read so with the new one,
    /// so that a change in the reader is no change in the list. Null: the reader reads every record as it always did.
    /// </summary>
    public Func<ListEntry, ListEntry>? Reread { get; init; }
}

/// <summary>A file that could not be read as the list it should be. The message says what and where.</summary>
public sealed class ListFormatException(string message, Exception? inner = null) : Exception(message, inner);
