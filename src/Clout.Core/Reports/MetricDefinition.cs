namespace Clout.Core.Reports;

/// <summary>
/// A metric of the tier report: its contract name (snake_case, as in the report's JSON), a label for people, and the words
/// a verdict uses, e.g. "engaged" … "more per follower". Rates are fractions; other metrics are plain numbers in
/// their <see cref="Unit"/>. For a cost (<see cref="LowerIsBetter"/>) the smaller tier median is the better one,
/// and the verdict reads "cost 0.40x [0.30-0.60] as much per order as". A metric that can be 0 or negative
/// (<see cref="RatioScale"/> false: ROI, NPS) has tier figures but no ratio contrast: "−0.5x" of a loss means nothing.
/// </summary>
public sealed record MetricDefinition(
    string Name,
    string Label,
    string Verb,
    string MoreWhat,
    bool IsRate = true,
    MetricUnit Unit = MetricUnit.Number,
    bool LowerIsBetter = false,
    bool RatioScale = true);
