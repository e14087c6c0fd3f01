namespace Clout.Core.Comments;

/// <summary>
/// The VADER paper's 3-class thresholds on the compound score: positive at ≥ 0.05, negative at ≤ −0.05, neutral
/// between. Public so that SQL roll-ups count labels exactly as <see cref="SentimentScore.Label"/> does.
/// </summary>
public static class SentimentThresholds
{
    public const double Positive = 0.05;
    public const double Negative = -0.05;
}
