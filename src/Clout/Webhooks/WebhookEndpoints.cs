using Clout.Core.Names;
using Clout.Core.Orders;
using Clout.Hosting;
using Clout.Orders;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Webhooks;

/// <summary>
/// `POST /webhooks/shopify/{workspace}` and `POST /webhooks/woocommerce/{workspace}`: public, verified by the HMAC
/// signature rather than a key. Verification comes first; then the delivery is taken in with the orders of other requests in one transaction and
/// answered once committed (<see cref="OrderRecorder"/>'s group commit) — Shopify waits at most 5 s.
/// </summary>
public static class WebhookEndpoints
{
    /// <summary>1 MiB: a large Shopify order (hundreds of line items) is well under; Shopify's own cap is higher but rare.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private const string ShopifyTopicHeader = "X-Shopify-Topic";
    private const string OrdersCreate = "orders/create";

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/webhooks").AllowAnonymous().RequireRateLimiting(WebhookServices.Limiter).WithTags("Webhooks")
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });
        webhooks.MapPost("/shopify/{workspace}", ReceiveShopifyAsync)
            .Accepts<string>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Shopify orders/create webhook, verified with X-Shopify-Hmac-Sha256; duplicates (same X-Shopify-Webhook-Id or order id) count once");
        webhooks.MapPost("/woocommerce/{workspace}", WooCommerceWebhook.ReceiveAsync)
            .Accepts<string>("application/json", "application/x-www-form-urlencoded")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("WooCommerce order.created / order.updated webhook, verified with X-WC-Webhook-Signature; duplicates (same X-WC-Webhook-Delivery-ID or order id) count once; the unsigned save-time ping is answered 200");
        return app;
    }

    private static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> ReceiveShopifyAsync(
        string workspace, HttpRequest request, WorkspaceSettingsStore settings, WebhookSecrets secrets, OrderRecorder recorder, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (await LimitedBody.ReadAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return LimitedBody.TooLarge(MaxBodyBytes);
        }
        var (endpoint, secret, unauthorized) = await FindSecretAsync(WebhookProvider.Shopify, workspace, settings, secrets, loggers, cancellationToken);
        if (endpoint is null || !WebhookSignature.Verify(secret!, body, request.Headers[WebhookSignature.ShopifyHeader]))
        {
            return unauthorized;
        }
        if (request.Headers[ShopifyTopicHeader].ToString() is { Length: > 0 } topic && !string.Equals(topic, OrdersCreate, StringComparison.OrdinalIgnoreCase))
        {
            // Answered 200 so that Shopify does not retry a topic Clout does not use.
            return TypedResults.Ok(new WebhookResponse("ignored", null, null));
        }
        var (order, problem) = ShopifyOrderPayload.Read(body);
        if (order is null)
        {
            return Refused(loggers, WebhookProvider.Shopify, endpoint.Workspace.Name, problem!);
        }
        var deliveryId = request.Headers["X-Shopify-Webhook-Id"].ToString() is { Length: > 0 } webhookId ? webhookId
            : request.Headers["X-Shopify-Event-Id"].ToString() is { Length: > 0 } eventId ? eventId : null;
        return await TakeAsync(recorder, order, WebhookProvider.Shopify, deliveryId, endpoint.Workspace, loggers, cancellationToken);
    }

    /// <summary>
    /// The workspace and its secret in clear for this shop, or the 401 to answer: one answer for "no such workspace",
    /// "webhook off", "secret unreadable" and (by the caller) "bad signature", so that the URL reveals nothing.
    /// </summary>
    internal static async Task<(WebhookWorkspace? Endpoint, string? Secret, ProblemHttpResult Unauthorized)> FindSecretAsync(
        WebhookProvider shop, string workspace, WorkspaceSettingsStore settings, WebhookSecrets secrets, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var (header, shopName) = shop == WebhookProvider.WooCommerce
            ? (WebhookSignature.WooCommerceHeader, "WooCommerce") : (WebhookSignature.ShopifyHeader, "Shopify");
        var unauthorized = TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unverified webhook",
            detail: $"The {header} signature does not match this workspace's {shopName} secret; nothing was stored.");
        var endpoint = await settings.FindWebhookWorkspaceAsync(workspace, shop, cancellationToken);
        if (endpoint?.ProtectedSecret is not { } protectedSecret)
        {
            return (null, null, unauthorized);
        }
        if (secrets.Unprotect(shop, protectedSecret) is not { } secret)
        {
            loggers.CreateLogger(typeof(WebhookEndpoints)).LogError(
                "The {Shop} secret of workspace {Workspace} cannot be decrypted (the Data Protection key ring changed); store it again with `clout workspace {Verb}`.",
                shopName, endpoint.Workspace.Name, shop.ToName());
            return (null, null, unauthorized);
        }
        return (endpoint, secret, unauthorized);
    }

    /// <summary>Takes a verified delivery's order in through the group commit and answers what became of it once it is committed.</summary>
    internal static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> TakeAsync(OrderRecorder recorder, OrderInput order,
        WebhookProvider shop, string? deliveryId, WorkspaceInfo workspace, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var receipt = deliveryId is { Length: <= 200 } ? new WebhookReceipt(shop, deliveryId) : null;
        try
        {
            var result = await recorder.TakeAsync(workspace.Id, workspace.Name, order, receipt, cancellationToken);
            var outcome = result.Outcome switch
            {
                OrderIntakeOutcome.Created => "created",
                OrderIntakeOutcome.AlreadyStored => "already_stored",
                _ => "duplicate_delivery",
            };
            return TypedResults.Ok(new WebhookResponse(outcome, result.Order?.OrderId ?? order.OrderId, result.Order?.AttributionSource.ToName()));
        }
        catch (StorageValidationException e)
        {
            return Refused(loggers, shop, workspace.Name, e.Message);
        }
        catch (IntakeNotStoredException)
        {
            // Not a 4xx: the shop sends it again, and the order is not lost.
            return OrderServices.NotStored();
        }
    }

    /// <summary>
    /// A signed delivery that is no order Clout can store: a 4xx, so that the shop does not retry it, and a log line, since
    /// the shop's order is then missing from Clout and someone should look.
    /// </summary>
    internal static ProblemHttpResult Refused(ILoggerFactory loggers, WebhookProvider shop, string workspace, string problem)
    {
        loggers.CreateLogger(typeof(WebhookEndpoints)).LogWarning("A {Shop} order for workspace {Workspace} was refused: {Problem}.",
            shop.ToName(), workspace, problem);
        return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not an order", detail: $"{problem}; nothing was stored.");
    }
}
