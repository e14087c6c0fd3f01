using Clout.Core.Attribution;

namespace Clout.Core.Tests.Attribution;

public sealed class SurveyCreditTests
{
    private static readonly DateTime March = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Choose_PrefersTheCampaignRunningAtTheOrder_ThenTheLatestStarted_ThenTheNewest()
    {
        CampaignPart spring = new(1, new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc));
        CampaignPart winter = new(2, new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        CampaignPart summer = new(3, new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), null);

        Assert.Equal(1, SurveyCredit.Choose([winter, spring, summer], March));
        Assert.Equal(2, SurveyCredit.Choose([winter, summer], March));
        // Before any campaign started: the newest collaboration.
        Assert.Equal(3, SurveyCredit.Choose([summer, new CampaignPart(2, new(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc), null)], new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Null(SurveyCredit.Choose([], March));
    }

    [Fact]
    public void Choose_EndIsExclusive()
    {
        CampaignPart ended = new(1, new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), March);
        CampaignPart open = new(2, null, null);

        Assert.Equal(2, SurveyCredit.Choose([ended, open], March));
        Assert.Equal(1, SurveyCredit.Choose([ended, open], March.AddTicks(-1)));
    }
}
