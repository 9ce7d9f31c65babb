using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SanctionsWatch.Model;

/// <summary>
/// How a listed entry is related to a watchlist entity: the chain of links from the entry to the entity, through
/// entries of the same list. <see cref="Direction"/> says which way: <c>below</c> (the entry is a subsidiary, front,
/// owned or directed party of the entity, or of one of its subsidiaries) or <c>above</c> (it is the entity's parent,
/// owner, director, or the party the entity is linked to). Stored as JSON with the related hit (field names are a
/// contract: <c>hits --related</c>, <c>hits show</c>, <c>related</c>).
/// </summary>
public sealed record RelatedPath(string Direction, IReadOnlyList<RelatedStep> Steps, RelatedEnd End)
{
    public const string Below = "below";
    public const string Above = "above";

    private static readonly JsonSerializerOptions Json = new(EntryContent.Json) { WriteIndented = false };

    /// <summary>How many links the path has (1: the entry's own link names the entity).</summary>
    public int Depth => Steps.Count;

    /// <summary>The link that ties the listed entry to the path: the first step's.</summary>
    public EntryLink FirstLink => Steps[0].Link;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RelatedPath? FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<RelatedPath>(json, Json);

    /// <summary>
    /// What the path is, link by link: which entry states which link. A change of it is a change of the relation
    /// (<c>related-changed</c>); how its end is resolved (by the entity's own entry, or by name) is not part of it.
    /// </summary>
    public string Signature
    {
        get
        {
            var sb = new StringBuilder(Direction);
            for (var i = 0; i < Steps.Count; i++)
            {
                var s = Steps[i];
                sb.Append('|').Append(s.Carrier).Append('>').Append(LinkTypes.Format(s.Link.Type)).Append('>')
                    .Append(s.Link.Name).Append('>').Append(s.Link.EntryId);
                if (i < Steps.Count - 1)
                    sb.Append('>').Append(s.To);
            }

            return sb.ToString();
        }
    }

    /// <summary>
    /// The path for people, from the listed entry to the watchlist entity; an arrow points from the entry that states a
    /// link to the party it names: <c>JSC X (37524) —linked-to→ STATE CORPORATION ROSTEC (17260) = ru-rostec</c>;
    /// <c>STATE CORPORATION ROSTEC (17260) ←linked-to— UAC (36431) = ru-uac</c>.
    /// </summary>
    public string Text
    {
        get
        {
            var sb = new StringBuilder();
            sb.Append(Node(Steps[0].FromName, Steps[0].From));
            foreach (var s in Steps)
            {
                var type = LinkTypes.Format(s.Link.Type);
                sb.Append(s.Carrier == s.From ? $" —{type}→ " : $" ←{type}— ");
                sb.Append(s.To is null ? "\"" + (s.ToName ?? s.Link.EntryId ?? "?") + "\"" : Node(s.ToName, s.To));
            }

            sb.Append(End.ResolvedBy == RelatedEnd.ByEntry ? " = " : " ≈ ").Append(End.WatchlistId);
            if (End.ResolvedBy == RelatedEnd.ByName)
                sb.Append(string.Create(CultureInfo.InvariantCulture, $" (name score {End.Score:0.000})"));
            return sb.ToString();
        }
    }

    private static string Node(string? name, string? id) => (name ?? "?") + (id is null ? "" : " (" + id + ")");
}

/// <summary>
/// One link of a path, from <see cref="From"/> to <see cref="To"/> (entry ids of the same list; <see cref="To"/> is
/// null when the link's other party is known only by name, at the end of a path). <see cref="Carrier"/> is the entry
/// that states <see cref="Link"/>: <see cref="From"/> or <see cref="To"/>.
/// </summary>
public sealed record RelatedStep(string From, string? FromName, string? To, string? ToName, string Carrier, EntryLink Link);

/// <summary>
/// Where a path ends: the watchlist entity, and how the last party was known to be it — <c>entry</c>: it is an entry
/// of the same list with a hit of the entity (<see cref="EntryId"/>); <c>name</c>: the link's name matched the entity at
/// the alert threshold. <see cref="Score"/> is that hit's or that name's score.
/// </summary>
public sealed record RelatedEnd(string WatchlistId, string? EntryId, string? Name, string ResolvedBy, double Score)
{
    public const string ByEntry = "entry";
    public const string ByName = "name";
}
