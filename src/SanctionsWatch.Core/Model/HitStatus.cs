namespace SanctionsWatch.Model;

/// <summary>A hit's review status: <c>new</c> until a person confirms or dismisses it; a reopened hit is new again.</summary>
public enum HitStatus
{
    New,
    Confirmed,
    Dismissed,
}

/// <summary>What a review does to a hit: confirm it, dismiss it, or reopen it (back to <see cref="HitStatus.New"/>).</summary>
public enum ReviewAction
{
    Confirm,
    Dismiss,
    Reopen,
}

/// <summary>
/// The words the store, the CLI and the JSON contracts write for <see cref="HitStatus"/> and <see cref="ReviewAction"/>:
/// the names in lower case (new, confirmed, dismissed; confirm, dismiss, reopen).
/// </summary>
public static class ReviewWords
{
    public static string ToText(this HitStatus status) => status switch
    {
        HitStatus.New => "new",
        HitStatus.Confirmed => "confirmed",
        HitStatus.Dismissed => "dismissed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ToText(this ReviewAction action) => action switch
    {
        ReviewAction.Confirm => "confirm",
        ReviewAction.Dismiss => "dismiss",
        ReviewAction.Reopen => "reopen",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>The status a stored word names.</summary>
    /// <exception cref="FormatException">Not new, confirmed or dismissed.</exception>
    public static HitStatus ParseStatus(string text) => text switch
    {
        "new" => HitStatus.New,
        "confirmed" => HitStatus.Confirmed,
        "dismissed" => HitStatus.Dismissed,
        _ => throw new FormatException($"'{text}' is not a hit status (new, confirmed, dismissed)"),
    };
}
