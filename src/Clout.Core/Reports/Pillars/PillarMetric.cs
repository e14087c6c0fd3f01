using Clout.Core.Statistics;

namespace Clout.Core.Reports.Pillars;

/// <summary>One metric of a pillar: each tier's median with its interval, the contrast (null for a metric without a ratio), and its outcome.</summary>
public sealed record PillarMetric(MetricDefinition Metric, Estimate? A, Estimate? B, TierContrast? Contrast, PillarOutcome Outcome);
