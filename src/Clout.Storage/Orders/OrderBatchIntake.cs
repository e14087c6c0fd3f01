using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Orders;

/// <summary>
/// <see cref="OrderIntake"/> for many orders of one workspace at once, as a group commit hands them over: each lookup
/// (deliveries, order ids, signals, customers) is one query for the whole batch and every new order is written in one
/// transaction. The outcome of each order is the one <see cref="OrderIntake.TakeAsync"/> would give if the orders came
/// one after the other in this order: a delivery seen before (stored, or earlier in the batch) changes nothing, an
/// order id seen before is returned as stored.
/// </summary>
public sealed class OrderBatchIntake(CloutDbContext db, OrderIntake intake)
{
    /// <summary>
    /// Takes checked orders in; returns one result per order, in the same order. Throws when the transaction fails (a
    /// concurrent writer won a unique index, the database refused a row): then nothing of the batch is stored, and the
    /// caller takes the orders one by one with <see cref="OrderIntake.TakeAsync"/>, which looks again.
    /// </summary>
    public async Task<IReadOnlyList<OrderIntakeResult>> TakeManyAsync(IReadOnlyList<IncomingOrder> orders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        intake.RequireScope();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await TakeOpenAsync(orders, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<IReadOnlyList<OrderIntakeResult>> TakeOpenAsync(IReadOnlyList<IncomingOrder> orders, CancellationToken cancellationToken)
    {
        var seenDeliveries = await SeenDeliveriesAsync(orders, cancellationToken);
        var stored = await intake.FindManyAsync(orders.Select(o => o.Order.OrderId), cancellationToken);
        var outcomes = new OrderIntakeOutcome[orders.Count];
        // A repeat answers with its order only if that was stored before it (earlier in the batch counts), as one by one.
        var storedBefore = new bool[orders.Count];
        var created = new List<IncomingOrder>();
        var createdIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < orders.Count; i++)
        {
            var (input, receipt) = orders[i];
            storedBefore[i] = stored.ContainsKey(input.OrderId) || createdIds.Contains(input.OrderId);
            if (receipt is not null && seenDeliveries.Contains(receipt))
            {
                outcomes[i] = OrderIntakeOutcome.DuplicateDelivery;
            }
            else if (storedBefore[i])
            {
                // As one by one: an order stored before keeps its first write, and this delivery is not recorded.
                outcomes[i] = OrderIntakeOutcome.AlreadyStored;
            }
            else
            {
                outcomes[i] = OrderIntakeOutcome.Created;
                created.Add(orders[i]);
                createdIds.Add(input.OrderId);
                if (receipt is not null)
                {
                    seenDeliveries.Add(receipt);
                }
            }
        }
        if (created.Count > 0)
        {
            foreach (var order in await InsertAsync(created, cancellationToken))
            {
                stored[order.OrderId] = order;
            }
        }
        var results = new OrderIntakeResult[orders.Count];
        for (var i = 0; i < orders.Count; i++)
        {
            var order = outcomes[i] == OrderIntakeOutcome.Created || storedBefore[i] ? stored[orders[i].Order.OrderId] : null;
            results[i] = new OrderIntakeResult(outcomes[i], order);
        }
        return results;
    }

    /// <summary>The batch's deliveries already recorded, in one query per <see cref="OrderIntake.LookupChunk"/> ids.</summary>
    private async Task<HashSet<WebhookReceipt>> SeenDeliveriesAsync(IReadOnlyList<IncomingOrder> orders, CancellationToken cancellationToken)
    {
        var seen = new HashSet<WebhookReceipt>();
        foreach (var provider in orders.Where(o => o.Receipt is not null).Select(o => o.Receipt!).GroupBy(r => r.Provider))
        {
            foreach (var chunk in provider.Select(r => r.DeliveryId).Distinct(StringComparer.Ordinal).Chunk(OrderIntake.LookupChunk))
            {
                foreach (var id in await db.WebhookDeliveries.AsNoTracking().Where(d => d.Provider == provider.Key && chunk.Contains(d.DeliveryId))
                             .Select(d => d.DeliveryId).ToListAsync(cancellationToken))
                {
                    seen.Add(new WebhookReceipt(provider.Key, id));
                }
            }
        }
        return seen;
    }

    /// <summary>New orders (distinct ids) and their deliveries, in one transaction.</summary>
    private async Task<List<StoredOrder>> InsertAsync(List<IncomingOrder> created, CancellationToken cancellationToken)
    {
        var prepared = await intake.PrepareAsync([.. created.Select(o => o.Order)], cancellationToken, completeFromStored: false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customers = await prepared.Customers.UpsertAsync(prepared.Inputs, cancellationToken);
        var rows = new List<(Order Row, string? Customer)>(created.Count);
        foreach (var (input, receipt) in created)
        {
            var order = OrderIntake.Fill(OrderIntake.New(input, prepared), input, prepared, customers);
            db.Orders.Add(order);
            rows.Add((order, prepared.Customers.KeyOf(input)));
            if (receipt is not null)
            {
                db.WebhookDeliveries.Add(new WebhookDelivery { Provider = receipt.Provider, DeliveryId = receipt.DeliveryId, ReceivedAtUtc = prepared.ReceivedAtUtc });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return rows.ConvertAll(r => OrderIntake.Stored(r.Row, r.Customer));
    }
}
