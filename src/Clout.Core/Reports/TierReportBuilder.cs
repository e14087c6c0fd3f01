using System.Globalization;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>
/// Builds the tier report from one value per influencer and metric. Every interval resamples influencers,
/// so a celebrity with 300 posts weighs as one account, as it should.
/// <para>
/// Each tier's resampled medians of a metric come from a generator of their own, seeded by <paramref name="seed"/>, the
/// tier and the metric, and serve both the tier's interval and its contrasts: the same data give the same report, and a
/// metric added to the report, or data added to one tier, leaves every interval of the other tiers as it was.
/// </para>
/// </summary>
public sealed class TierReportBuilder(int seed, int resamples = Bootstrap.DefaultResamples)
{
    /// <summary>The comparisons the product is about: micro against the big audiences.</summary>
    public static IReadOnlyList<(Tier A, Tier B)> DefaultContrasts { get; } =
        [(Tier.Micro, Tier.Celebrity), (Tier.Micro, Tier.Macro), (Tier.Nano, Tier.Celebrity)];

    public TierReport Build(string workspace, DateTime? fromUtc, DateTime? toUtc, IReadOnlyCollection<InfluencerUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var byTier = units.GroupBy(u => u.Tier).ToDictionary(g => g.Key, g => g.ToList());

        // Each tier's resampled medians of a metric are drawn once, from a generator of their own: they give the tier's
        // interval and every contrast the tier is in (independent groups, so the draws of two tiers pair up fairly).
        // The draws are independent jobs: run on all cores, then assembled in report order. The result does not depend on
        // the number of cores or the order the jobs finish in.
        var summaryJobs = new List<(Tier Tier, MetricDefinition Metric, List<double> Values)>();
        foreach (var tier in Enum.GetValues<Tier>().Where(byTier.ContainsKey))
        {
            foreach (var metric in Metrics.All)
            {
                var values = ValuesOf(byTier[tier], metric.Name);
                if (values.Count > 0)
                {
                    summaryJobs.Add((tier, metric, values));
                }
            }
        }
        var draws = new MedianDraws[summaryJobs.Count];
        Parallel.For(0, summaryJobs.Count, i => draws[i] = Bootstrap(summaryJobs[i].Tier.ToName(), summaryJobs[i].Metric).DrawMedians(summaryJobs[i].Values));
        var drawsOf = new Dictionary<(Tier, string), MedianDraws>();
        for (var i = 0; i < summaryJobs.Count; i++)
        {
            drawsOf[(summaryJobs[i].Tier, summaryJobs[i].Metric.Name)] = draws[i];
        }

        var tiers = new List<TierSummary>();
        foreach (var tier in Enum.GetValues<Tier>().Where(byTier.ContainsKey))
        {
            var metrics = new Dictionary<string, Estimate>(StringComparer.Ordinal);
            foreach (var metric in Metrics.All)
            {
                if (drawsOf.TryGetValue((tier, metric.Name), out var tierDraws))
                {
                    metrics[metric.Name] = tierDraws.Interval();
                }
            }
            var members = byTier[tier];
            tiers.Add(new TierSummary(tier, members.Count, members.Sum(m => m.Posts), metrics));
        }
        var contrasts = new List<TierContrast>();
        foreach (var (a, b) in DefaultContrasts.Where(p => byTier.ContainsKey(p.A) && byTier.ContainsKey(p.B)))
        {
            // ROI and NPS go below 0, where a ratio of medians says nothing: their tier figures stand alone (ROAS ranks the
            // tiers on the same money at a fixed margin).
            foreach (var metric in Metrics.All.Where(m => m.RatioScale))
            {
                if (!drawsOf.TryGetValue((a, metric.Name), out var drawsA) || !drawsOf.TryGetValue((b, metric.Name), out var drawsB))
                {
                    continue;
                }
                var result = drawsA.RatioTo(drawsB);
                if (result is not null && metric.LowerIsBetter)
                {
                    // For a cost, A is better when its median is lower: P(A better) = P(A < B) = 1 − P(A > B), ties halved both ways.
                    result = result with { ProbabilityABetter = 1 - result.ProbabilityABetter };
                }
                var reading = MinimumEvidence.Read(result, drawsA.Count, drawsB.Count, metric.LowerIsBetter);
                contrasts.Add(new TierContrast(metric.Name, a, b, result, reading, Verdict(metric, a, b, result, drawsA.Count, drawsB.Count)));
            }
        }
        return new TierReport(workspace, fromUtc, toUtc, tiers, contrasts) { Claims = IndustryClaims.Check(tiers, contrasts) };
    }

    private Bootstrap Bootstrap(string scope, MetricDefinition metric) => new(new Random(StableSeed(seed, $"{scope}|{metric.Name}")), resamples);

    /// <summary>FNV-1a over the text, mixed with the seed: stable across processes and .NET versions, unlike string.GetHashCode.</summary>
    private static int StableSeed(int seed, string text)
    {
        var hash = 2_166_136_261u ^ (uint)seed;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16_777_619u); // FNV wraps by design
        }
        return (int)(hash & int.MaxValue);
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

    /// <summary>
    /// The sentence a marketer can quote, e.g. "micro-influencers engaged 3.9x [2.8-5.1] more per follower than
    /// celebrities". A contrast that <see cref="MinimumEvidence"/> reads as a win names the winner; when its interval is
    /// wider than the estimate the sentence leads with the conservative bound, the figure one can plan on: "micro-influencers
    /// cost at least 4.0x less per order than celebrities (0.07x [0.02-0.25])". Everything else starts with "not enough
    /// data" and says why (too few accounts, or an interval that has either tier ahead), so a reader never mistakes noise
    /// for a finding.
    /// </summary>
    public static string Verdict(MetricDefinition metric, Tier a, Tier b, Contrast? result, int na, int nb)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var what = metric.Label.ToLowerInvariant();
        var reading = MinimumEvidence.Read(result, na, nb, metric.LowerIsBetter);
        if (reading == ContrastReading.NotEnoughData && (na < MinimumEvidence.MinInfluencers || nb < MinimumEvidence.MinInfluencers))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"not enough data to compare {Group(a)} with {Group(b)} on {what}: n = {na} and {nb}, need {MinimumEvidence.MinInfluencers} influencers each");
        }
        if (result is null)
        {
            // Enough influencers on both sides: what is missing is the denominator, not data.
            return $"no ratio between {Group(a)} and {Group(b)} on {what}: the median of {Group(b)} is not above 0";
        }
        var figures = string.Create(CultureInfo.InvariantCulture, $"{Fmt(result.Ratio)}x [{Fmt(result.Low)}-{Fmt(result.High)}]");
        switch (reading)
        {
            case ContrastReading.NotEnoughData:
                return $"not enough data to compare {Group(a)} with {Group(b)} on {what}: {figures} is too uncertain to quote";
            case ContrastReading.NoClearDifference:
                return $"not enough data to tell {Group(a)} from {Group(b)} on {what}: {figures}, either could be ahead";
        }
        return MinimumEvidence.IsWiderThanEstimate(result)
            ? ConservativeWin(metric, a, b, result, what, figures)
            : PreciseWin(metric, a, b, result, what, figures);
    }

    private static string PreciseWin(MetricDefinition metric, Tier a, Tier b, Contrast result, string what, string figures)
    {
        if (metric.LowerIsBetter)
        {
            // "micro-influencers cost 0.40x [0.30-0.60] as much per order as celebrities" reads right both ways.
            return $"{Group(a)} {metric.Verb} {figures} as much {metric.MoreWhat} as {Group(b)}";
        }
        // From the interval, which decided the reading: a percentile interval of medians can leave its point outside.
        return result.Low > 1
            ? $"{Group(a)} {metric.Verb} {figures} {metric.MoreWhat} than {Group(b)}"
            : $"{Group(a)} {metric.Verb} only {figures} as much as {Group(b)} ({what})";
    }

    /// <summary>
    /// A win whose size the data cannot pin down: the bound of the interval nearest 1 is what the data guarantee at 95 %,
    /// so it leads, with the estimate and interval after it.
    /// </summary>
    private static string ConservativeWin(MetricDefinition metric, Tier a, Tier b, Contrast result, string what, string figures)
    {
        var aHigher = result.Low > 1;
        if (metric.LowerIsBetter)
        {
            return aHigher
                ? string.Create(CultureInfo.InvariantCulture, $"{Group(a)} {metric.Verb} at least {Fmt(result.Low)}x as much {metric.MoreWhat} as {Group(b)} ({figures})")
                : string.Create(CultureInfo.InvariantCulture, $"{Group(a)} {metric.Verb} at least {Fmt(1 / result.High)}x less {metric.MoreWhat} than {Group(b)} ({figures})");
        }
        return aHigher
            ? string.Create(CultureInfo.InvariantCulture, $"{Group(a)} {metric.Verb} at least {Fmt(result.Low)}x {metric.MoreWhat} than {Group(b)} ({figures})")
            : string.Create(CultureInfo.InvariantCulture, $"{Group(a)} {metric.Verb} at most {Fmt(result.High)}x as much as {Group(b)} on {what} ({figures})");
    }

    public static string Group(Tier tier) => tier == Tier.Celebrity ? "celebrities" : $"{tier.ToName()}-influencers";

    /// <summary>Two significant figures, and never fewer: a ratio of 0.003 reads "0.0031", not "0.00".</summary>
    public static string Fmt(double value) =>
        value.ToString(value >= 10 ? "0" : value >= 1 ? "0.0" : value >= 0.01 || value <= 0 ? "0.00"
            : "0." + new string('0', (int)Math.Ceiling(-Math.Log10(value)) + 1), CultureInfo.InvariantCulture);
}
