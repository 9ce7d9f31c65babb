using System.Globalization;

namespace SanctionsWatch.App;

/// <summary>The readings of configuration text the validator checks and the settings use (one rule each).</summary>
internal static class SettingsMapping
{
    /// <summary>A positive duration: seconds (<c>30</c>, <c>0.3</c>) or a TimeSpan (<c>00:01:30</c>); null for anything else.</summary>
    public static TimeSpan? Duration(string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && !double.IsInfinity(seconds))
            return TimeSpan.FromSeconds(seconds);
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero ? value : null;
    }

    /// <summary><c>daily</c> or <c>weekly</c> (any case, trimmed), or null.</summary>
    public static string? DigestEvery(string text) => text.Trim().ToLowerInvariant() is "daily" or "weekly" ? text.Trim().ToLowerInvariant() : null;

    /// <summary>A time of day <c>hh:mm</c> (UTC), or null.</summary>
    public static TimeSpan? TimeOfDay(string text) =>
        TimeSpan.TryParseExact(text, @"hh\:mm", CultureInfo.InvariantCulture, out var t) && t < TimeSpan.FromDays(1) ? t : null;

    /// <summary>A day of the week by name (<c>monday</c>), not by number, or null.</summary>
    public static DayOfWeek? Day(string text) =>
        Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(text, out _) ? day : null;
}
