using System.Globalization;
using System.Text.Json;
using Clout.Core.Campaigns;
using Clout.Core.Orders;
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
            var id = Text(root, "id");
            if (id is null)
            {
                return (null, "id is missing");
            }
            if (Text(root, "created_at") is not { } createdText
                || !DateTimeOffset.TryParse(createdText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var created))
            {
                return (null, "created_at is missing or not a date/time");
            }
            if (!Money.TryParseMinor(Text(root, "total_price"), out var total))
            {
                return (null, "total_price is missing or not an amount");
            }
            var codes = new List<string>();
            if (root.TryGetProperty("discount_codes", out var discounts) && discounts.ValueKind == JsonValueKind.Array)
            {
                codes.AddRange(discounts.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Object ? Text(d, "code") : null)
                    .Where(c => c is not null).Select(c => c!));
            }
            string? customerId = null;
            var email = Text(root, "email") ?? Text(root, "contact_email");
            if (root.TryGetProperty("customer", out var customer) && customer.ValueKind == JsonValueKind.Object)
            {
                customerId = Text(customer, "id");
                email = Text(customer, "email") ?? email;
            }
            // A URL longer than the column is cut rather than refused: refusing would make Shopify retry for two days
            // and then drop the order, which loses more than the end of a tracking URL.
            return (new OrderInput(id, customerId, email, created.UtcDateTime, total, OrderRules.NormalizeCurrency(Text(root, "currency")),
                codes, Cut(Text(root, "landing_site")), Cut(Text(root, "referring_site")), null, OrderChannel.Shopify), null);
        }
        catch (JsonException e)
        {
            return (null, $"the payload is not valid JSON: {e.Message.Split(" Path:")[0].Trim()}");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string? Cut(string? url) => url is { Length: > OrderRules.MaxUrlLength } ? url[..OrderRules.MaxUrlLength] : url;
}
