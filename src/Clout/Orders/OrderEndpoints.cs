using Clout.Access;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Orders;

public static class OrderEndpoints
{
    /// <summary>64 KiB: an order is a few hundred bytes; anything near this is not an order.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static RouteGroupBuilder MapOrderEndpoints(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders");
        orders.MapPost("/", CreateAsync)
            .RequireAuthorization(AccessPolicies.Editor)
            .Accepts<CreateOrderRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Takes an order in and attributes it (promo code > tracked click in the window > survey > none); idempotent on order_id: a repeat answers 200 with the stored order");
        orders.MapGet("/{orderId}", GetAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An order as stored, with its attribution and every signal");
        return api;
    }

    private static async Task<Results<Created<OrderResponse>, Ok<OrderResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, OrderRecorder recorder, WorkspaceScope scope, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await LimitedBody.ReadAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return LimitedBody.TooLarge(MaxBodyBytes);
        }
        var (order, errors) = OrderRequestReader.Read(body, clock.GetUtcNow().UtcDateTime);
        if (order is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The order was not stored",
                detail: $"Fix {string.Join(", ", errors.Keys)} and send it again; nothing was stored.");
        }
        OrderIntakeResult result;
        try
        {
            result = await recorder.TakeAsync(scope.WorkspaceId, scope.WorkspaceName ?? "", order, null, cancellationToken);
        }
        catch (IntakeNotStoredException)
        {
            return OrderServices.NotStored();
        }
        var response = OrderResponse.Of(result.Order!);
        return result.Outcome == OrderIntakeOutcome.Created
            ? TypedResults.Created($"/api/v1/orders/{Uri.EscapeDataString(response.OrderId)}", response)
            : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> GetAsync(string orderId, OrderIntake intake, CancellationToken cancellationToken) =>
        await intake.FindAsync(orderId, cancellationToken) is { } order
            ? TypedResults.Ok(OrderResponse.Of(order))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such order", detail: $"There is no order '{orderId}' in this workspace.");
}
