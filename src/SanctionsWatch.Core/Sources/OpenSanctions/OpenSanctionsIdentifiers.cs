using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.OpenSanctions;

/// <summary>Identifier types of OpenSanctions: FtM property names, and the untyped values of the simple CSV.</summary>
internal static class OpenSanctionsIdentifiers
{
    /// <summary>The identifier type of a FollowTheMoney property, or null when the property is not an identifier.</summary>
    public static string? TypeOf(string property) => property switch
    {
        "innCode" => "inn",
        "ogrnCode" => "ogrn",
        "kppCode" => "kpp",
        "okpoCode" => "okpo",
        "imoNumber" => "imo",
        "leiCode" => "lei",
        "swiftBic" => "swift",
        "isinCode" or "isin" => "isin",
        "registrationNumber" => "registration",
        "taxNumber" => "tax-id",
        "vatCode" => "vat",
        "passportNumber" => "passport",
        "idNumber" => "national-id",
        "mmsi" => "mmsi",
        "icaoCode" => "icao",
        "serialNumber" => "msn",
        _ => null,
    };

    /// <summary>Russian tax numbers given as a generic tax number are INNs (10 or 12 digits), as OFAC's are.</summary>
    public static EntryIdentifier Typed(string type, string value, bool russian)
    {
        if (type == "tax-id" && russian && Digits(value) is 10 or 12)
            return new EntryIdentifier("inn", value);
        if (type == "registration" && russian && Digits(value) is 13 or 15)
            return new EntryIdentifier("ogrn", value);
        if (type == "imo" && value.StartsWith("IMO", StringComparison.OrdinalIgnoreCase))
            return new EntryIdentifier("imo", value[3..].Trim());
        return new EntryIdentifier(type, value);
    }

    /// <summary>
    /// The simple CSV gives identifiers without their kind: IMO numbers say so ("IMO9253325"); for a Russian party, 13 or
    /// 15 digits are an OGRN, 10 or 12 digits an INN; anything else is kept as an untyped "other".
    /// </summary>
    public static EntryIdentifier Guess(string value, bool russian)
    {
        if (value.Length == 10 && value.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) && Digits(value[3..]) == 7)
            return new EntryIdentifier("imo", value[3..]);
        if (russian)
        {
            var digits = Digits(value);
            if (digits is 13 or 15)
                return new EntryIdentifier("ogrn", value);
            if (digits is 10 or 12)
                return new EntryIdentifier("inn", value);
        }

        return new EntryIdentifier("other", value);
    }

    /// <summary>The length when the value is all ASCII digits, else -1.</summary>
    private static int Digits(string value) =>
        value.Length > 0 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 ? value.Length : -1;
}
