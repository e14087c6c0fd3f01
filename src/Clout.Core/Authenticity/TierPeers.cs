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
        return From(tier, others.Select(o => (o.EngagementRate, o.LikesPerComment)));
    }

    /// <summary>The same from summaries already computed, so a workspace computes each account's once.</summary>
    public static TierPeers From(Tier tier, IEnumerable<(double? EngagementRate, double? LikesPerComment)> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var list = others.ToList();
        return new TierPeers(tier,
            [.. list.Where(o => o.EngagementRate is not null).Select(o => o.EngagementRate!.Value)],
            [.. list.Where(o => o.LikesPerComment is not null).Select(o => o.LikesPerComment!.Value)]);
    }
}
