using Clout.Core.Surveys;

namespace Clout.Core.Tests.Surveys;

public sealed class RecurrencePolicyTests
{
    private static readonly DateTime Jan1 = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Once_SecondAnswer_IsRefused()
    {
        Assert.Equal(new RecurrenceDecision(true, 1, null), RecurrencePolicy.Once.Decide([], Jan1));
        Assert.False(RecurrencePolicy.Once.Decide([Jan1], Jan1.AddYears(1)).Allowed);
    }

    [Fact]
    public void Every90Days_AllowsAgainOnTheDayAndNotBefore()
    {
        var policy = new RecurrencePolicy(90, null);

        var early = policy.Decide([Jan1], Jan1.AddDays(90).AddTicks(-1));
        var due = policy.Decide([Jan1], Jan1.AddDays(90));

        Assert.False(early.Allowed);
        Assert.Equal(Jan1.AddDays(90), early.NextAllowedAtUtc);
        Assert.Equal(new RecurrenceDecision(true, 2, null), due);
    }

    [Fact]
    public void FrequencyCap_StopsAfterMaxAnswers()
    {
        var policy = new RecurrencePolicy(30, 2);

        Assert.False(policy.Decide([Jan1, Jan1.AddDays(30)], Jan1.AddDays(365)).Allowed);
        Assert.Null(policy.Validate());
        Assert.NotNull(new RecurrencePolicy(0, null).Validate());
        Assert.NotNull(new RecurrencePolicy(null, 3).Validate());
    }
}
