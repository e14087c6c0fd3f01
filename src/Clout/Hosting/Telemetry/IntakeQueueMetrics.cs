using System.Diagnostics.Metrics;

namespace Clout.Hosting.Telemetry;

/// <summary>
/// The depth and capacity of every intake queue, as gauges tagged with the queue's name
/// (<c>clout.intake.queue.depth{queue="clicks"}</c>): one alert on depth / capacity covers every queue there is.
/// Created with the metrics export only; reading a queue's depth is a counter read, done once per collection.
/// </summary>
internal sealed class IntakeQueueMetrics
{
    public IntakeQueueMetrics(IMeterFactory meterFactory, IEnumerable<IIntakeQueue> queues)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var all = queues.ToArray();
        var meter = meterFactory.Create(CloutTelemetry.MeterName);
        meter.CreateObservableGauge("clout.intake.queue.depth", () => all.Select(q => Measure(q.Depth, q)),
            unit: "{item}", description: "Items accepted and not yet committed, by queue.");
        meter.CreateObservableGauge("clout.intake.queue.capacity", () => all.Select(q => Measure(q.Capacity, q)),
            unit: "{item}", description: "Most items a queue holds before new requests wait, by queue.");
    }

    private static Measurement<int> Measure(int value, IIntakeQueue queue) => new(value, new KeyValuePair<string, object?>("queue", queue.Name));
}
