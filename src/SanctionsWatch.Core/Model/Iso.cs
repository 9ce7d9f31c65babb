using System.Globalization;

namespace SanctionsWatch.Model;

/// <summary>Dates as SanctionsWatch stores and prints them: ISO 8601, UTC, to the second.</summary>
public static class Iso
{
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Parses a user-supplied time: a date (midnight UTC) or a date-time (UTC unless an offset is given).</summary>
    public static bool TryParseUser(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
