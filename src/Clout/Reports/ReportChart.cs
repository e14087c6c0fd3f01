using Clout.Core.Reports;

namespace Clout.Reports;

/// <summary>One chart of the shareable report: the metric it shows and the SVG drawn by <see cref="Dashboard.Charts"/>.</summary>
public sealed record ReportChart(MetricDefinition Metric, string Svg);
