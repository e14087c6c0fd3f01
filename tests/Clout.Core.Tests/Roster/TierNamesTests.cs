using Clout.Core.Roster;

namespace Clout.Core.Tests.Roster;

public sealed class TierNamesTests
{
    [Theory]
    [InlineData(Tier.Nano, "nano")]
    [InlineData(Tier.Micro, "micro")]
    [InlineData(Tier.Macro, "macro")]
    [InlineData(Tier.Celebrity, "celebrity")]
    public void ToName_EachTier_IsLowerCaseContractName(Tier tier, string expected)
    {
        Assert.Equal(expected, tier.ToName());
    }

    [Theory]
    [InlineData("nano", Tier.Nano)]
    [InlineData("micro", Tier.Micro)]
    [InlineData("MICRO", Tier.Micro)]
    [InlineData(" Micro ", Tier.Micro)]
    [InlineData("macro", Tier.Macro)]
    [InlineData("celebrity", Tier.Celebrity)]
    [InlineData("Celebrity", Tier.Celebrity)]
    public void TryParse_KnownName_ReturnsTier(string text, Tier expected)
    {
        Assert.True(TierNames.TryParse(text, out var tier));
        Assert.Equal(expected, tier);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("micros")]
    [InlineData("celebrities")]
    [InlineData("celeb")]
    [InlineData("mega")]
    [InlineData("1")]
    [InlineData("Micro-influencer")]
    public void TryParse_UnknownName_ReturnsFalseAndDefault(string? text)
    {
        // A numeric string must not be read as the enum's underlying value: "1" is not "micro".
        Assert.False(TierNames.TryParse(text, out var tier));
        Assert.Equal(Tier.Nano, tier);
    }

    [Fact]
    public void ToName_EveryTier_ParsesBackToItself()
    {
        foreach (var tier in Enum.GetValues<Tier>())
        {
            Assert.True(TierNames.TryParse(tier.ToName(), out var parsed));
            Assert.Equal(tier, parsed);
        }
    }

    [Fact]
    public void Tier_Values_SortSmallestAudienceFirst()
    {
        Assert.True(Tier.Nano < Tier.Micro);
        Assert.True(Tier.Micro < Tier.Macro);
        Assert.True(Tier.Macro < Tier.Celebrity);
    }
}
