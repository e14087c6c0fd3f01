namespace Clout.Core.Campaigns;

/// <summary>What credited a UGC post to its campaign.</summary>
public enum UgcMatchedBy
{
    /// <summary>The row named the campaign.</summary>
    Campaign,

    /// <summary>The text carries the campaign's hashtag: the campaign's, no influencer's.</summary>
    Hashtag,

    /// <summary>The text carries a collaboration's promo code: the campaign's and that influencer's.</summary>
    PromoCode,

    /// <summary>The text carries a collaboration's tracking link (its short URL or its code).</summary>
    Link,
}
