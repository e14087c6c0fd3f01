namespace Clout.Core.Loyalty;

/// <summary>
/// One order as loyalty sees it: who bought, when (UTC), and the influencer it was credited to (null when the
/// order was not attributed). Every order of a customer counts as a repeat, attributed or not: loyalty is to the brand.
/// </summary>
public sealed record CustomerOrder(string OrderId, string CustomerId, DateTime OrderedAtUtc, long? InfluencerId);
