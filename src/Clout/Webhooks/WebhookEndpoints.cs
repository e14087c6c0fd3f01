using Clout.Core.Names;
using Clout.Core.Orders;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Webhooks;

/// <summary>
/// `POST /webhooks/shopify/{workspace}`: public, verified by the HMAC signature rather than a key. Verification comes
/// first; then the delivery is taken in with one small transaction and answered — Shopify waits at most 5 s.
/// </summary>
public static class WebhookEndpoints
{
    /// <summary>1 MiB: a large Shopify order (hundreds of line items) is well under; Shopify's own cap is higher but rare.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private const string TopicHeader = "X-Shopify-Topic";
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
            .WithSummary("Shopify orders/create webhook, verified with X-Shopify-Hmac-Sha256; duplicates (same X-Shopify-Webhook-Id or order id) count once");
        return app;
    }

    private static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> ReceiveShopifyAsync(
        string workspace, HttpRequest request, WorkspaceSettingsStore settings, ShopifySecrets secrets, WorkspaceScope scope,
        OrderIntake intake, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (await LimitedBody.ReadAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return LimitedBody.TooLarge(MaxBodyBytes);
        }
        // One answer for "no such workspace", "webhook off" and "bad signature": the URL reveals nothing.
        var unauthorized = TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unverified webhook",
            detail: "The X-Shopify-Hmac-Sha256 signature does not match this workspace's Shopify secret; nothing was stored.");
        var endpoint = await settings.FindShopifyEndpointAsync(workspace, cancellationToken);
        if (endpoint?.ProtectedSecret is not { } protectedSecret)
        {
            return unauthorized;
        }
        if (secrets.Unprotect(protectedSecret) is not { } secret)
        {
            loggers.CreateLogger(typeof(WebhookEndpoints)).LogError(
                "The Shopify secret of workspace {Workspace} cannot be decrypted (the Data Protection key ring changed); store it again with `clout workspace shopify`.",
                endpoint.Workspace.Name);
            return unauthorized;
        }
        if (!ShopifySignature.Verify(secret, body, request.Headers[ShopifySignature.Header]))
        {
            return unauthorized;
        }
        scope.Set(endpoint.Workspace.Id, endpoint.Workspace.Name);
        if (request.Headers[TopicHeader].ToString() is { Length: > 0 } topic && !string.Equals(topic, OrdersCreate, StringComparison.OrdinalIgnoreCase))
        {
            // Answered 200 so that Shopify does not retry a topic Clout does not use.
            return TypedResults.Ok(new WebhookResponse("ignored", null, null));
        }
        var (order, problem) = ShopifyOrderPayload.Read(body);
        if (order is null)
        {
            return Refused(loggers, endpoint.Workspace.Name, problem!);
        }
        var deliveryId = request.Headers["X-Shopify-Webhook-Id"].ToString() is { Length: > 0 } webhookId ? webhookId
            : request.Headers["X-Shopify-Event-Id"].ToString() is { Length: > 0 } eventId ? eventId : null;
        var receipt = deliveryId is { Length: <= 200 } ? new WebhookReceipt(WebhookProvider.Shopify, deliveryId) : null;
        try
        {
            var result = await intake.TakeAsync(order, receipt, cancellationToken);
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
            return Refused(loggers, endpoint.Workspace.Name, e.Message);
        }
    }

    /// <summary>
    /// A signed delivery that is no order Clout can store: a 4xx, so that Shopify does not retry it, and a log line, since
    /// the shop's order is then missing from Clout and someone should look.
    /// </summary>
    private static ProblemHttpResult Refused(ILoggerFactory loggers, string workspace, string problem)
    {
        loggers.CreateLogger(typeof(WebhookEndpoints)).LogWarning("A Shopify order for workspace {Workspace} was refused: {Problem}.", workspace, problem);
        return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not an order", detail: $"{problem}; nothing was stored.");
    }
}
