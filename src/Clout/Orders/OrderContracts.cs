using Clout.Core.Campaigns;
using Clout.Core.Names;
using Clout.Storage.Orders;

namespace Clout.Orders;

/// <summary>
/// An order as stored: money in major units, the winning attribution and every signal, also the ones that lost.
/// </summary>
public sealed record OrderResponse(
    string OrderId,
    string? CustomerId,
    DateTime At,
    DateTime ReceivedAt,
    decimal Total,
    string Currency,
    IReadOnlyList<string> DiscountCodes,
    string? LandingSite,
    string? Referrer,
    string Channel,
    string AttributionSource,
    long? AttributedCollaborationId,
    OrderSignalsResponse Signals)
{
    public static OrderResponse Of(StoredOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(order.OrderId, order.CustomerId, order.OccurredAtUtc, order.ReceivedAtUtc, Money.ToMajor(order.TotalMinor), order.Currency,
            OrderRules.SplitCodes(order.DiscountCodes), order.LandingSite, order.Referrer, order.Channel.ToName(), order.AttributionSource.ToName(),
            order.AttributedCollaborationId,
            new OrderSignalsResponse(order.CodeCollaborationId, order.ClickCollaborationId, order.ClickId, order.SurveyCollaborationId,
                order.CreatorCollaborationId, order.CreatorInfluencerId));
    }
}

/// <summary>
/// Each signal's collaboration (null: the order did not carry it); for a creator a shop export named, also the
/// influencer, which stays when none of its collaborations could take the credit.
/// </summary>
public sealed record OrderSignalsResponse(long? CodeCollaborationId, long? ClickCollaborationId, long? ClickId, long? SurveyCollaborationId,
    long? CreatorCollaborationId, long? CreatorInfluencerId);

/// <summary>The request body of `POST /api/v1/orders`, for the OpenAPI document; the endpoint reads it field by field.</summary>
public sealed record CreateOrderRequest(
    string OrderId,
    string? CustomerId,
    string? Email,
    DateTime? At,
    string Total,
    string Currency,
    IReadOnlyList<string>? DiscountCodes,
    string? LandingSite,
    string? Referrer,
    string? Ref);
