using Clout.Core.Authenticity;
using Clout.Core.Demo;
using Clout.Core.Roster;

namespace Clout.Core.Tests.Demo;

public sealed class DemoFollowerSamplesTests
{
    private static readonly DateTime Today = new(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Generate_SameSeed_SameSamples_EveryCelebrityAudited()
    {
        var data = new DemoGenerator(DemoGenerator.DefaultSeed).Generate(Today);

        var first = new DemoFollowerSamples(DemoGenerator.DefaultSeed).Generate(data);
        var second = new DemoFollowerSamples(DemoGenerator.DefaultSeed).Generate(data);

        Assert.Equal(first.Select(s => s.Handle), second.Select(s => s.Handle));
        Assert.Equal(first.SelectMany(s => s.Profiles), second.SelectMany(s => s.Profiles));
        var celebrities = data.Influencers.Where(i => TierPolicy.Default.Classify(i.Followers ?? 0) == Tier.Celebrity).Select(i => i.Handle);
        Assert.Subset(first.Select(s => s.Handle).ToHashSet(), celebrities.ToHashSet());
        Assert.All(first, s => Assert.Equal(DemoFollowerSamples.SampleSize, s.Profiles.Count));
    }

    [Fact]
    public void Generate_AuditedByTheDefault_CelebritiesHaveMoreFakesThanMicro()
    {
        var data = new DemoGenerator(DemoGenerator.DefaultSeed).Generate(Today);
        var tierOf = data.Influencers.ToDictionary(i => i.Handle, i => TierPolicy.Default.Classify(i.Followers ?? 0));
        var shares = new DemoFollowerSamples(DemoGenerator.DefaultSeed).Generate(data)
            .GroupBy(s => tierOf[s.Handle])
            .ToDictionary(g => g.Key, g => g.Select(s => FollowerAudit.Run(s.Profiles, DefaultFakeFollowerModel.Model).Share.Value).Order().ToList());

        var micro = shares[Tier.Micro][shares[Tier.Micro].Count / 2];
        var celebrity = shares[Tier.Celebrity][shares[Tier.Celebrity].Count / 2];
        Assert.InRange(micro, 0.03, 0.12);
        Assert.InRange(celebrity, 0.15, 0.35);
    }
}
