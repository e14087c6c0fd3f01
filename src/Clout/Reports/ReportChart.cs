using Clout.Core.Reports;

namespace Clout.Reports;

/// <summary>
/// One chart of the shareable report: the metric it shows and the SVG drawn by <see cref="Presentation.Charts"/>; a chart
/// other than the tier bars says what it shows in <see cref="Alt"/> and <see cref="Caption"/>.
/// </summary>
public sealed record ReportChart(MetricDefinition Metric, string Svg, string? Alt = null, string? Caption = null);
