using System.Globalization;
using System.Text;

namespace SanctionsWatch.Sources;

/// <summary>Text helpers the list readers share: whitespace collapsed, ISO dates read leniently.</summary>
public static class ReaderText
{
    /// <summary>The text with runs of whitespace (line breaks included) collapsed to one space, or null when blank.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
                sb.Append(' ');
            sb.Append(c);
            space = false;
        }

        return sb.ToString();
    }

    /// <summary>The parts that are not blank, cleaned, joined by <paramref name="separator"/>; null when none is left.</summary>
    public static string? Join(string separator, params string?[] parts)
    {
        var kept = parts.Select(Clean).OfType<string>().ToArray();
        return kept.Length == 0 ? null : string.Join(separator, kept);
    }

    /// <summary>A date written <c>yyyy-MM-dd</c> at the start of the text (a time or zone after it is ignored).</summary>
    public static DateOnly? IsoDate(string? text)
    {
        text = text?.Trim();
        if (text is null || text.Length < 10)
            return null;
        return DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>A date in one of <paramref name="formats"/>, or null.</summary>
    public static DateOnly? Date(string? text, params string[] formats)
    {
        text = text?.Trim();
        return !string.IsNullOrEmpty(text)
            && DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
    }

    /// <summary>A publication date as a time: midnight UTC of that day, or null.</summary>
    public static DateTimeOffset? Midnight(DateOnly? date) =>
        date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>A timestamp (ISO 8601, with or without zone: UTC assumed), or null.</summary>
    public static DateTimeOffset? Timestamp(string? text) =>
        DateTimeOffset.TryParse(
            text?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;

    /// <summary>
    /// A name as part of an id: lower case, accents removed, each run of other characters one <c>-</c>
    /// ("Kurganmashzavod, PJSC" → <c>kurganmashzavod-pjsc</c>).
    /// </summary>
    public static string IdKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (dash && sb.Length > 0)
                    sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
