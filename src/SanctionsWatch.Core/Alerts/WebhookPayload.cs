using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanctionsWatch.Alerts;

/// <summary>The bytes a webhook sends: the alert and its hit as JSON, or a Slack-compatible <c>{"text": …}</c>.</summary>
public static class WebhookPayload
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static byte[] Build(AlertMessage a, string format) =>
        string.Equals(format, "slack", StringComparison.OrdinalIgnoreCase)
            ? JsonSerializer.SerializeToUtf8Bytes(new { text = Slack(a) }, Json)
            : JsonSerializer.SerializeToUtf8Bytes(
                new
                {
                    IdempotencyKey = a.IdempotencyKey,
                    Alert = new
                    {
                        a.Id,
                        a.Kind,
                        a.Source,
                        a.SnapshotId,
                        a.SnapshotAt,
                        a.CreatedAt,
                        Change = a.Change is { } c ? new { c.Id, c.Fields, c.Diff } : null,
                    },
                    Hit = new
                    {
                        Id = a.HitId,
                        Status = a.HitStatus,
                        a.Score,
                        Entity = new { Id = a.WatchlistId, Name = a.EntityName },
                        Entry = new { Id = a.EntryId, Name = a.EntryName, a.Listing },
                        a.Source,
                        a.SourceLink,
                        Related = a.IsRelated,
                        a.Path,
                    },
                },
                Json);

    /// <summary>A scheduled digest: <c>{"idempotency_key", "digest": …}</c> (the <c>digest</c> command's JSON), or Slack's text.</summary>
    public static byte[] Build(Storage.Digest digest, string idempotencyKey, string format) =>
        string.Equals(format, "slack", StringComparison.OrdinalIgnoreCase)
            ? JsonSerializer.SerializeToUtf8Bytes(new { text = "*SanctionsWatch* " + SlackText(digest.Text()) }, Json)
            : JsonSerializer.SerializeToUtf8Bytes(new { IdempotencyKey = idempotencyKey, Digest = digest }, Json);

    private static string Slack(AlertMessage a) =>
        $"*SanctionsWatch* {SlackText(a.Summary)}" + (a.Change is { } c ? "\n" + SlackText(c.Line) : "") +
        (a.SourceLink is null ? "" : $"\n<{a.SourceLink}|{SlackText($"{a.Source} {a.EntryId}")}>");

    /// <summary>
    /// List text as Slack shows it, not as Slack reads it: &amp;, &lt; and &gt; escaped as its message format asks, so
    /// a listed name written <c>&lt;!channel&gt;</c> or <c>&lt;https://evil|bank&gt;</c> is no mention and no link.
    /// </summary>
    internal static string SlackText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
