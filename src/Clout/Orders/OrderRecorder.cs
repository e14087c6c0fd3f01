using System.Diagnostics.Metrics;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Microsoft.Extensions.Options;

namespace Clout.Orders;

/// <summary>
/// The group commit of orders (the API's and the webhooks'): a request checks its order, queues it and waits; the writer
/// takes each workspace's share of a batch in with <see cref="OrderBatchIntake"/> (one query per lookup, one
/// transaction), and only then lets those requests answer. So a 2xx is never sent for an order that is not committed,
/// and under load one commit serves hundreds of orders. An order on its own, or of a share that failed, goes through
/// <see cref="OrderIntake"/>, which looks again for a delivery or an order that a concurrent writer stored meanwhile.
/// </summary>
internal sealed class OrderRecorder(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OrderOptions> options, IMeterFactory meters, ILogger<OrderRecorder> logger)
    : GroupCommitQueue<QueuedOrder, OrderIntakeResult>("orders", options.Value.QueueCapacity, options.Value.MaxBatch, meters, logger)
{
    /// <summary>Completes once the order is committed (or found to be a repeat) with what became of it.</summary>
    /// <exception cref="StorageValidationException">The order breaks a rule; nothing was queued.</exception>
    /// <exception cref="IntakeNotStoredException">The order could not be stored; the sender should send it again.</exception>
    public Task<OrderIntakeResult> TakeAsync(long workspaceId, string workspaceName, OrderInput order, WebhookReceipt? receipt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (workspaceId == 0)
        {
            throw new InvalidOperationException("No workspace is selected.");
        }
        OrderRules.Require(order, clock.GetUtcNow().UtcDateTime);
        return CommitAsync(new QueuedOrder(workspaceId, workspaceName, new IncomingOrder(order, receipt)), cancellationToken);
    }

    /// <summary>A workspace's orders are written through a context scoped to it: one transaction per workspace.</summary>
    protected override long PartOf(QueuedOrder item) => item.WorkspaceId;

    protected override async Task<IReadOnlyList<OrderIntakeResult>> CommitBatchAsync(IReadOnlyList<QueuedOrder> batch)
    {
        await using var services = Scope(batch[0]);
        return await services.ServiceProvider.GetRequiredService<OrderBatchIntake>()
            .TakeManyAsync([.. batch.Select(o => o.Order)], CancellationToken.None);
    }

    protected override async Task<OrderIntakeResult> CommitOneAsync(QueuedOrder item)
    {
        await using var services = Scope(item);
        return await services.ServiceProvider.GetRequiredService<OrderIntake>()
            .TakeAsync(item.Order.Order, item.Order.Receipt, CancellationToken.None);
    }

    /// <summary>A rule only the write checks (the clock moved on while the order waited) is a 4xx, not a 503 to retry.</summary>
    protected override bool IsRefusal(Exception exception) => exception is StorageValidationException;

    protected override string Describe(QueuedOrder item) => $"Order {item.Order.Order.OrderId} of workspace {item.WorkspaceName}";

    private AsyncServiceScope Scope(QueuedOrder order)
    {
        var services = scopes.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(order.WorkspaceId, order.WorkspaceName);
        return services;
    }
}
