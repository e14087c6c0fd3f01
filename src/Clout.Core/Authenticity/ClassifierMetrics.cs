namespace Clout.Core.Authenticity;

/// <summary>
/// How well fake/real verdicts match the truth, fake being the positive class: accuracy, precision, recall
/// (sensitivity), specificity, F1 of the fake class, macro F1 (mean F1 of both classes), and the threshold-free AUC.
/// </summary>
public sealed record ClassifierMetrics(int Count, double Accuracy, double Precision, double Recall, double Specificity,
    double F1, double MacroF1, double Auc)
{
    public static ClassifierMetrics Of(IReadOnlyList<double> probabilities, IReadOnlyList<bool> isFake, double threshold)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(isFake);
        if (probabilities.Count != isFake.Count || probabilities.Count == 0)
        {
            throw new ArgumentException("Need one probability per label, and at least one.", nameof(probabilities));
        }
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var flagged = probabilities[i] >= threshold;
            (tp, fp, tn, fn) = (isFake[i], flagged) switch
            {
                (true, true) => (tp + 1, fp, tn, fn),
                (false, true) => (tp, fp + 1, tn, fn),
                (false, false) => (tp, fp, tn + 1, fn),
                (true, false) => (tp, fp, tn, fn + 1),
            };
        }
        var precision = Ratio(tp, tp + fp);
        var recall = Ratio(tp, tp + fn);
        var negativePrecision = Ratio(tn, tn + fn);
        var specificity = Ratio(tn, tn + fp);
        var f1 = Harmonic(precision, recall);
        var realF1 = Harmonic(negativePrecision, specificity);
        return new ClassifierMetrics(probabilities.Count, Ratio(tp + tn, probabilities.Count), precision, recall,
            specificity, f1, (f1 + realF1) / 2, AreaUnderCurve(probabilities, isFake));
    }

    /// <summary>
    /// Area under the ROC curve as the Mann–Whitney statistic: the chance that a random fake scores above a random real
    /// account, ties counting half. NaN when either class is absent.
    /// </summary>
    public static double AreaUnderCurve(IReadOnlyList<double> probabilities, IReadOnlyList<bool> isFake)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(isFake);
        var order = Enumerable.Range(0, probabilities.Count).OrderBy(i => probabilities[i]).ToArray();
        double rankSumFakes = 0;
        long fakes = 0;
        var i = 0;
        while (i < order.Length)
        {
            // Tied scores share the mean of their ranks.
            var j = i;
            while (j + 1 < order.Length && probabilities[order[j + 1]] == probabilities[order[i]])
            {
                j++;
            }
            var meanRank = ((i + 1) + (j + 1)) / 2.0;
            for (var k = i; k <= j; k++)
            {
                if (isFake[order[k]])
                {
                    rankSumFakes += meanRank;
                    fakes++;
                }
            }
            i = j + 1;
        }
        long reals = probabilities.Count - fakes;
        return fakes == 0 || reals == 0 ? double.NaN : (rankSumFakes - (fakes * (fakes + 1) / 2.0)) / (fakes * (double)reals);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double Harmonic(double a, double b) => a + b == 0 ? 0 : 2 * a * b / (a + b);
}
