namespace Clout.Core.Comments;

/// <summary>The 3-class reading of a compound score (VADER's thresholds ±0.05).</summary>
public enum SentimentLabel
{
    Neutral,
    Positive,
    Negative,
}
