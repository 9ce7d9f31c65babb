using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using SanctionsWatch.Hosting;
using SanctionsWatch.Sync;
using SanctionsWatch.Tests.Support;

namespace SanctionsWatch.Tests.Hosting;

/// <summary>The real Quartz scheduler with the worker's registrations (<see cref="SyncScheduling"/>) and a recording sync.</summary>
public sealed class QuartzSchedulerTests
{
    private static ServiceProvider Services(RecordingSync sync, IEnumerable<SourcePlan> plans, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton<DispatchSignal>();
        services.AddSingleton<ISourceSync>(sync);
        services.AddQuartz(q =>
        {
            if (clock is not null)
                q.UseTimeProvider(clock);
            SyncScheduling.Configure(q, plans);
        });
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task On_a_fake_clock_jobs_fire_on_their_cron_and_a_misfire_fires_once_then_the_schedule_continues()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var sync = new RecordingSync(TimeSpan.Zero);
        var plan = new SourcePlan("ofac-sdn", SourceSchedule.EveryTwoHours, TimeSpan.FromHours(2), clock.GetUtcNow(), CatchUpNow: false);
        await using var sp = Services(sync, [plan], clock);
        var scheduler = await sp.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        try
        {
            // 09:59:59: not yet.
            clock.Advance(TimeSpan.FromMinutes(59) + TimeSpan.FromSeconds(59));
            await Task.Delay(300);
            Assert.Equal(0, sync.Runs("ofac-sdn"));

            // 10:00: the cron fires.
            clock.Advance(TimeSpan.FromSeconds(1));
            await HttpReceiver.WaitUntil(() => sync.Runs("ofac-sdn") == 1, TimeSpan.FromSeconds(10), "the 10:00 run");

            // The worker stalls for 7 h (12:00, 14:00 and 16:00 missed): one run now, not three.
            clock.Advance(TimeSpan.FromHours(7));
            await HttpReceiver.WaitUntil(() => sync.Runs("ofac-sdn") == 2, TimeSpan.FromSeconds(10), "the misfire run");
            await Task.Delay(500);
            Assert.Equal(2, sync.Runs("ofac-sdn"));

            // Then the schedule continues: 18:00.
            clock.Advance(TimeSpan.FromHours(1));
            await HttpReceiver.WaitUntil(() => sync.Runs("ofac-sdn") == 3, TimeSpan.FromSeconds(10), "the 18:00 run");
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: true);
        }
    }

    [Fact]
    public async Task A_source_never_runs_twice_at_once_sources_run_side_by_side_and_shutdown_waits_for_running_syncs()
    {
        // Every second, each run taking 1.5 s, plus a start-up run: the runs of one source would overlap if allowed.
        var sync = new RecordingSync(TimeSpan.FromMilliseconds(1500));
        SourcePlan Plan(string id) => new(id, "* * * * * ?", TimeSpan.FromSeconds(1), null, CatchUpNow: true);
        await using var sp = Services(sync, [Plan("ofac-sdn"), Plan("ofac-cons")]);
        var scheduler = await sp.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        await HttpReceiver.WaitUntil(
            () => sync.Runs("ofac-sdn") >= 2 && sync.Runs("ofac-cons") >= 2, TimeSpan.FromSeconds(20), "two runs of each source");
        await scheduler.Shutdown(waitForJobsToComplete: true);

        Assert.Equal(1, sync.MaxConcurrent("ofac-sdn"));
        Assert.Equal(1, sync.MaxConcurrent("ofac-cons"));
        Assert.Equal(2, sync.MaxConcurrentAll);
        Assert.Equal(0, sync.InFlight);
        Assert.Equal(sync.Started, sync.Completed);
    }
}
