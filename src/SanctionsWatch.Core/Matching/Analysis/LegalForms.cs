namespace SanctionsWatch.Matching;

/// <summary>
/// Company legal forms (<c>Data/legal-forms.tsv</c>: Russian, Ukrainian, English, German, Chinese and more; abbreviated and
/// spelled out, Cyrillic and transliterated), recognised as multi-token phrases in any position. Each maps to a class pseudo-token
/// (<c>#jsc</c>, <c>#llc</c>, <c>#corp</c>, <c>#co</c>, <c>#state</c>): forms of one class are equal, they weigh little
/// and never make a match on their own.
/// </summary>
public static class LegalForms
{
    /// <summary>The prefix of every legal-form pseudo-token.</summary>
    public const string Prefix = "#lf:";

    internal static readonly PhraseTable Table = Build();

    /// <summary>True for a pseudo-token made by this table.</summary>
    public static bool IsLegalForm(string token) => token.StartsWith(Prefix, StringComparison.Ordinal);

    private static PhraseTable Build() => PhraseTable.Load("legal-forms.tsv", Prefix);
}
