using SanctionsWatch.Model;

namespace SanctionsWatch.Sources;

/// <summary>
/// Reads the links a list states in prose in an entry's remarks (the EU's and UN's remarks, the UK's other
/// information, OpenSanctions' notes): "Owned by Ahmed Shah Noorzai Obaidullah (TAi.166).", "Associated with the
/// Organization of Al-Qaida in the Islamic Maghreb (QDe.014)", "Part of the Chemical Industries and Development of
/// Material Group", "The plant is part of the High Precision Systems holding company of Rostec".
/// </summary>
/// <remarks>
/// Conservative by design: a phrase (<c>owned or controlled by</c>, <c>owned by</c>, <c>controlled by</c>:
/// owner; <c>subsidiary of</c>, <c>part of</c>, <c>parent company</c>: parent; <c>linked to</c>, <c>associated
/// with</c>, <c>affiliated with</c>, <c>on behalf of</c>: linked-to; <c>general director</c>: director;
/// <c>subsidiaries:</c>, followed by a list of names: subsidiary) must be
/// followed by a name: words starting with a capital or a digit, joined by the small words of names (of, and, the,
/// de, al…), ending at punctuation or at the first other lower-case word. "Linked to terrorist groups", "owned or
/// controlled by a designated person" and "not affiliated with" make no link. A bracketed reference that the list
/// uses as an entry id (the UN's <c>QDe.014</c>) becomes the link's id, and after one, ", and" or "and" starts
/// another name. "X holding company of Y" gives both X and Y. A person has no parent company: "part of" on a
/// person's entry is linked-to. Never throws: text it cannot read gives no link.
/// </remarks>
public static class RemarkLinks
{
    /// <summary>The most links read from one remark (a longer enumeration is a list of members, not of owners).</summary>
    public const int MaxLinks = 16;

    private const int MaxNameLength = 160;
    private const int MaxWords = 14;

    // Longest first where one phrase ends another.
    private static readonly (string Phrase, LinkType Type)[] Phrases =
    [
        ("owned or controlled by", LinkType.Owner),
        ("owned and controlled by", LinkType.Owner),
        ("owned by", LinkType.Owner),
        ("controlled by", LinkType.Owner),
        ("subsidiary of", LinkType.Parent),
        ("part of", LinkType.Parent),
        ("parent company is", LinkType.Parent),
        ("parent company", LinkType.Parent),
        ("subsidiaries:", LinkType.Subsidiary),
        ("subsidiaries)", LinkType.Subsidiary),
        ("linked to", LinkType.LinkedTo),
        ("associated with", LinkType.LinkedTo),
        ("affiliated with", LinkType.LinkedTo),
        ("on behalf of", LinkType.LinkedTo),
        ("general director:", LinkType.Director),
        ("director general:", LinkType.Director),
        ("general director is", LinkType.Director),
    ];

    // Lower-case words that belong inside names ("Islamic State in Iraq and the Levant", "Bank of Russia").
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "of", "and", "the", "for", "in", "on", "de", "del", "des", "du", "la", "le", "al", "el", "bin", "ibn", "van", "von",
        "der", "y", "und", "&",
    };

    // A name starting with one of these is a reference to a legal text, not a party.
    private static readonly HashSet<string> NotParties = new(StringComparer.OrdinalIgnoreCase)
    {
        "Annex", "Article", "Articles", "Resolution", "Resolutions", "Regulation", "Regulations", "Decision", "Paragraph",
        "Section", "Decree", "Directive", "Schedule", "Executive", "Council",
    };

    private static readonly string[] Holdings = [" holding company of ", " holding of ", " holdings of ", " holding group of "];

    /// <summary>
    /// The links stated in <paramref name="text"/>, in order, without repeats. <paramref name="isListId"/> says
    /// whether a bracketed reference is an id of the same list (null: the list has none in its remarks).
    /// </summary>
    public static IReadOnlyList<EntryLink> Parse(string? text, PartyType partyType, Func<string, bool>? isListId = null)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        List<EntryLink>? links = null;
        var lower = text.ToLowerInvariant();
        var i = 0;
        while (i < text.Length && (links?.Count ?? 0) < MaxLinks)
        {
            var (phrase, type) = PhraseAt(lower, i);
            if (phrase is null)
            {
                i = NextWord(text, i);
                continue;
            }

            var after = i + phrase.Length;
            if (!Negated(lower, i))
            {
                var linkType = partyType == PartyType.Person && type is LinkType.Parent or LinkType.Subsidiary ? LinkType.LinkedTo : type;
                after = ReadNames(text, after, linkType, isListId, links ??= [], enumeration: type == LinkType.Subsidiary);
            }

            i = Math.Max(after, i + 1);
        }

        return links is null ? [] : links.Distinct().Take(MaxLinks).ToArray();
    }

    private static (string? Phrase, LinkType Type) PhraseAt(string lower, int i)
    {
        if (i > 0 && char.IsLetterOrDigit(lower[i - 1]))
            return (null, default);
        foreach (var (phrase, type) in Phrases)
        {
            if (string.CompareOrdinal(lower, i, phrase, 0, phrase.Length) != 0)
                continue;
            var end = i + phrase.Length;
            if (end < lower.Length && char.IsLetterOrDigit(lower[end]) && char.IsLetter(phrase[^1]))
                continue;
            return (phrase, type);
        }

        return (null, default);
    }

    /// <summary>The start of the next word after position <paramref name="i"/>.</summary>
    private static int NextWord(string text, int i)
    {
        i++;
        while (i < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i]))
            i++;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            i++;
        return i;
    }

    /// <summary>"not affiliated with", "no longer linked to", "never owned by".</summary>
    private static bool Negated(string lower, int i)
    {
        var before = lower.AsSpan(0, i).TrimEnd();
        return before.EndsWith(" not", StringComparison.Ordinal) || before.Equals("not", StringComparison.Ordinal)
            || before.EndsWith("no longer", StringComparison.Ordinal) || before.EndsWith(" never", StringComparison.Ordinal)
            || before.EndsWith("n't", StringComparison.Ordinal) || before.EndsWith("n’t", StringComparison.Ordinal);
    }

    /// <summary>Reads one name (or several, after a bracketed id), adds the links, returns where reading stopped.</summary>
    /// <param name="enumeration">A list of names follows ("Subsidiaries: A, B and C"): commas and "and" separate them.</param>
    private static int ReadNames(string text, int i, LinkType type, Func<string, bool>? isListId, List<EntryLink> links, bool enumeration)
    {
        for (var names = 0; names < MaxLinks; names++)
        {
            i = SkipSpaces(text, i);
            while (i < text.Length && text[i] is ':' or '-' or '–' or ')')
                i = SkipSpaces(text, i + 1);
            if (StartsWithWord(text, i, "the"))
                i = SkipSpaces(text, i + 3);
            var (name, end, id) = isListId is null ? (null, i, null) : NameBeforeId(text, i, isListId);
            if (name is null)
                (name, end) = ReadName(text, i, enumeration);
            if (name is null)
                return end;

            // Bracketed parts after the name: the list's id of the party, or an acronym (ignored).
            var bracketed = id is not null;
            var j = SkipSpaces(text, end);
            while (j < text.Length && text[j] == '(')
            {
                var close = CloseWithin(text, j);
                if (close < 0 || close - j > 40)
                    break;
                var inside = text[(j + 1)..close].Trim();
                if (isListId is not null && isListId(inside))
                {
                    id ??= inside;
                    bracketed = true;
                }

                j = SkipSpaces(text, close + 1);
            }

            links.Add(new EntryLink(type, name, id));
            var holding = Holdings.FirstOrDefault(h => string.Compare(text, end, h, 0, h.Length, StringComparison.OrdinalIgnoreCase) == 0);
            if (holding is not null)
            {
                // "the High Precision Systems holding company of Rostec": Rostec stands above the holding too.
                i = end + holding.Length;
                continue;
            }

            if (!bracketed && !enumeration)
                return j;

            // "X (QDe.014) and Y (QDe.134)", "X (QDe.069), Y (QDe.070), and Z": the enumeration goes on.
            var k = j;
            if (k < text.Length && text[k] == ',')
                k = SkipSpaces(text, k + 1);
            if (StartsWithWord(text, k, "and"))
                k = SkipSpaces(text, k + 3);
            if (k == j || k >= text.Length)
                return j;
            i = k;
        }

        return i;
    }

    /// <summary>
    /// The closing bracket of the one at <paramref name="open"/> when it is at most 40 characters on, else -1: a remark of
    /// a million opening brackets and no closing one is read in linear time, not searched to its end from each.
    /// </summary>
    private static int CloseWithin(string text, int open) =>
        open + 1 >= text.Length ? -1 : text.IndexOf(')', open + 1, Math.Min(41, text.Length - open - 1));

    /// <summary>
    /// The name at <paramref name="i"/> when the list's id of the party follows it in brackets within the sentence:
    /// then every word up to the bracket is the name ("Mouvement pour l’Unification et le Jihad en Afrique de l’Ouest
    /// (MUJAO) (QDe.134)"), bracketed acronyms before the id left out. Null when no id follows.
    /// </summary>
    private static (string? Name, int End, string? Id) NameBeforeId(string text, int i, Func<string, bool> isListId)
    {
        if (i >= text.Length || !char.IsUpper(text[i]))
            return (null, i, null);
        var limit = Math.Min(text.Length, i + MaxNameLength + 60);
        var nameEnd = -1;
        for (var j = i; j < limit; j++)
        {
            var c = text[j];
            if (c is ';' or '\n' || (c == '.' && (j + 1 >= text.Length || char.IsWhiteSpace(text[j + 1]))))
                return (null, i, null);
            if (c != '(')
                continue;
            var close = CloseWithin(text, j);
            if (close < 0 || close - j > 40)
                return (null, i, null);
            if (nameEnd < 0)
                nameEnd = j;
            var inside = text[(j + 1)..close].Trim();
            if (isListId(inside))
            {
                // "Islamic Jihad Union (IJU), also known as the Islamic Jihad Group (QDe.119)": the first name.
                var aka = AlsoKnownAs(text, i, nameEnd);
                if (aka > i)
                    nameEnd = text.LastIndexOf('(', aka) is var open && open > i && text.IndexOf(')', open, aka - open) >= 0 ? open : aka;
                var name = ReaderText.Clean(text[i..nameEnd]);
                return name is null || name.Length > MaxNameLength || name.Split(' ').Length > MaxWords
                    ? (null, i, null)
                    : (name, close + 1, inside);
            }

            j = close;
            if (SkipSpaces(text, close + 1) is var next && (next >= text.Length || text[next] != '('))
                nameEnd = -1; // words follow the bracket: it was inside the name
        }

        return (null, i, null);
    }

    /// <summary>Where "also known as" (or "a.k.a.") starts between two positions, comma included; -1 when it does not.</summary>
    private static int AlsoKnownAs(string text, int start, int end)
    {
        foreach (var marker in (string[])[", also known as ", " also known as ", ", a.k.a. ", " a.k.a. "])
        {
            var at = text.IndexOf(marker, start, end - start, StringComparison.OrdinalIgnoreCase);
            if (at > start)
                return at;
        }

        return -1;
    }

    /// <summary>
    /// The name at <paramref name="i"/>: capitalised words and the small words between them, up to punctuation or
    /// another lower-case word; null when there is none (a lower-case word first, a legal reference, too long).
    /// </summary>
    /// <param name="splitAnd">In a list of names, "and" separates two names rather than joining words of one.</param>
    private static (string? Name, int End) ReadName(string text, int i, bool splitAnd)
    {
        var words = new List<(int Start, int End)>();
        var capitals = 0;
        var j = i;
        while (j < text.Length && words.Count <= MaxWords)
        {
            var start = j;
            while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] is not (',' or ';' or '(' or ')' or '"' or '“' or '”' or '[' or ']'))
                j++;
            if (j == start)
                break;
            var word = text[start..j];
            var stop = false;
            if (word.EndsWith('.') || word.EndsWith(':'))
            {
                // A full stop or colon ends the name, unless it ends an initial or an abbreviation inside one ("S.A.").
                var bare = word.TrimEnd('.', ':');
                stop = !(word.EndsWith('.') && bare.Length <= 2 && bare.Length > 0 && char.IsUpper(bare[0]) && j < text.Length && text[j] == ' '
                         && j + 1 < text.Length && char.IsUpper(text[j + 1]));
                word = stop ? bare : word;
                if (word.Length == 0)
                    break;
            }

            var first = word.TrimStart('\'', '‘', '’', '«', '„');
            var isName = first.Length > 0 && (char.IsUpper(first[0]) || char.IsDigit(first[0]) || (first.Length < word.Length && char.IsLetter(first[0])));
            if (!isName && (!Joiners.Contains(word) || (splitAnd && word is "and" or "&")))
                break;
            words.Add((start, start + word.Length));
            if (isName && char.IsLetter(first[0]))
                capitals++;
            if (stop || j >= text.Length || !char.IsWhiteSpace(text[j]))
                break;
            j = SkipSpaces(text, j);
        }

        // Small words are not a name's last words ("… Group of" before "the" ended); nor a word like "Al-Qaida-related".
        while (words.Count > 0 && (Joiners.Contains(text[words[^1].Start..words[^1].End]) || IsAdjective(text[words[^1].Start..words[^1].End])))
            words.RemoveAt(words.Count - 1);
        var end = words.Count == 0 ? i : words[^1].End;
        if (words.Count == 0 || words.Count > MaxWords || capitals == 0)
            return (null, Math.Max(end, i));
        var name = text[words[0].Start..end];
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
            name = name[..^2];
        name = ReaderText.Clean(name);
        if (name is null || name.Length > MaxNameLength || name.Count(char.IsLetter) < 2 || NotParties.Contains(name.Split(' ')[0]))
            return (null, end);
        return (name, end);
    }

    private static bool IsAdjective(string word) =>
        word.EndsWith("-related", StringComparison.Ordinal) || word.EndsWith("-linked", StringComparison.Ordinal)
        || word.EndsWith("-backed", StringComparison.Ordinal) || word.EndsWith("-affiliated", StringComparison.Ordinal);

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    private static bool StartsWithWord(string text, int i, string word) =>
        i + word.Length < text.Length
        && string.CompareOrdinal(text, i, word, 0, word.Length) == 0
        && char.IsWhiteSpace(text[i + word.Length]);
}
