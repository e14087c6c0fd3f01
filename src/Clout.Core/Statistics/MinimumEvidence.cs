namespace Clout.Core.Statistics;

/// <summary>
/// The rule that keeps the report from quoting noise. A contrast of A against B reads "not enough data" when
/// <list type="bullet">
/// <item>either side has fewer than <see cref="MinInfluencers"/> influencers, or</item>
/// <item>its interval is wider than the estimate: <c>High − Low &gt; Ratio</c>.</item>
/// </list>
/// "Wider than the estimate" compares the interval's width with the ratio itself, on the ratio's own scale. For an
/// interval symmetric on the log scale, [r·e^−h, r·e^h], the condition is 2·sinh(h) &gt; 1, i.e. h &gt; asinh(½) ≈ 0.48,
/// whatever r is: the rule fires when the data cannot pin the ratio down to within a factor of about 1.6 either way,
/// and it reads the same for A/B as for B/A. It is a rule about precision, not significance: a precise interval that
/// includes 1 reads "no clear difference", an imprecise one "not enough data", even when it excludes 1.
/// </summary>
public static class MinimumEvidence
{
    /// <summary>
    /// Five accounts per side: below that, one unusual creator moves a tier median or mean by itself, and a bootstrap
    /// over so few units understates its own spread (the resamples can only recombine the same handful of values).
    /// </summary>
    public const int MinInfluencers = 5;

    /// <summary>True when the interval is wider than the estimate: High − Low &gt; Ratio (see the type's remarks).</summary>
    public static bool IsWiderThanEstimate(Contrast contrast)
    {
        ArgumentNullException.ThrowIfNull(contrast);
        return contrast.High - contrast.Low > contrast.Ratio;
    }

    /// <summary>
    /// What the contrast allows one to say. <paramref name="influencersA"/> and <paramref name="influencersB"/> count the
    /// accounts with a value on each side (also when <paramref name="contrast"/> is null, which a bootstrap returns for
    /// too few units or a zero denominator). For a cost (<paramref name="lowerIsBetter"/>) the lower side is the better one.
    /// </summary>
    public static ContrastReading Read(Contrast? contrast, int influencersA, int influencersB, bool lowerIsBetter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(influencersA);
        ArgumentOutOfRangeException.ThrowIfNegative(influencersB);
        if (influencersA < MinInfluencers || influencersB < MinInfluencers)
        {
            return ContrastReading.NotEnoughData;
        }
        if (contrast is null)
        {
            return ContrastReading.NoRatio;
        }
        if (!double.IsFinite(contrast.Ratio) || !double.IsFinite(contrast.Low) || !double.IsFinite(contrast.High)
            || IsWiderThanEstimate(contrast))
        {
            return ContrastReading.NotEnoughData;
        }
        if (!contrast.IsClear)
        {
            return ContrastReading.NoClearDifference;
        }
        var aHigher = contrast.Low > 1;
        return aHigher != lowerIsBetter ? ContrastReading.ABetter : ContrastReading.BBetter;
    }
}
