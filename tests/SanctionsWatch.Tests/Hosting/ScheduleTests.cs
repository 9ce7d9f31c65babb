using Microsoft.Extensions.Time.Testing;
using Quartz;
using SanctionsWatch.App;
using SanctionsWatch.Hosting;

namespace SanctionsWatch.Tests.Hosting;

/// <summary>The schedule, on a fake clock: cron fire times, publisher defaults, start-up catch-up only when due.</summary>
public sealed class ScheduleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.Zero));

    private static SourceSettings Source(string id, string? schedule = null, bool enabled = true, string? url = "https://example.org/list") =>
        new(id, enabled, url, null, schedule, 0.5);

    [Theory]
    [InlineData("ofac-sdn", 2)]
    [InlineData("ofac-cons", 2)]
    [InlineData("un-sc", 4)]
    [InlineData("eu-fsf", 6)]
    [InlineData("uk-hmt", 6)]
    [InlineData("ch-seco", 6)]
    public void Publishers_have_default_intervals(string source, int hours)
    {
        var cron = SourceSchedule.Parse(source, SourceSchedule.CronFor(Source(source)));
        Assert.Equal(TimeSpan.FromHours(hours), SourceSchedule.Interval(cron, _clock.GetUtcNow()));
    }

    [Fact]
    public void Jobs_fire_on_their_cron_in_utc()
    {
        var cron = SourceSchedule.Parse("ofac-sdn", SourceSchedule.DefaultCron("ofac-sdn"));
        var fires = new List<string>();
        var t = _clock.GetUtcNow();
        for (var i = 0; i < 4; i++)
        {
            t = cron.GetNextValidTimeAfter(t)!.Value;
            fires.Add(t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(["10:00", "12:00", "14:00", "16:00"], fires);

        var configured = SourceSchedule.Parse("ofac-sdn", SourceSchedule.CronFor(Source("ofac-sdn", "0 15 7 ? * MON-FRI")));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 7, 15, 0, TimeSpan.Zero), configured.GetNextValidTimeAfter(_clock.GetUtcNow()));
        Assert.Throws<UsageException>(() => SourceSchedule.Parse("ofac-sdn", "every two hours"));
    }

    [Fact]
    public void Catch_up_at_start_only_when_the_last_check_is_older_than_the_interval()
    {
        var sources = new[] { Source("ofac-sdn"), Source("ofac-cons", "0 0 0/6 * * ?") };
        var lastChecks = new Dictionary<string, DateTimeOffset>
        {
            ["ofac-sdn"] = _clock.GetUtcNow() - TimeSpan.FromMinutes(90),
            ["ofac-cons"] = _clock.GetUtcNow() - TimeSpan.FromHours(7),
        };

        var plans = SchedulePlanner.Plan(sources, lastChecks, _clock.GetUtcNow()).ToDictionary(p => p.SourceId);
        Assert.False(plans["ofac-sdn"].CatchUpNow);   // checked 1.5 h ago, every 2 h: not due
        Assert.True(plans["ofac-cons"].CatchUpNow);   // checked 7 h ago, every 6 h: due

        _clock.Advance(TimeSpan.FromMinutes(30));     // now exactly 2 h since the last check of ofac-sdn
        Assert.True(SchedulePlanner.Plan(sources, lastChecks, _clock.GetUtcNow()).Single(p => p.SourceId == "ofac-sdn").CatchUpNow);

        // Never checked: due. Disabled, unknown or URL-less sources are not scheduled at all.
        var never = SchedulePlanner.Plan(
            [Source("ofac-sdn"), Source("ofac-cons", enabled: false), Source("nowhere-list"), Source("ofac-cons", url: null)],
            new Dictionary<string, DateTimeOffset>(),
            _clock.GetUtcNow());
        Assert.Equal("ofac-sdn", Assert.Single(never).SourceId);
        Assert.True(never[0].CatchUpNow);
    }

    [Fact]
    public void A_source_cron_trigger_fires_once_now_after_a_misfire()
    {
        var trigger = (ICronTrigger)TriggerBuilder.Create()
            .ForJob(SyncScheduling.JobKeyFor("ofac-sdn"))
            .WithSchedule(SyncScheduling.CronSchedule(SourceSchedule.EveryTwoHours))
            .Build();
        Assert.Equal(TimeZoneInfo.Utc, trigger.TimeZone);
        Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, (int)trigger.MisfireInstruction);
        Assert.Single(typeof(SyncJob).GetCustomAttributes(typeof(DisallowConcurrentExecutionAttribute), false));
    }
}
