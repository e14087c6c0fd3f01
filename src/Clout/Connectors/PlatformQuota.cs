namespace Clout.Connectors;

/// <summary>
/// A platform's daily budget of API units per connection, the time zone whose midnight resets it, and what each of
/// the sync's calls costs in units (one listing may be two of the platform's calls: YouTube's uploads, then the videos).
/// </summary>
internal sealed record PlatformQuota(int UnitsPerDay, TimeZoneInfo ResetZone, int AccountCost = 1, int PostsPageCost = 1, int CommentsPageCost = 1)
{
    /// <summary>For a platform without a documented daily budget: generous, reset at midnight UTC.</summary>
    public static PlatformQuota Default { get; } = new(100_000, TimeZoneInfo.Utc);
}
