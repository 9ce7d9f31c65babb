using SanctionsWatch.Model;

namespace SanctionsWatch.Watchlists;

/// <summary>
/// Warnings about a valid watchlist, for <c>watchlist check</c>: identifiers whose check digits are wrong (Russian
/// INN and OGRN/OGRNIP, IMO numbers: a typo there means the decisive identifier match can never fire) and an alias
/// given to two entities (a hit on it cannot tell them apart). Each warning names the line where the value is written.
/// </summary>
public static class WatchlistLint
{
    public static List<WatchlistProblem> Check(Watchlist watchlist, string text)
    {
        var lines = text.Split('\n');
        var warnings = new List<WatchlistProblem>();
        int LineOf(string value, int from = 0)
        {
            for (var i = from; i < lines.Length; i++)
            {
                if (lines[i].Contains(value, StringComparison.Ordinal))
                    return i + 1;
            }

            return 0;
        }

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in watchlist.Entities)
        {
            var at = Math.Max(0, LineOf("id: " + entity.Id) - 1);
            foreach (var (type, value) in entity.Identifiers)
            {
                if (IdentifierProblem(type, value) is { } reason)
                    warnings.Add(new WatchlistProblem(watchlist.Path, LineOf(value, at), $"{entity.Id}: {type} '{value}' {reason}"));
            }

            foreach (var name in entity.AllNames.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (owners.TryGetValue(name, out var other) && other != entity.Id)
                {
                    warnings.Add(new WatchlistProblem(
                        watchlist.Path, LineOf(name, at), $"{entity.Id}: the name '{name}' is also given to '{other}': a hit on it cannot tell them apart"));
                }
                else
                {
                    owners[name] = entity.Id;
                }
            }
        }

        return [.. warnings.OrderBy(w => w.Line)];
    }

    /// <summary>Why an identifier cannot be right (length or check digit), or null when it looks right or has no known rule.</summary>
    public static string? IdentifierProblem(string type, string value)
    {
        var digits = value.Replace(" ", "", StringComparison.Ordinal);
        switch (type)
        {
            case "inn":
                if (!digits.All(char.IsAsciiDigit) || digits.Length is not (10 or 12))
                    return "is not an INN (10 digits for a firm, 12 for a person)";
                return InnValid(digits) ? null : "fails the INN check digit (a typo?)";
            case "ogrn" or "ogrnip":
                if (!digits.All(char.IsAsciiDigit) || digits.Length is not (13 or 15))
                    return "is not an OGRN (13 digits, 15 for an OGRNIP)";
                return OgrnValid(digits) ? null : "fails the OGRN check digit (a typo?)";
            case "imo":
                var imo = digits.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) ? digits[3..] : digits;
                if (!imo.All(char.IsAsciiDigit) || imo.Length != 7)
                    return "is not an IMO number (7 digits)";
                var sum = 0;
                for (var i = 0; i < 6; i++)
                    sum += (imo[i] - '0') * (7 - i);
                return sum % 10 == imo[6] - '0' ? null : "fails the IMO check digit (a typo?)";
            default:
                return null;
        }
    }

    private static bool InnValid(string inn)
    {
        static int Check(string s, int[] weights) => weights.Select((w, i) => w * (s[i] - '0')).Sum() % 11 % 10;
        int[] w10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
        int[] w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
        int[] w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
        return inn.Length == 10
            ? Check(inn, w10) == inn[9] - '0'
            : Check(inn, w11) == inn[10] - '0' && Check(inn, w12) == inn[11] - '0';
    }

    private static bool OgrnValid(string ogrn)
    {
        var body = long.Parse(ogrn[..^1], System.Globalization.CultureInfo.InvariantCulture);
        var check = ogrn.Length == 13 ? body % 11 % 10 : body % 13 % 10;
        return check == ogrn[^1] - '0';
    }
}
