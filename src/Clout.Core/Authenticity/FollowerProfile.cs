namespace Clout.Core.Authenticity;

/// <summary>
/// One sampled follower, as a profile page shows it. Counts are required; the rest is null when the source does not
/// say (a Twitter export has no "private" flag worth the name, an anonymised set has no username). The classifier
/// fills a missing value with its training mean, so a missing field neither accuses nor clears an account.
/// </summary>
public sealed record FollowerProfile(
    long Followers,
    long Following,
    long MediaCount,
    int? BiographyLength = null,
    bool? HasProfilePicture = null,
    bool? IsPrivate = null,
    int? UsernameLength = null,
    double? UsernameDigitShare = null,
    bool? HasExternalUrl = null)
{
    /// <summary>A profile whose username is known: its length and share of digits are taken from it.</summary>
    public static FollowerProfile WithUsername(long followers, long following, long mediaCount, string? username,
        int? biographyLength = null, bool? hasProfilePicture = null, bool? isPrivate = null, bool? hasExternalUrl = null)
    {
        var name = username?.Trim().TrimStart('@');
        return new FollowerProfile(followers, following, mediaCount, biographyLength, hasProfilePicture, isPrivate,
            string.IsNullOrEmpty(name) ? null : name.Length,
            string.IsNullOrEmpty(name) ? null : (double)name.Count(char.IsAsciiDigit) / name.Length,
            hasExternalUrl);
    }
}
