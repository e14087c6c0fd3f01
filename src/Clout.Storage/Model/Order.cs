using Clout.Core.Attribution;
using Clout.Core.Orders;

namespace Clout.Storage.Model;

/// <summary>
/// One purchase, with every attribution signal it carried and the source that won (<see cref="AttributionRule"/>: creator &gt; promo code &gt;
/// last human click in the window &gt; survey answer &gt; none). Signals are kept even when they lose, so that code,
/// link and survey credit can be shown side by side. Money in minor units.
/// </summary>
public sealed class Order : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }

    /// <summary>The shop's order id: unique per workspace, which makes every door idempotent.</summary>
    public required string ExternalId { get; set; }

    public long? CustomerId { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
    public long TotalMinor { get; set; }
    public required string Currency { get; set; }

    /// <summary>Discount codes as sent, upper-case, ';'-separated.</summary>
    public string? DiscountCodes { get; set; }

    public string? LandingSite { get; set; }
    public string? Referrer { get; set; }

    public required OrderChannel Channel { get; set; }

    // The signals, each naming the collaboration it points to.
    public long? CodeCollaborationId { get; set; }
    public long? ClickCollaborationId { get; set; }
    public long? ClickId { get; set; }
    public long? SurveyCollaborationId { get; set; }

    /// <summary>The influencer a platform's shop export names as the seller, kept even when none of its collaborations can take the credit.</summary>
    public long? CreatorInfluencerId { get; set; }

    public long? CreatorCollaborationId { get; set; }

    /// <summary>Which signal won.</summary>
    public required AttributionSource AttributionSource { get; set; }

    public long? AttributedCollaborationId { get; set; }
}
