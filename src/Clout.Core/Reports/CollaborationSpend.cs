namespace Clout.Core.Reports;

/// <summary>
/// What one collaboration cost: the fee, the product sent, and the commission on the revenue attributed to it.
/// Minor units; the commission is a fraction of revenue (0.1 = 10 %). The revenue is a sum, so a double.
/// </summary>
public sealed record CollaborationSpend(long FeeMinor, long ProductCostMinor, double CommissionRate, double AttributedRevenueMinor)
{
    /// <summary>
    /// Fee + product cost + commission × attributed revenue, in minor units (a commission can leave fractions of a cent).
    /// Added as doubles: two stored amounts beyond any door's limit must not overflow.
    /// </summary>
    public double CostMinor => (double)FeeMinor + ProductCostMinor + (CommissionRate * AttributedRevenueMinor);
}
