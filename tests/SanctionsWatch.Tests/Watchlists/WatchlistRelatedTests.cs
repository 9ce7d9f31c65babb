using SanctionsWatch.Model;
using SanctionsWatch.Sync;
using SanctionsWatch.Watchlists;

namespace SanctionsWatch.Tests.Watchlists;

/// <summary>The watchlist's optional <c>related</c> key: alert, review or off per entity, the configured default otherwise.</summary>
public sealed class WatchlistRelatedTests
{
    private const string File = "config/watchlist.yaml";

    [Theory]
    [InlineData("alert", RelatedMode.Alert)]
    [InlineData("review", RelatedMode.Review)]
    [InlineData("off", RelatedMode.Off)]
    [InlineData("Alert", RelatedMode.Alert)]
    public void Reads_the_related_mode_of_an_entity(string text, RelatedMode mode)
    {
        var watchlist = WatchlistLoader.Parse($"entities:\n  - id: ru-rostec\n    name: Rostec\n    related: {text}\n", File);

        Assert.Equal(mode, Assert.Single(watchlist.Entities).Related);
    }

    [Theory]
    [InlineData("")]
    [InlineData("    related: ~\n")]
    [InlineData("    related:\n")]
    public void Without_related_an_entity_takes_the_configured_default(string line)
    {
        var entity = Assert.Single(WatchlistLoader.Parse($"entities:\n  - id: ru-rostec\n    name: Rostec\n{line}", File).Entities);

        Assert.Null(entity.Related);
        Assert.Equal(RelatedMode.Review, new RelatedSettings().ModeOf(entity));
        Assert.Equal(RelatedMode.Alert, new RelatedSettings(Default: RelatedMode.Alert).ModeOf(entity));
        Assert.Equal(RelatedMode.Off, new RelatedSettings(Default: RelatedMode.Alert).ModeOf(entity with { Related = RelatedMode.Off }));
    }

    [Theory]
    [InlineData("always", "unknown related mode 'always' (allowed: alert, review, off)")]
    [InlineData("yes", "unknown related mode 'yes' (allowed: alert, review, off)")]
    [InlineData("1", "unknown related mode '1' (allowed: alert, review, off)")]
    [InlineData("[alert]", "'related' must be a string, not a list")]
    public void A_wrong_related_value_is_an_error_with_its_file_and_line(string value, string reason)
    {
        var yaml = $"entities:\n  - id: ru-rostec\n    name: Rostec\n  - id: ru-uac\n    name: UAC\n    related: {value}\n";

        var problem = Assert.Single(Assert.Throws<WatchlistException>(() => WatchlistLoader.Parse(yaml, File)).Problems);

        Assert.Equal(new WatchlistProblem(File, 6, reason), problem);
    }

    [Fact]
    public void Changing_an_entitys_related_mode_changes_the_watchlists_content_hash()
    {
        var review = WatchlistLoader.Parse("entities:\n  - id: ru-rostec\n    name: Rostec\n", File);
        var alert = WatchlistLoader.Parse("entities:\n  - id: ru-rostec\n    name: Rostec\n    related: alert\n", File);

        Assert.NotEqual(review.ContentHash, alert.ContentHash);
    }
}
