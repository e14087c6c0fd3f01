using Clout.Core.Statistics;

namespace Clout.Storage.Authenticity;

/// <summary>A stored follower-sample audit as reports and pages read it.</summary>
public sealed record AuditSummary(long Id, DateTime CreatedAtUtc, Estimate FakeShare, int FakeCount, int SampleNeeded, string ModelSource);
