namespace SanctionsWatch.Model;

/// <summary>
/// What the other party of a link is to the entry that carries it, as the list states it: the entry is linked to it
/// (<see cref="LinkedTo"/>: OFAC's "Linked To", an associate, a front acting for it), it is the entry's parent company,
/// one of its subsidiaries, its owner (or controller), or one of its directors. Written kebab-case: <c>linked-to</c>,
/// <c>parent</c>, <c>subsidiary</c>, <c>owner</c>, <c>director</c>.
/// </summary>
public enum LinkType
{
    LinkedTo,
    Parent,
    Subsidiary,
    Owner,
    Director,
}

/// <summary>
/// A link from a list entry to another party: its type, the other party's name as the list writes it (null when the
/// file gives only an id), and the other party's id on the same list where the list gives one.
/// </summary>
public sealed record EntryLink(LinkType Type, string? Name, string? EntryId = null)
{
    /// <summary>How a link is written in text: <c>linked-to STATE CORPORATION ROSTEC</c>, <c>owner ROSNEFT (17022)</c>.</summary>
    public override string ToString() =>
        LinkTypes.Format(Type) + " " + (Name ?? "?") + (EntryId is null ? "" : " (" + EntryId + ")");
}

/// <summary>Link types as written in files, JSON and the CLI, and which way each one points.</summary>
public static class LinkTypes
{
    public static readonly IReadOnlyList<LinkType> All = Enum.GetValues<LinkType>();

    public static string Format(LinkType type) => type switch
    {
        LinkType.LinkedTo => "linked-to",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? text, out LinkType type)
    {
        foreach (var t in All)
        {
            if (string.Equals(Format(t), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = t;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>
    /// Whether the other party stands above the entry that carries the link (it controls it: the entry is linked to
    /// it, is its subsidiary, is owned or directed by it). Only <see cref="LinkType.Subsidiary"/> points down.
    /// </summary>
    public static bool PointsUp(LinkType type) => type != LinkType.Subsidiary;
}
