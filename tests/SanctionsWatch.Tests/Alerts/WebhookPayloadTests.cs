using System.Text.Json;
using SanctionsWatch.Alerts;

namespace SanctionsWatch.Tests.Alerts;

public sealed class WebhookPayloadTests
{
    [Fact]
    public void Slack_text_shows_list_names_as_text_never_as_a_mention_or_a_link()
    {
        var alert = new AlertMessage
        {
            Kind = "related-listed",
            WatchlistId = "ru-rostec",
            EntityName = "Rostec",
            Source = "ofac-sdn",
            EntryId = "50001",
            EntryName = "<!channel> FRONT & <https://evil.example|BANK> LLC",
            Path = "FRONT (50001) —linked-to→ <!here> (17260) = ru-rostec",
        };

        using var json = JsonDocument.Parse(WebhookPayload.Build(alert, "slack"));
        var text = json.RootElement.GetProperty("text").GetString()!;

        Assert.Contains("&lt;!channel&gt; FRONT &amp; &lt;https://evil.example|BANK&gt; LLC", text, StringComparison.Ordinal);
        Assert.Contains("&lt;!here&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil", text, StringComparison.Ordinal);
    }
}
