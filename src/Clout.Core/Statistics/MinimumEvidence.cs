namespace Clout.Core.Statistics;

/// <summary>
/// The rule that keeps the report from quoting noise. A contrast of A against B names a winner when each side has at
/// least <see cref="MinInfluencers"/> influencers and its 95 % interval excludes 1; it reads "not enough data" when a
/// side has fewer, or when the interval includes 1.
/// <para>
/// Width does not withhold a winner: "14x [2.3-51]" says with 95 % confidence that A is at least 2.3x ahead, and a marketer
/// can act on that bound. Width decides how the verdict is worded (<see cref="IsWiderThanEstimate"/>): a wide interval is
/// quoted by its conservative bound, a precise one by its estimate. For an interval symmetric on the log scale,
/// [r·e^−h, r·e^h], "wider than the estimate" (High − Low &gt; Ratio) is 2·sinh(h) &gt; 1, i.e. h &gt; asinh(½) ≈ 0.48,
/// whatever r is, and it reads the same for A/B as for B/A.
/// </para>
/// </summary>
public static class MinimumEvidence
{
    /// <summary>
    /// Five accounts per side: below that, one unusual creator moves a tier median or mean by itself, and a bootstrap
    /// over so few units understates its own spread (the resamples can only recombine the same handful of values).
    /// </summary>
    public const int MinInfluencers = 5;

    /// <summary>
    /// True when the interval is wider than the estimate: High − Low &gt; Ratio (see the type's remarks). Such a
    /// contrast is quoted by its conservative bound ("at least 2.3x"), and one that includes 1 is too uncertain to quote.
    /// </summary>
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
        if (!double.IsFinite(contrast.Ratio) || !double.IsFinite(contrast.Low) || !double.IsFinite(contrast.High))
        {
            return ContrastReading.NotEnoughData;
        }
        if (!contrast.IsClear)
        {
            // Across 1 either tier could be ahead; a wide interval also says the data cannot size the gap.
            return IsWiderThanEstimate(contrast) ? ContrastReading.NotEnoughData : ContrastReading.NoClearDifference;
        }
        var aHigher = contrast.Low > 1;
        return aHigher != lowerIsBetter ? ContrastReading.ABetter : ContrastReading.BBetter;
    }
}
