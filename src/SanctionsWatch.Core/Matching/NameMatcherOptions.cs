namespace SanctionsWatch.Matching;

/// <summary>The knobs of <see cref="NameMatcher"/>. The defaults are the ones evaluated on the OFAC alias set.</summary>
public sealed record NameMatcherOptions
{
    public static NameMatcherOptions Default { get; } = new();

    /// <summary>Two word tokens whose keys' Jaro-Winkler similarity is below this score 0 (unrelated).</summary>
    public double TokenSimilarityFloor { get; init; } = 0.88;

    /// <summary>Fuzzy token pairs must also have 1 − edit distance / length at least this (0: no such check).</summary>
    public double EditSimilarityFloor { get; init; } = 0.6;

    /// <summary>A fuzzy token pair scores 1 - FuzzyPenalty × (1 - Jaro-Winkler): a typo costs more than in plain JW.</summary>
    public double FuzzyPenalty { get; init; } = 2.0;

    /// <summary>
    /// Two words below the Jaro-Winkler floor whose keys have the same consonants and differ only in vowels (within the
    /// edit-distance floor): Mohammed / Muhammad, Hezbollah / Hizballah, Yusuf / Youssef.
    /// </summary>
    public double VowelVariantSimilarity { get; init; } = 0.9;

    /// <summary>A place name and the Russian adjective made from it (Tula / Tulskiy, Perm / Permskie).</summary>
    public double PlaceAdjectiveSimilarity { get; init; } = 0.95;

    /// <summary>The similarity of an abbreviation and the run of tokens whose initials spell it.</summary>
    public double AbbreviationSimilarity { get; init; } = 0.85;

    /// <summary>
    /// The similarity of a syllabic contraction to the words whose beginnings make it (Sovcomflot = Sovremennyy
    /// Kommercheskiy Flot): an abbreviation's, as a contraction alone may abbreviate other names too.
    /// </summary>
    public double ContractionSimilarity { get; init; } = 0.85;

    /// <summary>
    /// The score of equal acronyms or weak aliases (KMZ = KMZ), alone: in the review band, as one acronym names several
    /// firms; an acronym spelling the other name scores a little less.
    /// </summary>
    public double AcronymScore { get; init; } = 0.85;

    /// <summary>Two tokens with the same phonetic key but spelled differently (Rosoboronexport, Rosoboroneksport).</summary>
    public double KeyEqualSimilarity { get; init; } = 0.99;

    /// <summary>The similarity of an initial (one letter) and a word starting with that letter.</summary>
    public double InitialSimilarity { get; init; } = 0.8;

    /// <summary>The weight of a one-letter token (an initial), whatever its frequency.</summary>
    public double InitialWeight { get; init; } = 1.5;

    /// <summary>Tokens whose key is at most this long compare only exactly (no fuzzy match of SP and TU).</summary>
    public int ExactOnlyTokenLength { get; init; } = 3;

    /// <summary>What an unmatched query token costs, relative to a matched one.</summary>
    public double QueryMissCost { get; init; } = 0.96;

    /// <summary>What an unmatched candidate token costs (less: lists add words that a query leaves out).</summary>
    public double CandidateMissCost { get; init; } = 0.225;

    /// <summary>
    /// An unmatched token of a qualifier (a bracketed part, an honorific "named after …": see
    /// <see cref="PreparedName.IsOptional"/>) weighs this share of its weight.
    /// </summary>
    public double OptionalMissFactor { get; init; } = 0.04;

    /// <summary>Two words of an organisation's name with one stem (production / productive, missile / missiles).</summary>
    public double StemSimilarity { get; init; } = 0.975;

    /// <summary>A descriptor (concept, common English word) of an organisation's name weighs this share of its IDF weight.</summary>
    public double DescriptorWeightFactor { get; init; } = 0.69;

    /// <summary>What an unmatched descriptor of the query costs (less than a distinctive word: publishers translate them differently).</summary>
    public double QueryDescriptorMissCost { get; init; } = 0.4;

    /// <summary>What an unmatched descriptor of the candidate costs.</summary>
    public double CandidateDescriptorMissCost { get; init; } = 0.24;

    /// <summary>
    /// What an unmatched distinctive word of the candidate costs when no distinctive word of the query was matched (the
    /// query names what the firm is, the candidate which one it is: Aviation Plant vs Kazan Aviation Plant).
    /// </summary>
    public double CandidateUnanchoredMissCost { get; init; } = 2.0;

    /// <summary>Extra cost when descriptors are left unmatched on both sides (Ilyushin Aviation Complex vs Ilyushin Finance).</summary>
    public double DescriptorConflictCost { get; init; } = 0.3;

    /// <summary>Factor on the score of two names of descriptors only whose matched words stand in another order.</summary>
    public double OrderConflictFactor { get; init; } = 0.8;

    /// <summary>
    /// What an unmatched descriptor of the candidate costs when every word of the query was found: the list describes
    /// the same party more fully (Vnesheconombank / State Corporation Bank for Development … Vnesheconombank).
    /// </summary>
    public double CandidateExtraDescriptorCost { get; init; } = 0.23;

    /// <summary>
    /// The most the candidate's further descriptors may cost together when the query was found whole, as a share of the
    /// weight matched: a long description on the list's side is the same party described more fully.
    /// </summary>
    public double ExtraDescriptionCap { get; init; } = 0.1;

    /// <summary>What a legal form costs when the other side has none left unmatched (it says little about identity).</summary>
    public double LegalFormOneSideCost { get; init; } = 0.48;

    /// <summary>What a legal form costs when the other side has another, unmatched (LLC / JSC: two firms of one brand) (either side: it says little about identity).</summary>
    public double LegalFormMissCost { get; init; } = 0.92;

    /// <summary>
    /// Extra cost when distinctive tokens are present on both sides but differ (Aviastar-TU vs Aviastar-SP).
    /// </summary>
    public double ConflictCost { get; init; } = 0.4;

    /// <summary>The weight of a legal form (an ordinary word weighs 1 + its inverse document frequency).</summary>
    public double LegalFormWeight { get; init; } = 0.3;

    /// <summary>Concept tokens (plant, machine-building …) weigh this share of their IDF weight.</summary>
    public double ConceptWeightFactor { get; init; } = 0.6;

    /// <summary>A patronymic missing on the other side weighs this share of its weight.</summary>
    public double MissingPatronymicFactor { get; init; } = 0.1;

    /// <summary>
    /// Persons: a name the other side leaves out (a middle name, a second surname, an initial) weighs this share of its
    /// weight when every name of the other side is matched (Ali Hosseini Khamenei = Ali Khamenei).
    /// </summary>
    public double MissingNameFactor { get; init; } = 0.1;

    /// <summary>
    /// Persons: the highest similarity of two names that differ in their last letter (Daniel / Daniela, Ivanov / Ivanova):
    /// other names, so such a pair can reach review but not alert.
    /// </summary>
    public double DifferentEndingSimilarity { get; init; } = 0.6;

    /// <summary>Factor on a person's score when the candidate's patronymic differs from the one the query gives.</summary>
    public double PatronymicConflictFactor { get; init; } = 0.75;

    /// <summary>Factor on the score of two vessels whose IMO numbers (in identifiers or names) differ.</summary>
    public double DifferentImoFactor { get; init; } = 0.5;

    /// <summary>Scores of a person compared with an organisation (both known) are multiplied by this.</summary>
    public double KindMismatchFactor { get; init; } = 0.7;

    /// <summary>How many blocked candidates the index scores fully per search.</summary>
    public int MaxCandidates { get; init; } = 64;

    /// <summary>
    /// The name score at or above which names "have something in common": an identifier of the same value then alerts
    /// (1.0); below it the identifier alone scores <see cref="IdentifierOnlyScore"/>.
    /// </summary>
    public double IdentifierNameFloor { get; init; } = 0.4;

    /// <summary>The score of an identifier of the same value when the names share nothing: the review band.</summary>
    public double IdentifierOnlyScore { get; init; } = 0.85;

    /// <summary>Identifiers shorter than this (after normalisation) are not decisive.</summary>
    public int MinIdentifierLength { get; init; } = 6;
}
