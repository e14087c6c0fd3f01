using System.Globalization;
using System.Text.Json;
using Clout.Core.Campaigns;
using Clout.Core.Orders;
using Clout.Core.Text;
using Clout.Storage.Orders;

namespace Clout.Orders;

/// <summary>
/// Reads `POST /api/v1/orders` by hand rather than by model binding, so that every problem names its field
/// (a total of "forty" is "total: 'forty' is not an amount", not "the JSON value could not be converted").
/// </summary>
internal static class OrderRequestReader
{
    private static readonly string[] Known =
        ["order_id", "customer_id", "email", "at", "total", "currency", "discount_codes", "landing_site", "referrer", "ref"];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8 };

    /// <summary>The order, or the problems by field (a null key: the body as a whole).</summary>
    public static (OrderInput? Order, Dictionary<string, string[]> Errors) Read(byte[] body, DateTime nowUtc)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException e)
        {
            return (null, new() { ["body"] = [$"is not valid JSON: {e.Message.Split(" Path:")[0].Trim()}"] });
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, new() { ["body"] = ["must be a JSON object"] });
            }
            if (JsonText.FindInvalid(root) is { } text)
            {
                return (null, new() { [text.Field] = [text.Message] });
            }
            foreach (var property in root.EnumerateObject().Where(p => !Known.Contains(p.Name)))
            {
                Fail(property.Name, $"is not an order field; expected {string.Join(", ", Known)}");
            }
            var orderId = Scalar(root, "order_id", Fail);
            if (orderId is null && !errors.ContainsKey("order_id"))
            {
                Fail("order_id", "is required");
            }
            var at = nowUtc;
            if (Scalar(root, "at", Fail) is { } atText)
            {
                if (DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                {
                    at = parsed.UtcDateTime;
                }
                else
                {
                    Fail("at", $"'{Clip(atText)}' is not a date/time; use ISO 8601, e.g. 2026-03-01T18:30:00Z");
                }
            }
            long total = 0;
            switch (Scalar(root, "total", Fail))
            {
                case null when !errors.ContainsKey("total"):
                    Fail("total", "is required, in major units (49.90)");
                    break;
                case { } totalText when !Money.TryParseMinor(totalText, out total):
                    Fail("total", $"'{Clip(totalText)}' is not an amount; use e.g. 49.90");
                    break;
            }
            var currency = Scalar(root, "currency", Fail);
            if (currency is null && !errors.ContainsKey("currency"))
            {
                Fail("currency", "is required (an ISO 4217 code such as EUR)");
            }
            var codes = Codes(root, Fail);
            var order = new OrderInput(orderId ?? "", Scalar(root, "customer_id", Fail), Scalar(root, "email", Fail), at, total,
                OrderRules.NormalizeCurrency(currency), codes, Scalar(root, "landing_site", Fail), Scalar(root, "referrer", Fail),
                Scalar(root, "ref", Fail), OrderChannel.Api);
            if (errors.Count == 0)
            {
                foreach (var (field, message) in OrderRules.Check(order, nowUtc))
                {
                    Fail(field, message);
                }
            }
            return errors.Count == 0 ? (order, []) : (null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }

    /// <summary>A string or number field as trimmed text; null when absent, null or blank.</summary>
    private static string? Scalar(JsonElement root, string field, Action<string, string> fail)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            return null;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                fail(field, $"must be a string or a number, not {value.ValueKind.ToString().ToLowerInvariant()}");
                return null;
        }
    }

    /// <summary>An array of strings; a ';'-separated string as in the CSV is taken too.</summary>
    private static List<string> Codes(JsonElement root, Action<string, string> fail)
    {
        if (!root.TryGetProperty("discount_codes", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            return OrderRules.SplitCodes(value.GetString());
        }
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
        {
            fail("discount_codes", "must be an array of strings, e.g. [\"MILA10\"]");
            return [];
        }
        return [.. value.EnumerateArray().Select(c => c.GetString()!.Trim()).Where(c => c.Length > 0)];
    }

    private static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
