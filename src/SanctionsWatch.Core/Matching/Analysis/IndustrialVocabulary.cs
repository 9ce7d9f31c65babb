namespace SanctionsWatch.Matching;

/// <summary>
/// The vocabulary Russian institutions are named with (<c>Data/vocabulary.tsv</c>): equivalence groups across Cyrillic,
/// transliteration and English (завод / zavod / plant / factory / works …), recognised as phrases; and the syllabic
/// contractions of Soviet naming (Kurgan-mash-zavod, Ural-vagon-zavod, Kurgan-pribor) split into known parts plus a
/// remainder.
/// </summary>
public static class IndustrialVocabulary
{
    /// <summary>The prefix of every concept pseudo-token.</summary>
    public const string Prefix = "#";

    internal static readonly PhraseTable Table = Build();

    /// <summary>Contraction parts, Latin, tried as suffixes of a long token; the concept each stands for (null: kept as a word).</summary>
    private static readonly (string Part, string? Concept)[] Parts =
    [
        ("zavod", Prefix + "plant"), ("works", Prefix + "plant"), ("mash", Prefix + "machine"), ("pribor", Prefix + "instrument"), ("stroen", Prefix + "construction"), ("stroien", Prefix + "construction"), ("vagon", null),
        ("prom", null), ("stroy", null), ("stroi", null), ("neft", null), ("gaz", null), ("energo", null),
    ];

    /// <summary>True for the key of a word of the vocabulary (a line keyed ~oil): a word that meets its translations.</summary>
    public static bool IsWordOfVocabulary(string key) => Lexicon.IsWordGroup(key) && Words.Contains(key);

    /// <summary>The keys of the vocabulary's words (~oil), those of lines and of the parts of lines (~oil+~gas) alike.</summary>
    private static readonly HashSet<string> Words =
        [.. Table.Keys.SelectMany(static k => IsSeveral(k) ? PartsOf(k) : [k]).Where(Lexicon.IsWordGroup)];

    /// <summary>
    /// The Russian stems a contraction may take the beginning of for <paramref name="token"/>: a concept's, or a word of the
    /// vocabulary's (steel: стальн~, Spetsstal = Special Steels); null for any other token.
    /// </summary>
    internal static string[]? ContractionStemsOf(PreparedToken token) =>
        token.Kind == TokenKind.Concept || (token.Kind == TokenKind.Word && IsWordOfVocabulary(token.Key)) ? Table.ContractionStemsOf(token.Key) : null;

    /// <summary>True for a concept that says what kind of body a firm is (a line marked <see cref="PhraseTable.KindOfBody"/>: institute, plant).</summary>
    public static bool IsKindOfBody(string key) => Table.IsKindOfBody(key);

    /// <summary>True for the key of a Soviet decoration (a line keyed order…: ordena Lenina, Order of the Red Banner).</summary>
    public static bool IsDecoration(string key) => key.StartsWith(Prefix + "order", StringComparison.Ordinal);

    /// <summary>True for a concept pseudo-token (not a legal form).</summary>
    public static bool IsConcept(string token) =>
        token.StartsWith(Prefix, StringComparison.Ordinal) && !LegalForms.IsLegalForm(token);

    /// <summary>
    /// True when a phrase's key joins several concepts with + (design+bureau: конструкторское бюро, KB), so that the
    /// phrase stands for a token of each.
    /// </summary>
    public static bool IsSeveral(string canonical) => canonical.Contains('+', StringComparison.Ordinal);

    /// <summary>The concepts (each with its prefix) a phrase's key of several concepts joins, in order: #design, #bureau.</summary>
    public static string[] PartsOf(string canonical) =>
        [.. canonical[Prefix.Length..].Split('+').Select(static part => Prefix + part)];

    /// <summary>
    /// Splits a long Latin token made of contraction parts: <c>kurganmashzavod</c> → <c>kurgan</c>, <c>#machine</c>,
    /// <c>#plant</c>. Returns null when the token is not such a contraction.
    /// </summary>
    public static List<string>? SplitContraction(string latinToken)
    {
        if (latinToken.Length < 9)
            return null;
        if (SplitParts(latinToken) is { } whole)
            return whole;

        // a contraction with a case ending: apparatostroeniya → apparato + construction
        var stem = Stemmer.Stem(latinToken);
        return stem.Length < latinToken.Length && stem.Length >= 9 && SplitParts(stem) is { } parts && parts[^1] == Prefix + "construction" ? parts : null;
    }

    private static List<string>? SplitParts(string latinToken)
    {
        List<string>? tail = null;
        var rest = latinToken;
        for (var round = 0; round < 4; round++)
        {
            var found = false;
            foreach (var (part, concept) in Parts)
            {
                if (rest.Length >= part.Length + 4 && rest.EndsWith(part, StringComparison.Ordinal))
                {
                    tail ??= [];
                    tail.Insert(0, concept ?? part);
                    rest = rest[..^part.Length];
                    found = true;
                    break;
                }

                if (tail is not null && string.Equals(rest, part, StringComparison.Ordinal))
                {
                    tail.Insert(0, concept ?? part);
                    rest = "";
                    found = false;
                    break;
                }
            }

            if (!found)
                break;
        }

        if (tail is null)
            return null;
        if (rest.Length > 0)
            tail.Insert(0, Table.MatchSingle(Transliterator.PhoneticKey(rest)) ?? rest);
        return tail;
    }

    private static PhraseTable Build() => PhraseTable.Load("vocabulary.tsv", Prefix);
}
