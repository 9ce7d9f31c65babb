namespace SanctionsWatch.Matching;

/// <summary>
/// Company legal forms (Russian, Ukrainian, English, German, Chinese; abbreviated and spelled out, Cyrillic and
/// transliterated), recognised as multi-token phrases in any position. Each maps to a class pseudo-token
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

    private static PhraseTable Build()
    {
        var t = new PhraseTable();
        t.Add(Prefix + "jsc",
            "jsc", "ojsc", "cjsc", "pjsc", "jsco", "ao", "oao", "zao", "pao", "nao", "ag", "plc", "sa", "aktiengesellschaft",
            "joint stock company", "open joint stock company", "public joint stock company", "closed joint stock company",
            "non public joint stock company", "joint stock", "jointstock company", "public limited company",
            "aktsionernoe obshchestvo", "aktsionernoye obshchestvo", "otkrytoe aktsionernoe obshchestvo",
            "zakrytoe aktsionernoe obshchestvo", "publichnoe aktsionernoe obshchestvo", "nepublichnoe aktsionernoe obshchestvo",
            "акционерное общество", "открытое акционерное общество", "закрытое акционерное общество",
            "публичное акционерное общество", "непубличное акционерное общество", "ао", "оао", "зао", "пао",
            "ат", "пат", "прат", "акціонерне товариство", "публічне акціонерне товариство", "приватне акціонерне товариство",
            "股份有限公司", "股份公司", "p j s c", "o j s c", "c j s c", "p l c", "as", "a s", "ab", "oy", "oyj", "nv", "spa", "s p a", "kk", "kabushiki kaisha", "sirketi", "anonim sirketi", "as");
        t.Add(Prefix + "llc",
            "llc", "ltd", "limited", "ooo", "tov", "gmbh", "llp", "pte ltd", "pte", "private limited", "limited liability company",
            "limited liability partnership", "company limited", "co ltd", "obshchestvo s ogranichennoi otvetstvennostyu",
            "obshchestvo s ogranichennoy otvetstvennostyu", "общество с ограниченной ответственностью", "ооо",
            "товариство з обмеженою відповідальністю", "тов", "有限公司", "有限责任公司", "gesellschaft mit beschrankter haftung",
            "d o o", "doo", "g m b h", "l l c", "l t d", "l l p", "sro", "s r o", "sp z o o", "srl", "s r l", "sarl", "s a r l", "sas", "s a s", "bv", "b v", "ou", "lda", "ltda",
            "pvt ltd", "private limited company", "sia", "uab", "sl", "s l", "eood", "ood", "tob", "too", "kft", "zrt", "jsc", "lllp", "fze", "fzco", "fzc", "fz llc", "sdn bhd", "pty ltd", "pty", "kft", "s de rl de cv",
            "s de rl", "sa de cv", "limited sirketi", "ltd sti", "ticaret limited sirketi", "drustvo s ogranicenom odgovornoscu");
        t.Add(Prefix + "corp", "corp", "corporation", "korporatsiya", "korporatsiia", "корпорация", "корпорація", "inc", "incorporated", "i n c");
        t.Add(Prefix + "co", "co", "company", "kompaniya", "компания", "公司");
        t.Add(Prefix + "state",
            "state corporation", "goskorporatsiya", "gosudarstvennaya korporatsiya", "государственная корпорация", "госкорпорация",
            "gk", "гк", "fgup", "фгуп", "gup", "гуп", "mup", "муп", "fsue", "fgbu", "фгбу", "federal state unitary enterprise",
            "state unitary enterprise", "federal state budgetary institution",
            "federalnoe gosudarstvennoe unitarnoe predpriyatie", "федеральное государственное унитарное предприятие",
            "государственное унитарное предприятие", "державне підприємство");
        return t;
    }
}
