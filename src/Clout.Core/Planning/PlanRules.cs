namespace Clout.Core.Planning;

/// <summary>
/// What the business adds to the goal. <see cref="GrossMargin"/> (0.4 = 40 %) turns revenue into profit: the goal
/// <see cref="PlanGoal.Profit"/> needs it, and with it every plan shows its expected profit and ROI.
/// <see cref="MinRoas"/> books no post whose expected revenue per unit of cost is below it, under any goal.
/// Under the profit goal no post expected to lose money is booked unless <see cref="SpendAll"/>: the budget is then
/// taken as spent anyway, and the mix brings back as much gross profit as it can.
/// </summary>
public sealed record PlanRules(double? GrossMargin = null, double? MinRoas = null, bool SpendAll = false)
{
    public static PlanRules None { get; } = new();

    /// <summary>The reason the rules are unusable, or null when they are sound.</summary>
    public string? Validate() =>
        GrossMargin is { } margin && (!double.IsFinite(margin) || margin < 0 || margin > 1) ? "the gross margin is a fraction between 0 and 1 (0.4 = 40 %)"
        : MinRoas is { } floor && (!double.IsFinite(floor) || floor < 0) ? "the minimum ROAS must be a finite number of 0 or more"
        : null;
}
