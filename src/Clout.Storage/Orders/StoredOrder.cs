using Clout.Core.Attribution;
using Clout.Core.Orders;

namespace Clout.Storage.Orders;

/// <summary>An order as stored, with every signal and the one that won; money in minor units.</summary>
public sealed record StoredOrder(
    string OrderId,
    string? CustomerId,
    DateTime OccurredAtUtc,
    DateTime ReceivedAtUtc,
    long TotalMinor,
    string Currency,
    string? DiscountCodes,
    string? LandingSite,
    string? Referrer,
    OrderChannel Channel,
    AttributionSource AttributionSource,
    long? AttributedCollaborationId,
    long? CodeCollaborationId,
    long? ClickCollaborationId,
    long? ClickId,
    long? SurveyCollaborationId,
    long? CreatorInfluencerId = null,
    long? CreatorCollaborationId = null);
