using Clout.Core.Names;

namespace Clout.Core.Attribution;

/// <summary>Which signal credited an order to an influencer, strongest first (<see cref="AttributionRule"/>).</summary>
[StoredByName]
public enum AttributionSource
{
    /// <summary>The platform's own record names the creator whose content or affiliate link sold the order (TikTok Shop's affiliate orders).</summary>
    Creator,

    /// <summary>The order used the influencer's promo code.</summary>
    Code,

    /// <summary>The buyer clicked the influencer's tracking link within the window before buying.</summary>
    Click,

    /// <summary>The buyer answered "how did you hear about us?" with the influencer.</summary>
    Survey,

    /// <summary>No signal: the order is not credited to anyone.</summary>
    None,
}
