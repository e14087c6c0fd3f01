namespace Clout.Storage.Orders;

/// <summary>An order a door received, checked against <see cref="OrderRules"/>, with its webhook delivery if it came by one.</summary>
public sealed record IncomingOrder(OrderInput Order, WebhookReceipt? Receipt);
