namespace Clout.Core.Reports.Pillars;

/// <summary>
/// One question a buyer of influencer marketing asks of a tier (do their audiences engage, trust, buy, pay back, come
/// back, are they real?) and the report's metrics that answer it, the lead metric first.
/// </summary>
public sealed record Pillar(string Id, string Title, string Question, IReadOnlyList<MetricDefinition> Metrics);
