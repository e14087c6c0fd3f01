namespace Clout.Core.Reports;

/// <summary>How a metric that is not a rate is written: a plain number, a count, or money in major units (12.50).</summary>
public enum MetricUnit
{
    Number,
    Count,
    Money,
}
