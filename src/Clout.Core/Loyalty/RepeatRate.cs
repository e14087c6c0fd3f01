using Clout.Core.Statistics;

namespace Clout.Core.Loyalty;

/// <summary>
/// Repeat purchases of one influencer's (or one tier's) first-time customers: how many had their whole window, how
/// many of them ordered again inside it, and that share with its 95 % Wilson interval (null without customers).
/// </summary>
public sealed record RepeatRate(int Customers, int Repeaters, Estimate? Rate);
