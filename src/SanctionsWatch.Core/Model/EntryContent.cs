using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanctionsWatch.Model;

/// <summary>
/// The canonical JSON form of a <see cref="ListEntry"/> (how it is stored), its content hash (how two versions are
/// compared) and the list of fields in which two versions differ.
/// </summary>
public static class EntryContent
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(ListEntry entry) => JsonSerializer.Serialize(entry, Json);

    public static byte[] ToUtf8Json(ListEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Json);

    public static ListEntry FromJson(string json) =>
        JsonSerializer.Deserialize<ListEntry>(json, Json) ?? throw new InvalidDataException("null entry JSON");

    /// <summary>The sha256 (hex) of the canonical UTF-8 JSON; equal for entries with equal content.</summary>
    public static string Hash(ReadOnlySpan<byte> canonicalUtf8Json) =>
        Convert.ToHexStringLower(SHA256.HashData(canonicalUtf8Json));

    /// <summary>The names of the fields (as in the JSON form) whose values differ between two versions.</summary>
    public static IReadOnlyList<string> ChangedFields(ListEntry before, ListEntry after)
    {
        var changed = new List<string>();
        void Check<T>(string field, T a, T b, Func<T, T, bool> equal)
        {
            if (!equal(a, b))
                changed.Add(field);
        }

        static bool Same<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) => a.SequenceEqual(b);
        Check("party_type", before.PartyType, after.PartyType, (a, b) => a == b);
        Check("names", before.Names, after.Names, Same);
        Check("programmes", before.Programmes, after.Programmes, Same);
        Check("identifiers", before.Identifiers, after.Identifiers, Same);
        Check("addresses", before.Addresses, after.Addresses, Same);
        Check("countries", before.Countries, after.Countries, Same);
        Check("listed_on", before.ListedOn, after.ListedOn, (a, b) => a == b);
        Check("remarks", before.Remarks, after.Remarks, string.Equals);
        Check("link", before.Link, after.Link, string.Equals);
        return changed;
    }

    /// <summary>Whether a change touches what identifies a party: names, identifiers, programmes or party type.</summary>
    public static bool IsMaterial(IEnumerable<string> changedFields) =>
        changedFields.Any(f => f is "names" or "identifiers" or "programmes" or "party_type");
}
