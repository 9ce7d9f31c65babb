using System.Text.RegularExpressions;
using SanctionsWatch.Matching;
using SanctionsWatch.Model;
using SanctionsWatch.Tests.Support;
using SanctionsWatch.Watchlists;
using YamlDotNet.RepresentationModel;

namespace SanctionsWatch.Tests.Watchlists;

/// <summary>The shipped default watchlist, <c>config/watchlist.yaml</c>.</summary>
public partial class DefaultWatchlistTests
{
    private static readonly Lazy<Watchlist> Default =
        new(() => WatchlistLoader.Load(Path.Combine(SharedData.ProjectRoot, "config", "watchlist.yaml")));

    /// <summary>The research file's look-alikes and negative controls: they must never be on the watchlist.</summary>
    private static readonly string[] ExcludedIds =
    [
        "cf-ilyushin-finance", "cf-aviastar-tu", "cf-npp-polyot-nn", "cf-kbsm", "cf-dinamika-crts",
        "ctx-kyiv-independent", "ctx-rusi", "ctx-black-moon",
    ];

    /// <summary>Names of the look-alike firms (different parties): an alias equal to one would create false hits.</summary>
    private static readonly string[] ConfusableNames =
    [
        "JSC Ilyushin Finance Co.", "Ilyushin Finance", "Ilyushin Finance Company", "Ilyushin Finance Co.", "IFC Leasing",
        "AO IFK", "JSC IFC", "АО «Ильюшин Финанс Ко.»", "Aviastar-TU", "Aviastar TU", "ООО «Авиастар-ТУ»", "NPP Polyot",
        "SPE Polyot", "АО «НПП «Полёт»", "KBSM", "KBSM AO", "Design Bureau of Special Machine-Building",
        "АО «Конструкторское бюро специального машиностроения»", "Dinamika", "CRTS Dinamika", "АО «ЦНТУ «Динамика»",
        "Kyiv Independent", "RUSI", "Black Moon",
    ];

    /// <summary>
    /// Research aliases deliberately left out: bare brand words that also name a look-alike firm (Ilyushin Finance Co.,
    /// Aviastar-TU), which would make a hit on the look-alike an alert for the real firm.
    /// </summary>
    private static readonly HashSet<string> AmbiguousBrandWords = new(["Ilyushin", "Ильюшин", "Aviastar"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Ambiguous_brand_words_are_not_names_of_any_entity()
    {
        var names = Default.Value.Entities.SelectMany(e => e.AllNames);

        Assert.DoesNotContain(names, n => AmbiguousBrandWords.Contains(n));
    }

    private static WatchlistEntity Entity(string id) => Assert.Single(Default.Value.Entities, e => e.Id == id);

    [Fact]
    public void The_default_watchlist_loads()
    {
        var watchlist = Default.Value;

        Assert.True(watchlist.Entities.Count >= 35, $"only {watchlist.Entities.Count} entities");
        Assert.Equal(64, watchlist.ContentHash.Length);
        Assert.Equal(watchlist.Entities.Count, watchlist.Entities.Select(e => e.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("ru-rosoboronexport", "Rosoboronexport")]
    [InlineData("ru-il", "PJSC Il")]
    [InlineData("ru-aviastar-sp", "Aviastar-SP")]
    [InlineData("ru-kurganmashzavod", "Kurganmashzavod")]
    [InlineData("ru-tekhnodinamika", "Tekhnodinamika")]
    [InlineData("ru-rostec", "State Corporation Rostec")]
    [InlineData("ru-uac", "United Aircraft Corporation")]
    [InlineData("ru-fsvts", "Federal Service for Military-Technical Cooperation")]
    [InlineData("ru-high-precision-systems", "NPO High Precision Systems")]
    [InlineData("ru-chemezov", "Sergey Viktorovich Chemezov")]
    [InlineData("ru-mikheev", "Alexander Alexandrovich Mikheev")]
    [InlineData("ru-shugaev", "Dmitry Evgenyevich Shugaev")]
    public void Holds_the_key_entities(string id, string name)
    {
        Assert.Equal(name, Entity(id).Name);
    }

    [Theory]
    [InlineData("ru-chemezov")]
    [InlineData("ru-mikheev")]
    [InlineData("ru-shugaev")]
    [InlineData("cn-li-shangfu")]
    public void People_are_persons(string id)
    {
        Assert.Equal(PartyType.Person, Entity(id).Kind);
    }

    [Theory]
    [InlineData("ru-kurganmashzavod", "4501008142")]
    [InlineData("ru-rostec", "7704274402")]
    [InlineData("ru-rosoboronexport", "7718852163")]
    [InlineData("ru-il", "7714027882")]
    [InlineData("ru-aviastar-sp", "7328032711")]
    [InlineData("ru-tekhnodinamika", "7719265496")]
    [InlineData("ru-uac", "7708619320")]
    [InlineData("ru-chemezov", "770202363089")]
    public void Has_the_inns(string id, string inn)
    {
        Assert.Equal(inn, Entity(id).Identifiers["inn"]);
    }

    [Theory]
    [InlineData("ru-kurganmashzavod", "АО «Курганмашзавод»")]
    [InlineData("ru-rosoboronexport", "АО «Рособоронэкспорт»")]
    [InlineData("ru-rostec", "Государственная корпорация «Ростех»")]
    [InlineData("ru-il", "ПАО «Ил»")]
    [InlineData("ru-aviastar-sp", "АО «Авиастар-СП»")]
    [InlineData("ru-tekhnodinamika", "АО «Технодинамика»")]
    [InlineData("ru-chemezov", "Сергей Викторович Чемезов")]
    public void Has_the_cyrillic_names(string id, string alias)
    {
        Assert.Contains(alias, Entity(id).Aliases);
    }

    [Fact]
    public void Every_russian_entity_has_a_cyrillic_alias()
    {
        var withoutCyrillic = Default.Value.Entities
            .Where(e => e.Country == "RU" && !e.AllNames.Any(n => Cyrillic().IsMatch(n)))
            .Select(e => e.Id);

        Assert.Empty(withoutCyrillic);
    }

    /// <summary>
    /// Written as a person would write it (issue 11): an alias is another name of the party, not a spelling the matcher
    /// finds itself (the name with a legal form added or taken away) and not a bare acronym (KMZ, UAC, ODK: several
    /// firms share each, so alone they alert on the wrong one).
    /// </summary>
    [Fact]
    public void Aliases_are_other_names_not_spelling_variants_or_bare_acronyms()
    {
        var problems = new List<string>();
        foreach (var e in Default.Value.Entities)
        {
            // the Cyrillic and Chinese names are wanted (the name as the party writes it), whatever they romanise to
            var cores = new HashSet<string>([NameAnalyzer.Prepare(e.Name, NameType.Primary, e.Kind).CoreKey], StringComparer.Ordinal);
            foreach (var alias in e.Aliases.Where(static a => !NonLatin().IsMatch(a)))
            {
                var prepared = NameAnalyzer.Prepare(alias, NameType.Alias, e.Kind);
                if (prepared.IsShort)
                    problems.Add($"{e.Id}: '{alias}' is a bare acronym");
                if (!cores.Add(prepared.CoreKey))
                    problems.Add($"{e.Id}: '{alias}' is another name of the entity with a legal form or spelling changed");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Holds_no_confusable_or_negative_control()
    {
        Assert.DoesNotContain(Default.Value.Entities, e => ExcludedIds.Contains(e.Id));
    }

    [Fact]
    public void No_name_is_a_confusable_firm()
    {
        var clashes = Default.Value.Entities
            .SelectMany(e => e.AllNames.Select(n => (e.Id, Name: n)))
            .Where(x => ConfusableNames.Contains(x.Name, StringComparer.OrdinalIgnoreCase))
            .Select(x => $"{x.Id}: {x.Name}");

        Assert.Empty(clashes);
    }

    [Fact]
    public void No_name_belongs_to_two_entities()
    {
        var clashes = Default.Value.Entities
            .SelectMany(e => e.AllNames.Select(n => (e.Id, Name: n)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(x => x.Id).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Id))}");

        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_entity_has_notes_and_a_known_country()
    {
        Assert.All(Default.Value.Entities, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Notes), e.Id);
            Assert.Contains(e.Country, new[] { "RU", "CN" });
        });
    }

    /// <summary>
    /// Every firm, agency and person of the research notes (not the look-alikes and negative controls) is on the
    /// watchlist with the same kind, country, INN and OGRN, and a Russian firm with one of its Russian names
    /// (<c>names_ru</c>). The research's many spellings are not copied: the matcher finds them (issue 11).
    /// </summary>
    [SharedDataFact]
    public void Holds_every_entity_of_the_research_notes()
    {
        var research = ReadResearch();
        var byId = Default.Value.Entities.ToDictionary(e => e.Id);
        var missing = new List<string>();
        var kept = 0;

        foreach (var entity in research)
        {
            var link = Scalar(entity, "story_link");
            var id = Scalar(entity, "id")!;
            if (link is "negative-control" or "confusable")
            {
                Assert.False(byId.ContainsKey(id), $"{id} ({link}) must not be on the watchlist");
                continue;
            }

            kept++;
            if (!byId.TryGetValue(id, out var found))
            {
                missing.Add($"{id}: not on the watchlist");
                continue;
            }

            var kind = Scalar(entity, "kind") == "person" ? PartyType.Person : PartyType.Organization;
            if (found.Kind != kind)
                missing.Add($"{id}: kind {found.Kind}, research says {Scalar(entity, "kind")}");
            if (found.Country != Scalar(entity, "country"))
                missing.Add($"{id}: country {found.Country}, research says {Scalar(entity, "country")}");

            if (entity.Children.TryGetValue("identifiers", out var ids) && ids is YamlMappingNode identifiers)
            {
                foreach (var (key, value) in identifiers.Children)
                {
                    var type = ((YamlScalarNode)key).Value!;
                    var expected = ((YamlScalarNode)value).Value;
                    if (string.IsNullOrEmpty(expected) || expected == "null")
                        continue;
                    if (!found.Identifiers.TryGetValue(type, out var actual) || actual != expected)
                        missing.Add($"{id}: {type} {expected} missing (has {actual ?? "none"})");
                }
            }

            var names = new HashSet<string>(found.AllNames, StringComparer.OrdinalIgnoreCase);
            var russian = Names(entity, "names_ru").ToList();
            if (found.Country == "RU" && russian.Count > 0 && !russian.Any(n => names.Contains(n) || names.Contains(WithoutRemark(n))))
                missing.Add($"{id}: none of its Russian names ({string.Join(", ", russian)})");
        }

        Assert.True(missing.Count == 0, string.Join("; ", missing));
        Assert.Equal(37, kept);
        Assert.Equal(kept, Default.Value.Entities.Count);
    }

    /// <summary>No name of any look-alike or negative control of the research notes is a watchlist name.</summary>
    [SharedDataFact]
    public void No_name_is_a_name_of_a_research_confusable()
    {
        var excluded = ReadResearch()
            .Where(e => Scalar(e, "story_link") is "negative-control" or "confusable")
            .SelectMany(e => Names(e, "name").Concat(Names(e, "aliases")).Concat(Names(e, "names_ru")))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.NotEmpty(excluded);

        var clashes = Default.Value.Entities
            .SelectMany(e => e.AllNames.Where(excluded.Contains).Select(n => $"{e.Id}: {n}"));

        Assert.Empty(clashes);
    }

    private static List<YamlMappingNode> ReadResearch()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(SharedData.PathOf("research-watchlist.yaml")))
            stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlSequenceNode)root.Children["entities"]).Children.Cast<YamlMappingNode>().ToList();
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var node) && node is YamlScalarNode { Value: var value } && value != "null"
            ? value
            : null;

    private static IEnumerable<string> Names(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var node) switch
        {
            true when node is YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(s => s.Value!),
            true when node is YamlScalarNode { Value: { } value } => [value],
            _ => [],
        };

    /// <summary>A research name without its editorial remark: a trailing "(…)" or a leading "ранее " (formerly).</summary>
    private static string WithoutRemark(string name) => Remark().Replace(name, "").Trim();

    [GeneratedRegex(@"^ранее\s+|\s*\([^()]*\)$")]
    private static partial Regex Remark();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();

    [GeneratedRegex(@"[\p{IsCyrillic}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex NonLatin();
}
