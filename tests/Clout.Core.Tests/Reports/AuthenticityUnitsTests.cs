using Clout.Core.Reports;
using Clout.Core.Statistics;

namespace Clout.Core.Tests.Reports;

public sealed class AuthenticityUnitsTests
{
    [Fact]
    public void Values_Audited_GiveFakeShareAndQualityAdjustedReach()
    {
        var values = AuthenticityUnits.Values(64, new Estimate(0.25, 0.2, 0.3, 400), 2_000_000);

        Assert.Equal(64, values["quality_score"]);
        Assert.Equal(0.25, values["fake_share"]);
        Assert.Equal(1_500_000, values["quality_adjusted_reach"], 1e-6); // 2M × (1 − 0.25)
    }

    [Fact]
    public void Values_NeverAudited_HaveOnlyTheScore()
    {
        var values = AuthenticityUnits.Values(88, null, 50_000);

        Assert.Equal(["quality_score"], values.Keys);
    }
}
