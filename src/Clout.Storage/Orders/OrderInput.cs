using Clout.Core.Orders;

namespace Clout.Storage.Orders;

/// <summary>
/// One order as a door (API, import, Shopify webhook) hands it to <see cref="OrderIntake"/>: already typed, not yet
/// checked against <see cref="OrderRules"/>. Money in minor units; the e-mail is hashed before anything is stored.
/// </summary>
public sealed record OrderInput(
    string OrderId,
    string? CustomerId,
    string? Email,
    DateTime OccurredAtUtc,
    long TotalMinor,
    string Currency,
    IReadOnlyList<string> DiscountCodes,
    string? LandingSite,
    string? Referrer,
    string? Ref,
    OrderChannel Channel)
{
    /// <summary>The creator a platform's shop export says sold the order; only imports carry one.</summary>
    public OrderCreator? Creator { get; init; }
}
