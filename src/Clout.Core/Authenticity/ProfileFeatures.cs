namespace Clout.Core.Authenticity;

/// <summary>
/// The numbers the classifier sees for a profile. Counts enter as logarithms because follower counts span six orders
/// of magnitude and what separates fakes is proportion (following 20× followers), not difference. The two ratios are
/// the strongest features in the literature: following/followers (Cresci et al. 2015, "2·followers ≥ friends") and
/// following/posts (SRF Data 2017, its most important feature). NaN marks a value the source did not give.
/// </summary>
public static class ProfileFeatures
{
    /// <summary>Feature names in the order of <see cref="Of"/>; a saved model lists them to refuse a mismatch.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "log_followers",
        "log_following",
        "log_media",
        "log_following_per_follower",
        "log_following_per_post",
        "no_posts",
        "has_profile_pic",
        "is_private",
        "log_biography_length",
        "username_digit_share",
        "username_length",
        "has_external_url",
        "log_following_squared",
        "log_media_squared",
        "log_following_per_follower_squared",
    ];

    public static int Count => Names.Count;

    public static double[] Of(FollowerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var values = new double[Count];
        Fill(profile, values);
        return values;
    }

    /// <summary>Writes the features into <paramref name="values"/> (length <see cref="Count"/>), so scoring allocates nothing.</summary>
    public static void Fill(FollowerProfile profile, Span<double> values)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var followers = Math.Log(1 + (double)profile.Followers);
        var following = Math.Log(1 + (double)profile.Following);
        var media = Math.Log(1 + (double)profile.MediaCount);
        values[0] = followers;
        values[1] = following;
        values[2] = media;
        values[3] = following - followers;
        values[4] = following - media;
        values[5] = profile.MediaCount == 0 ? 1 : 0;
        values[6] = Flag(profile.HasProfilePicture);
        values[7] = Flag(profile.IsPrivate);
        values[8] = profile.BiographyLength is { } bio ? Math.Log(1 + (double)bio) : double.NaN;
        values[9] = profile.UsernameDigitShare ?? double.NaN;
        values[10] = profile.UsernameLength is { } length ? length : double.NaN;
        values[11] = Flag(profile.HasExternalUrl);
        // Squares let a linear model bend: following 300 is normal, 3,000 is suspicious, 7,500 (the platform's cap) is
        // a follow-for-follow bot; posts matter most between 0 and a dozen.
        values[12] = following * following;
        values[13] = media * media;
        values[14] = values[3] * values[3];
    }

    private static double Flag(bool? value) => value switch
    {
        true => 1,
        false => 0,
        null => double.NaN,
    };
}
