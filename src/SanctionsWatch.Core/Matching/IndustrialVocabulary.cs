namespace SanctionsWatch.Matching;

/// <summary>
/// A small curated vocabulary of Russian industrial words as equivalence groups across Cyrillic, transliteration and
/// English (завод / zavod / plant / factory / works …), recognised as phrases; and the syllabic contractions of Soviet
/// naming (Kurgan-mash-zavod, Ural-vagon-zavod, Kurgan-pribor) split into known parts plus a remainder.
/// </summary>
public static class IndustrialVocabulary
{
    /// <summary>The prefix of every concept pseudo-token.</summary>
    public const string Prefix = "#";

    internal static readonly PhraseTable Table = Build();

    /// <summary>Contraction parts, Latin, tried as suffixes of a long token; the concept each stands for (null: kept as a word).</summary>
    private static readonly (string Part, string? Concept)[] Parts =
    [
        ("zavod", Prefix + "plant"), ("mash", Prefix + "machine"), ("pribor", Prefix + "instrument"), ("vagon", null),
        ("prom", null), ("stroy", null), ("stroi", null), ("neft", null), ("gaz", null), ("energo", null),
    ];

    /// <summary>True for a concept pseudo-token (not a legal form).</summary>
    public static bool IsConcept(string token) =>
        token.StartsWith(Prefix, StringComparison.Ordinal) && !LegalForms.IsLegalForm(token);

    /// <summary>
    /// Splits a long Latin token made of contraction parts: <c>kurganmashzavod</c> → <c>kurgan</c>, <c>#machine</c>,
    /// <c>#plant</c>. Returns null when the token is not such a contraction.
    /// </summary>
    public static List<string>? SplitContraction(string latinToken)
    {
        if (latinToken.Length < 9)
            return null;
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

    private static PhraseTable Build()
    {
        var t = new PhraseTable();
        t.Add(Prefix + "plant", "завод*", "zavod*", "plant", "plants", "factory", "factories", "works", "фабрик*", "fabrik*", "mill");
        t.Add(Prefix + "machine",
            "машиностроител*", "машиностроени*", "mashinostroitel*", "mashinostroeni*", "mashinostroyeni*", "machine building",
            "machinebuilding", "machine builders", "mechanical engineering", "machine engineering", "machinery building", "маш", "mash");
        t.Add(Prefix + "instrument",
            "приборостроени*", "приборостроител*", "priborostroeni*", "priborostroitel*", "instrument making", "instrument building",
            "instrument engineering", "instrument manufacturing", "instrumentmaking", "прибор", "pribor");
        t.Add(Prefix + "npo",
            "научно производственное объединение", "nauchno proizvodstvennoe obedinenie", "npo", "нпо",
            "scientific production association", "scientific and production association", "research and production association",
            "science and production association", "research production association", "scientific industrial association");
        t.Add(Prefix + "npp",
            "научно производственное предприятие", "nauchno proizvodstvennoe predpriyatie", "npp", "нпп",
            "scientific production enterprise", "scientific and production enterprise", "research and production enterprise",
            "research production enterprise", "spe", "science and production enterprise", "research and development enterprise",
            "scientific and research enterprise");
        t.Add(Prefix + "npk",
            "научно производственная корпорация", "научно производственный концерн", "nauchno proizvodstvennaya korporatsiya",
            "nauchno proizvodstvennyy kontsern", "npk", "нпк", "research and production corporation", "scientific production corporation",
            "scientific and production corporation", "scientific production concern", "scientific and production concern",
            "research and production concern", "rpc", "spc");
        t.Add(Prefix + "gnpp", "государственное научно производственное предприятие", "gnpp", "гнпп", "state research and production enterprise", "srpe");
        t.Add(Prefix + "kb", "конструкторское бюро", "konstruktorskoe byuro", "konstruktorskoye byuro", "kb", "кб", "design bureau", "design office");
        t.Add(Prefix + "okb", "опытное конструкторское бюро", "opytnoe konstruktorskoe byuro", "okb", "окб", "experimental design bureau");
        t.Add(Prefix + "concern", "концерн", "kontsern", "concern");
        t.Add(Prefix + "nii",
            "научно исследовательский институт", "nauchno issledovatelskiy institut", "nauchno issledovatelskii institut", "nii", "нии",
            "research institute", "scientific research institute", "research and development institute");
        t.Add(Prefix + "avcomplex", "авиационный комплекс", "aviatsionnyy kompleks", "aviatsionnyi kompleks", "aviation complex");
        t.Add(Prefix + "aviation", "авиацион*", "aviatsion*", "aviation");
        t.Add(Prefix + "aircraft", "авиастроител*", "aviastroitel*", "aircraft building", "aircraft manufacturing", "aircraft");
        t.Add(Prefix + "engine", "двигателестроител*", "dvigatelestroitel*", "engine building", "engine manufacturing", "engine");
        t.Add(Prefix + "united", "объединенн*", "объединённ*", "obedinenn*", "obyedinenn*", "united");
        t.Add(Prefix + "special", "специальн*", "spetsialn*", "special");
        t.Add(Prefix + "tractor", "трактор*", "traktor*", "tractor", "tractors");
        t.Add(Prefix + "parachute", "парашют*", "parashyut*", "parashut*", "parachute");
        t.Add(Prefix + "research", "исследовательск*", "issledovatelsk*", "research");
        t.Add(Prefix + "institute", "институт", "institut", "institute");
        t.Add(Prefix + "bureau", "бюро", "byuro", "bureau");
        t.Add(Prefix + "design", "конструкторск*", "konstruktorsk*", "design");
        t.Add(Prefix + "production", "производствен*", "proizvodstven*", "production", "manufacturing");
        t.Add(Prefix + "scientific", "научн*", "nauchn*", "scientific");
        t.Add(Prefix + "systems", "систем*", "sistem*", "systems", "system");
        t.Add(Prefix + "control", "управлени*", "upravleni*", "control", "management");
        t.Add(Prefix + "communication", "связи", "svyazi", "communication", "communications");
        t.Add(Prefix + "motors", "моторы", "motory", "motors", "engines");
        t.Add(Prefix + "federal", "федеральн*", "federaln*", "federal");
        t.Add(Prefix + "service", "служба", "sluzhba", "service");
        t.Add(Prefix + "military", "военн*", "voenn*", "military");
        t.Add(Prefix + "technical", "техническ*", "tekhnichesk*", "technical");
        t.Add(Prefix + "cooperation", "сотрудничеств*", "sotrudnichestv*", "cooperation");
        t.Add(Prefix + "state", "государственн*", "gosudarstvenn*", "state");
        t.Add(Prefix + "radio", "радио", "radio");
        t.Add(Prefix + "complex", "комплекс", "kompleks", "complex");
        t.Add(Prefix + "high precision", "высокоточн*", "vysokotochn*", "high precision");
        t.Add(Prefix + "defense", "оборон*", "oboron", "defense", "defence");
        t.Add(Prefix + "ministry", "министерств*", "ministerstv*", "ministry");
        t.Add(Prefix + "bank", "банк", "bank");
        t.Add(Prefix + "shipbuilding", "судостроител*", "sudostroitel*", "shipbuilding", "ship building", "shipbuilders");
        t.Add(Prefix + "shiprepair", "судоремонт*", "sudoremont*", "ship repair", "shiprepair");
        t.Add(Prefix + "metallurgical", "металлургическ*", "metallurgichesk*", "metallurgical", "metallurgy", "iron and steel");
        t.Add(Prefix + "chemical", "химическ*", "khimichesk*", "chemical", "chemicals");
        t.Add(Prefix + "insurance", "страхов*", "strakhov*", "insurance");
        t.Add(Prefix + "leasing", "лизинг*", "lizing*", "leasing");
        t.Add(Prefix + "group", "группа", "gruppa", "grupp", "group");
        t.Add(Prefix + "holding", "холдинг*", "kholding*", "holding", "holdings");
        t.Add(Prefix + "trading", "трейдинг", "treiding", "treyding", "trading", "торговый дом", "torgovyi dom", "torgovy dom", "trading house", "td");
        t.Add(Prefix + "management", "управляющая", "upravliaiushchaia", "upravlyayushchaya", "management", "managing");
        t.Add(Prefix + "center", "центр*", "tsentr*", "center", "centre");
        t.Add(Prefix + "russian", "российск*", "rossiisk*", "rossiysk*", "russian", "русск*", "russk*");
        t.Add(Prefix + "allrussian", "всероссийск*", "vserossiisk*", "vserossiysk*", "all russian", "all russia");
        t.Add(Prefix + "technologies", "технологи*", "tekhnologi*", "technologies", "technology");
        t.Add(Prefix + "investment", "инвестиционн*", "investitsionn*", "investment", "investments");
        t.Add(Prefix + "construction", "строительн*", "stroitelnaia", "stroitelnaya", "stroitelnyi", "stroitelnoe", "construction");
        t.Add(Prefix + "energy", "энергетическ*", "energetichesk*", "energy", "power");
        t.Add(Prefix + "transport", "транспортн*", "transportn*", "transport", "transportation");
        t.Add(Prefix + "electronics", "электроник*", "elektronik*", "electronics", "electronic");
        t.Add(Prefix + "financial", "финанс*", "finans*", "financial", "finance");
        t.Add(Prefix + "independent", "независим*", "nezavisim*", "independent");
        t.Add(Prefix + "marine", "морск*", "morsk*", "marine", "maritime", "sea");
        t.Add(Prefix + "geological", "геологическ*", "geologichesk*", "geological");
        t.Add(Prefix + "expedition", "экспедици*", "ekspeditsi*", "expedition", "expeditions");
        t.Add(Prefix + "foundation", "фонд", "fond", "foundation", "fund");
        t.Add(Prefix + "foreign trade", "внешней торговли", "vneshnei torgovli", "foreign trade");
        t.Add(Prefix + "repair", "ремонтн*", "remontn*", "repair");
        t.Add(Prefix + "armored", "бронетанков*", "bronetankov*", "armored", "armoured", "tank");
        t.Add(Prefix + "helicopters", "вертолет*", "vertolet*", "helicopter", "helicopters");
        t.Add(Prefix + "optical", "оптическ*", "opticheskii", "optichesk*", "optical");
        t.Add(Prefix + "electromechanical", "электромеханическ*", "elektromekhanichesk*", "electromechanical");
        t.Add(Prefix + "mechanical", "механическ*", "mekhanichesk*", "mechanical");
        t.Add(Prefix + "academy", "академи*", "akademi*", "academy");
        t.Add(Prefix + "sciences", "наук", "nauk", "sciences", "science");
        t.Add(Prefix + "university", "университет", "universitet", "university");
        return t;
    }
}
