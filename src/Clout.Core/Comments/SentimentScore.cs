namespace Clout.Core.Comments;

/// <summary>
/// VADER's scores of one text: <see cref="Compound"/> is the normalised sum of valences in −1..1; Positive, Neutral
/// and Negative are the shares of the text's weight that fall in each class (they add up to 1, or are all 0 for a
/// text without words).
/// </summary>
public readonly record struct SentimentScore(double Compound, double Positive, double Neutral, double Negative)
{
    public static readonly SentimentScore Empty = new(0, 0, 0, 0);

    /// <summary>Positive at compound ≥ 0.05, negative at ≤ −0.05, neutral between (the VADER paper's thresholds).</summary>
    public SentimentLabel Label => Compound >= VaderRules.PositiveThreshold ? SentimentLabel.Positive
        : Compound <= VaderRules.NegativeThreshold ? SentimentLabel.Negative
        : SentimentLabel.Neutral;
}
