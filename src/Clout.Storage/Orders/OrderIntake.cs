using Clout.Core.Attribution;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Orders;

/// <summary>
/// The one way orders enter Clout, whichever door they used (API, import, Shopify webhook): checks them against
/// <see cref="OrderRules"/>, skips a webhook delivery or an order id seen before, reads their attribution signals
/// (<see cref="AttributionSignals"/>), lets <see cref="AttributionRule"/> decide, upserts the customer
/// (<see cref="OrderCustomers"/>) and stores the order. The write is one small transaction: an order answered 2xx is
/// stored. The API and the webhooks take many orders into one transaction through <see cref="OrderBatchIntake"/>,
/// and come here one order at a time when a batch fails.
/// </summary>
public sealed class OrderIntake(CloutDbContext db, WorkspaceScope scope, TimeProvider clock)
{
    /// <summary>Ids per query when looking up many orders, customers, codes or clicks: well under every provider's parameter limit.</summary>
    internal const int LookupChunk = 500;

    /// <summary>A concurrent delivery of the same order or a new customer's first two orders may race on a unique index; the loser looks again.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// Takes one order in. Returns the order stored now (<see cref="OrderIntakeOutcome.Created"/>), the one stored
    /// before under the same id, or, for a webhook delivery seen before, nothing new.
    /// </summary>
    /// <exception cref="StorageValidationException">The order breaks <see cref="OrderRules"/>; nothing was stored.</exception>
    public async Task<OrderIntakeResult> TakeAsync(OrderInput input, WebhookReceipt? receipt, CancellationToken cancellationToken)
    {
        Check(input);
        RequireScope();
        // One connection for the few statements of an intake, instead of one from the pool per statement.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await TakeOpenAsync(input, receipt, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Checks an order against <see cref="OrderRules"/>, as every door does before it is taken in.</summary>
    /// <exception cref="StorageValidationException">The order breaks a rule; the message names each field.</exception>
    public void Check(OrderInput input)
    {
        OrderRules.Require(input, clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The delivery and the order id are looked up before the write; a race lost on their unique indexes looks again.</summary>
    private async Task<OrderIntakeResult> TakeOpenAsync(OrderInput input, WebhookReceipt? receipt, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (receipt is not null && await db.WebhookDeliveries.AsNoTracking()
                    .AnyAsync(d => d.Provider == receipt.Provider && d.DeliveryId == receipt.DeliveryId, cancellationToken))
            {
                return new OrderIntakeResult(OrderIntakeOutcome.DuplicateDelivery, await FindAsync(input.OrderId, cancellationToken));
            }
            if (await FindAsync(input.OrderId, cancellationToken) is { } stored)
            {
                return new OrderIntakeResult(OrderIntakeOutcome.AlreadyStored, stored);
            }
            try
            {
                return new OrderIntakeResult(OrderIntakeOutcome.Created, await InsertAsync(input, receipt, cancellationToken));
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Someone stored this order, delivery or customer between our look and our write: look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The stored order with this shop id in the scope's workspace, or null.</summary>
    public Task<StoredOrder?> FindAsync(string orderId, CancellationToken cancellationToken)
    {
        RequireScope();
        return Project(db.Orders.Where(o => o.ExternalId == orderId)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The stored orders with these shop ids, by id, in one query per <see cref="LookupChunk"/> ids.</summary>
    internal async Task<Dictionary<string, StoredOrder>> FindManyAsync(IEnumerable<string> orderIds, CancellationToken cancellationToken)
    {
        RequireScope();
        var found = new Dictionary<string, StoredOrder>(StringComparer.Ordinal);
        foreach (var chunk in orderIds.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            foreach (var order in await Project(db.Orders.Where(o => chunk.Contains(o.ExternalId))).ToListAsync(cancellationToken))
            {
                found[order.OrderId] = order;
            }
        }
        return found;
    }

    private IQueryable<StoredOrder> Project(IQueryable<Order> orders) =>
        orders.AsNoTracking().Select(o => new StoredOrder(o.ExternalId,
            db.Customers.Where(c => c.Id == o.CustomerId).Select(c => c.ExternalId).FirstOrDefault(),
            o.OccurredAtUtc, o.ReceivedAtUtc, o.TotalMinor, o.Currency, o.DiscountCodes, o.LandingSite, o.Referrer, o.Channel,
            o.AttributionSource, o.AttributedCollaborationId, o.CodeCollaborationId, o.ClickCollaborationId, o.ClickId, o.SurveyCollaborationId,
            o.CreatorInfluencerId, o.CreatorCollaborationId));

    /// <summary>
    /// Reads what storing these checked orders needs (their signals, the workspace's attribution window and e-mail salt),
    /// before the write transaction: the importer's first half, the single intake's too.
    /// </summary>
    /// <param name="completeFromStored">false when none of the orders is stored yet, so there is nothing to complete them from.</param>
    internal async Task<PreparedOrders> PrepareAsync(IReadOnlyList<OrderInput> inputs, CancellationToken cancellationToken, bool completeFromStored = true)
    {
        RequireScope();
        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId)
            .Select(w => new { w.AttributionWindowDays, w.EmailSalt }).SingleAsync(cancellationToken);
        var salt = workspace.EmailSalt;
        if (salt is null && inputs.Any(i => !string.IsNullOrWhiteSpace(i.Email)))
        {
            salt = await OrderCustomers.EnsureEmailSaltAsync(db, scope.WorkspaceId, cancellationToken);
        }
        var window = workspace.AttributionWindowDays > 0 ? TimeSpan.FromDays(workspace.AttributionWindowDays) : AttributionRule.DefaultWindow;
        if (completeFromStored)
        {
            inputs = await CompleteFromStoredAsync(inputs, cancellationToken);
        }
        var signals = await AttributionSignals.ReadAsync(db, inputs, window, cancellationToken);
        return new PreparedOrders(inputs, signals, new OrderCustomers(db, salt), Now());
    }

    /// <summary>
    /// A door that does not carry a field leaves what another door stored: Shopify's order export has no landing page,
    /// no clout_ref and no customer id, so importing it over orders its webhook stored would otherwise drop their click
    /// credit and move them to another customer. A field the input carries still replaces the stored one.
    /// </summary>
    private async Task<IReadOnlyList<OrderInput>> CompleteFromStoredAsync(IReadOnlyList<OrderInput> inputs, CancellationToken cancellationToken)
    {
        var lacking = inputs.Where(i => i.LandingSite is null || i.Referrer is null || i.CustomerId is null)
            .Select(i => i.OrderId).Distinct(StringComparer.Ordinal).ToList();
        if (lacking.Count == 0)
        {
            return inputs;
        }
        var stored = new Dictionary<string, (string? LandingSite, string? Referrer, string? ClickRef, string? Customer)>(StringComparer.Ordinal);
        foreach (var chunk in lacking.Chunk(LookupChunk))
        {
            foreach (var o in await db.Orders.AsNoTracking().Where(o => chunk.Contains(o.ExternalId))
                         .Select(o => new
                         {
                             o.ExternalId,
                             o.LandingSite,
                             o.Referrer,
                             ClickRef = db.Clicks.Where(c => c.Id == o.ClickId).Select(c => c.Ref).FirstOrDefault(),
                             Customer = db.Customers.Where(c => c.Id == o.CustomerId).Select(c => c.ExternalId).FirstOrDefault(),
                         })
                         .ToListAsync(cancellationToken))
            {
                stored[o.ExternalId] = (o.LandingSite, o.Referrer, o.ClickRef, o.Customer);
            }
        }
        if (stored.Count == 0)
        {
            return inputs;
        }
        return [.. inputs.Select(i =>
        {
            if (!stored.TryGetValue(i.OrderId, out var s))
            {
                return i;
            }
            var completed = i with { LandingSite = i.LandingSite ?? s.LandingSite, Referrer = i.Referrer ?? s.Referrer };
            return completed with
            {
                Ref = AttributionSignals.RefOf(completed) is null ? s.ClickRef : completed.Ref,
                CustomerId = i.CustomerId ?? s.Customer,
            };
        })];
    }

    /// <summary>
    /// Stores prepared orders in the caller's transaction (the importer's second half): new ids are inserted, known ids
    /// are corrected and re-attributed, as a corrected file replaces what an earlier one said. Returns how many were
    /// already stored.
    /// </summary>
    internal async Task<int> StoreAsync(PreparedOrders orders, CancellationToken cancellationToken)
    {
        var customers = await orders.Customers.UpsertAsync(orders.Inputs, cancellationToken);
        var existing = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var chunk in orders.Inputs.Select(i => i.OrderId).Chunk(LookupChunk))
        {
            foreach (var order in await db.Orders.Where(o => chunk.Contains(o.ExternalId)).ToListAsync(cancellationToken))
            {
                existing[order.ExternalId] = order;
            }
        }
        foreach (var input in orders.Inputs)
        {
            if (existing.TryGetValue(input.OrderId, out var order))
            {
                Fill(order, input, orders, customers);
            }
            else
            {
                db.Orders.Add(Fill(New(input, orders), input, orders, customers));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return existing.Count;
    }

    private async Task<StoredOrder> InsertAsync(OrderInput input, WebhookReceipt? receipt, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync([input], cancellationToken, completeFromStored: false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customers = await prepared.Customers.UpsertAsync(prepared.Inputs, cancellationToken);
        var order = Fill(New(input, prepared), input, prepared, customers);
        db.Orders.Add(order);
        if (receipt is not null)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery { Provider = receipt.Provider, DeliveryId = receipt.DeliveryId, ReceivedAtUtc = prepared.ReceivedAtUtc });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return Stored(order, prepared.Customers.KeyOf(input));
    }

    /// <summary>What was just written, as read back: the customer by its id at the shop.</summary>
    internal static StoredOrder Stored(Order order, string? customerId) =>
        new(order.ExternalId, customerId, order.OccurredAtUtc, order.ReceivedAtUtc, order.TotalMinor,
            order.Currency, order.DiscountCodes, order.LandingSite, order.Referrer, order.Channel, order.AttributionSource,
            order.AttributedCollaborationId, order.CodeCollaborationId, order.ClickCollaborationId, order.ClickId, order.SurveyCollaborationId,
            order.CreatorInfluencerId, order.CreatorCollaborationId);

    /// <summary>A new order row: the channel and arrival time are set once, the rest by <see cref="Fill"/>.</summary>
    internal static Order New(OrderInput input, PreparedOrders orders) =>
        new() { ExternalId = input.OrderId, Currency = "", Channel = input.Channel, AttributionSource = AttributionSource.None, ReceivedAtUtc = orders.ReceivedAtUtc };

    /// <summary>Sets an order's fields and every signal from the input; the channel and arrival time stay as first stored.</summary>
    internal static Order Fill(Order order, OrderInput input, PreparedOrders orders, Dictionary<string, long> customers)
    {
        // The arrival time is the first one, set by New: a re-imported order keeps the credit it had a right to.
        var signals = orders.Signals.For(input, order.ReceivedAtUtc);
        var credit = AttributionRule.Decide(signals);
        order.CustomerId = orders.Customers.KeyOf(input) is { } key ? customers[key] : null;
        order.OccurredAtUtc = input.OccurredAtUtc;
        order.TotalMinor = input.TotalMinor;
        order.Currency = OrderRules.NormalizeCurrency(input.Currency);
        order.DiscountCodes = OrderRules.JoinCodes(input.DiscountCodes);
        order.LandingSite = input.LandingSite;
        order.Referrer = input.Referrer;
        order.CodeCollaborationId = signals.CodeCollaborationId;
        order.ClickCollaborationId = signals.Click?.CollaborationId;
        order.ClickId = signals.Click?.ClickId;
        order.SurveyCollaborationId = signals.SurveyCollaborationId;
        order.CreatorInfluencerId = orders.Signals.CreatorOf(input);
        order.CreatorCollaborationId = signals.CreatorCollaborationId;
        order.AttributionSource = credit.Source;
        order.AttributedCollaborationId = credit.CollaborationId;
        return order;
    }

    /// <summary>The clock to the microsecond, PostgreSQL's precision, so what is returned equals what is read back.</summary>
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    internal void RequireScope()
    {
        if (scope.WorkspaceId == 0)
        {
            throw new InvalidOperationException("No workspace is selected.");
        }
    }
}
