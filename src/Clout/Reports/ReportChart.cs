using Clout.Core.Reports;

namespace Clout.Reports;

/// <summary>
/// One chart of the shareable report: the metric it shows and the inline SVG drawn by <see cref="Presentation.Charts"/>,
/// which names itself for screen readers; a chart other than the tier bars says what it shows in <see cref="Caption"/>.
/// </summary>
public sealed record ReportChart(MetricDefinition Metric, string Svg, string? Caption = null);
