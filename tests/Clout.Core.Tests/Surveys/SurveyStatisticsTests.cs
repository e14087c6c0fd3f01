using Clout.Core.Surveys;

namespace Clout.Core.Tests.Surveys;

public sealed class SurveyStatisticsTests
{
    [Fact]
    public void CronbachAlpha_HandComputedCase_Matches()
    {
        // Item variances 5/3, 19/12, 11/12 (sum 25/6); totals 5, 8, 10, 13 have variance 34/3.
        // α = 3/2 · (1 − (25/6)/(34/3)) = 3/2 · (1 − 25/68) = 0.948529…
        IReadOnlyList<double?>[] answers = [[1, 2, 2], [2, 3, 3], [3, 3, 4], [4, 5, 4]];

        Assert.Equal(1.5 * (1 - (25.0 / 68)), CronbachAlpha.Of(answers)!.Value, 12);
    }

    [Fact]
    public void CronbachAlpha_IncompleteRespondent_IsLeftOut()
    {
        IReadOnlyList<double?>[] answers = [[1, 2, 2], [2, 3, 3], [3, 3, 4], [4, 5, 4], [7, null, 1]];

        Assert.Equal(1.5 * (1 - (25.0 / 68)), CronbachAlpha.Of(answers)!.Value, 12);
    }

    [Fact]
    public void CronbachAlpha_UndefinedCases_AreNull()
    {
        Assert.Null(CronbachAlpha.Of([[1, 2]]));            // one respondent
        Assert.Null(CronbachAlpha.Of([[1], [2], [3]]));     // one item
        Assert.Null(CronbachAlpha.Of([[3, 3], [3, 3]]));    // no variance at all
    }

    [Fact]
    public void NetPromoterScore_HandComputedCase_Matches()
    {
        // 5 promoters, 2 passives, 3 detractors of 10: NPS = 50 − 30 = 20;
        // SE = √((0.5 + 0.3 − 0.2²)/10) = √0.076; interval 20 ± 100 · 1.96 · √0.076.
        int[] answers = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0];
        var half = 100 * 1.959963984540054 * Math.Sqrt(0.076);

        var nps = NetPromoterScore.Of(answers)!;

        Assert.Equal(20, nps.Value, 9);
        Assert.Equal(20 - half, nps.Low!.Value, 9);
        Assert.Equal(20 + half, nps.High!.Value, 9);
        Assert.Equal(10, nps.N);
    }

    [Fact]
    public void NetPromoterScore_AllPromoters_IsHundredAndStaysInRange()
    {
        var nps = NetPromoterScore.Of([9, 10, 10])!;

        Assert.Equal(100, nps.Value, 9);
        Assert.Equal(100, nps.High!.Value, 9);
        Assert.Null(NetPromoterScore.Of([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.Of([11]));
    }

    [Fact]
    public void ScaleScore_Mean_HasStudentTInterval()
    {
        // Mean 5.4, sd √1.3, n 5, t(0.975, 4) = 2.776445: 5.4 ± 2.776445 · √1.3 / √5.
        var estimate = ScaleScore.Mean([4, 5, 6, 7, 5])!;
        var half = 2.7764451051977987 * Math.Sqrt(1.3) / Math.Sqrt(5);

        Assert.Equal(5.4, estimate.Value, 12);
        Assert.Equal(5.4 - half, estimate.Low!.Value, 9);
        Assert.Equal(5.4 + half, estimate.High!.Value, 9);
    }

    [Fact]
    public void ScaleScore_OfItems_AveragesWhatWasAnswered()
    {
        Assert.Equal(5.5, ScaleScore.Of([5, null, 6]));
        Assert.Null(ScaleScore.Of([null, null]));
        Assert.Null(ScaleScore.Mean([]));
        Assert.False(ScaleScore.Mean([4])!.HasInterval);
    }
}
