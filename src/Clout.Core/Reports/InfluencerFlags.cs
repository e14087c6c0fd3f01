using System.Globalization;
using Clout.Core.Campaigns;
using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>
/// The flags a boss must see on the leaderboard. ROAS clearly below 1: the high end of its 95 % interval is below 1, or,
/// without an interval, the ROAS is below <see cref="RoasClearlyBelowOne"/> (it brought back less than half of what it
/// cost: no plausible attribution gap turns that into a profit). Audience quality below <see cref="QualityFloor"/>. A
/// skeptical-comment share far above its tier's: robust z (median and MAD of the tier's shares) above
/// <see cref="RobustZ.OutlierCut"/>, with the low end of its own interval above the tier's median, among at least
/// <see cref="MinPeers"/> influencers of the tier with a share.
/// </summary>
public static class InfluencerFlags
{
    /// <summary>Without an interval, "clearly below 1" means it returned less than half its cost.</summary>
    public const double RoasClearlyBelowOne = 0.5;

    /// <summary>Below half marks the score has lost more to its doubts (fake followers, anomalies) than it kept.</summary>
    public const int QualityFloor = 50;

    /// <summary>Fewer peers make no tier median to stand out from.</summary>
    public const int MinPeers = 5;

    /// <summary>
    /// A floor on the tier's spread of skeptical shares (2 points): when every peer has 1 % skeptical comments the MAD is 0, and
    /// 3 % would otherwise be an infinitely unusual audience.
    /// </summary>
    public const double MinSkepticalSpread = 0.02;

    private static readonly IReadOnlyList<InfluencerFlag> None = [];

    /// <summary>Each flagged influencer's flags by id; an influencer without any is absent.</summary>
    public static IReadOnlyDictionary<long, IReadOnlyList<InfluencerFlag>> Of(IReadOnlyCollection<InfluencerUnit> units, string? currency)
    {
        ArgumentNullException.ThrowIfNull(units);
        var skeptical = Metrics.SkepticalShare.Name;
        var centres = units.Where(u => u.Values.ContainsKey(skeptical)).GroupBy(u => u.Tier)
            .Where(g => g.Count() >= MinPeers)
            .ToDictionary(g => g.Key, g => RobustZ.Centre([.. g.Select(u => u.Values[skeptical])], MinSkepticalSpread));
        var flags = new Dictionary<long, IReadOnlyList<InfluencerFlag>>();
        foreach (var unit in units)
        {
            List<InfluencerFlag> mine = [];
            if (LowRoas(unit, currency) is { } roas)
            {
                mine.Add(roas);
            }
            if (unit.Values.TryGetValue(Metrics.QualityScore.Name, out var quality) && quality < QualityFloor)
            {
                mine.Add(new InfluencerFlag(InfluencerFlagKind.LowAudienceQuality,
                    string.Create(CultureInfo.InvariantCulture, $"audience quality {quality:0} of 100, below {QualityFloor}")));
            }
            if (centres.TryGetValue(unit.Tier, out var centre) && Skeptical(unit, centre) is { } doubted)
            {
                mine.Add(doubted);
            }
            if (mine.Count > 0)
            {
                flags[unit.Id] = mine;
            }
        }
        return flags;
    }

    /// <summary>The flags of one influencer in a result of <see cref="Of"/>, none when it has none.</summary>
    public static IReadOnlyList<InfluencerFlag> For(IReadOnlyDictionary<long, IReadOnlyList<InfluencerFlag>> flags, long id)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return flags.TryGetValue(id, out var mine) ? mine : None;
    }

    private static InfluencerFlag? LowRoas(InfluencerUnit unit, string? currency)
    {
        if (!unit.Values.TryGetValue(Metrics.Roas.Name, out var roas))
        {
            return null;
        }
        var clearlyBelow = unit.Estimates.TryGetValue(Metrics.Roas.Name, out var estimate) && estimate.High is { } high
            ? high < 1
            : roas < RoasClearlyBelowOne;
        return clearlyBelow ? new InfluencerFlag(InfluencerFlagKind.LowRoas, SpentReturned(unit, currency) + string.Create(CultureInfo.InvariantCulture, $": ROAS {roas:0.00}")) : null;
    }

    private static InfluencerFlag? Skeptical(InfluencerUnit unit, (double Median, double Spread) centre)
    {
        var metric = Metrics.SkepticalShare.Name;
        if (!unit.Values.TryGetValue(metric, out var share) || RobustZ.Of(share, centre) <= RobustZ.OutlierCut)
        {
            return null;
        }
        if (unit.Estimates.TryGetValue(metric, out var estimate) && estimate.Low is { } low && low <= centre.Median)
        {
            return null;
        }
        return new InfluencerFlag(InfluencerFlagKind.SkepticalComments, string.Create(CultureInfo.InvariantCulture,
            $"{share:0%} of its comments doubt it, against {centre.Median:0%} for a typical {Roster.TierNames.ToName(unit.Tier)} influencer"));
    }

    /// <summary>"spent €179,200, returned €4,776": the two amounts behind a ROAS.</summary>
    internal static string SpentReturned(InfluencerUnit unit, string? currency)
    {
        var cost = (unit.CostMinor ?? 0) / Money.MinorPerMajor;
        var revenue = unit.Values.GetValueOrDefault(Metrics.Revenue.Name);
        return $"spent {MoneyWords.Of(cost, currency)}, returned {MoneyWords.Of(revenue, currency)}";
    }
}
