using System.Diagnostics.Metrics;

namespace SanctionsWatch.Alerts;

/// <summary>
/// The deliveries, counted on the <c>SanctionsWatch</c> meter (<see cref="System.Diagnostics.Metrics"/>, for any
/// listener: OpenTelemetry, <c>dotnet-counters</c>): <c>sanctionswatch.deliveries</c> by channel and outcome
/// (<c>delivered</c>; <c>retry</c>: failed, to be tried again; <c>failed</c>: given up).
/// </summary>
public sealed class DeliveryMetrics
{
    /// <summary>The name of the meter every SanctionsWatch instrument is on.</summary>
    public const string MeterName = "SanctionsWatch";

    private readonly Counter<long> deliveries;

    public DeliveryMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        deliveries = meters.Create(MeterName).CreateCounter<long>(
            "sanctionswatch.deliveries", "{alert}", "Alerts delivered, or attempts that failed, by channel and outcome");
    }

    public void Record(string channel, string outcome, int alerts) =>
        deliveries.Add(alerts, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("outcome", outcome));
}
