using SanctionsWatch.Model;
using YamlDotNet.RepresentationModel;

namespace SanctionsWatch.Watchlists;

/// <summary>
/// Warnings about a valid watchlist, for <c>watchlist check</c>: identifiers whose check digits are wrong (Russian
/// INN and OGRN/OGRNIP, IMO numbers: a typo there means the decisive identifier match can never fire) and an alias
/// given to two entities (a hit on it cannot tell them apart). Each warning names the line of the value, as the YAML
/// parser reads it.
/// </summary>
public static class WatchlistLint
{
    public static List<WatchlistProblem> Check(Watchlist watchlist, string text)
    {
        var lines = LinesOf(text);
        var warnings = new List<WatchlistProblem>();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in watchlist.Entities)
        {
            var at = lines.GetValueOrDefault(entity.Id);
            foreach (var (type, value) in entity.Identifiers)
            {
                if (IdentifierProblem(type, value) is { } reason)
                    warnings.Add(new WatchlistProblem(watchlist.Path, at?.GetValueOrDefault("identifier:" + type) ?? 0, $"{entity.Id}: {type} '{value}' {reason}"));
            }

            foreach (var name in entity.AllNames.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (owners.TryGetValue(name, out var other) && other != entity.Id)
                {
                    warnings.Add(new WatchlistProblem(
                        watchlist.Path, at?.GetValueOrDefault("name:" + name) ?? 0, $"{entity.Id}: the name '{name}' is also given to '{other}': a hit on it cannot tell them apart"));
                }
                else
                {
                    owners[name] = entity.Id;
                }
            }
        }

        return [.. warnings.OrderBy(w => w.Line)];
    }

    /// <summary>Per entity id, the line of each name (<c>name:TEXT</c>) and identifier (<c>identifier:TYPE</c>), from the YAML parser.</summary>
    private static Dictionary<string, Dictionary<string, int>> LinesOf(string text)
    {
        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("entities"), out var list) || list is not YamlSequenceNode entities)
        {
            return result;
        }

        foreach (var item in entities.Children.OfType<YamlMappingNode>())
        {
            var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            string? id = null;
            foreach (var (key, value) in item.Children)
            {
                switch ((key as YamlScalarNode)?.Value)
                {
                    case "id":
                        id = (value as YamlScalarNode)?.Value;
                        break;
                    case "name" when value is YamlScalarNode { Value: { } name }:
                        lines.TryAdd("name:" + name.Trim(), (int)value.Start.Line);
                        break;
                    case "aliases" when value is YamlSequenceNode aliases:
                        foreach (var alias in aliases.Children.OfType<YamlScalarNode>().Where(a => a.Value is not null))
                            lines.TryAdd("name:" + alias.Value!.Trim(), (int)alias.Start.Line);
                        break;
                    case "identifiers" when value is YamlMappingNode identifiers:
                        foreach (var (type, v) in identifiers.Children)
                        {
                            if (type is YamlScalarNode { Value: { } t })
                                lines.TryAdd("identifier:" + t.Trim().ToLowerInvariant(), (int)v.Start.Line);
                        }

                        break;
                }
            }

            if (id is not null)
                result.TryAdd(id, lines);
        }

        return result;
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
