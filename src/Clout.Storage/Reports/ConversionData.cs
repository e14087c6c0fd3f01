using Clout.Core.Reports;

namespace Clout.Storage.Reports;

/// <summary>
/// Each influencer's clicks, orders and spend over its collaborations in scope, and the currency the money figures
/// are in (the most common currency of the orders in scope; null without orders).
/// </summary>
public sealed record ConversionData(IReadOnlyDictionary<long, InfluencerConversion> ByInfluencer, string? Currency)
{
    public static ConversionData Empty { get; } = new(new Dictionary<long, InfluencerConversion>(), null);
}
