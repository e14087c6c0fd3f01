namespace Clout.Storage.Campaigns;

/// <summary>What a collaboration agrees: money in minor units, the commission as a fraction, its codes and destination.</summary>
public sealed record CollaborationTerms(
    long FeeMinor,
    long ProductCostMinor,
    double CommissionRate,
    string? PromoCode,
    string? LinkCode,
    string? DestinationUrl);
