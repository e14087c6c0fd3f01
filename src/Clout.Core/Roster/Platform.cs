namespace Clout.Core.Roster;

/// <summary>The social networks an influencer publishes on.</summary>
public enum Platform
{
    Instagram,
    TikTok,
    YouTube,
    X,
    Other,
}
