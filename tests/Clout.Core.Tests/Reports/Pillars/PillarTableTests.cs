using Clout.Core.Reports;
using Clout.Core.Reports.Pillars;
using Clout.Core.Roster;

namespace Clout.Core.Tests.Reports.Pillars;

public sealed class PillarTableTests
{
    private static InfluencerUnit Unit(long id, Tier tier, params (MetricDefinition Metric, double Value)[] values) =>
        new(id, $"h{id}", tier, 10, values.ToDictionary(v => v.Metric.Name, v => v.Value));

    /// <summary>Ten accounts a side, each metric spread a little around the tier's value.</summary>
    private static TierReport Report(params (MetricDefinition Metric, double Micro, double Celebrity)[] metrics)
    {
        var units = new List<InfluencerUnit>();
        for (var i = 0; i < 10; i++)
        {
            var spread = 1 + ((i - 4.5) / 100);
            units.Add(Unit(i + 1, Tier.Micro, [.. metrics.Select(m => (m.Metric, m.Micro * spread))]));
            units.Add(Unit(i + 101, Tier.Celebrity, [.. metrics.Select(m => (m.Metric, m.Celebrity * spread))]));
        }
        return new TierReportBuilder(7, 400).Build("demo", null, null, units);
    }

    [Fact]
    public void Of_SixPillarsInOrder_EvenWithoutData()
    {
        var rows = PillarTable.Of(Report((Metrics.EngagementRate, 0.03, 0.01)));

        Assert.Equal(["engagement", "trust", "conversion", "money", "loyalty", "audience-quality"], rows.Select(r => r.Pillar.Id));
        Assert.Equal(PillarOutcome.AAhead, rows[0].Outcome);
        Assert.All(rows.Skip(1), r => Assert.Equal(PillarOutcome.NotMeasured, r.Outcome));
        Assert.Empty(rows[1].Metrics);
    }

    [Fact]
    public void Of_CostLowerForMicro_MoneyIsMicroAheadAndRoiStandsAlone()
    {
        var rows = PillarTable.Of(Report((Metrics.Cpa, 20, 300), (Metrics.Roas, 2, 0.2), (Metrics.Roi, 0.2, -0.9)));

        var money = rows.Single(r => r.Pillar == PillarTable.Money);
        Assert.Equal(PillarOutcome.AAhead, money.Outcome);
        Assert.Equal([PillarOutcome.AAhead, PillarOutcome.AAhead, PillarOutcome.FiguresOnly], money.Metrics.Select(m => m.Outcome));
        Assert.Null(money.Metrics[2].Contrast);
        Assert.Equal(-0.9, money.Metrics[2].B!.Value, 1e-9);
        Assert.Equal(Metrics.Cpa.Name, money.Headline!.Metric);
    }

    [Fact]
    public void Of_EachTierAheadOnOneMetric_IsMixed()
    {
        var rows = PillarTable.Of(Report((Metrics.EngagementRate, 0.03, 0.01), (Metrics.DialogueRate, 0.05, 0.2)));

        var engagement = rows.Single(r => r.Pillar == PillarTable.Engagement);
        Assert.Equal(PillarOutcome.Mixed, engagement.Outcome);
    }

    [Fact]
    public void Of_SameFiguresOnBothSides_IsNotEnoughData()
    {
        var rows = PillarTable.Of(Report((Metrics.TrustScore, 5, 5)));

        var trust = rows.Single(r => r.Pillar == PillarTable.Trust);
        Assert.Equal(PillarOutcome.NotEnoughData, trust.Outcome);
        Assert.StartsWith("not enough data", trust.Headline!.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Trust_HoldsEverySurveyMetric()
    {
        Assert.Equal(Metrics.Survey, PillarTable.Trust.Metrics);
    }
}
