namespace SanctionsWatch.Matching;

/// <summary>
/// A watched party is one entry of a list, as a rule. Of a party's alert-level matches in one list, only its best and
/// those within <see cref="Margin"/> of it are hits (alerts in a sync, the alert band in <c>screen</c>). A lesser
/// match beside a better one is another party: a subsidiary named after the watched firm (SBERBANK LEASING beside
/// SBERBANK), a sister firm, a namesake whose name has other parts. Within the margin both stay: namesakes who score
/// alike (IVANOV, Sergei Sergeevich and IVANOV, Sergei Borisovich for Sergei Ivanov) both alert, since nothing tells
/// them apart. An outranked match is review, never hidden: <c>screen</c> and <c>watchlist explain</c> show it with the
/// entry that outranks it, and it becomes a hit when that entry leaves the list and the list is screened in full.
/// </summary>
public static class BestOfList
{
    /// <summary>
    /// How far below the best a match may score and still be a hit: an extra patronymic on one side costs about 0.01,
    /// an extra distinctive word (LEASING, KHOLDING, ZAVOD) about 0.08.
    /// </summary>
    public const double Margin = 0.02;

    /// <summary>Whether a match scoring <paramref name="score"/> is outranked by one scoring <paramref name="best"/> in the same list.</summary>
    public static bool IsOutranked(double score, double best) => score < best - Margin;

    /// <summary>
    /// The items that are not outranked by another item of the same group (a watched party in one list), in their
    /// order; <paramref name="standing"/> adds the best score a group already has outside the items (its hits on
    /// entries the items do not cover).
    /// </summary>
    public static List<T> Keep<T, TGroup>(
        IEnumerable<T> items, Func<T, TGroup> group, Func<T, double> score, IReadOnlyDictionary<TGroup, double>? standing = null)
        where TGroup : notnull
    {
        var list = items as IReadOnlyCollection<T> ?? [.. items];
        var best = new Dictionary<TGroup, double>();
        if (standing is not null)
        {
            foreach (var (g, s) in standing)
                best[g] = s;
        }

        foreach (var item in list)
        {
            var g = group(item);
            if (!best.TryGetValue(g, out var b) || score(item) > b)
                best[g] = score(item);
        }

        return [.. list.Where(i => !IsOutranked(score(i), best[group(i)]))];
    }

    /// <summary>Why an alert-level match is not a hit, for an analyst: the entry that outranks it.</summary>
    public static string Reason(string betterEntryId, string betterName, double betterScore) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"outranked in this list by {betterEntryId} {betterName} ({betterScore:0.000}): a lesser match beside a better one is taken for another party");
}
