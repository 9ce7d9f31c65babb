using SanctionsWatch.Model;

namespace SanctionsWatch.Sources.OpenSanctions;

/// <summary>FollowTheMoney schemas that are parties (listed targets), and their party type; others are skipped.</summary>
internal static class OpenSanctionsSchemas
{
    public static PartyType? PartyTypeOf(string? schema) => schema switch
    {
        "Person" => PartyType.Person,
        "Company" or "Organization" or "LegalEntity" or "PublicBody" => PartyType.Organization,
        "Vessel" => PartyType.Vessel,
        "Airplane" => PartyType.Aircraft,
        _ => null, // Sanction, Address, Ownership, Passport, UnknownLink, … are not entries
    };
}
