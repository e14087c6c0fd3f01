namespace Clout.Core.Comments;

/// <summary>
/// VADER's score_valence: the words' sentiments summed, emphasised by the text's "!" and "?", normalised into the
/// compound score, and split into the shares of positive, neutral and negative weight.
/// </summary>
internal static class SentimentSummary
{
    public static SentimentScore Of(ReadOnlySpan<char> text, ReadOnlySpan<SentimentWord> words)
    {
        double sum = 0, positive = 0, negative = 0;
        var neutral = 0;
        foreach (ref readonly var word in words)
        {
            sum += word.Sentiment;
            if (word.Sentiment > 0)
            {
                positive += word.Sentiment + 1; // +1 and −1 weigh a sentiment word against neutral words, counted 1 each
            }
            else if (word.Sentiment < 0)
            {
                negative += word.Sentiment - 1;
            }
            else
            {
                neutral++;
            }
        }

        var emphasis = PunctuationEmphasis(text);
        if (sum > 0)
        {
            sum += emphasis;
        }
        else if (sum < 0)
        {
            sum -= emphasis;
        }

        var compound = Math.Clamp(sum / Math.Sqrt((sum * sum) + VaderRules.NormalizationAlpha), -1, 1);
        if (positive > Math.Abs(negative))
        {
            positive += emphasis;
        }
        else if (positive < Math.Abs(negative))
        {
            negative -= emphasis;
        }

        var total = positive + Math.Abs(negative) + neutral;
        return new SentimentScore(compound, Math.Abs(positive / total), Math.Abs(neutral / total), Math.Abs(negative / total));
    }

    /// <summary>"!" adds 0.292 each (up to 4); "??" and "???" add 0.18 each, four or more add 0.96.</summary>
    private static double PunctuationEmphasis(ReadOnlySpan<char> text)
    {
        var exclamations = Math.Min(text.Count('!'), VaderRules.MaxExclamations);
        var questions = text.Count('?');
        var questionEmphasis = questions switch
        {
            <= 1 => 0,
            <= 3 => questions * VaderRules.QuestionIncrease,
            _ => VaderRules.MaxQuestionIncrease,
        };
        return (exclamations * VaderRules.ExclamationIncrease) + questionEmphasis;
    }
}
