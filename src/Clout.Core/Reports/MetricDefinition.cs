namespace Clout.Core.Reports;

/// <summary>
/// A metric of the tier report: its contract name (snake_case, DESIGN §3), a label for people, and the words
/// a verdict uses, e.g. "engaged" … "more per follower".
/// </summary>
public sealed record MetricDefinition(string Name, string Label, string Verb, string MoreWhat, bool IsRate = true);
