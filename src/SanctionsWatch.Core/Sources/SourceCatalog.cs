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

/// <summary>The sources SanctionsWatch knows, by id (the ids are part of the CLI contract), and their readers.</summary>
public static class SourceCatalog
{
    private static readonly Dictionary<string, IListReader> Readers = new(StringComparer.Ordinal)
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
    };

    public static IReadOnlyCollection<string> Ids => Readers.Keys;

    public static bool TryGetReader(string sourceId, out IListReader reader) =>
        Readers.TryGetValue(sourceId, out reader!);

    public static IListReader ReaderFor(string sourceId) =>
        TryGetReader(sourceId, out var reader)
            ? reader
            : throw new ArgumentException(
                $"unknown source '{sourceId}'; known sources: {string.Join(", ", Ids)}", nameof(sourceId));
}
