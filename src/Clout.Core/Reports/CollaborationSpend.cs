namespace Clout.Core.Reports;

/// <summary>
/// What one collaboration cost: the fee, the product sent, and the commission on the revenue attributed to it.
/// Minor units; the commission is a fraction of revenue (0.1 = 10 %).
/// </summary>
public sealed record CollaborationSpend(long FeeMinor, long ProductCostMinor, double CommissionRate, long AttributedRevenueMinor)
{
    /// <summary>Fee + product cost + commission × attributed revenue, in minor units (a commission can leave fractions of a cent).</summary>
    public double CostMinor => FeeMinor + ProductCostMinor + (CommissionRate * AttributedRevenueMinor);
}
