namespace Clout.Core.Reports;

/// <summary>What a boss must see about an influencer before booking it again (<see cref="InfluencerFlags"/>).</summary>
public enum InfluencerFlagKind
{
    /// <summary>It returned clearly less than it cost.</summary>
    LowRoas,

    /// <summary>Its Audience Quality Score is below 50 of 100.</summary>
    LowAudienceQuality,

    /// <summary>Its audience doubts it far more than its tier's audiences doubt theirs.</summary>
    SkepticalComments,
}
