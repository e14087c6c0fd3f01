namespace Clout.Core.Reports;

/// <summary>
/// The money ratios of influencer marketing, in one place, each with the same guard: a cost or a denominator that is
/// 0, negative or not finite gives null (no figure), never 0 or ∞. Amounts are in whatever unit the caller uses
/// (minor or major), the same for cost and revenue; the cost is <see cref="CollaborationSpend.CostMinor"/>:
/// fee + product cost + commission.
/// </summary>
public static class SpendRatios
{
    /// <summary>Impressions per "mille" in CPM.</summary>
    private const double PerMille = 1_000;

    /// <summary>
    /// Return on investment: (revenue × margin − cost) / cost, with the workspace's gross margin as a fraction
    /// (0.4 = 40 %); 0 means the campaign paid for itself, −1 that it earned nothing back.
    /// </summary>
    public static double? Roi(double revenue, double margin, double cost)
    {
        if (!double.IsFinite(margin) || margin < 0 || margin > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, "The margin is a fraction between 0 and 1 (0.4 = 40 %).");
        }
        return IsPositive(cost) && double.IsFinite(revenue) && revenue >= 0 ? ((revenue * margin) - cost) / cost : null;
    }

    /// <summary>Return on ad spend: revenue / cost.</summary>
    public static double? Roas(double revenue, double cost) =>
        IsPositive(cost) && double.IsFinite(revenue) && revenue >= 0 ? revenue / cost : null;

    /// <summary>Cost per thousand impressions (or accounts reached, when that is what the platform reports).</summary>
    public static double? Cpm(double cost, double impressions) => PerUnit(cost, impressions / PerMille);

    /// <summary>Cost per engagement.</summary>
    public static double? Cpe(double cost, double engagements) => PerUnit(cost, engagements);

    /// <summary>Cost per (human) click.</summary>
    public static double? Cpc(double cost, double clicks) => PerUnit(cost, clicks);

    /// <summary>Cost per acquisition: per attributed order.</summary>
    public static double? Cpa(double cost, double orders) => PerUnit(cost, orders);

    private static double? PerUnit(double cost, double units) =>
        IsPositive(cost) && IsPositive(units) ? cost / units : null;

    private static bool IsPositive(double value) => double.IsFinite(value) && value > 0;
}
