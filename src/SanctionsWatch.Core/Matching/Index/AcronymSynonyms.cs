namespace SanctionsWatch.Matching;

/// <summary>
/// Acronyms a list itself gives as another name of a party whose full name abbreviates otherwise: JOINT STOCK COMPANY
/// UNITED ENGINE CORPORATION a.k.a. AO ODK makes UEC (the English name's initials) and ODK (the Russian one's) two
/// spellings of one acronym, so UEC-KUZNETSOV meets ODK-KUZNETSOV. Learned from the list's own names, not typed in:
/// an entry's one-word acronym name (three to five letters) beside a name of as many words (a trailing legal form
/// counted: United Engine Corporation) whose initials it does not spell already.
/// </summary>
public static class AcronymSynonyms
{
    /// <summary>The pairs of acronym keys (both orders) the <paramref name="subjects"/>' names give.</summary>
    public static HashSet<(string, string)> Learn(IEnumerable<PreparedSubject> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var pairs = new HashSet<(string, string)>();
        foreach (var subject in subjects)
            LearnFrom(subject, pairs);
        return pairs;
    }

    /// <summary>Adds the pairs one subject's names give (a subject at a time: a corpus is not kept in memory for it).</summary>
    public static void LearnFrom(PreparedSubject subject, HashSet<(string, string)> pairs)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(pairs);
        if (subject.Names.Length < 2 || subject.Subject.Kind == Model.PartyType.Person)
            return;
        foreach (var acronym in subject.Names)
        {
            if (AcronymOf(acronym) is not { } a)
                continue;
            foreach (var name in subject.Names)
            {
                if (ReferenceEquals(name, acronym) || InitialsOf(name, a.Length) is not { } initials || initials == a)
                    continue;
                var (x, y) = (Transliterator.PhoneticKey(a), Transliterator.PhoneticKey(initials));
                if (x != y && x.Length >= 3 && y.Length >= 3) // a key the romanisation shortens to two letters tells too little
                {
                    pairs.Add((x, y));
                    pairs.Add((y, x));
                }
            }
        }
    }

    /// <summary>The one core word of a name when it reads as an acronym of three to five letters (AO ODK: odk), else null.</summary>
    private static string? AcronymOf(PreparedName name)
    {
        if (name.CoreCount != 1)
            return null;
        var core = name.Tokens.Single(t => t.Kind != TokenKind.LegalForm);
        var text = core.Text;
        return core.Kind == TokenKind.Word && text.Length is >= 3 and <= 5 && !text.Contains(' ', StringComparison.Ordinal)
            && text.All(char.IsAsciiLetterLower) && Acronyms.LooksLikeAcronym(text)
            ? text
            : null;
    }

    /// <summary>
    /// The first letters of the words of a name's core tokens and the legal forms after them (United Engine
    /// Corporation: uec), when there are <paramref name="length"/> of them; else null.
    /// </summary>
    private static string? InitialsOf(PreparedName name, int length)
    {
        var tokens = name.Tokens;
        var start = 0;
        while (start < tokens.Length && tokens[start].Kind == TokenKind.LegalForm)
            start++; // a leading legal form (Joint Stock Company …) is not part of the acronym
        Span<char> initials = stackalloc char[length];
        var n = 0;
        for (var i = start; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Number)
                return null;
            if (tokens[i].Kind == TokenKind.LegalForm && !tokens[i].Text.Contains(' ', StringComparison.Ordinal) && tokens[i].Text.Length <= 4)
                continue; // a legal form written as its own abbreviation (JSC, OOO) is no word of the name: Russian Railways JSC is RR
            foreach (var word in tokens[i].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (NameAnalyzer.FunctionWords.Contains(word))
                    continue;
                if (n == length || !char.IsAsciiLetterLower(word[0]))
                    return null;
                initials[n++] = word[0];
            }
        }

        return n == length ? new string(initials) : null;
    }
}
