using nietras.SeparatedValues;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.UsCsl;

/// <summary>
/// The columns of the Consolidated Screening List CSV the reader uses, found by name in the header (the file's other
/// columns are ignored); a header without one of them is refused, naming what it lacks.
/// </summary>
internal sealed class UsCslColumns
{
    public static readonly string[] Used =
    [
        "source", "entity_number", "type", "programs", "name", "title", "addresses", "federal_register_notice",
        "start_date", "end_date", "standard_order", "license_requirement", "license_policy", "call_sign", "vessel_type",
        "vessel_flag", "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth",
        "nationalities", "places_of_birth", "ids",
    ];

    private readonly int[] _index;

    private UsCslColumns(int[] index) => _index = index;

    public static UsCslColumns FromHeader(SepReaderHeader header, string file)
    {
        var names = header.ColNames;
        var missing = Used.Where(u => !names.Contains(u)).ToArray();
        if (missing.Length > 0)
        {
            throw new ListFormatException(
                $"{file}: not the Consolidated Screening List CSV: the header lacks {string.Join(", ", missing)}" +
                $" (found {string.Join(", ", names.Take(12))}{(names.Count > 12 ? ", …" : "")})");
        }

        return new UsCslColumns([.. Used.Select(header.IndexOf)]);
    }

    /// <summary>The cell of column <paramref name="name"/> (one of <see cref="Used"/>), whitespace collapsed; null when blank.</summary>
    public string? Cell(SepReader.Row row, string name) => ReaderText.Clean(row[_index[Array.IndexOf(Used, name)]].ToString());
}
