using Clout.Core.Roster;

namespace Clout.Core.Tests.Roster;

public sealed class TierPolicyTests
{
    // Default cut-offs: nano < 10,000 <= micro < 100,000 <= macro < 1,000,000 <= celebrity; lower bounds inclusive.
    [Theory]
    [InlineData(0L, Tier.Nano)]
    [InlineData(1L, Tier.Nano)]
    [InlineData(9_999L, Tier.Nano)]
    [InlineData(10_000L, Tier.Micro)]
    [InlineData(10_001L, Tier.Micro)]
    [InlineData(99_999L, Tier.Micro)]
    [InlineData(100_000L, Tier.Macro)]
    [InlineData(999_999L, Tier.Macro)]
    [InlineData(1_000_000L, Tier.Celebrity)]
    [InlineData(250_000_000L, Tier.Celebrity)]
    public void Classify_DefaultPolicy_UsesInclusiveLowerBounds(long followers, Tier expected)
    {
        Assert.Equal(expected, TierPolicy.Default.Classify(followers));
    }

    [Fact]
    public void Default_Thresholds_AreTenThousandHundredThousandAndOneMillion()
    {
        Assert.Equal(new TierPolicy(10_000, 100_000, 1_000_000), TierPolicy.Default);
    }

    // A workspace that draws its lines at 5k / 50k / 500k.
    [Theory]
    [InlineData(4_999L, Tier.Nano)]
    [InlineData(5_000L, Tier.Micro)]
    [InlineData(9_999L, Tier.Micro)]
    [InlineData(10_000L, Tier.Micro)]
    [InlineData(49_999L, Tier.Micro)]
    [InlineData(50_000L, Tier.Macro)]
    [InlineData(499_999L, Tier.Macro)]
    [InlineData(500_000L, Tier.Celebrity)]
    [InlineData(999_999L, Tier.Celebrity)]
    public void Classify_CustomPolicy_UsesItsOwnThresholds(long followers, Tier expected)
    {
        var policy = new TierPolicy(5_000, 50_000, 500_000);

        Assert.Equal(expected, policy.Classify(followers));
    }

    [Fact]
    public void Validate_DefaultPolicy_IsSound()
    {
        Assert.Null(TierPolicy.Default.Validate());
    }

    [Fact]
    public void Validate_CustomAscendingPolicy_IsSound()
    {
        Assert.Null(new TierPolicy(1, 2, 3).Validate());
    }

    [Theory]
    [InlineData(0L, 100_000L, 1_000_000L, "the micro threshold must be above 0")]
    [InlineData(-10L, 100_000L, 1_000_000L, "the micro threshold must be above 0")]
    [InlineData(10_000L, 10_000L, 1_000_000L, "the macro threshold must be above the micro threshold")]
    [InlineData(10_000L, 5_000L, 1_000_000L, "the macro threshold must be above the micro threshold")]
    [InlineData(10_000L, 100_000L, 100_000L, "the celebrity threshold must be above the macro threshold")]
    [InlineData(10_000L, 100_000L, 50_000L, "the celebrity threshold must be above the macro threshold")]
    public void Validate_UnsoundPolicy_NamesTheFirstBrokenThreshold(long micro, long macro, long celebrity, string expected)
    {
        Assert.Equal(expected, new TierPolicy(micro, macro, celebrity).Validate());
    }

    [Fact]
    public void Validate_SeveralBrokenThresholds_ReportsTheMicroOneFirst()
    {
        // All three are wrong; the micro threshold is checked first.
        Assert.Equal("the micro threshold must be above 0", new TierPolicy(0, 0, 0).Validate());
    }
}
