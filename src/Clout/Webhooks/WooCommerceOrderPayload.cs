using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Clout.Core.Campaigns;
using Clout.Core.Orders;
using Clout.Core.Text;
using Clout.Storage.Orders;

namespace Clout.Webhooks;

/// <summary>
/// WooCommerce's order.created / order.updated payload (the REST API v3 order object), read for what attribution
/// needs: id, status, date_created_gmt, total, currency, coupon_lines[].code, customer_id, billing.email, and three
/// kinds of meta_data: the landing page and referrer WooCommerce's Order Attribution records
/// (<c>_wc_order_attribution_session_entry</c>, <c>_wc_order_attribution_referrer</c>) and a <c>clout_ref</c> a shop
/// may store itself. Everything else (addresses, IP, line items, other meta) is ignored and never stored.
/// </summary>
internal static class WooCommerceOrderPayload
{
    /// <summary>Order meta keys whose value is the page the buyer landed on; the first found wins.</summary>
    public static readonly IReadOnlyList<string> LandingPageKeys = ["_wc_order_attribution_session_entry"];

    /// <summary>Order meta keys whose value is the referring page.</summary>
    public static readonly IReadOnlyList<string> ReferrerKeys = ["_wc_order_attribution_referrer"];

    /// <summary>Order meta keys whose value is a clout_ref itself, stored by a snippet or plugin at checkout.</summary>
    public static readonly IReadOnlyList<string> RefKeys = ["clout_ref", "_clout_ref"];

    /// <summary>
    /// Statuses of orders that were never paid or no longer count (WooCommerce's own, plus its checkout drafts):
    /// such an order is answered and ignored, and taken in by a later order.updated once it is paid. Any other
    /// status (processing, on-hold, completed, a plugin's own) counts as a sale.
    /// </summary>
    private static readonly FrozenSet<string> NotSales = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "pending", "failed", "cancelled", "refunded", "trash", "draft", "checkout-draft", "auto-draft");

    /// <summary>The order, or the problem naming the field; or neither, when the order is no sale (not paid, cancelled, refunded).</summary>
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
            var status = fields.Text(root, "status", "status");
            var createdText = fields.Text(root, "date_created_gmt", "date_created_gmt");
            var totalText = fields.Text(root, "total", "total");
            var currency = fields.Text(root, "currency", "currency");
            var codes = new List<string>();
            foreach (var (line, index) in Objects(root, "coupon_lines"))
            {
                if (fields.Text(line, "code", Path("coupon_lines", index, "code")) is { } code)
                {
                    codes.Add(code);
                }
            }
            var customerId = fields.Text(root, "customer_id", "customer_id") is { } customer and not "0" ? customer : null;
            var email = JsonText.TryGetProperty(root, "billing", out var billing) && billing.ValueKind == JsonValueKind.Object
                ? fields.Text(billing, "email", "billing.email") : null;
            string? landingSite = null, referrer = null, reference = null;
            foreach (var (meta, index) in Objects(root, "meta_data"))
            {
                // Only the values of the keys read are looked at: other meta may hold anything, arrays included.
                if (!JsonText.TryGetProperty(meta, "key", out var keyElement) || !JsonText.TryGetString(keyElement, out var key, out _)
                    || !JsonText.TryGetProperty(meta, "value", out var value))
                {
                    continue;
                }
                if (LandingPageKeys.Contains(key))
                {
                    landingSite ??= fields.Value(value, Path("meta_data", index, "value"));
                }
                else if (ReferrerKeys.Contains(key))
                {
                    referrer ??= fields.Value(value, Path("meta_data", index, "value"));
                }
                else if (RefKeys.Contains(key))
                {
                    reference ??= fields.Value(value, Path("meta_data", index, "value"));
                }
            }
            if (fields.Problem is not null)
            {
                return (null, fields.Problem);
            }
            if (id is null)
            {
                return (null, "id is missing");
            }
            if (status is null)
            {
                return (null, "status is missing");
            }
            if (NotSales.Contains(status))
            {
                return (null, null);
            }
            // date_created_gmt is written without an offset ("2026-03-10T12:00:00"): it is UTC.
            if (createdText is null || !DateTimeOffset.TryParse(createdText, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var created))
            {
                return (null, "date_created_gmt is missing or not a date/time");
            }
            if (!Money.TryParseMinor(totalText, out var total))
            {
                return (null, "total is missing or not an amount");
            }
            // A ref longer than any Clout makes cannot name a click; a URL longer than the column is cut (see ShopifyOrderPayload).
            return (new OrderInput(id, customerId, email, created.UtcDateTime, total, OrderRules.NormalizeCurrency(currency), codes,
                Cut(landingSite), Cut(referrer), reference is { Length: <= OrderRules.MaxRefLength } ? reference : null, OrderChannel.WooCommerce), null);
        }
        catch (JsonException e)
        {
            return (null, $"the payload is not valid JSON: {e.Message.Split(" Path:")[0].Trim()}");
        }
    }

    /// <summary>The objects of an array property, with their index; nothing when it is absent or not an array.</summary>
    private static IEnumerable<(JsonElement Item, int Index)> Objects(JsonElement root, string name)
    {
        if (!JsonText.TryGetProperty(root, name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                yield return (item, index);
            }
            index++;
        }
    }

    private static string Path(string array, int index, string field) => string.Create(CultureInfo.InvariantCulture, $"{array}[{index}].{field}");

    private static string? Cut(string? url) => StoredText.Cut(url, OrderRules.MaxUrlLength);
}
