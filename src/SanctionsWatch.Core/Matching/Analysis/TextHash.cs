using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace SanctionsWatch.Matching;

/// <summary>
/// 64-bit XxHash3 of texts, joined ones made on the stack rather than as strings: an index keeps a million names'
/// keys as these hashes. Equal texts, equal hashes; unequal texts collide with negligible odds (about n² / 2⁶⁵).
/// </summary>
internal static class TextHash
{
    public static ulong Of(ReadOnlySpan<char> text) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text));

    /// <summary>
    /// The hash of the texts <paramref name="select"/> gives for <paramref name="items"/> (nulls left out), joined by
    /// <paramref name="separator"/>: equal to <see cref="Of"/> of the joined string.
    /// </summary>
    public static ulong Joined<T>(ReadOnlySpan<T> items, Func<T, string?> select, string separator)
    {
        var length = 0;
        foreach (var item in items)
            length += (select(item)?.Length + separator.Length) ?? 0;
        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        var at = 0;
        var first = true;
        foreach (var item in items)
        {
            var text = select(item);
            if (text is null)
                continue;
            if (!first)
            {
                separator.CopyTo(buffer[at..]);
                at += separator.Length;
            }

            first = false;
            text.CopyTo(buffer[at..]);
            at += text.Length;
        }

        var hash = Of(buffer[..at]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return hash;
    }
}
