using SanctionsWatch.Model;

namespace SanctionsWatch.Sources;

/// <summary>Reads one list file of a source into the normalised model.</summary>
public interface IListReader
{
    /// <summary>
    /// Reads the file at <paramref name="path"/> (and the companion files that lie beside it, where the format has
    /// them). Throws <see cref="ListFormatException"/> with a specific reason when the file is not a readable list.
    /// </summary>
    ListFile Read(string path, string sourceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The files a read of <paramref name="path"/> consumes: the file itself and any companion files beside it that
    /// the format reads too. A snapshot's content hash covers them all, so a change in a companion is not "unchanged".
    /// </summary>
    IReadOnlyList<string> InputFiles(string path) => [path];
}
