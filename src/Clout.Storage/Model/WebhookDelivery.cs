using Clout.Core.Orders;

namespace Clout.Storage.Model;

/// <summary>
/// A webhook delivery already taken in, by the sender's delivery id (Shopify's X-Shopify-Webhook-Id / Event-Id):
/// Shopify retries for hours, and a retry must count once.
/// </summary>
public sealed class WebhookDelivery : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public required WebhookProvider Provider { get; set; }
    public required string DeliveryId { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
}
