using Clout.Core.Comments;
using MathNet.Numerics.Statistics;

namespace Clout.Core.Tests.Comments;

/// <summary>Pearson r of compound vs the human mean, and 3-class macro F1, of the scorer on one corpus.</summary>
internal sealed record SentimentEvaluation(string Corpus, int Count, double PearsonR, double MacroF1)
{
    /// <summary>
    /// A gold item is neutral when |mean| &lt; 0.2, i.e. 0.05 × 4 on the −4..4 scale: the scorer's ±0.05 threshold
    /// carried over to the raters' scale (the corpus README's "gold 0.2" rule; the paper does not publish its own).
    /// </summary>
    public const double GoldNeutralBand = 0.2;

    public static SentimentEvaluation Of(GroundTruthCorpus corpus)
    {
        var compound = new double[corpus.Items.Count];
        var gold = new double[corpus.Items.Count];
        var confusion = new int[3, 3];
        for (var i = 0; i < corpus.Items.Count; i++)
        {
            var (mean, text) = corpus.Items[i];
            var score = SentimentScorer.Score(text);
            compound[i] = score.Compound;
            gold[i] = mean;
            confusion[(int)GoldLabel(mean), (int)score.Label]++;
        }

        return new SentimentEvaluation(corpus.Name, compound.Length, Correlation.Pearson(compound, gold), MacroF1Of(confusion));
    }

    private static SentimentLabel GoldLabel(double mean) =>
        mean >= GoldNeutralBand ? SentimentLabel.Positive
        : mean <= -GoldNeutralBand ? SentimentLabel.Negative
        : SentimentLabel.Neutral;

    private static double MacroF1Of(int[,] confusion)
    {
        double sum = 0;
        for (var c = 0; c < 3; c++)
        {
            double truePositive = confusion[c, c], predicted = 0, actual = 0;
            for (var k = 0; k < 3; k++)
            {
                predicted += confusion[k, c];
                actual += confusion[c, k];
            }

            var precision = predicted == 0 ? 0 : truePositive / predicted;
            var recall = actual == 0 ? 0 : truePositive / actual;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        return sum / 3;
    }
}
