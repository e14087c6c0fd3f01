namespace Clout.Core.Attribution;

/// <summary>Why a code order looks leaked rather than earned.</summary>
public enum LeakageKind
{
    /// <summary>No click of the influencer's, and the buyer came from a coupon or deal site.</summary>
    CouponSite,

    /// <summary>No click of the influencer's, on a day with far more code orders than the code usually gets.</summary>
    VolumeSpike,
}
