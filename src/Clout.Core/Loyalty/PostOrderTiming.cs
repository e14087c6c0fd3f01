namespace Clout.Core.Loyalty;

/// <summary>
/// How a post's sales arrive: of the orders attributed to it within <see cref="PostOrderTimings.HorizonDays"/> days,
/// the share in the first 48 hours (a spike, or a slow burn?), and the decay of its daily orders.
/// <see cref="ShareFirst48h"/> is null without orders; <see cref="Decay"/> is null when <see cref="OrderDecay.Fit"/> finds none.
/// </summary>
public sealed record PostOrderTiming(long Orders, long OrdersFirst48h, double? ShareFirst48h, IReadOnlyList<long> DailyOrders, DecayFit? Decay);
