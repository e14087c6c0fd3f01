using Clout.Core.Orders;

namespace Clout.Storage.Orders;

/// <summary>A webhook delivery's identity: the sender and its delivery id (Shopify's X-Shopify-Webhook-Id).</summary>
public sealed record WebhookReceipt(WebhookProvider Provider, string DeliveryId);
