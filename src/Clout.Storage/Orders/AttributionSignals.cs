using Clout.Core.Attribution;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Orders;

/// <summary>
/// Every attribution signal a set of orders can have, read in a few queries: the collaborations whose promo codes
/// they used, the tracked clicks their clout_ref points to, the verified survey answers that name them, the creators a
/// shop export names. <see cref="For"/> gives one order's signals, for <see cref="AttributionRule"/> to decide.
/// </summary>
internal sealed class AttributionSignals(TimeSpan window, Dictionary<string, long> promoCodes, Dictionary<string, ClickSignal> clicksByRef,
    Dictionary<string, SurveyClaim> surveyAnswersByOrder, CreatorSignals creators)
{
    public static async Task<AttributionSignals> ReadAsync(CloutDbContext db, IReadOnlyList<OrderInput> inputs, TimeSpan window,
        CancellationToken cancellationToken)
    {
        var codes = inputs.SelectMany(i => i.DiscountCodes).Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var promo = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in codes.Chunk(OrderIntake.LookupChunk))
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
        foreach (var chunk in refs.Chunk(OrderIntake.LookupChunk))
        {
            // Only human clicks explain an order; a bot, a link preview or a scanner cannot buy.
            foreach (var c in await db.Clicks.AsNoTracking().Where(c => chunk.Contains(c.Ref) && c.Kind == ClickKind.Human)
                         .Select(c => new { c.Ref, c.Id, c.CollaborationId, c.OccurredAtUtc }).ToListAsync(cancellationToken))
            {
                clicks[c.Ref] = new ClickSignal(c.Id, c.CollaborationId, c.OccurredAtUtc);
            }
        }
        // A post-purchase survey may have been answered before the order reached us (the thank-you page is faster than a webhook).
        var surveys = await SurveySignals.ForOrdersAsync(db, [.. inputs.Select(i => i.OrderId)], cancellationToken);
        var creators = await CreatorSignals.ReadAsync(db, [.. inputs.Select(i => i.Creator).OfType<OrderCreator>()], cancellationToken);
        return new AttributionSignals(window, promo, clicks, surveys, creators);
    }

    /// <summary>The order's clout_ref: sent explicitly, else found in the URL the buyer landed on.</summary>
    public static string? RefOf(OrderInput input) =>
        !string.IsNullOrWhiteSpace(input.Ref) ? input.Ref.Trim() : CloutRefParameter.FromUrl(input.LandingSite);

    /// <summary>
    /// This order's signals: its first discount code that is a promo code, its click within the window, its verified
    /// survey answer if the order reached Clout (<paramref name="receivedAtUtc"/>, first arrival) by the answer's deadline.
    /// </summary>
    public OrderSignals For(OrderInput input, DateTime receivedAtUtc)
    {
        long? code = null;
        foreach (var discount in input.DiscountCodes)
        {
            if (promoCodes.TryGetValue(discount.Trim(), out var collaboration))
            {
                code = collaboration;
                break;
            }
        }
        ClickSignal? click = RefOf(input) is { } reference && clicksByRef.TryGetValue(reference, out var found)
            ? AttributionRule.LastClickInWindow(input.OccurredAtUtc, window, [found])
            : null;
        var survey = surveyAnswersByOrder.TryGetValue(input.OrderId, out var claim) && receivedAtUtc <= claim.DeadlineUtc
            ? SurveyCredit.Choose(claim.Parts, input.OccurredAtUtc)
            : null;
        var creator = CreatorOf(input) is { } influencer ? creators.CollaborationOf(influencer, input.OccurredAtUtc) : null;
        return new OrderSignals(code, click, survey, creator);
    }

    /// <summary>The influencer the order's shop export names, or null.</summary>
    public long? CreatorOf(OrderInput input) => input.Creator is { } named ? creators.InfluencerOf(named) : null;
}
