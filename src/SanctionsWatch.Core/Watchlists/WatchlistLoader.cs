using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SanctionsWatch.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SanctionsWatch.Watchlists;

/// <summary>
/// Reads a watchlist YAML file (<c>config/watchlist.yaml</c>) into a <see cref="Watchlist"/>, validating it strictly:
/// every problem is collected with its line and reported at once in a <see cref="WatchlistException"/>.
/// </summary>
/// <remarks>
/// Schema: a root mapping with one key, <c>entities</c>, a list (possibly empty) of mappings with the keys
/// <c>id</c> (required, <c>[a-z0-9]+(-[a-z0-9]+)*</c>, unique), <c>name</c> (required), <c>kind</c>
/// (organization | person | vessel | aircraft; organization when left out), <c>country</c> (ISO 3166 alpha-2),
/// <c>aliases</c> (list of strings), <c>identifiers</c> (map of type to value; types lower-cased), <c>notes</c> and
/// <c>related</c> (alert | review | off: what a listed subsidiary, parent, owner or front of the entity raises;
/// the configuration's <c>Related:Default</c> when left out).
/// Any other key is an error. Names and aliases are trimmed; empty aliases and aliases repeating the name or an
/// earlier alias (case-insensitively) are dropped. A null or empty optional value counts as absent.
/// </remarks>
public static partial class WatchlistLoader
{
    private const string EntitiesKey = "entities";

    private static readonly string[] EntityKeys = ["id", "name", "kind", "country", "aliases", "identifiers", "notes", "related"];

    private static readonly Dictionary<string, PartyType> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["organization"] = PartyType.Organization,
        ["person"] = PartyType.Person,
        ["vessel"] = PartyType.Vessel,
        ["aircraft"] = PartyType.Aircraft,
    };

    /// <summary>Reads and validates the watchlist file at <paramref name="path"/>.</summary>
    /// <exception cref="WatchlistException">The file is missing, unreadable or invalid.</exception>
    public static Watchlist Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new WatchlistException([new WatchlistProblem(path, 0, "file not found")], e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WatchlistException([new WatchlistProblem(path, 0, "cannot read the file: " + e.Message)], e);
        }

        string text;
        try
        {
            text = Decode(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new WatchlistException([new WatchlistProblem(path, 0, "the file is not valid UTF-8")], e);
        }

        return Parse(text, path, Hash(bytes));
    }

    /// <summary>
    /// Validates watchlist YAML text; <paramref name="path"/> names it in problems and in the result. The content hash
    /// is the SHA-256 of the text's UTF-8 bytes.
    /// </summary>
    /// <exception cref="WatchlistException">The text is not a valid watchlist.</exception>
    public static Watchlist Parse(string yaml, string path)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(path);
        return Parse(yaml, path, Hash(Encoding.UTF8.GetBytes(yaml)));
    }

    private static Watchlist Parse(string yaml, string path, string hash)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var reason = "malformed YAML: " + YamlReason(e);
            throw new WatchlistException([new WatchlistProblem(path, Math.Max(1, (int)e.Start.Line), reason)], e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner fails this way on some broken input (e.g. an unclosed "[" before the end of the
            // file); the best line we have is that of the last thing it could read.
            const string reason = "malformed YAML: cannot parse past this line (an unclosed [ or {, or a stray character?)";
            throw new WatchlistException([new WatchlistProblem(path, parser.LastLine, reason)], e);
        }

        var reader = new Reader(path);
        var entities = reader.ReadRoot(stream);
        if (reader.Problems.Count > 0)
            throw new WatchlistException([.. reader.Problems.OrderBy(p => p.Line)]); // stable: file order
        return new Watchlist(entities, hash, path);
    }

    private static string Decode(byte[] bytes)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var preamble = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return strict.GetString(bytes, preamble, bytes.Length - preamble);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The YamlException's own message without the "(Line: …) - (Line: …): " prefix (we give the line).</summary>
    private static string YamlReason(YamlException e)
    {
        var message = MarkPrefix().Replace(e.Message, "").Trim();
        return message.Length == 0 ? "cannot parse" : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    private static int LineOf(YamlNode node) => Math.Max(1, (int)node.Start.Line);

    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        && (string.IsNullOrEmpty(s.Value) || s.Value is "~" or "null" or "Null" or "NULL");

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => "a scalar",
    };

    /// <summary>Passes the events on, remembering the line of the last one read.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public int LastLine { get; private set; } = 1;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is { } current)
                LastLine = Math.Max(1, (int)current.End.Line);
            return moved;
        }
    }

    private sealed class Reader(string file)
    {
        public List<WatchlistProblem> Problems { get; } = [];

        private void Problem(YamlNode node, string reason) => Problems.Add(new WatchlistProblem(file, LineOf(node), reason));

        private void Problem(int line, string reason) => Problems.Add(new WatchlistProblem(file, line, reason));

        public List<WatchlistEntity> ReadRoot(YamlStream stream)
        {
            var entities = new List<WatchlistEntity>();
            if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
            {
                Problem(1, $"the file is empty: expected a mapping with an '{EntitiesKey}' list");
                return entities;
            }

            if (stream.Documents.Count > 1)
                Problem(stream.Documents[1].RootNode, "more than one YAML document: a watchlist is one document");

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                var rootNode = stream.Documents[0].RootNode;
                Problem(rootNode, $"the root must be a mapping with an '{EntitiesKey}' list, not {Describe(rootNode)}");
                return entities;
            }

            YamlNode? list = null;
            foreach (var (key, value) in root.Children)
            {
                var name = (key as YamlScalarNode)?.Value;
                if (name == EntitiesKey)
                    list = value;
                else
                    Problem(key, $"unknown key '{name ?? Describe(key)}' at the root (allowed: {EntitiesKey})");
            }

            if (list is null)
            {
                Problem(root, $"missing '{EntitiesKey}' list");
                return entities;
            }

            if (IsNull(list))
                return entities; // an empty watchlist (everything commented out) is valid

            if (list is not YamlSequenceNode sequence)
            {
                Problem(list, $"'{EntitiesKey}' must be a list of entities, not {Describe(list)}");
                return entities;
            }

            var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in sequence.Children)
            {
                var (entity, id, idLine) = ReadEntity(item);
                if (id is null)
                    continue;
                if (firstLineOfId.TryGetValue(id, out var firstLine))
                {
                    Problem(idLine, $"duplicate id '{id}' (first defined at line {firstLine})");
                    continue;
                }

                firstLineOfId[id] = idLine;
                if (entity is not null)
                    entities.Add(entity);
            }

            return entities;
        }

        /// <summary>The entity (null when it has problems) and its valid id (null when missing or invalid).</summary>
        private (WatchlistEntity? Entity, string? Id, int IdLine) ReadEntity(YamlNode item)
        {
            if (item is not YamlMappingNode map)
            {
                Problem(item, $"an entity must be a mapping (id, name, kind, …), not {Describe(item)}");
                return (null, null, 0);
            }

            var count = Problems.Count;
            var values = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Children)
            {
                var name = (key as YamlScalarNode)?.Value;
                if (name is not null && EntityKeys.Contains(name))
                    values[name] = (key, value);
                else
                    Problem(key, $"unknown key '{name ?? Describe(key)}' (allowed: {string.Join(", ", EntityKeys)})");
            }

            var id = RequiredString(map, values, "id", trim: false);
            var idLine = values.TryGetValue("id", out var idNode) ? LineOf(idNode.Value) : LineOf(map);
            if (id is not null && !IdPattern().IsMatch(id))
            {
                Problem(idNode.Value,
                    $"id '{id}' is not lower-case letters and digits joined by single hyphens ([a-z0-9]+(-[a-z0-9]+)*)");
                id = null;
            }

            var primary = RequiredString(map, values, "name", trim: true);
            var kind = ReadKind(values);
            var country = OptionalString(values, "country");
            if (country is not null && !CountryPattern().IsMatch(country))
            {
                Problem(values["country"].Value,
                    $"country '{country}' is not an ISO 3166 alpha-2 code (two capital letters A-Z)");
                country = null;
            }

            var aliases = ReadAliases(values, primary);
            var identifiers = ReadIdentifiers(values);
            var notes = OptionalString(values, "notes");
            var related = ReadRelated(values);

            if (Problems.Count > count || id is null || primary is null)
                return (null, id, idLine);

            var entity = new WatchlistEntity
            {
                Id = id,
                Name = primary,
                Kind = kind,
                Country = country,
                Aliases = aliases,
                Identifiers = identifiers,
                Notes = notes,
                Related = related,
            };
            return (entity, id, idLine);
        }

        private string? RequiredString(
            YamlMappingNode map, Dictionary<string, (YamlNode Key, YamlNode Value)> values, string key, bool trim)
        {
            if (!values.TryGetValue(key, out var pair))
            {
                Problem(map, $"missing '{key}'");
                return null;
            }

            if (pair.Value is not YamlScalarNode scalar)
            {
                Problem(pair.Value, $"'{key}' must be a string, not {Describe(pair.Value)}");
                return null;
            }

            var value = IsNull(scalar) ? "" : scalar.Value ?? "";
            if (trim)
                value = value.Trim();
            if (value.Trim().Length == 0)
            {
                Problem(pair.Value, $"'{key}' is empty");
                return null;
            }

            return value;
        }

        private string? OptionalString(Dictionary<string, (YamlNode Key, YamlNode Value)> values, string key)
        {
            if (!values.TryGetValue(key, out var pair) || IsNull(pair.Value))
                return null;
            if (pair.Value is not YamlScalarNode scalar)
            {
                Problem(pair.Value, $"'{key}' must be a string, not {Describe(pair.Value)}");
                return null;
            }

            var value = (scalar.Value ?? "").Trim();
            return value.Length == 0 ? null : value;
        }

        private PartyType ReadKind(Dictionary<string, (YamlNode Key, YamlNode Value)> values)
        {
            var kind = OptionalString(values, "kind");
            if (kind is null)
                return PartyType.Organization;
            if (Kinds.TryGetValue(kind, out var type))
                return type;
            Problem(values["kind"].Value, $"unknown kind '{kind}' (allowed: {string.Join(", ", Kinds.Keys)})");
            return PartyType.Organization;
        }

        private RelatedMode? ReadRelated(Dictionary<string, (YamlNode Key, YamlNode Value)> values)
        {
            var text = OptionalString(values, "related");
            if (text is null)
                return null;
            if (RelatedModes.TryParse(text, out var mode))
                return mode;
            Problem(values["related"].Value, $"unknown related mode '{text}' (allowed: alert, review, off)");
            return null;
        }

        private List<string> ReadAliases(Dictionary<string, (YamlNode Key, YamlNode Value)> values, string? name)
        {
            var aliases = new List<string>();
            if (!values.TryGetValue("aliases", out var pair) || IsNull(pair.Value))
                return aliases;
            if (pair.Value is not YamlSequenceNode sequence)
            {
                Problem(pair.Value, $"'aliases' must be a list of strings, not {Describe(pair.Value)}");
                return aliases;
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (name is not null)
                seen.Add(name);
            foreach (var item in sequence.Children)
            {
                if (item is not YamlScalarNode scalar)
                {
                    Problem(item, $"'aliases' must be a list of strings; this item is {Describe(item)}");
                    continue;
                }

                var alias = IsNull(scalar) ? "" : (scalar.Value ?? "").Trim();
                if (alias.Length > 0 && seen.Add(alias))
                    aliases.Add(alias);
            }

            return aliases;
        }

        private Dictionary<string, string> ReadIdentifiers(Dictionary<string, (YamlNode Key, YamlNode Value)> values)
        {
            var identifiers = new Dictionary<string, string>(StringComparer.Ordinal);
            if (!values.TryGetValue("identifiers", out var pair) || IsNull(pair.Value))
                return identifiers;
            if (pair.Value is not YamlMappingNode map)
            {
                Problem(pair.Value,
                    $"'identifiers' must be a mapping of identifier type to value (e.g. inn: \"...\"), not {Describe(pair.Value)}");
                return identifiers;
            }

            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLower(CultureInfo.InvariantCulture);
                if (string.IsNullOrEmpty(key))
                {
                    Problem(keyNode, "an identifier type must be a non-empty string");
                    continue;
                }

                if (valueNode is not YamlScalarNode scalar)
                {
                    Problem(valueNode, $"identifier '{key}' must be a single value, not {Describe(valueNode)}");
                    continue;
                }

                if (lines.TryGetValue(key, out var firstLine))
                {
                    Problem(keyNode, $"duplicate identifier '{key}' (first at line {firstLine})");
                    continue;
                }

                lines[key] = LineOf(keyNode);
                var value = IsNull(scalar) ? "" : (scalar.Value ?? "").Trim();
                if (value.Length > 0)
                    identifiers[key] = value;
            }

            return identifiers;
        }
    }
}
