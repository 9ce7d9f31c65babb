using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutNoLinks } },
    };

    public static string ToJson(ListEntry entry) => JsonSerializer.Serialize(entry, Json);

    /// <summary>An entry without links is written without a <c>links</c> key, as it was before links were read.</summary>
    private static void LeaveOutNoLinks(JsonTypeInfo info)
    {
        if (info.Type != typeof(ListEntry))
            return;
        foreach (var property in info.Properties)
        {
            if (property.Name == "links")
                property.ShouldSerialize = (_, value) => value is IReadOnlyCollection<EntryLink> { Count: > 0 };
        }
    }

    public static ListEntry FromJson(string json) =>
        JsonSerializer.Deserialize<ListEntry>(json, Json) ?? throw new InvalidDataException("null entry JSON");

    /// <summary>
    /// The content hash of an entry (XxHash128, hex): equal for entries with equal content in every field. Computed
    /// by walking the fields, so an unchanged entry is never serialised.
    /// </summary>
    public static string Hash(ListEntry entry)
    {
        var h = new XxHash128();
        void Text(string? value)
        {
            if (value is null)
            {
                h.Append([0xFF]);
                return;
            }

            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(length, value.Length);
            h.Append(length);
            h.Append(MemoryMarshal.AsBytes(value.AsSpan()));
        }

        void Count(int n) => Text(n.ToString(CultureInfo.InvariantCulture));

        Text(entry.Source);
        Text(entry.EntryId);
        Count((int)entry.PartyType);
        Count(entry.Names.Count);
        foreach (var name in entry.Names)
        {
            Text(name.Text);
            Count((int)name.Type);
        }

        Count(entry.Programmes.Count);
        foreach (var programme in entry.Programmes)
            Text(programme);
        Count(entry.Identifiers.Count);
        foreach (var id in entry.Identifiers)
        {
            Text(id.Type);
            Text(id.Value);
            Text(id.Country);
        }

        Count(entry.Addresses.Count);
        foreach (var address in entry.Addresses)
            Text(address);
        Count(entry.Countries.Count);
        foreach (var country in entry.Countries)
            Text(country);
        Text(entry.ListedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text(entry.Remarks);
        Text(entry.Link);
        if (entry.SubList is not null || entry.Citation is not null)
        {
            // Only where they are set: an entry without them keeps the hash it had before these fields existed.
            Text(entry.SubList);
            Text(entry.Citation);
        }

        if (entry.Links.Count > 0)
        {
            // Likewise: an entry without links keeps the hash it had before links were read.
            Text("links");
            Count(entry.Links.Count);
            foreach (var link in entry.Links)
            {
                Count((int)link.Type);
                Text(link.Name);
                Text(link.EntryId);
            }
        }

        return Convert.ToHexStringLower(h.GetCurrentHash());
    }

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
        Check("sub_list", before.SubList, after.SubList, string.Equals);
        Check("citation", before.Citation, after.Citation, string.Equals);
        Check("links", before.Links, after.Links, Same);
        return changed;
    }

    /// <summary>Whether a change touches what identifies a party: names, identifiers, programmes or party type.</summary>
    public static bool IsMaterial(IEnumerable<string> changedFields) =>
        changedFields.Any(f => f is "names" or "identifiers" or "programmes" or "party_type");
}
