namespace Clout.Core.Attribution;

/// <summary>
/// An order that used a collaboration's promo code, with what leakage checks need: whether the buyer also clicked
/// a link (and whose), and where the shop saw the buyer come from.
/// </summary>
public sealed record CodeOrder(string OrderId, long CollaborationId, DateTime OccurredAtUtc, long? ClickCollaborationId, string? Referrer)
{
    /// <summary>The buyer clicked this collaboration's own link: the code was not found somewhere else.</summary>
    public bool HasOwnClick => ClickCollaborationId == CollaborationId;
}
