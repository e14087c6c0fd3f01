using Clout.Core.Names;

namespace Clout.Core.Orders;

/// <summary>Who sent a webhook delivery: delivery ids are unique per sender only.</summary>
[StoredByName]
public enum WebhookProvider
{
    /// <summary>Shopify (its X-Shopify-Webhook-Id / Event-Id).</summary>
    Shopify,

    /// <summary>WooCommerce (its X-WC-Webhook-Delivery-ID).</summary>
    WooCommerce,
}
