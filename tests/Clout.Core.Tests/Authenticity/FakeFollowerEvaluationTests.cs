using System.Globalization;
using Clout.Core.Authenticity;

namespace Clout.Core.Tests.Authenticity;

/// <summary>
/// The figures of docs/authenticity.md, recomputed on the four labelled sets in ../shared/datasets. Floors sit a little
/// under the measured values (seeded, so they repeat exactly) and at or above the targets; published figures
/// are in the comments. Each test prints its row so the table in the docs can be refreshed from the test log.
/// </summary>
public sealed class FakeFollowerEvaluationTests(ITestOutputHelper output)
{
    private const int Folds = 5;
    private const int Seed = 7;

    // Akyon and Kalfaoglu 2019, Table VII: macro F1 0.940 (SVM and NN with SMOTE-NC), 0.908 for LR.
    [Fact]
    public void Train_InstaFake_FiveFoldCrossValidation()
    {
        var m = CrossValidated(LabelledDatasets.InstaFake());
        Print("InstaFake, audit train, 5-fold CV", m);
        Assert.True(m.MacroF1 >= 0.92, $"macro F1 {m.MacroF1:F3}");
        Assert.True(m.Auc >= 0.95, $"AUC {m.Auc:F3}");
        Assert.True(m.Accuracy >= 0.95, $"accuracy {m.Accuracy:F3}");
    }

    // Cresci et al. 2015, Table 16, Class A LR on BAS (a harder set): accuracy 0.971, AUC 0.987.
    [Fact]
    public void Train_CresciE13Int_FiveFoldCrossValidation()
    {
        var m = CrossValidated(LabelledDatasets.Cresci());
        Print("Cresci E13/INT, audit train, 5-fold CV", m);
        Assert.True(m.Accuracy >= 0.98, $"accuracy {m.Accuracy:F3}");
        Assert.True(m.Auc >= 0.99, $"AUC {m.Auc:F3}");
    }

    // No paper; community results 0.92 (LR) to 0.96 (ANN) accuracy on test.csv; the README's own RF 0.916.
    [Fact]
    public void Train_Kaggle_FiveFoldCrossValidationAndGivenTestSplit()
    {
        var (train, test) = LabelledDatasets.Kaggle();
        var cv = CrossValidated([.. train, .. test]);
        Print("Kaggle, audit train, 5-fold CV", cv);
        var model = FakeFollowerTrainer.Train(train);
        var split = Score(model, test);
        Print("Kaggle, audit train on train.csv, test.csv", split);
        Assert.True(cv.Accuracy >= 0.92, $"CV accuracy {cv.Accuracy:F3}");
        Assert.True(split.Accuracy >= 0.88, $"test accuracy {split.Accuracy:F3}");
        Assert.True(cv.Auc >= 0.97, $"AUC {cv.Auc:F3}");
    }

    // SRF Data 2017, random forest, validation set at cutoff 0.3: recall 0.774, specificity 0.963, accuracy 0.944.
    [Fact]
    public void Default_Srf_RecipeCrossValidated_CatchesThreeQuartersOfFakesAt95PercentSpecificity()
    {
        var m = CrossValidation.Run(LabelledDatasets.Srf(), Folds, new Random(Seed),
            rows => FakeFollowerTrainer.Train(rows, targetSpecificity: DefaultFakeFollowerModel.TargetSpecificity));
        Print("SRF, shipped default's recipe, 5-fold CV", m);
        Assert.True(m.Recall >= 0.75, $"recall {m.Recall:F3}");
        Assert.True(m.Specificity >= 0.95, $"specificity {m.Specificity:F3}");
        Assert.True(m.Auc >= 0.93, $"AUC {m.Auc:F3}");
    }

    [Fact]
    public void Train_Srf_FiveFoldCrossValidation()
    {
        var m = CrossValidated(LabelledDatasets.Srf());
        Print("SRF, audit train, 5-fold CV", m);
        Assert.True(m.Auc >= 0.93, $"AUC {m.Auc:F3}");
        Assert.True(m.Accuracy >= 0.93, $"accuracy {m.Accuracy:F3}");
    }

    /// <summary>The shipped numbers are what the recipe gives on SRF today: nobody hand-edited them.</summary>
    [Fact]
    public void Default_IsTheFitOnSrf()
    {
        var refit = FakeFollowerTrainer.Train(LabelledDatasets.Srf(), targetSpecificity: DefaultFakeFollowerModel.TargetSpecificity);
        var shipped = DefaultFakeFollowerModel.Model;
        for (var i = 0; i < ProfileFeatures.Count; i++)
        {
            Assert.Equal(refit.Weights[i], shipped.Weights[i], 1e-9);
            Assert.Equal(refit.Means[i], shipped.Means[i], 1e-9);
        }
        Assert.Equal(refit.Intercept, shipped.Intercept, 1e-9);
        Assert.Equal(refit.Threshold, shipped.Threshold, 1e-9);
    }

    /// <summary>
    /// The default on sets it never saw: other years, other labellers, one of them another platform. It still ranks
    /// fakes above reals (AUC), but its 96 %-specificity threshold is tuned to SRF's 10 % of fakes and misses most of
    /// Kaggle's spammers: train on your own labelled followers when your audience looks different.
    /// </summary>
    [Fact]
    public void Default_OnOtherSets_StillRanksFakesAboveReals()
    {
        var model = DefaultFakeFollowerModel.Model;
        var instaFake = Score(model, LabelledDatasets.InstaFake());
        var (train, test) = LabelledDatasets.Kaggle();
        var kaggle = Score(model, [.. train, .. test]);
        var cresci = Score(model, LabelledDatasets.Cresci());
        Print("default on InstaFake", instaFake);
        Print("default on Kaggle", kaggle);
        Print("default on Cresci E13/INT (Twitter)", cresci);
        Assert.True(instaFake.Auc >= 0.90, $"InstaFake AUC {instaFake.Auc:F3}");
        Assert.True(kaggle.Auc >= 0.72, $"Kaggle AUC {kaggle.Auc:F3}");
        Assert.True(cresci.Auc >= 0.70, $"Cresci AUC {cresci.Auc:F3}");
    }

    /// <summary>Train on one set, test on another: how far a model travels between labellers and years.</summary>
    [Fact]
    public void Train_CrossDataset()
    {
        var (kaggleTrain, kaggleTest) = LabelledDatasets.Kaggle();
        List<LabelledProfile> kaggle = [.. kaggleTrain, .. kaggleTest];
        var instaFake = LabelledDatasets.InstaFake();
        var srf = LabelledDatasets.Srf();
        var onKaggle = Score(FakeFollowerTrainer.Train(instaFake), kaggle);
        var onInstaFake = Score(FakeFollowerTrainer.Train(kaggle), instaFake);
        var srfFromInstaFake = Score(FakeFollowerTrainer.Train(instaFake), srf);
        Print("train InstaFake → test Kaggle", onKaggle);
        Print("train Kaggle → test InstaFake", onInstaFake);
        Print("train InstaFake → test SRF", srfFromInstaFake);
        Assert.True(onKaggle.Auc >= 0.85, $"InstaFake→Kaggle AUC {onKaggle.Auc:F3}");
        Assert.True(onInstaFake.Auc >= 0.85, $"Kaggle→InstaFake AUC {onInstaFake.Auc:F3}");
        Assert.True(srfFromInstaFake.Auc >= 0.80, $"InstaFake→SRF AUC {srfFromInstaFake.Auc:F3}");
    }

    private static ClassifierMetrics CrossValidated(IReadOnlyList<LabelledProfile> rows) =>
        CrossValidation.Run(rows, Folds, new Random(Seed), r => FakeFollowerTrainer.Train(r));

    private static ClassifierMetrics Score(FakeFollowerModel model, IReadOnlyList<LabelledProfile> rows) =>
        ClassifierMetrics.Of([.. rows.Select(r => model.FakeProbability(r.Profile))], [.. rows.Select(r => r.IsFake)], model.Threshold);

    private void Print(string what, ClassifierMetrics m) => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {what} | {m.Count} | {m.Accuracy:F3} | {m.Precision:F3} | {m.Recall:F3} | {m.Specificity:F3} | {m.F1:F3} | {m.MacroF1:F3} | {m.Auc:F3} |"));
}
