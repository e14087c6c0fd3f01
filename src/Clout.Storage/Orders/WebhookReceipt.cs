namespace Clout.Storage.Orders;

/// <summary>A webhook delivery's identity: the sender and its delivery id (Shopify's X-Shopify-Webhook-Id).</summary>
public sealed record WebhookReceipt(string Provider, string DeliveryId)
{
    public const string Shopify = "shopify";
}
