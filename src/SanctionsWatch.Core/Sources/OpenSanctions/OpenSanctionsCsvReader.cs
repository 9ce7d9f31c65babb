using nietras.SeparatedValues;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.OpenSanctions;

/// <summary>
/// Reads <c>targets.simple.csv</c> (header <c>id, schema, name, aliases, birth_date, countries, addresses, identifiers,
/// sanctions, phones, emails, [program_ids,] dataset, first_seen, last_seen, last_change</c>; lists inside a cell are
/// <c>;</c>-joined), streaming with Sep.
/// </summary>
internal static class OpenSanctionsCsvReader
{
    public const string FormatName = "opensanctions-csv";

    private static readonly string[] Required = ["id", "schema", "name", "aliases", "countries", "identifiers"];

    public static ListFile Read(string path, string sourceId, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        var entries = new List<ListEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
            var header = reader.Header.ColNames;
            var missing = Required.Where(r => !header.Contains(r)).ToArray();
            if (missing.Length > 0)
            {
                throw new ListFormatException(
                    $"{file}: not an OpenSanctions targets.simple.csv: the header lacks {string.Join(", ", missing)}" +
                    $" (found {string.Join(", ", header.Take(16))})");
            }

            int Col(string name) => header.Contains(name) ? reader.Header.IndexOf(name) : -1;
            var (id, schema, name, aliases, countries, identifiers) =
                (Col("id"), Col("schema"), Col("name"), Col("aliases"), Col("countries"), Col("identifiers"));
            var (addresses, sanctions, programmes, birthDate) =
                (Col("addresses"), Col("sanctions"), Col("program_ids"), Col("birth_date"));
            foreach (var row in reader)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var line = row.LineNumberFrom;
                var entryId = row[id].Span.Trim().ToString();
                if (entryId.Length == 0)
                    throw new ListFormatException($"{file} line {line}: a row without an id");
                var partyType = OpenSanctionsSchemas.PartyTypeOf(row[schema].ToString());
                if (partyType is null)
                    continue;
                if (!ids.Add(entryId))
                    throw new ListFormatException($"{file} line {line}: duplicate id {entryId}");
                var primary = row[name].Span.Trim().ToString();
                if (primary.Length == 0)
                    throw new ListFormatException($"{file} line {line}: entity {entryId} has no name");

                var names = new List<EntryName> { new(primary, NameType.Primary) };
                names.AddRange(Split(row[aliases].Span).Select(a => new EntryName(a, NameType.Alias)));
                var countryList = Split(row[countries].Span);
                var russian = countryList.Contains("ru");
                entries.Add(new ListEntry
                {
                    Source = sourceId,
                    EntryId = entryId,
                    PartyType = partyType.Value,
                    Names = names.Distinct().ToArray(),
                    Programmes = programmes < 0 ? [] : Split(row[programmes].Span),
                    Identifiers = Split(row[identifiers].Span)
                        .Select(v => OpenSanctionsIdentifiers.Guess(v, russian)).Distinct().ToArray(),
                    Addresses = addresses < 0 ? [] : Split(row[addresses].Span),
                    Countries = countryList,
                    Remarks = Remarks(birthDate < 0 ? default : row[birthDate].Span, sanctions < 0 ? default : row[sanctions].Span),
                    Link = OpenSanctionsReader.LinkOf(entryId),
                });
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ListFormatException($"{file}: not a well-formed CSV (cut short?): {ex.Message}", ex);
        }

        if (entries.Count == 0)
            throw new ListFormatException($"{file}: the file holds no entries");
        return new ListFile(entries, null, FormatName);
    }

    /// <summary>The distinct non-empty items of a <c>;</c>-joined cell.</summary>
    private static string[] Split(ReadOnlySpan<char> cell)
    {
        cell = cell.Trim();
        if (cell.IsEmpty)
            return [];
        var items = new List<string>();
        foreach (var range in cell.Split(';'))
        {
            var item = cell[range].Trim();
            if (!item.IsEmpty && !items.Contains(item.ToString()))
                items.Add(item.ToString());
        }

        return items.ToArray();
    }

    /// <summary>The birth date and the sanction texts (each quoted, <c>;</c>-joined; <c>""</c> when none).</summary>
    private static string? Remarks(ReadOnlySpan<char> birthDate, ReadOnlySpan<char> sanctions)
    {
        var parts = new List<string>();
        if (!birthDate.Trim().IsEmpty)
            parts.Add("Born " + birthDate.Trim().ToString());
        var text = sanctions.Trim().ToString();
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
            text = text[1..^1];
        foreach (var item in text.Split("\";\"", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            parts.Add(item);
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }
}
