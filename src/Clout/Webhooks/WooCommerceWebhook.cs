using System.Text.RegularExpressions;
using Clout.Core.Orders;
using Clout.Hosting;
using Clout.Orders;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Clout.Webhooks;

/// <summary>
/// `POST /webhooks/woocommerce/{workspace}`: WooCommerce's order.created and order.updated webhooks. Verified like
/// Shopify's, with one exception: the ping WooCommerce sends when a merchant saves a webhook is unsigned, and WooCommerce
/// refuses to save unless it is answered 200. Only that exact shape is answered unsigned, and it stores nothing.
/// </summary>
internal static partial class WooCommerceWebhook
{
    private const string TopicHeader = "X-WC-Webhook-Topic";
    private const string DeliveryHeader = "X-WC-Webhook-Delivery-ID";

    public static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> ReceiveAsync(
        string workspace, HttpRequest request, WorkspaceSettingsStore settings, WebhookSecrets secrets, OrderRecorder recorder, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (await LimitedBody.ReadAsync(request, WebhookEndpoints.MaxBodyBytes, cancellationToken) is not { } body)
        {
            return LimitedBody.TooLarge(WebhookEndpoints.MaxBodyBytes);
        }
        var (endpoint, secret, unauthorized) = await WebhookEndpoints.FindSecretAsync(
            WebhookProvider.WooCommerce, workspace, settings, secrets, loggers, cancellationToken);
        if (endpoint is null)
        {
            // The ping too: a 200 for a misspelt workspace, or one whose secret is not set yet, would let the merchant
            // save a webhook whose every delivery is then refused.
            return unauthorized;
        }
        if (IsPing(request, body))
        {
            return TypedResults.Ok(new WebhookResponse("ping", null, null));
        }
        if (!WebhookSignature.Verify(secret!, body, request.Headers[WebhookSignature.WooCommerceHeader]))
        {
            return unauthorized;
        }
        if (request.Headers[TopicHeader].ToString() is { Length: > 0 } topic
            && !string.Equals(topic, "order.created", StringComparison.OrdinalIgnoreCase) && !string.Equals(topic, "order.updated", StringComparison.OrdinalIgnoreCase))
        {
            // Answered 200: WooCommerce disables a webhook after a few failed deliveries.
            return TypedResults.Ok(new WebhookResponse("ignored", null, null));
        }
        var (order, problem) = WooCommerceOrderPayload.Read(body);
        if (order is null)
        {
            // No problem: an order not (yet) paid; its order.updated brings it once it is.
            return problem is null ? TypedResults.Ok(new WebhookResponse("ignored", null, null))
                : WebhookEndpoints.Refused(loggers, WebhookProvider.WooCommerce, endpoint.Workspace.Name, problem);
        }
        var deliveryId = request.Headers[DeliveryHeader].ToString() is { Length: > 0 } id ? id : null;
        return await WebhookEndpoints.TakeAsync(recorder, order, WebhookProvider.WooCommerce, deliveryId, endpoint.Workspace, loggers, cancellationToken);
    }

    /// <summary>WooCommerce's save-time ping: unsigned, form-encoded, and nothing but <c>webhook_id=N</c>.</summary>
    private static bool IsPing(HttpRequest request, byte[] body) =>
        request.Headers[WebhookSignature.WooCommerceHeader].Count == 0
        && MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
        && body.Length <= MaxPingBytes
        && PingBody().IsMatch(System.Text.Encoding.ASCII.GetString(body));

    /// <summary>"webhook_id=" and a webhook id (a WordPress post id, at most 20 digits).</summary>
    private const int MaxPingBytes = 40;

    [GeneratedRegex(@"\Awebhook_id=[0-9]{1,20}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PingBody();
}
