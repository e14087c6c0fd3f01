using Clout.Core.Attribution;

namespace Clout.Storage.Orders;

/// <summary>A verified survey answer's claim on an order: the named influencer's collaborations, if the order arrives by the deadline.</summary>
internal sealed record SurveyClaim(IReadOnlyList<CampaignPart> Parts, DateTime DeadlineUtc);
