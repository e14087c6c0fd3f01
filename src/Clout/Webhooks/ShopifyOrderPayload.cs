using System.Globalization;
using System.Text.Json;
using Clout.Core.Campaigns;
using Clout.Core.Orders;
using Clout.Core.Text;
using Clout.Storage.Orders;

namespace Clout.Webhooks;

/// <summary>
/// Shopify's orders/create payload, read for what attribution needs: id, created_at, total_price, currency,
/// discount_codes[].code, landing_site, referring_site, customer.id and customer.email (or the order's email).
/// Everything else (addresses, browser_ip, line items) is ignored and never stored.
/// </summary>
internal static class ShopifyOrderPayload
{
    public static (OrderInput? Order, string? Problem) Read(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "the payload is not a JSON object");
            }
            var fields = new PayloadFields();
            var id = fields.Text(root, "id", "id");
            var createdText = fields.Text(root, "created_at", "created_at");
            var totalText = fields.Text(root, "total_price", "total_price");
            var currency = fields.Text(root, "currency", "currency");
            var codes = new List<string>();
            if (JsonText.TryGetProperty(root, "discount_codes", out var discounts) && discounts.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var discount in discounts.EnumerateArray())
                {
                    if (discount.ValueKind == JsonValueKind.Object
                        && fields.Text(discount, "code", string.Create(CultureInfo.InvariantCulture, $"discount_codes[{index}].code")) is { } code)
                    {
                        codes.Add(code);
                    }
                    index++;
                }
            }
            string? customerId = null;
            var email = fields.Text(root, "email", "email") ?? fields.Text(root, "contact_email", "contact_email");
            if (JsonText.TryGetProperty(root, "customer", out var customer) && customer.ValueKind == JsonValueKind.Object)
            {
                customerId = fields.Text(customer, "id", "customer.id");
                email = fields.Text(customer, "email", "customer.email") ?? email;
            }
            var landingSite = fields.Text(root, "landing_site", "landing_site");
            var referringSite = fields.Text(root, "referring_site", "referring_site");
            if (fields.Problem is not null)
            {
                return (null, fields.Problem);
            }
            if (id is null)
            {
                return (null, "id is missing");
            }
            if (createdText is null
                || !DateTimeOffset.TryParse(createdText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var created))
            {
                return (null, "created_at is missing or not a date/time");
            }
            if (!Money.TryParseMinor(totalText, out var total))
            {
                return (null, "total_price is missing or not an amount");
            }
            // A URL longer than the column is cut rather than refused: refusing would make Shopify retry for two days
            // and then drop the order, which loses more than the end of a tracking URL.
            return (new OrderInput(id, customerId, email, created.UtcDateTime, total, OrderRules.NormalizeCurrency(currency),
                codes, Cut(landingSite), Cut(referringSite), null, OrderChannel.Shopify), null);
        }
        catch (JsonException e)
        {
            return (null, $"the payload is not valid JSON: {e.Message.Split(" Path:")[0].Trim()}");
        }
    }

    private static string? Cut(string? url) => StoredText.Cut(url, OrderRules.MaxUrlLength);
}
