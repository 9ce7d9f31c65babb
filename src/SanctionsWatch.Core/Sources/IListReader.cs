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
}
