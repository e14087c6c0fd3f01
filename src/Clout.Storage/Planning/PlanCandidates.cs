using Clout.Core.Planning;

namespace Clout.Storage.Planning;

/// <summary>
/// The roster as the planner sees it: one candidate per influencer with a cost per post, the influencers that cannot be
/// priced (with the reason), and the currency of the money figures (the most common currency of the attributed
/// orders; null without any). <see cref="RecordsOrders"/> is false when the workspace has no orders at all, so a
/// conversions plan would rest on zeros that were never measured.
/// </summary>
public sealed record PlanCandidates(IReadOnlyList<PlanCandidate> Candidates, IReadOnlyList<string> Excluded, string? Currency, bool RecordsOrders);
