using System.Security.Cryptography;
using System.Text;
using Clout.Core.Attribution;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Orders;

/// <summary>
/// The one way orders enter Clout, whichever door they used (API, import, Shopify webhook): checks them, finds
/// their attribution signals (promo code, tracked click, survey answer), lets <see cref="AttributionRule"/> decide,
/// upserts the customer and stores the order. Idempotent on the shop's order id and, for webhooks, on the
/// delivery id. The write is one small transaction, done inline: an order answered 2xx is stored.
/// </summary>
public sealed class OrderIntake(CloutDbContext db, WorkspaceScope scope, TimeProvider clock)
{
    /// <summary>A concurrent delivery of the same order or a new customer's first two orders may race on a unique index; the loser looks again.</summary>
    private const int Attempts = 3;

    /// <summary>Ids per query when looking up many orders or customers: well under every provider's parameter limit.</summary>
    private const int LookupChunk = 500;

    /// <summary>Bytes of the per-workspace e-mail salt.</summary>
    private const int SaltBytes = 32;

    /// <summary>Prefix of the customer id made from the e-mail hash when a guest order names no customer.</summary>
    public const string EmailCustomerPrefix = "email:";

    /// <summary>
    /// Takes one order in. Returns the order stored now (<see cref="OrderIntakeOutcome.Created"/>), the one stored
    /// before under the same id, or, for a webhook delivery seen before, nothing new.
    /// </summary>
    /// <exception cref="StorageValidationException">The order breaks <see cref="OrderRules"/>; nothing was stored.</exception>
    public async Task<OrderIntakeResult> TakeAsync(OrderInput input, WebhookReceipt? receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireScope();
        var problems = OrderRules.Check(input, clock.GetUtcNow().UtcDateTime);
        if (problems.Count > 0)
        {
            throw new StorageValidationException(string.Join("; ", problems.Select(p => $"{p.Field} {p.Message}")));
        }
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
        return db.Orders.AsNoTracking().Where(o => o.ExternalId == orderId)
            .Select(o => new StoredOrder(o.ExternalId,
                db.Customers.Where(c => c.Id == o.CustomerId).Select(c => c.ExternalId).FirstOrDefault(),
                o.OccurredAtUtc, o.ReceivedAtUtc, o.TotalMinor, o.Currency, o.DiscountCodes, o.LandingSite, o.Referrer, o.Channel,
                o.AttributionSource, o.AttributedCollaborationId, o.CodeCollaborationId, o.ClickCollaborationId, o.ClickId, o.SurveyCollaborationId))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Stores many checked orders in one transaction (the importer's write side): new ids are inserted, known ids are
    /// corrected and re-attributed, as a corrected file replaces what an earlier one said. Returns (inserted, updated).
    /// </summary>
    internal async Task<(int Inserted, int Updated)> ImportAsync(IReadOnlyList<OrderInput> inputs, CancellationToken cancellationToken)
    {
        RequireScope();
        var context = await LoadContextAsync(inputs, cancellationToken);
        var now = Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customers = await UpsertCustomersAsync(inputs, context, cancellationToken);
        var existing = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var chunk in inputs.Select(i => i.OrderId).Chunk(LookupChunk))
        {
            foreach (var order in await db.Orders.Where(o => chunk.Contains(o.ExternalId)).ToListAsync(cancellationToken))
            {
                existing[order.ExternalId] = order;
            }
        }
        foreach (var input in inputs)
        {
            if (existing.TryGetValue(input.OrderId, out var order))
            {
                Fill(order, input, context, customers);
            }
            else
            {
                db.Orders.Add(Fill(new Order { ExternalId = input.OrderId, Currency = "", Channel = input.Channel, AttributionSource = "", ReceivedAtUtc = now },
                    input, context, customers));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (inputs.Count - existing.Count, existing.Count);
    }

    private async Task<StoredOrder> InsertAsync(OrderInput input, WebhookReceipt? receipt, CancellationToken cancellationToken)
    {
        var context = await LoadContextAsync([input], cancellationToken);
        var now = Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customers = await UpsertCustomersAsync([input], context, cancellationToken);
        var order = Fill(new Order { ExternalId = input.OrderId, Currency = "", Channel = input.Channel, AttributionSource = "", ReceivedAtUtc = now },
            input, context, customers);
        db.Orders.Add(order);
        if (receipt is not null)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery { Provider = receipt.Provider, DeliveryId = receipt.DeliveryId, ReceivedAtUtc = now });
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new StoredOrder(order.ExternalId, CustomerKey(input, context), order.OccurredAtUtc, order.ReceivedAtUtc, order.TotalMinor,
            order.Currency, order.DiscountCodes, order.LandingSite, order.Referrer, order.Channel, order.AttributionSource,
            order.AttributedCollaborationId, order.CodeCollaborationId, order.ClickCollaborationId, order.ClickId, order.SurveyCollaborationId);
    }

    /// <summary>Sets an order's fields and every signal from the input; the channel and arrival time stay as first stored.</summary>
    private static Order Fill(Order order, OrderInput input, IntakeContext context, Dictionary<string, long> customers)
    {
        var signals = context.Signals(input);
        var credit = AttributionRule.Decide(signals);
        order.CustomerId = CustomerKey(input, context) is { } key ? customers[key] : null;
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
        order.AttributionSource = SourceName(credit.Source);
        order.AttributedCollaborationId = credit.CollaborationId;
        return order;
    }

    public static string SourceName(AttributionSource source) => source.ToString().ToLowerInvariant();

    /// <summary>
    /// Creates the customers these orders name and moves known customers' first order earlier where one of these is
    /// older. Returns customer ids by external id.
    /// </summary>
    private async Task<Dictionary<string, long>> UpsertCustomersAsync(IReadOnlyList<OrderInput> inputs, IntakeContext context, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, (DateTime First, string? EmailHash)>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (CustomerKey(input, context) is not { } key)
            {
                continue;
            }
            var hash = context.EmailHash(input.Email);
            wanted[key] = wanted.TryGetValue(key, out var seen)
                ? (seen.First < input.OccurredAtUtc ? seen.First : input.OccurredAtUtc, seen.EmailHash ?? hash)
                : (input.OccurredAtUtc, hash);
        }
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return ids;
        }
        var known = new Dictionary<string, Customer>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Keys.Chunk(LookupChunk))
        {
            foreach (var customer in await db.Customers.AsNoTracking().Where(c => chunk.Contains(c.ExternalId)).ToListAsync(cancellationToken))
            {
                known[customer.ExternalId] = customer;
            }
        }
        var added = new List<Customer>();
        foreach (var (key, (first, hash)) in wanted)
        {
            if (known.TryGetValue(key, out var customer))
            {
                ids[key] = customer.Id;
                // Conditional updates, not read-modify-write: under PostgreSQL's read committed a concurrent intake
                // may have moved the first order meanwhile, and the WHERE is re-checked on the row it waited for.
                if (first < customer.FirstOrderAtUtc)
                {
                    await db.Customers.Where(c => c.Id == customer.Id && c.FirstOrderAtUtc > first)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.FirstOrderAtUtc, first), cancellationToken);
                }
                if (hash is not null && customer.EmailHash is null)
                {
                    await db.Customers.Where(c => c.Id == customer.Id && c.EmailHash == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.EmailHash, hash), cancellationToken);
                }
            }
            else
            {
                customer = new Customer { ExternalId = key, EmailHash = hash, FirstOrderAtUtc = first };
                db.Customers.Add(customer);
                added.Add(customer);
            }
        }
        if (added.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var customer in added)
            {
                ids[customer.ExternalId] = customer.Id;
            }
        }
        return ids;
    }

    /// <summary>The customer's id at the shop; for a guest order with only an e-mail, one made from the e-mail's hash.</summary>
    private static string? CustomerKey(OrderInput input, IntakeContext context) =>
        input.CustomerId ?? (context.EmailHash(input.Email) is { } hash ? EmailCustomerPrefix + hash : null);

    /// <summary>Everything attribution needs for a set of orders, read in a few queries.</summary>
    private async Task<IntakeContext> LoadContextAsync(IReadOnlyList<OrderInput> inputs, CancellationToken cancellationToken)
    {
        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId)
            .Select(w => new { w.AttributionWindowDays, w.EmailSalt }).SingleAsync(cancellationToken);
        var salt = workspace.EmailSalt;
        if (salt is null && inputs.Any(i => !string.IsNullOrWhiteSpace(i.Email)))
        {
            salt = await EnsureEmailSaltAsync(cancellationToken);
        }

        var codes = inputs.SelectMany(i => i.DiscountCodes).Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var promo = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in codes.Chunk(LookupChunk))
        {
            // Promo codes are typed at checkout, where case does not matter (they hold only ASCII letters, digits, - and _).
            foreach (var c in await db.Collaborations.AsNoTracking().Where(c => c.PromoCode != null && chunk.Contains(c.PromoCode.ToUpper()))
                         .Select(c => new { c.PromoCode, c.Id }).ToListAsync(cancellationToken))
            {
                promo.TryAdd(c.PromoCode!, c.Id);
            }
        }

        var refs = inputs.Select(RefOf).Where(r => r is not null).Select(r => r!).Distinct(StringComparer.Ordinal).ToList();
        var clicks = new Dictionary<string, ClickSignal>(StringComparer.Ordinal);
        foreach (var chunk in refs.Chunk(LookupChunk))
        {
            // Only human clicks explain an order; a bot, a link preview or a scanner cannot buy.
            foreach (var c in await db.Clicks.AsNoTracking().Where(c => chunk.Contains(c.Ref) && c.Kind == ClickKind.Human)
                         .Select(c => new { c.Ref, c.Id, c.CollaborationId, c.OccurredAtUtc }).ToListAsync(cancellationToken))
            {
                clicks[c.Ref] = new ClickSignal(c.Id, c.CollaborationId, c.OccurredAtUtc);
            }
        }
        var window = workspace.AttributionWindowDays > 0 ? TimeSpan.FromDays(workspace.AttributionWindowDays) : AttributionRule.DefaultWindow;
        // A post-purchase survey may have been answered before the order reached us (the thank-you page is faster than a webhook).
        var surveys = await Surveys.SurveySignals.ForOrdersAsync(db, [.. inputs.Select(i => i.OrderId)], cancellationToken);
        return new IntakeContext(window, salt, promo, clicks, surveys);
    }

    /// <summary>The order's clout_ref: sent explicitly, else found in the URL the buyer landed on.</summary>
    internal static string? RefOf(OrderInput input) =>
        !string.IsNullOrWhiteSpace(input.Ref) ? input.Ref.Trim() : CloutRefParameter.FromUrl(input.LandingSite);

    /// <summary>Makes the workspace's e-mail salt on first use; when two requests race, the first one's salt stays.</summary>
    private async Task<byte[]> EnsureEmailSaltAsync(CancellationToken cancellationToken)
    {
        var fresh = RandomNumberGenerator.GetBytes(SaltBytes);
        await db.Workspaces.Where(w => w.Id == scope.WorkspaceId && w.EmailSalt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.EmailSalt, fresh), cancellationToken);
        return await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId).Select(w => w.EmailSalt!).SingleAsync(cancellationToken);
    }

    /// <summary>The clock to the microsecond, PostgreSQL's precision, so what is returned equals what is read back.</summary>
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    private void RequireScope()
    {
        if (scope.WorkspaceId == 0)
        {
            throw new InvalidOperationException("No workspace is selected.");
        }
    }

    private sealed record IntakeContext(TimeSpan Window, byte[]? Salt, Dictionary<string, long> PromoCodes, Dictionary<string, ClickSignal> ClicksByRef,
        Dictionary<string, List<CampaignPart>> SurveyAnswersByOrder)
    {
        public OrderSignals Signals(OrderInput input)
        {
            long? code = null;
            foreach (var discount in input.DiscountCodes)
            {
                if (PromoCodes.TryGetValue(discount.Trim(), out var collaboration))
                {
                    code = collaboration;
                    break;
                }
            }
            ClickSignal? click = RefOf(input) is { } reference && ClicksByRef.TryGetValue(reference, out var found)
                ? AttributionRule.LastClickInWindow(input.OccurredAtUtc, Window, [found])
                : null;
            var survey = SurveyAnswersByOrder.TryGetValue(input.OrderId, out var parts) ? SurveyCredit.Choose(parts, input.OccurredAtUtc) : null;
            return new OrderSignals(code, click, survey);
        }

        /// <summary>HMAC-SHA256 of the trimmed, lower-cased address under the workspace's salt: repeat buyers match, the address is never stored.</summary>
        public string? EmailHash(string? email) =>
            string.IsNullOrWhiteSpace(email) || Salt is null
                ? null
                : Convert.ToHexStringLower(HMACSHA256.HashData(Salt, Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
    }
}
