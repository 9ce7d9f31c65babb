using System.Globalization;
using System.Text;
using System.Text.Json;
using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.OpenSanctions;

/// <summary>
/// Reads FollowTheMoney JSON lines (<c>entities.ftm.json</c>): one entity per line, <c>{id, schema, caption,
/// properties{…}}</c>; entities of party schemas become entries, <c>Ownership</c>, <c>Directorship</c> and
/// <c>UnknownLink</c> entities become links (<see cref="OpenSanctionsLinks"/>), the others (Sanction, Address, …) are
/// skipped. Each line is parsed on its own (<see cref="JsonDocument"/>), so memory is bounded by the longest line.
/// </summary>
internal static class OpenSanctionsJsonReader
{
    public const string FormatName = "opensanctions-ftm";
    public const string DeltaFormatName = "opensanctions-ftm-delta";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static ListFile Read(string path, string sourceId, bool deltaAsEntries, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        var entries = new List<ListEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var relations = new List<OpenSanctionsLinks.Relation>();
        bool? delta = null;
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line))
                continue;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line, Options);
            }
            catch (JsonException ex)
            {
                var what = reader.EndOfStream ? "the last line is cut short" : "not a JSON object";
                throw new ListFormatException($"{file} line {lineNumber}: {what}: {ex.Message}", ex);
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                    throw new ListFormatException($"{file} line {lineNumber}: expected a JSON object per line");
                var isDelta = root.TryGetProperty("op", out var op);
                if (delta is null)
                {
                    delta = isDelta;
                    if (isDelta && !deltaAsEntries)
                    {
                        throw new ListFormatException(
                            $"{file}: an OpenSanctions delta file (ADD/MOD/DEL operations), not a snapshot of the list: " +
                            "applied as a snapshot it would delist every entity it does not mention; use entities.ftm.json or targets.simple.csv");
                    }
                }
                else if (delta != isDelta)
                {
                    throw new ListFormatException($"{file} line {lineNumber}: delta operations mixed with plain entities");
                }

                var entity = root;
                if (isDelta)
                {
                    var operation = op.ValueKind == JsonValueKind.String ? op.GetString() : null;
                    if (operation is "DEL")
                        continue; // a deletion names an entity that is no longer listed: nothing to read
                    if (operation is not ("ADD" or "MOD") || !root.TryGetProperty("entity", out entity))
                        throw new ListFormatException($"{file} line {lineNumber}: unknown delta operation '{operation}'");
                }

                if (OpenSanctionsLinks.RelationOf(entity) is { } relation)
                {
                    relations.Add(relation);
                    continue;
                }

                var entry = Entry(entity, sourceId, file, lineNumber);
                if (entry is null)
                    continue;
                if (!ids.Add(entry.EntryId))
                    throw new ListFormatException($"{file} line {lineNumber}: duplicate id {entry.EntryId}");
                entries.Add(entry);
            }
        }

        if (entries.Count == 0)
            throw new ListFormatException($"{file}: the file holds no party entities (Person, Company, Organization, LegalEntity, Vessel, Airplane)");
        if (relations.Count > 0)
            entries = OpenSanctionsLinks.Attach(entries, relations);
        return new ListFile(entries, null, delta == true ? DeltaFormatName : FormatName);
    }

    private static ListEntry? Entry(JsonElement entity, string sourceId, string file, int line)
    {
        var id = String(entity, "id") ?? throw new ListFormatException($"{file} line {line}: an entity without an id");
        var partyType = OpenSanctionsSchemas.PartyTypeOf(String(entity, "schema"));
        if (partyType is null)
            return null;
        if (!entity.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            throw new ListFormatException($"{file} line {line}: entity {id} has no properties");

        var names = new List<EntryName>();
        var caption = String(entity, "caption");
        var nameValues = Values(properties, "name");
        var primary = caption is not null && (nameValues.Count == 0 || nameValues.Contains(caption)) ? caption : nameValues.FirstOrDefault() ?? caption;
        if (primary is null)
            throw new ListFormatException($"{file} line {line}: entity {id} has no name");
        names.Add(new EntryName(primary, NameType.Primary));
        names.AddRange(nameValues.Where(n => n != primary).Select(n => new EntryName(n, NameType.Alias)));
        names.AddRange(Values(properties, "alias").Select(n => new EntryName(n, NameType.Alias)));
        names.AddRange(Values(properties, "weakAlias").Select(n => new EntryName(n, NameType.WeakAlias)));
        names.AddRange(Values(properties, "previousName").Select(n => new EntryName(n, NameType.FormerName)));

        var countries = new List<string>();
        foreach (var key in (string[])["country", "jurisdiction", "nationality", "citizenship", "mainCountry"])
            countries.AddRange(Values(properties, key));
        var russian = countries.Contains("ru");

        var identifiers = new List<EntryIdentifier>();
        foreach (var property in properties.EnumerateObject())
        {
            var type = OpenSanctionsIdentifiers.TypeOf(property.Name);
            if (type is null)
                continue;
            identifiers.AddRange(Values(properties, property.Name).Select(v => OpenSanctionsIdentifiers.Typed(type, v, russian)));
        }

        var programmes = Values(properties, "programId");
        programmes.AddRange(Values(properties, "program"));
        if (programmes.Count == 0)
            programmes.AddRange(Values(properties, "topics"));
        var remarks = Values(properties, "notes");
        remarks.AddRange(Values(properties, "summary"));

        return new ListEntry
        {
            Source = sourceId,
            EntryId = id,
            PartyType = partyType.Value,
            Names = names.Distinct().ToArray(),
            Programmes = programmes.Distinct(StringComparer.Ordinal).ToArray(),
            Identifiers = identifiers.Distinct().ToArray(),
            Addresses = Values(properties, "address").Distinct(StringComparer.Ordinal).ToArray(),
            Countries = countries.Distinct(StringComparer.Ordinal).ToArray(),
            ListedOn = Values(properties, "createdAt").Select(DateOf).Where(d => d is not null).Min(),
            Remarks = remarks.Count == 0 ? null : string.Join("\n", remarks.Distinct(StringComparer.Ordinal)),
            Link = OpenSanctionsReader.LinkOf(id),
            Links = remarks.Distinct(StringComparer.Ordinal).SelectMany(n => RemarkLinks.Parse(n, partyType.Value)).Distinct().Take(RemarkLinks.MaxLinks).ToArray(),
        };
    }

    /// <summary>A date written <c>yyyy-MM-dd</c> (or longer: the first ten characters); partial dates give null.</summary>
    private static DateOnly? DateOf(string text) =>
        text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    internal static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s.Trim()
            : null;

    /// <summary>The trimmed non-empty string values of a property (FtM properties are arrays of strings).</summary>
    internal static List<string> Values(JsonElement properties, string name)
    {
        var values = new List<string>();
        if (!properties.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
            return values;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString()?.Trim() is { Length: > 0 } s && !values.Contains(s))
                values.Add(s);
        }

        return values;
    }
}
