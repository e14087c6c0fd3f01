using Clout.Core.Roster;

namespace Clout.Core.Authenticity;

/// <summary>
/// The other accounts of the same tier in the workspace, one value per account (never pooled posts): their median
/// engagement rates and their likes per comment. An account is compared with its tier because ER falls with
/// audience size; a celebrity's 3 % would be ordinary for a nano account.
/// </summary>
public sealed record TierPeers(Tier Tier, IReadOnlyList<double> EngagementRates, IReadOnlyList<double> LikesPerComment)
{
    public static TierPeers None(Tier tier) => new(tier, [], []);

    /// <summary>The peers' summaries from their activity; accounts without posts or comments leave that list shorter.</summary>
    public static TierPeers From(Tier tier, IEnumerable<AccountActivity> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var rates = new List<double>();
        var ratios = new List<double>();
        foreach (var other in others)
        {
            if (other.EngagementRate is { } er)
            {
                rates.Add(er);
            }
            if (other.LikesPerComment is { } ratio)
            {
                ratios.Add(ratio);
            }
        }
        return new TierPeers(tier, rates, ratios);
    }
}
