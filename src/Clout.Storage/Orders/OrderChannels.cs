namespace Clout.Storage.Orders;

/// <summary>The door an order came in by, as stored in <see cref="Model.Order.Channel"/>.</summary>
public static class OrderChannels
{
    public const string Api = "api";
    public const string Import = "import";
    public const string Shopify = "shopify";
}
