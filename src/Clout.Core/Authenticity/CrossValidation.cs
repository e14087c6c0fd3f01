namespace Clout.Core.Authenticity;

/// <summary>
/// Stratified k-fold cross-validation: every profile is scored by a model that never saw it, and each fold keeps the
/// data's fake share, which matters when fakes are a tenth of it (SRF) and a fold could otherwise hold none.
/// </summary>
public static class CrossValidation
{
    /// <summary>Out-of-fold probabilities and the metrics at each fold model's own threshold.</summary>
    public static ClassifierMetrics Run(IReadOnlyList<LabelledProfile> rows, int folds, Random random,
        Func<IReadOnlyList<LabelledProfile>, FakeFollowerModel> train)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = new int[rows.Count];
        foreach (var isFake in new[] { true, false })
        {
            var members = Enumerable.Range(0, rows.Count).Where(i => rows[i].IsFake == isFake).ToArray();
            random.Shuffle(members);
            for (var k = 0; k < members.Length; k++)
            {
                fold[members[k]] = k % folds;
            }
        }
        var probabilities = new double[rows.Count];
        var flagged = new double[rows.Count];
        for (var f = 0; f < folds; f++)
        {
            var model = train([.. rows.Where((_, i) => fold[i] != f)]);
            for (var i = 0; i < rows.Count; i++)
            {
                if (fold[i] == f)
                {
                    probabilities[i] = model.FakeProbability(rows[i].Profile);
                    flagged[i] = probabilities[i] >= model.Threshold ? 1 : 0;
                }
            }
        }
        var labels = rows.Select(r => r.IsFake).ToArray();
        // Verdicts come from each fold's own threshold; AUC from the pooled out-of-fold probabilities.
        return ClassifierMetrics.Of(flagged, labels, 0.5) with { Auc = ClassifierMetrics.AreaUnderCurve(probabilities, labels) };
    }
}
