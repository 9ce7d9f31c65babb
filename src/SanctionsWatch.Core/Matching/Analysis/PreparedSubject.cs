using System.Text.RegularExpressions;
using SanctionsWatch.Model;

namespace SanctionsWatch.Matching;

/// <summary>
/// A <see cref="MatchSubject"/> with its names analysed once. Vessel conventions are taken out of the names first:
/// an IMO number written in a name (<c>ARMAN 114 (IMO 9117389)</c>) becomes an identifier, and a vessel prefix
/// (<c>M/V</c>, <c>MV</c>, <c>M/T</c>, <c>MT</c>; <c>M.V.</c> only for vessels) is dropped.
/// </summary>
public sealed partial class PreparedSubject
{
    public PreparedSubject(MatchSubject subject)
        : this(subject, cache: null)
    {
    }

    /// <param name="cache">Memoised per-token analysis shared by the names of an index build, or null.</param>
    public PreparedSubject(MatchSubject subject, TokenCache? cache)
    {
        ArgumentNullException.ThrowIfNull(subject);
        Subject = subject;
        var names = new PreparedName[subject.Names.Count];
        var count = 0;
        List<EntryIdentifier>? found = null;
        foreach (var name in subject.Names)
        {
            if (string.IsNullOrWhiteSpace(name.Text))
                continue;
            var text = name.Text;
            if (text.Contains("imo", StringComparison.OrdinalIgnoreCase))
            {
                foreach (Match m in ImoInName().Matches(text))
                    (found ??= []).Add(new EntryIdentifier("imo", m.Groups[1].Value));
                text = ImoInName().Replace(text, " ");
            }

            if (subject.Kind is PartyType.Vessel or PartyType.Unknown)
            {
                var stripped = (subject.Kind == PartyType.Vessel ? VesselPrefixLoose() : VesselPrefix()).Replace(text, "");
                if (!string.IsNullOrWhiteSpace(stripped))
                    text = stripped;
            }

            if (string.IsNullOrWhiteSpace(text))
                continue;
            var prepared = NameAnalyzer.Prepare(text, name.Type, subject.Kind, cache);
            Add(ReferenceEquals(text, name.Text) ? prepared : prepared.WithOriginal(name.Text));

            // Đ is dj in Serbo-Croatian (Serbian Cyrillic ђ: Đorđević = Ђорђевић = Djordjevic) and d in Vietnamese (Đong A
            // Bank = Dong A Bank), and writers strip it to D (Dordevic): the name is read both ways, d above and dj here
            // (the Icelandic Ð and ð, which look alike, are often typed for it: Ðorðević)
            if (text.AsSpan().IndexOfAny(StrokedD) >= 0)
            {
                var dj = text.Replace("Đ", "Dj", StringComparison.Ordinal).Replace("Ð", "Dj", StringComparison.Ordinal)
                    .Replace("đ", "dj", StringComparison.Ordinal).Replace("ð", "dj", StringComparison.Ordinal);
                Add(NameAnalyzer.Prepare(dj, name.Type, subject.Kind, cache).WithOriginal(name.Text));
            }

            // a South Slavic person's name written with dj (DJORDJEVIC, Vlastimir; DJOKIC, Petar) is the đ that writers also
            // strip to d (Dordevic, Dokic): read with d too, where a word ends as those surnames do (-ić); not Djabarov, Djamel
            if (subject.Kind is PartyType.Person or PartyType.Unknown && text.Contains("dj", StringComparison.OrdinalIgnoreCase)
                && SouthSlavicSurname().IsMatch(text))
                Add(NameAnalyzer.Prepare(DjAsD().Replace(text, m => m.Value[..1]), name.Type, subject.Kind, cache).WithOriginal(name.Text));

            // the Belarusian ў (Паўлавіч, Селіверстаў) is romanised u as Belarusian spellings write it (Paulavich, Seliverstau),
            // and read as the Russian в too, as the name's Russian form writes it (Pavlovich, Seliverstov)
            if (text.AsSpan().IndexOfAny('ў', 'Ў') >= 0)
                Add(NameAnalyzer.Prepare(text.Replace('ў', 'в').Replace('Ў', 'В'), name.Type, subject.Kind, cache).WithOriginal(name.Text));

            // an acronym written as its letters' names (Ай Ти Си, AI TI SI; アイ・エス・アイ) is read as those letters too (ITC, ISI)
            if (subject.Kind is PartyType.Organization or PartyType.Unknown && LetterNames.Spelled(text) is { } spelled)
                Add(NameAnalyzer.Prepare(spelled, name.Type, subject.Kind, cache).WithOriginal(name.Text));

            // a bracketed acronym is another name too: United Engine Corporation (ODK) is also ODK (a bracketed word is a
            // qualifier only: Radiozavod (Penza) is no Penza, Tekhnodinamika (Rostec) no Rostec)
            if (text.Contains('(', StringComparison.Ordinal) && Bracketed().Match(text) is { Success: true } bracket
                && bracket.Groups[1].Value.Trim() is { Length: >= 2 and <= Acronyms.MaxLength } inner && !inner.Contains(' ', StringComparison.Ordinal)
                && Acronyms.LooksLikeAcronym(Transliterator.ToLatin(inner.ToLowerInvariant())))
                Add(NameAnalyzer.Prepare(bracket.Groups[1].Value, NameType.Alias, subject.Kind, cache).WithOriginal(name.Text));

            // a branch of a firm has no legal personality of its own: BRANCH OF PJSC TUPOLEV – KAZAN AVIATION PLANT is PJSC
            // Tupolev too; read only where the parent is named with its legal form, so the Siberian Branch of the Russian
            // Academy of Sciences stays one name (the branch's own name alone is not read: Kazan Plant, Head Office and
            // Siberia name other firms); not where a second dash makes the parent's end unclear (Almaz – Antey – Obukhov
            // Plant), nor the Spanish or Portuguese filial, a subsidiary named after its place (Petrobras, Filial Venezuela)
            if (subject.Kind is PartyType.Organization or PartyType.Unknown
                && (text.Contains("branch", StringComparison.OrdinalIgnoreCase) || text.Contains("филиал", StringComparison.OrdinalIgnoreCase))
                && SpacedDash().Count(text) <= 1 && BranchOf().Match(text) is { Success: true } branch)
            {
                var parent = NameAnalyzer.Prepare(branch.Groups["parent"].Value, NameType.Alias, subject.Kind, cache);
                if (parent.Tokens.Any(static t => t.Kind == TokenKind.LegalForm) && parent.Tokens.Any(static t => t.Kind != TokenKind.LegalForm))
                    Add(parent.WithOriginal(name.Text));
            }
        }

        // a name's further readings may make more names than the subject has
        void Add(PreparedName prepared)
        {
            if (count == names.Length)
                Array.Resize(ref names, names.Length + 1);
            names[count++] = prepared;
        }

        Names = count == names.Length ? names : names[..count];
        Identifiers = found is null ? subject.Identifiers : [.. subject.Identifiers, .. found];
    }

    private static readonly System.Buffers.SearchValues<char> StrokedD = System.Buffers.SearchValues.Create("ĐđÐð");

    public MatchSubject Subject { get; }

    public PreparedName[] Names { get; }

    /// <summary>The subject's identifiers and those written in its names (IMO numbers).</summary>
    public IReadOnlyList<EntryIdentifier> Identifiers { get; }

    // "BRANCH OF P – B", "B – BRANCH OF P", "B, A BRANCH OF P" (a dash between spaces, not the hyphen of UEC-SATURN), in
    // English and Russian (филиал); the parent P is read
    [GeneratedRegex(@"^\s*(?:the\s+|a\s+)?(?:branch\s+of|филиал)\s+(?:the\s+)?(?<parent>.+?)\s+[–—-]\s+.+?\s*$|^\s*.+?(?:\s+[–—-]|\s*,)\s+(?:a\s+|the\s+)?(?:branch\s+of|филиал)\s+(?:the\s+)?(?<parent>.+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BranchOf();

    [GeneratedRegex(@"\s[–—-]\s", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"[\(\[,;]?\s*\bIMO\b[\s:#.\-]*(?:No\.?\s*)?(\d{7})\b[\)\]]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImoInName();

    [GeneratedRegex(@"\(\s*([^\(\)]*?\p{L}[^\(\)]*?)\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?:ic|ić|IC|IĆ|Ic|Ić)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SouthSlavicSurname();

    [GeneratedRegex(@"[Dd][Jj]", RegexOptions.CultureInvariant)]
    private static partial Regex DjAsD();

    [GeneratedRegex(@"^\s*(?:M/V|M/T|M/S|F/V|MV|MT)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VesselPrefix();

    [GeneratedRegex(@"^\s*(?:M/V|M/T|M/S|F/V|MV|MT|MS|M\.\s?V\.|M\.\s?T\.|S\.\s?S\.|SS)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VesselPrefixLoose();
}
