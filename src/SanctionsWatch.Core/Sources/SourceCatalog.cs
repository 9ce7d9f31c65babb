using SanctionsWatch.Sources.Au;
using SanctionsWatch.Sources.Ca;
using SanctionsWatch.Sources.Ch;
using SanctionsWatch.Sources.Eu;
using SanctionsWatch.Sources.Ofac;
using SanctionsWatch.Sources.OpenSanctions;
using SanctionsWatch.Sources.Uk;
using SanctionsWatch.Sources.Un;
using SanctionsWatch.Sources.UsCsl;

namespace SanctionsWatch.Sources;

/// <summary>
/// The sources a SanctionsWatch knows, by id (the ids are part of the CLI contract), and their readers: the product's
/// are <see cref="Default"/>; a test (or an embedding program) can add its own with <see cref="With"/> and hand the
/// catalogue to the workspace or the worker.
/// </summary>
public sealed class SourceCatalog
{
    private readonly Dictionary<string, IListReader> _readers;

    private SourceCatalog(Dictionary<string, IListReader> readers) => _readers = readers;

    /// <summary>The lists SanctionsWatch reads.</summary>
    public static SourceCatalog Default { get; } = new(new Dictionary<string, IListReader>(StringComparer.Ordinal)
    {
        ["ofac-sdn"] = new OfacReader(),
        ["ofac-cons"] = new OfacReader(),
        ["un-sc"] = new UnReader(),
        ["ca-sema"] = new CaReader(),
        ["eu-fsf"] = new EuReader(),
        ["uk-fcdo"] = new UkReader(),
        ["ch-seco"] = new ChReader(),
        ["au-dfat"] = new AuDfatReader(),
        ["opensanctions"] = new OpenSanctionsReader(),
        ["us-csl"] = new UsCslReader(),
    });

    public IReadOnlyCollection<string> Ids => _readers.Keys;

    /// <summary>This catalogue and one more source (or another reader for a known one).</summary>
    public SourceCatalog With(string sourceId, IListReader reader) =>
        new(new Dictionary<string, IListReader>(_readers, StringComparer.Ordinal) { [sourceId] = reader });

    public bool TryGetReader(string sourceId, out IListReader reader) =>
        _readers.TryGetValue(sourceId, out reader!);

    /// <summary>
    /// The reader of a source as configured: <paramref name="lists"/> (<c>Sources:&lt;id&gt;:Lists</c>) are the lists to
    /// keep of a source that publishes several in one file (<c>us-csl</c>); none for the default. Throws
    /// <see cref="ArgumentException"/> for an unknown source or list, or lists given to a source without any.
    /// </summary>
    public IListReader ReaderFor(string sourceId, IReadOnlyList<string> lists) =>
        lists.Count == 0 ? ReaderFor(sourceId)
        : sourceId == "us-csl" ? new UsCslReader(UsCslChoice.Parse(lists))
        : throw new ArgumentException($"only us-csl has lists to choose, not {sourceId}", nameof(lists));

    public IListReader ReaderFor(string sourceId) =>
        TryGetReader(sourceId, out var reader)
            ? reader
            : throw new ArgumentException(
                $"unknown source '{sourceId}'; known sources: {string.Join(", ", Ids)}", nameof(sourceId));
}
