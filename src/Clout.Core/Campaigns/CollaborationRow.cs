using Clout.Core.Roster;

namespace Clout.Core.Campaigns;

/// <summary>
/// One paid collaboration as imported (CSV header: campaign,influencer_handle,platform,fee,product_cost,
/// commission_rate,promo_code,link_code,destination_url). Money in minor units.
/// </summary>
public sealed record CollaborationRow(
    string Campaign,
    string InfluencerHandle,
    Platform Platform,
    long FeeMinor,
    long ProductCostMinor,
    double CommissionRate,
    string? PromoCode,
    string? LinkCode,
    string? DestinationUrl);
