using Clout.Core.Authenticity;
using Clout.Core.Statistics;

namespace Clout.Core.Tests.Authenticity;

public sealed class FollowerAuditTests(ITestOutputHelper output)
{
    // Far from the default's boundary in every feature, so each is classified the same way every time.
    private static readonly FollowerProfile Bot = FollowerProfile.WithUsername(3, 7_400, 0, "user84736251", hasProfilePicture: false);
    private static readonly FollowerProfile Fan = FollowerProfile.WithUsername(850, 410, 320, "anna.mueller", hasProfilePicture: true);

    [Fact]
    public void DefaultModel_ObviousProfiles_AreClassifiedAsExpected()
    {
        var model = DefaultFakeFollowerModel.Model;
        Assert.Null(model.Problem());
        Assert.True(model.FakeProbability(Bot) >= model.Threshold, $"bot {model.FakeProbability(Bot):F3}");
        Assert.True(model.FakeProbability(Fan) < model.Threshold, $"fan {model.FakeProbability(Fan):F3}");
    }

    [Fact]
    public void Run_ShareAndInterval_FromTheSample()
    {
        var sample = Enumerable.Repeat(Bot, 30).Concat(Enumerable.Repeat(Fan, 70)).ToList();

        var audit = FollowerAudit.Run(sample, DefaultFakeFollowerModel.Model);

        Assert.Equal(30, audit.FakeCount);
        Assert.Equal(0.30, audit.Share.Value, 1e-12);
        Assert.Equal(100, audit.SampleSize);
        // Wilson 30/100: [0.2189, 0.3958].
        Assert.Equal(0.2189, audit.Share.Low!.Value, 1e-3);
        Assert.Equal(0.3958, audit.Share.High!.Value, 1e-3);
        Assert.Equal(100, audit.Probabilities.Count);
        Assert.False(audit.SampleIsEnough);
    }

    [Fact]
    public void SampleSizeFor_HalfAndHalf_Is385ForFivePoints()
    {
        var share = Wilson.Interval(50, 100)!;
        Assert.Equal(385, FollowerAudit.SampleSizeFor(share, 0.05));
    }

    [Fact]
    public void SampleSizeFor_FewFakesFirmlyEstablished_NeedsFewer()
    {
        // 20 of 1,000: the interval [1.3 %, 3.1 %] excludes 0.5, so the plan uses 3.1 %: 47 profiles.
        var share = Wilson.Interval(20, 1000)!;
        var needed = FollowerAudit.SampleSizeFor(share, 0.05);
        Assert.InRange(needed, 40, 50);
    }

    /// <summary>
    /// Coverage by simulation: an account whose followers are 20 % bots, audited 2,000 times with samples of 200.
    /// A 95 % interval should cover the truth about 95 % of the time; with 2,000 runs the Monte-Carlo error is ±1 point.
    /// </summary>
    [Theory]
    [InlineData(0.20, 200)]
    [InlineData(0.05, 60)]
    [InlineData(0.50, 30)]
    public void Run_Interval_CoversTheTrueShareAbout95PercentOfTheTime(double trueShare, int sampleSize)
    {
        var random = new Random(2026);
        const int Runs = 2_000;
        var covered = 0;
        var sample = new FollowerProfile[sampleSize];
        for (var run = 0; run < Runs; run++)
        {
            for (var i = 0; i < sampleSize; i++)
            {
                sample[i] = random.NextDouble() < trueShare ? Bot : Fan;
            }
            var share = FollowerAudit.Run(sample, DefaultFakeFollowerModel.Model).Share;
            if (share.Low <= trueShare && trueShare <= share.High)
            {
                covered++;
            }
        }
        var coverage = (double)covered / Runs;
        output.WriteLine($"true share {trueShare}, n = {sampleSize}: coverage {coverage:F3}");
        Assert.InRange(coverage, 0.925, 0.975);
    }

    /// <summary>
    /// Issue 6: a 10,000-profile sample is scored whole (its speed, about 9 ms, is measured in bench/audit, not timed here):
    /// every profile counts, and the fake share is the share of profiles the model calls fake.
    /// </summary>
    [Fact]
    public void Run_TenThousandProfiles_ScoresEveryProfile()
    {
        var random = new Random(3);
        var sample = Enumerable.Range(0, 10_000).Select(i => FollowerProfile.WithUsername(random.Next(0, 5_000), random.Next(0, 7_500),
            random.Next(0, 900), $"user{random.Next(100_000)}", random.Next(0, 150), true, false)).ToList();

        var audit = FollowerAudit.Run(sample, DefaultFakeFollowerModel.Model);

        Assert.Equal(10_000, audit.SampleSize);
        Assert.Equal(10_000, audit.Probabilities.Count);
        Assert.Equal(audit.Probabilities.Count(p => p >= DefaultFakeFollowerModel.Model.Threshold), audit.FakeCount);
        Assert.Equal(audit.FakeCount / 10_000.0, audit.Share.Value, 1e-12);
    }

    [Fact]
    public void Run_EmptySample_SaysSo()
    {
        var error = Assert.Throws<ArgumentException>(() => FollowerAudit.Run([], DefaultFakeFollowerModel.Model));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TooLargeSample_NamesTheLimit()
    {
        var sample = Enumerable.Repeat(Fan, FollowerAudit.MaxSample + 1).ToList();
        var error = Assert.Throws<ArgumentException>(() => FollowerAudit.Run(sample, DefaultFakeFollowerModel.Model));
        Assert.Contains("100,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_ModelForOtherFeatures_IsRefused()
    {
        var model = DefaultFakeFollowerModel.Model with { Features = ["followers"] };
        Assert.Contains("features", model.Problem(), StringComparison.Ordinal);
        Assert.Contains("threshold", (DefaultFakeFollowerModel.Model with { Threshold = 1.5 }).Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Train_OneClassOnly_IsRefused()
    {
        var rows = Enumerable.Repeat(new LabelledProfile(Fan, false), 50).ToList();
        var error = Assert.Throws<ArgumentException>(() => FakeFollowerTrainer.Train(rows));
        Assert.Contains("0 fake", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Auc_HandComputed()
    {
        // Fakes 0.9, 0.4; reals 0.5, 0.1 → pairs won: (0.9>0.5, 0.9>0.1, 0.4>0.1) = 3 of 4.
        Assert.Equal(0.75, ClassifierMetrics.AreaUnderCurve([0.9, 0.4, 0.5, 0.1], [true, true, false, false]), 1e-12);
    }
}
