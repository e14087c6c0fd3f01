using Clout.Core.Attribution;

namespace Clout.Core.Tests.Attribution;

public sealed class AttributionRuleTests
{
    private static readonly DateTime OrderAt = new(2026, 5, 10, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>The platform's record of the sale beats every sign of what led to it, also pointing elsewhere.</summary>
    [Fact]
    public void Decide_CreatorWithCodeClickAndSurvey_CreatorWins()
    {
        var signals = new OrderSignals(CodeCollaborationId: 7, new ClickSignal(1, 9, OrderAt.AddHours(-1)), SurveyCollaborationId: 11, CreatorCollaborationId: 13);

        Assert.Equal(new OrderCredit(AttributionSource.Creator, 13), AttributionRule.Decide(signals));
    }

    [Fact]
    public void Decide_CreatorOnly_CreatorCredits()
    {
        Assert.Equal(new OrderCredit(AttributionSource.Creator, 13), AttributionRule.Decide(new OrderSignals(null, null, null, 13)));
    }

    [Fact]
    public void Decide_CodeAndClick_CodeWins()
    {
        var signals = new OrderSignals(CodeCollaborationId: 7, new ClickSignal(1, 9, OrderAt.AddHours(-1)), SurveyCollaborationId: 11);

        Assert.Equal(new OrderCredit(AttributionSource.Code, 7), AttributionRule.Decide(signals));
    }

    [Fact]
    public void Decide_ClickAndSurvey_ClickWins()
    {
        var signals = new OrderSignals(null, new ClickSignal(1, 9, OrderAt.AddHours(-1)), SurveyCollaborationId: 11);

        Assert.Equal(new OrderCredit(AttributionSource.Click, 9), AttributionRule.Decide(signals));
    }

    [Fact]
    public void Decide_SurveyOnly_SurveyCredits()
    {
        Assert.Equal(new OrderCredit(AttributionSource.Survey, 11), AttributionRule.Decide(new OrderSignals(null, null, 11)));
    }

    [Fact]
    public void Decide_NoSignal_IsNobodys()
    {
        Assert.Same(OrderCredit.None, AttributionRule.Decide(new OrderSignals(null, null, null)));
    }

    [Fact]
    public void LastClickInWindow_SeveralClicks_TakesTheLatestBeforeTheOrder()
    {
        ClickSignal[] clicks =
        [
            new(1, 5, OrderAt.AddDays(-3)),
            new(2, 6, OrderAt.AddHours(-2)),
            new(3, 7, OrderAt.AddMinutes(5)), // after the order: cannot have caused it
        ];

        Assert.Equal(2, AttributionRule.LastClickInWindow(OrderAt, AttributionRule.DefaultWindow, clicks)?.ClickId);
    }

    [Fact]
    public void LastClickInWindow_Boundaries_ExactlySevenDaysIsInOneTickMoreIsOut()
    {
        var atEdge = new ClickSignal(1, 5, OrderAt.AddDays(-7));
        var beyond = new ClickSignal(2, 5, OrderAt.AddDays(-7).AddTicks(-1));

        Assert.Equal(1, AttributionRule.LastClickInWindow(OrderAt, AttributionRule.DefaultWindow, [atEdge])?.ClickId);
        Assert.Null(AttributionRule.LastClickInWindow(OrderAt, AttributionRule.DefaultWindow, [beyond]));
    }

    [Fact]
    public void LastClickInWindow_NonPositiveWindow_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AttributionRule.LastClickInWindow(OrderAt, TimeSpan.Zero, []));
    }
}
