using Clout.Core.Orders;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Orders;

namespace Clout.Storage.Ingestion.Kinds;

/// <summary>
/// Orders go through <see cref="OrderIntake"/>, the service every order door shares, so an imported order is checked
/// and attributed exactly like one from the API or a webhook. A known order id is corrected and re-attributed.
/// </summary>
internal sealed class OrderImporter(OrderIntake intake, ImportReferences references, TimeProvider clock) : KindImporter<OrderInput, PreparedOrders?>
{
    // email and referrer are there so that a file can say what the API can; both optional. creator (with its
    // creator_platform) is what a platform's shop export says: the influencer who sold the order.
    internal static readonly ImportSchema Columns = new(["order_id", "at", "total", "currency"],
        ["customer_id", "discount_codes", "landing_site", "ref", "email", "referrer", "creator", "creator_platform"]);

    public override ImportKind Kind => ImportKind.Orders;

    public override ImportSchema Schema => Columns;

    public override IReadOnlyList<Type> Written { get; } = [typeof(Order), typeof(Customer)];

    /// <summary>An order row; the rules every door shares (<see cref="OrderRules"/>) are checked here too, by field.</summary>
    public override OrderInput? Parse(FieldReader f)
    {
        var row = new OrderInput(f.RequiredText("order_id", OrderRules.MaxIdLength), f.Text("customer_id", OrderRules.MaxIdLength),
            f.Text("email", OrderRules.MaxEmailLength), f.Time("at"), f.RequiredMoney("total"), f.Currency("currency"),
            OrderRules.SplitCodes(f.Text("discount_codes", OrderRules.MaxDiscountCodesLength)), f.Text("landing_site", OrderRules.MaxUrlLength),
            f.Text("referrer", OrderRules.MaxUrlLength), f.Text("ref", OrderRules.MaxRefLength), OrderChannel.Import)
        {
            Creator = f.Text("creator", OrderRules.MaxHandleLength) is { } handle ? new OrderCreator(f.Platform("creator_platform"), handle.TrimStart('@')) : null,
        };
        if (f.RowHasErrors)
        {
            return null;
        }
        foreach (var (field, message) in OrderRules.Check(row, clock.GetUtcNow().UtcDateTime))
        {
            f.Fail(field, message);
        }
        return f.RowHasErrors ? null : row;
    }

    public override async Task<PreparedOrders?> CheckAsync(IReadOnlyList<Numbered<OrderInput>> rows, List<ImportError> errors, CancellationToken cancellationToken)
    {
        DuplicateRows.Reject(rows, r => r.OrderId, r => $"order_id '{r.OrderId}'", "order_id", errors);
        if (rows.Any(r => r.Row.Creator is not null))
        {
            var influencers = await references.InfluencerIdsAsync(cancellationToken);
            foreach (var row in rows.Where(r => r.Row.Creator is { } c && !influencers.ContainsKey((c.Platform, c.Handle.ToLowerInvariant()))))
            {
                var creator = row.Row.Creator!;
                errors.Add(new ImportError(row.Line, "creator",
                    $"no influencer @{creator.Handle} on {creator.Platform.ToName()} in this workspace; import the influencers first"));
            }
        }
        return null;
    }

    /// <summary>The plan: the orders' signals and customers, read by the intake before the transaction.</summary>
    public override async Task<PreparedOrders?> PrepareAsync(IReadOnlyList<Numbered<OrderInput>> rows, PreparedOrders? plan, CancellationToken cancellationToken) =>
        await intake.PrepareAsync([.. rows.Select(r => r.Row)], cancellationToken);

    public override Task<int> WriteAsync(IReadOnlyList<Numbered<OrderInput>> rows, PreparedOrders? plan, ImportWriter writer, CancellationToken cancellationToken) =>
        intake.StoreAsync(plan!, cancellationToken);
}
