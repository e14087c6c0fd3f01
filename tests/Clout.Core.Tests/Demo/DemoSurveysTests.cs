using Clout.Core.Demo;
using Clout.Core.Roster;
using Clout.Core.Surveys;

namespace Clout.Core.Tests.Demo;

public sealed class DemoSurveysTests
{
    private static readonly DateTime Today = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DemoWorkspace Workspace = new DemoGenerator(DemoGenerator.DefaultSeed).Generate(Today);
    private static readonly IReadOnlyList<DemoOrder> Orders = new DemoPurchases(DemoGenerator.DefaultSeed).Generate(Workspace, Today).Orders;

    [Fact]
    public void Trust_SameSeed_SameAnswers_AndMicroTrustedMoreThanCelebrities()
    {
        var trust = new DemoSurveys(DemoGenerator.DefaultSeed).Trust(Workspace, Today);
        var again = new DemoSurveys(DemoGenerator.DefaultSeed).Trust(Workspace, Today);
        var tiers = Workspace.Influencers.ToDictionary(i => i.Handle, i => TierPolicy.Default.Classify(i.Followers ?? 0));

        Assert.Equal(trust.Select(r => (r.Handle, r.AtUtc, string.Join(",", r.TrustItems!))), again.Select(r => (r.Handle, r.AtUtc, string.Join(",", r.TrustItems!))));
        double Trust(Tier tier) => trust.Where(r => tiers[r.Handle!] == tier)
            .Average(r => r.TrustItems!.Where((_, i) => SurveyTemplates.OhanianItems[i].Construct == SurveyTemplates.Trustworthiness).Average());
        Assert.True(Trust(Tier.Micro) > Trust(Tier.Celebrity) + 0.5, $"micro {Trust(Tier.Micro):F2} vs celebrity {Trust(Tier.Celebrity):F2}");
        Assert.All(trust, r => Assert.All(r.TrustItems!, v => Assert.InRange(v, 1, 7)));
        Assert.All(trust, r => Assert.True(r.AtUtc < Today));
    }

    [Fact]
    public void ClosenessAndAuthenticity_SameSeed_SameAnswers_MicroAboveCelebrities_ReverseItemAnsweredMirrored()
    {
        var surveys = new DemoSurveys(DemoGenerator.DefaultSeed);
        var closeness = surveys.Closeness(Workspace, Today);
        var authenticity = surveys.Authenticity(Workspace, Today);
        var again = new DemoSurveys(DemoGenerator.DefaultSeed).Closeness(Workspace, Today);
        var tiers = Workspace.Influencers.ToDictionary(i => i.Handle, i => TierPolicy.Default.Classify(i.Followers ?? 0));
        var authenticityItems = SurveyTemplates.Create(SurveyTemplates.Authenticity, [])!.Questions.Skip(1).ToList();

        Assert.Equal(closeness.Select(r => (r.Handle, r.AtUtc, string.Join(",", r.TrustItems!))), again.Select(r => (r.Handle, r.AtUtc, string.Join(",", r.TrustItems!))));
        double Score(IReadOnlyList<DemoSurveyResponse> responses, Tier tier, Func<int, int, double> scored) => responses.Where(r => tiers[r.Handle!] == tier)
            .Average(r => r.TrustItems!.Select((v, i) => scored(v, i)).Average());
        Func<int, int, double> plain = (v, _) => v;
        Func<int, int, double> mirrored = (v, i) => authenticityItems[i].Score(v);
        Assert.True(Score(closeness, Tier.Micro, plain) > Score(closeness, Tier.Celebrity, plain) + 0.5);
        Assert.True(Score(authenticity, Tier.Micro, mirrored) > Score(authenticity, Tier.Celebrity, mirrored) + 0.5);
        Assert.All(closeness, r => Assert.Equal(SurveyScales.ParasocialItems.Count, r.TrustItems!.Count));
        Assert.All(closeness, r => Assert.All(r.TrustItems!, v => Assert.InRange(v, 1, 5)));
        Assert.All(authenticity, r => Assert.All(r.TrustItems!, v => Assert.InRange(v, 1, 7)));
    }

    [Fact]
    public void PostPurchase_AnswersSomeCodedOrders_OnceEach_SomeAsMisspeltText()
    {
        var answers = new DemoSurveys(DemoGenerator.DefaultSeed).PostPurchase(Workspace, Orders);
        var matcher = new RosterMatcher(Workspace.Influencers.Select((i, n) => new RosterEntry(n, i.Handle, i.DisplayName)));

        Assert.InRange(answers.Count, Orders.Count / 10, Orders.Count / 2);
        Assert.Equal(answers.Count, answers.Select(a => a.OrderId).Distinct().Count());
        var typed = answers.Where(a => a.OtherText is not null && a.OtherText != "a friend told me").ToList();
        Assert.NotEmpty(typed);
        // Most misspelt handles are still recognised.
        Assert.True(typed.Count(a => matcher.Match(a.OtherText) is not null) > typed.Count * 0.7);
        Assert.All(answers, a => Assert.InRange(a.Nps!.Value, 0, 10));
    }
}
