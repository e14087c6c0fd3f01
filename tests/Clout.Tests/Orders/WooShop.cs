using System.Net.Http.Headers;
using System.Text;
using Clout.Webhooks;

namespace Clout.Tests.Orders;

/// <summary>WooCommerce's side of <see cref="Shop"/>: its order payloads, signed deliveries and save-time ping.</summary>
internal static class WooShop
{
    public const string Secret = "woo_s3cret-with symbols&<>'\"";

    public static string Sign(string body, string secret = Secret) => WebhookSignature.Sign(secret, Encoding.UTF8.GetBytes(body));

    /// <summary>A delivery as WooCommerce's WC_Webhook::deliver sends it: JSON body and its X-WC-Webhook-* headers.</summary>
    public static HttpRequestMessage Delivery(string workspace, string body, string? signature, string? deliveryId = null, string topic = "order.created")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/woocommerce/{workspace}")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (signature is not null)
        {
            request.Headers.Add(WebhookSignature.WooCommerceHeader, signature);
        }
        request.Headers.Add("X-WC-Webhook-Source", "https://shop.example.com/");
        request.Headers.Add("X-WC-Webhook-Topic", topic);
        request.Headers.Add("X-WC-Webhook-Resource", topic.Split('.')[0]);
        request.Headers.Add("X-WC-Webhook-Event", topic.Split('.')[^1]);
        request.Headers.Add("X-WC-Webhook-ID", "12");
        if (deliveryId is not null)
        {
            request.Headers.Add("X-WC-Webhook-Delivery-ID", deliveryId);
        }
        request.Headers.UserAgent.ParseAdd("WooCommerce/9.4.0 Hookshot (WordPress/6.7)");
        return request;
    }

    /// <summary>The ping WC_Webhook::deliver_ping sends when a webhook is saved: unsigned, form-encoded "webhook_id=N".</summary>
    public static HttpRequestMessage Ping(string workspace, string body = "webhook_id=12", string contentType = "application/x-www-form-urlencoded")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/woocommerce/{workspace}")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } },
        };
        request.Headers.UserAgent.ParseAdd("WooCommerce/9.4.0 Hookshot (WordPress/6.7)");
        return request;
    }

    /// <summary>
    /// An order as the REST API v3 order object that webhooks carry, shaped after the "Retrieve an order" example of
    /// WooCommerce's REST API reference (same fields and nesting, own values): site-local and GMT dates without an
    /// offset, money as strings, a guest (customer_id 0) unless one is given, Order Attribution meta.
    /// </summary>
    public static string Order(long id, string status = "processing", string total = "49.90", string coupons = "", string meta = "",
        string email = "ana.buyer@example.com", long customerId = 0) => $$"""
        {
          "id": {{id}}, "parent_id": 0, "number": "{{id}}", "order_key": "wc_order_k{{id}}", "created_via": "checkout", "version": "9.4.0",
          "status": "{{status}}", "currency": "EUR",
          "date_created": "2026-03-10T13:00:00", "date_created_gmt": "2026-03-10T12:00:00",
          "date_modified": "2026-03-10T13:00:05", "date_modified_gmt": "2026-03-10T12:00:05",
          "discount_total": "5.00", "discount_tax": "0.00", "shipping_total": "4.90", "shipping_tax": "0.00",
          "cart_tax": "0.00", "total": "{{total}}", "total_tax": "0.00", "prices_include_tax": true,
          "customer_id": {{customerId}}, "customer_ip_address": "203.0.113.7", "customer_user_agent": "Mozilla/5.0", "customer_note": "",
          "billing": { "first_name": "Ana", "last_name": "Buyer", "company": "", "address_1": "1 Mug Lane", "address_2": "", "city": "Lisbon",
            "state": "", "postcode": "1000-001", "country": "PT", "email": "{{email}}", "phone": "+351 21 000 0000" },
          "shipping": { "first_name": "Ana", "last_name": "Buyer", "company": "", "address_1": "1 Mug Lane", "address_2": "", "city": "Lisbon",
            "state": "", "postcode": "1000-001", "country": "PT" },
          "payment_method": "stripe", "payment_method_title": "Credit card", "transaction_id": "ch_1",
          "date_paid": "2026-03-10T13:00:05", "date_paid_gmt": "2026-03-10T12:00:05", "date_completed": null, "date_completed_gmt": null,
          "cart_hash": "", "meta_data": [ { "id": 901, "key": "_download_permissions_granted", "value": "yes" },
            { "id": 902, "key": "_wc_order_attribution_source_type", "value": "referral" },
            { "id": 903, "key": "_wc_order_attribution_session_count", "value": "1" },
            { "id": 904, "key": "_some_plugin_state", "value": { "steps": [1, 2] } }{{meta}} ],
          "line_items": [ { "id": 315, "name": "Mug", "product_id": 93, "variation_id": 0, "quantity": 1, "tax_class": "", "subtotal": "50.00",
            "subtotal_tax": "0.00", "total": "45.00", "total_tax": "0.00", "taxes": [], "meta_data": [], "sku": "MUG-1", "price": 45 } ],
          "tax_lines": [], "shipping_lines": [ { "id": 317, "method_title": "Flat rate", "method_id": "flat_rate", "total": "4.90",
            "total_tax": "0.00", "taxes": [], "meta_data": [] } ],
          "fee_lines": [], "coupon_lines": [{{coupons}}], "refunds": [],
          "_links": { "self": [ { "href": "https://shop.example.com/wp-json/wc/v3/orders/{{id}}" } ] }
        }
        """;

    /// <summary>A coupon line as the order object holds it.</summary>
    public static string Coupon(string code) => $$"""{ "id": 320, "code": "{{code}}", "discount": "5.00", "discount_tax": "0.00", "meta_data": [] }""";

    /// <summary>One more order meta entry, to append after the ones <see cref="Order"/> always has.</summary>
    public static string Meta(string key, string value) => $$""", { "id": 950, "key": "{{key}}", "value": "{{value}}" }""";
}
