using Clout.Core.Campaigns;

namespace Clout.Core.Planning;

/// <summary>
/// What a plan should maximise, as the worth of each outcome in one unit: a thousand accounts reached, one
/// engagement, one order. Reach, engagement and conversions are the single-outcome goals; a blend states what a
/// marketer would pay for each (e.g. €5 per thousand reached, €0.05 per engagement, €12 margin per order), which puts
/// the three on one scale without an arbitrary normalisation. <see cref="Profit"/> is what the business earns:
/// expected revenue × gross margin − cost, which needs the margin (<see cref="PlanRules.GrossMargin"/>).
/// </summary>
public sealed record PlanGoal(double PerThousandReach, double PerEngagement, double PerOrder)
{
    public static PlanGoal Reach { get; } = new(1, 0, 0);

    public static PlanGoal Engagement { get; } = new(0, 1, 0);

    public static PlanGoal Conversions { get; } = new(0, 0, 1);

    public static PlanGoal Profit { get; } = new(0, 0, 0) { IsProfit = true };

    /// <summary>True for <see cref="Profit"/>: the worth of a post is its expected profit, not a weighted outcome.</summary>
    public bool IsProfit { get; init; }

    /// <summary>The single-outcome goal for a campaign's goal; a blend needs the marketer's weights, so it has none.</summary>
    public static PlanGoal? For(CampaignGoal goal) => goal switch
    {
        CampaignGoal.Awareness => Reach,
        CampaignGoal.Conversion => Conversions,
        _ => null,
    };

    /// <summary>The reason the weights are unusable, or null when they are sound.</summary>
    public string? Validate() =>
        !double.IsFinite(PerThousandReach) || !double.IsFinite(PerEngagement) || !double.IsFinite(PerOrder) ? "goal weights must be finite numbers"
        : PerThousandReach < 0 || PerEngagement < 0 || PerOrder < 0 ? "goal weights cannot be negative"
        : !IsProfit && PerThousandReach + PerEngagement + PerOrder <= 0 ? "at least one goal weight must be above 0"
        : null;

    /// <summary>The worth of an outcome under this goal.</summary>
    public double ValueOf(double reach, double engagements, double orders) =>
        (PerThousandReach * reach / 1_000) + (PerEngagement * engagements) + (PerOrder * orders);
}
