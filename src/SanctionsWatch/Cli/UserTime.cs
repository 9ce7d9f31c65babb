using System.Globalization;
using System.Text.RegularExpressions;
using SanctionsWatch.App;
using SanctionsWatch.Model;

namespace SanctionsWatch.Cli;

/// <summary>
/// A time as a person gives one, wherever a date is accepted (<c>--since</c>, <c>--until</c>, <c>--as-of</c>): an ISO
/// 8601 date or date-time (UTC unless an offset is given), or relative to now: <c>now</c>, <c>today</c> and
/// <c>yesterday</c> (midnight UTC), or an amount of time ago: <c>30m</c>, <c>24h</c>, <c>7d</c>, <c>2w</c> (also
/// <c>7 days</c>, <c>24 hours</c>).
/// </summary>
internal static partial class UserTime
{
    public const string Accepted = "a date (2022-06-28), a date-time (2022-06-28T18:55Z) or relative: 7d, 24h, 30m, 2w, today, yesterday, now";

    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().ToLowerInvariant();
        var midnight = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        switch (trimmed)
        {
            case "now":
                value = now;
                return true;
            case "today":
                value = midnight;
                return true;
            case "yesterday":
                value = midnight.AddDays(-1);
                return true;
        }

        if (Ago().Match(trimmed) is { Success: true } m
            && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100_000)
        {
            var unit = m.Groups["unit"].Value;
            value = now - (unit[0] switch
            {
                'm' => TimeSpan.FromMinutes(n),
                'h' => TimeSpan.FromHours(n),
                'd' => TimeSpan.FromDays(n),
                _ => TimeSpan.FromDays(7 * n),
            });
            return true;
        }

        return Iso.TryParseUser(text, out value);
    }

    /// <summary>The time as stored (ISO 8601 UTC), or a usage error naming the option.</summary>
    public static string? Parse(string? text, string option, DateTimeOffset now) =>
        text is null ? null
        : TryParse(text, now, out var value) ? Iso.Format(value)
        : throw new UsageException($"{option}: '{text}' is not {Accepted}");

    [GeneratedRegex(@"^(?<n>\d+)\s*(?<unit>m|min|mins|minutes?|h|hours?|d|days?|w|weeks?)( ago)?$")]
    private static partial Regex Ago();
}
