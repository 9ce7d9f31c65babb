using System.Security.Cryptography;
using System.Text;
using SanctionsWatch.Model;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Tests.Watchlists;

public class WatchlistLoaderTests
{
    private const string File = "test.yaml";

    private static IReadOnlyList<WatchlistProblem> Problems(string yaml) =>
        Assert.Throws<WatchlistException>(() => WatchlistLoader.Parse(yaml, File)).Problems;

    private static void AssertOnlyProblem(string yaml, int line, string reason) =>
        Assert.Equal(new WatchlistProblem(File, line, reason), Assert.Single(Problems(yaml)));

    [Fact]
    public void Parses_a_full_entity()
    {
        const string yaml = """
            entities:
              - id: ru-kurganmashzavod
                name: "  Kurganmashzavod  "
                kind: organization
                country: RU
                aliases: ["Курганмашзавод", " Kurgan Machine-Building Plant ", "", "KURGANMASHZAVOD", "kurgan machine-building plant", KMZ]
                identifiers: {INN: "4501008142", ogrn: 1024500521682, kpp: null}
                notes: Builds BMD-4M airborne fighting vehicles
              - id: ru-chemezov
                name: Sergey Viktorovich Chemezov
                kind: person
            """;

        var watchlist = WatchlistLoader.Parse(yaml, File);

        Assert.Equal(File, watchlist.Path);
        Assert.Equal(2, watchlist.Entities.Count);
        var kmz = watchlist.Entities[0];
        Assert.Equal("ru-kurganmashzavod", kmz.Id);
        Assert.Equal("Kurganmashzavod", kmz.Name);
        Assert.Equal(PartyType.Organization, kmz.Kind);
        Assert.Equal("RU", kmz.Country);
        // trimmed; empty, name-repeating and case-insensitively repeated aliases dropped
        Assert.Equal(["Курганмашзавод", "Kurgan Machine-Building Plant", "KMZ"], kmz.Aliases);
        Assert.Equal(new Dictionary<string, string> { ["inn"] = "4501008142", ["ogrn"] = "1024500521682" }, kmz.Identifiers);
        Assert.Equal("Builds BMD-4M airborne fighting vehicles", kmz.Notes);
        var chemezov = watchlist.Entities[1];
        Assert.Equal(PartyType.Person, chemezov.Kind);
        Assert.Null(chemezov.Country);
        Assert.Empty(chemezov.Aliases);
        Assert.Empty(chemezov.Identifiers);
        Assert.Null(chemezov.Notes);
    }

    [Fact]
    public void Content_hash_is_the_sha256_of_the_text()
    {
        const string yaml = "entities:\n  - id: a\n    name: A\n";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)));

        Assert.Equal(expected, WatchlistLoader.Parse(yaml, File).ContentHash);
        Assert.NotEqual(expected, WatchlistLoader.Parse(yaml + "# changed\n", File).ContentHash);
    }

    [Theory]
    [InlineData("vessel", PartyType.Vessel)]
    [InlineData("aircraft", PartyType.Aircraft)]
    [InlineData("Person", PartyType.Person)]
    public void Reads_every_kind(string kind, PartyType expected)
    {
        var watchlist = WatchlistLoader.Parse($"entities:\n  - id: a\n    name: A\n    kind: {kind}\n", File);

        Assert.Equal(expected, Assert.Single(watchlist.Entities).Kind);
    }

    [Fact]
    public void A_missing_kind_means_organization()
    {
        var watchlist = WatchlistLoader.Parse("entities:\n  - id: a\n    name: A\n", File);

        Assert.Equal(PartyType.Organization, Assert.Single(watchlist.Entities).Kind);
    }

    [Theory]
    [InlineData("entities: []\n")]
    [InlineData("entities:\n")]
    [InlineData("# everything commented out\nentities:\n#  - id: a\n#    name: A\n")]
    public void An_empty_watchlist_is_valid(string yaml)
    {
        Assert.Empty(WatchlistLoader.Parse(yaml, File).Entities);
    }

    [Fact]
    public void Malformed_yaml_reports_the_parser_line_and_message()
    {
        const string yaml = "entities:\n  - id: a\n    name: A\n  - id: b\n    name: \"B\n  - id: c\n";

        var problem = Assert.Single(Problems(yaml));

        Assert.Equal(File, problem.File);
        Assert.Equal(5, problem.Line);
        Assert.Equal("malformed YAML: While scanning a multi-line double-quoted scalar, found wrong indentation.", problem.Reason);
    }

    [Fact]
    public void Malformed_yaml_with_bad_indentation()
    {
        const string yaml = "entities:\n  - id: a\n    name: A\n   kind: person\n";

        var problem = Assert.Single(Problems(yaml));

        Assert.Equal(4, problem.Line);
        Assert.Equal("malformed YAML: While parsing a block collection, did not find expected '-' indicator.", problem.Reason);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_at_the_last_line_read()
    {
        const string yaml = "entities:\n  - id: a\n    name: [A, B\n  - id: b\n";

        var problem = Assert.Single(Problems(yaml));

        Assert.Equal(3, problem.Line);
        Assert.Equal("malformed YAML: cannot parse past this line (an unclosed [ or {, or a stray character?)", problem.Reason);
    }

    [Fact]
    public void A_key_given_twice_is_malformed_yaml()
    {
        var problem = Assert.Single(Problems("entities:\n  - id: a\n    name: A\n    name: B\n"));

        Assert.Equal(4, problem.Line);
        Assert.StartsWith("malformed YAML: ", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_file_is_an_error(string yaml)
    {
        AssertOnlyProblem(yaml, 1, "the file is empty: expected a mapping with an 'entities' list");
    }

    [Fact]
    public void The_root_must_be_a_mapping()
    {
        AssertOnlyProblem("# a list\n- id: a\n  name: A\n", 2,
            "the root must be a mapping with an 'entities' list, not a list");
    }

    [Fact]
    public void The_entities_list_is_required()
    {
        var problems = Problems("# typo\nentity:\n  - id: a\n    name: A\n");

        Assert.Equal(
            [
                new WatchlistProblem(File, 2, "unknown key 'entity' at the root (allowed: entities)"),
                new WatchlistProblem(File, 2, "missing 'entities' list"),
            ],
            problems);
    }

    [Fact]
    public void Entities_must_be_a_list()
    {
        AssertOnlyProblem("entities:\n  id: a\n  name: A\n", 2, "'entities' must be a list of entities, not a mapping");
    }

    [Fact]
    public void An_entity_must_be_a_mapping()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    name: A\n  - Rostec\n", 4,
            "an entity must be a mapping (id, name, kind, …), not a scalar");
    }

    [Fact]
    public void The_id_is_required()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    name: A\n  - name: B\n    kind: person\n", 4, "missing 'id'");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("~")]
    public void The_id_must_not_be_empty(string id)
    {
        AssertOnlyProblem($"entities:\n  - name: A\n    id: {id}\n", 3, "'id' is empty");
    }

    [Theory]
    [InlineData("Ru-rostec")]
    [InlineData("ru_rostec")]
    [InlineData("ru--rostec")]
    [InlineData("-ru-rostec")]
    [InlineData("ru-rostec-")]
    [InlineData("\"ru rostec\"")]
    [InlineData("ru-ростех")]
    public void The_id_must_be_lower_case_words_joined_by_hyphens(string id)
    {
        var value = id.Trim('"');
        AssertOnlyProblem($"entities:\n  - name: A\n    id: {id}\n", 3,
            $"id '{value}' is not lower-case letters and digits joined by single hyphens ([a-z0-9]+(-[a-z0-9]+)*)");
    }

    [Fact]
    public void The_id_must_be_a_string()
    {
        AssertOnlyProblem("entities:\n  - id: [a, b]\n    name: A\n", 2, "'id' must be a string, not a list");
    }

    [Fact]
    public void A_duplicate_id_names_the_line_of_the_first()
    {
        const string yaml = """
            entities:
              - id: ru-rostec
                name: Rostec
              - id: ru-uac
                name: UAC
              - name: Rostec again
                id: ru-rostec
            """;

        AssertOnlyProblem(yaml, 7, "duplicate id 'ru-rostec' (first defined at line 2)");
    }

    [Fact]
    public void The_name_is_required()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    kind: person\n", 2, "missing 'name'");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("null")]
    public void The_name_must_not_be_empty(string name)
    {
        AssertOnlyProblem($"entities:\n  - id: a\n    name: {name}\n", 3, "'name' is empty");
    }

    [Fact]
    public void The_name_must_be_a_string()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    name:\n      en: A\n", 4, "'name' must be a string, not a mapping");
    }

    [Fact]
    public void An_unknown_kind_lists_the_allowed_values()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    name: A\n    kind: company\n", 4,
            "unknown kind 'company' (allowed: organization, person, vessel, aircraft)");
    }

    [Theory]
    [InlineData("Rus")]
    [InlineData("ru")]
    [InlineData("R1")]
    [InlineData("\"Р Ф\"")]
    public void The_country_must_be_two_capital_letters(string country)
    {
        AssertOnlyProblem($"entities:\n  - id: a\n    name: A\n    country: {country}\n", 4,
            $"country '{country.Trim('"')}' is not an ISO 3166 alpha-2 code (two capital letters A-Z)");
    }

    [Fact]
    public void The_country_is_optional()
    {
        var watchlist = WatchlistLoader.Parse("entities:\n  - id: a\n    name: A\n    country:\n", File);

        Assert.Null(Assert.Single(watchlist.Entities).Country);
    }

    [Fact]
    public void Aliases_must_be_a_list()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    name: A\n    aliases: Rostec\n", 4,
            "'aliases' must be a list of strings, not a scalar");
    }

    [Fact]
    public void Every_alias_must_be_a_string()
    {
        const string yaml = """
            entities:
              - id: a
                name: A
                aliases:
                  - Rostec
                  - [Rostekh, Rostech]
                  - {ru: Ростех}
            """;

        Assert.Equal(
            [
                new WatchlistProblem(File, 6, "'aliases' must be a list of strings; this item is a list"),
                new WatchlistProblem(File, 7, "'aliases' must be a list of strings; this item is a mapping"),
            ],
            Problems(yaml));
    }

    [Fact]
    public void Identifiers_must_be_a_mapping()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    name: A\n    identifiers: [4501008142]\n", 4,
            "'identifiers' must be a mapping of identifier type to value (e.g. inn: \"...\"), not a list");
    }

    [Fact]
    public void An_identifier_must_be_a_single_value()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    name: A\n    identifiers:\n      inn: [1, 2]\n", 5,
            "identifier 'inn' must be a single value, not a list");
    }

    [Fact]
    public void Identifier_types_are_lower_cased_and_must_be_unique()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    name: A\n    identifiers:\n      inn: \"1\"\n      INN: \"2\"\n", 6,
            "duplicate identifier 'inn' (first at line 5)");
    }

    [Fact]
    public void An_unknown_key_is_an_error()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    name: A\n    alias: [Rostec]\n", 4,
            "unknown key 'alias' (allowed: id, name, kind, country, aliases, identifiers, notes, related)");
    }

    [Fact]
    public void Notes_must_be_a_string()
    {
        AssertOnlyProblem("entities:\n  - id: a\n    name: A\n    notes: [x]\n", 4, "'notes' must be a string, not a list");
    }

    [Fact]
    public void Every_problem_is_reported_in_file_order_and_listed_in_the_message()
    {
        const string yaml = """
            entities:
              - id: ru-rostec
                name: Rostec
                kind: company
              - id: Bad_Id
                name: X
              - id: ru-rostec
                nmae: Rostec
                country: Russia
            """;

        var error = Assert.Throws<WatchlistException>(() => WatchlistLoader.Parse(yaml, "config/watchlist.yaml"));

        Assert.Equal(
            """
            config/watchlist.yaml:4: unknown kind 'company' (allowed: organization, person, vessel, aircraft)
            config/watchlist.yaml:5: id 'Bad_Id' is not lower-case letters and digits joined by single hyphens ([a-z0-9]+(-[a-z0-9]+)*)
            config/watchlist.yaml:7: missing 'name'
            config/watchlist.yaml:7: duplicate id 'ru-rostec' (first defined at line 2)
            config/watchlist.yaml:8: unknown key 'nmae' (allowed: id, name, kind, country, aliases, identifiers, notes, related)
            config/watchlist.yaml:9: country 'Russia' is not an ISO 3166 alpha-2 code (two capital letters A-Z)
            """.ReplaceLineEndings("\n"),
            error.Message);
        Assert.Equal(6, error.Problems.Count);
        Assert.All(error.Problems, p => Assert.Equal("config/watchlist.yaml", p.File));
    }

    [Fact]
    public void Load_reads_the_file_and_hashes_its_bytes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"watchlist-{Guid.NewGuid():N}.yaml");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("entities:\n  - id: a\n    name: Ростех\n")).ToArray();
        System.IO.File.WriteAllBytes(path, bytes);
        try
        {
            var watchlist = WatchlistLoader.Load(path);

            Assert.Equal("Ростех", Assert.Single(watchlist.Entities).Name);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), watchlist.ContentHash);
            Assert.Equal(path, watchlist.Path);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Load_reports_problems_with_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"watchlist-{Guid.NewGuid():N}.yaml");
        System.IO.File.WriteAllText(path, "entities:\n  - id: a\n");
        try
        {
            var error = Assert.Throws<WatchlistException>(() => WatchlistLoader.Load(path));

            Assert.Equal(new WatchlistProblem(path, 2, "missing 'name'"), Assert.Single(error.Problems));
            Assert.Equal($"{path}:2: missing 'name'", error.Message);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}", "watchlist.yaml");

        var error = Assert.Throws<WatchlistException>(() => WatchlistLoader.Load(path));

        Assert.Equal(new WatchlistProblem(path, 0, "file not found"), Assert.Single(error.Problems));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("file not found", error.Message, StringComparison.Ordinal);
    }
}
