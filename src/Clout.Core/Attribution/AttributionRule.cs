namespace Clout.Core.Attribution;

/// <summary>
/// The order of evidence: a platform's record that a creator sold the order is the sale itself, as the platform saw
/// it and pays commission on, so it beats every sign of what led up to it; a promo code is typed by the buyer on
/// purpose, so it beats a click; a click is observed, so it beats a remembered survey answer; without any, the order
/// is nobody's.
/// </summary>
public static class AttributionRule
{
    /// <summary>The default attribution window: a click counts for orders up to 7 days later.</summary>
    public static TimeSpan DefaultWindow { get; } = TimeSpan.FromDays(7);

    public static OrderCredit Decide(OrderSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return signals switch
        {
            { CreatorCollaborationId: { } creator } => new OrderCredit(AttributionSource.Creator, creator),
            { CodeCollaborationId: { } code } => new OrderCredit(AttributionSource.Code, code),
            { Click: { } click } => new OrderCredit(AttributionSource.Click, click.CollaborationId),
            { SurveyCollaborationId: { } survey } => new OrderCredit(AttributionSource.Survey, survey),
            _ => OrderCredit.None,
        };
    }

    /// <summary>
    /// The last click at or before the order and no older than <paramref name="window"/>: [order − window, order].
    /// A click after the order cannot have caused it.
    /// </summary>
    public static ClickSignal? LastClickInWindow(DateTime orderAtUtc, TimeSpan window, IEnumerable<ClickSignal> clicks)
    {
        ArgumentNullException.ThrowIfNull(clicks);
        if (window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The attribution window must be positive.");
        }
        ClickSignal? last = null;
        foreach (var click in clicks)
        {
            if (click.OccurredAtUtc <= orderAtUtc && click.OccurredAtUtc >= orderAtUtc - window
                && (last is null || click.OccurredAtUtc > last.Value.OccurredAtUtc))
            {
                last = click;
            }
        }
        return last;
    }
}
