using System.Globalization;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>
/// Builds the tier report from one value per influencer and metric. Every interval resamples influencers,
/// so a celebrity with 300 posts weighs as one account, as it should.
/// </summary>
public sealed class TierReportBuilder(Bootstrap bootstrap)
{
    /// <summary>The comparisons the product is about: micro against the big audiences.</summary>
    public static IReadOnlyList<(Tier A, Tier B)> DefaultContrasts { get; } =
        [(Tier.Micro, Tier.Celebrity), (Tier.Micro, Tier.Macro), (Tier.Nano, Tier.Celebrity)];

    public TierReport Build(string workspace, DateTime? fromUtc, DateTime? toUtc, IReadOnlyCollection<InfluencerUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var byTier = units.GroupBy(u => u.Tier).ToDictionary(g => g.Key, g => g.ToList());
        var tiers = new List<TierSummary>();
        foreach (var tier in Enum.GetValues<Tier>())
        {
            if (!byTier.TryGetValue(tier, out var members))
            {
                continue;
            }
            var metrics = new Dictionary<string, Estimate>(StringComparer.Ordinal);
            foreach (var metric in Metrics.All)
            {
                var values = ValuesOf(members, metric.Name);
                if (values.Count > 0)
                {
                    metrics[metric.Name] = bootstrap.Median(values);
                }
            }
            tiers.Add(new TierSummary(tier, members.Count, members.Sum(m => m.Posts), metrics));
        }

        var contrasts = new List<TierContrast>();
        foreach (var (a, b) in DefaultContrasts)
        {
            if (!byTier.TryGetValue(a, out var inA) || !byTier.TryGetValue(b, out var inB))
            {
                continue;
            }
            foreach (var metric in Metrics.All)
            {
                var valuesA = ValuesOf(inA, metric.Name);
                var valuesB = ValuesOf(inB, metric.Name);
                if (valuesA.Count == 0 || valuesB.Count == 0)
                {
                    continue;
                }
                var result = bootstrap.MedianRatio(valuesA, valuesB);
                if (result is not null && metric.LowerIsBetter)
                {
                    // For a cost, A is better when its median is lower: P(A better) = P(A < B) = 1 − P(A > B), ties halved both ways.
                    result = result with { ProbabilityABetter = 1 - result.ProbabilityABetter };
                }
                contrasts.Add(new TierContrast(metric.Name, a, b, result, Verdict(metric, a, b, result, valuesA.Count, valuesB.Count)));
            }
        }
        return new TierReport(workspace, fromUtc, toUtc, tiers, contrasts);
    }

    private static List<double> ValuesOf(List<InfluencerUnit> members, string metric)
    {
        var values = new List<double>(members.Count);
        foreach (var member in members)
        {
            if (member.Values.TryGetValue(metric, out var value) && double.IsFinite(value))
            {
                values.Add(value);
            }
        }
        return values;
    }

    /// <summary>"micro-influencers engaged 3.9x [2.8-5.1] more per follower than celebrities".</summary>
    public static string Verdict(MetricDefinition metric, Tier a, Tier b, Contrast? result, int na, int nb)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (result is null && na >= Bootstrap.MinUnitsForInterval && nb >= Bootstrap.MinUnitsForInterval)
        {
            // Enough influencers on both sides: what is missing is the denominator, not data.
            return $"no ratio between {Group(a)} and {Group(b)} on {metric.Label.ToLowerInvariant()}: the median of {Group(b)} is not above 0";
        }
        if (result is null)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"not enough data to compare {Group(a)} with {Group(b)} on {metric.Label.ToLowerInvariant()} (n = {na} and {nb}; need {Bootstrap.MinUnitsForInterval} influencers each)");
        }
        var figures = string.Create(CultureInfo.InvariantCulture, $"{Fmt(result.Ratio)}x [{Fmt(result.Low)}-{Fmt(result.High)}]");
        if (!result.IsClear)
        {
            return $"no clear difference between {Group(a)} and {Group(b)} on {metric.Label.ToLowerInvariant()}: {figures}";
        }
        if (metric.LowerIsBetter)
        {
            // "micro-influencers cost 0.40x [0.30-0.60] as much per order as celebrities" reads right both ways.
            return $"{Group(a)} {metric.Verb} {figures} as much {metric.MoreWhat} as {Group(b)}";
        }
        return result.Ratio >= 1
            ? $"{Group(a)} {metric.Verb} {figures} {metric.MoreWhat} than {Group(b)}"
            : $"{Group(a)} {metric.Verb} only {figures} as much as {Group(b)} ({metric.Label.ToLowerInvariant()})";
    }

    public static string Group(Tier tier) => tier == Tier.Celebrity ? "celebrities" : $"{tier.ToName()}-influencers";

    private static string Fmt(double value) =>
        value.ToString(value >= 10 ? "0" : value >= 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture);
}
