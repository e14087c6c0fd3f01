namespace Clout.Core.Loyalty;

/// <summary>
/// Daily orders after a post fitted as orders(d) = <see cref="OrdersDayZero"/> · e^(−<see cref="RatePerDay"/> · d):
/// half the remaining daily orders are gone every <see cref="HalfLifeDays"/> days.
/// </summary>
public sealed record DecayFit(double OrdersDayZero, double RatePerDay, double HalfLifeDays, long Orders);
