using Clout.Core.Names;

namespace Clout.Core.Orders;

/// <summary>The door an order came in by. It is kept as first stored, even when a later door corrects the order.</summary>
[StoredByName]
public enum OrderChannel
{
    /// <summary>`POST /api/v1/orders`.</summary>
    Api,

    /// <summary>An orders CSV (the import page, `clout import orders`, the demo).</summary>
    Import,

    /// <summary>Shopify's orders/create webhook.</summary>
    Shopify,

    /// <summary>WooCommerce's order.created / order.updated webhook.</summary>
    WooCommerce,
}
