using Clout.Core.Campaigns;
using Clout.Core.Limits;
using Clout.Core.Text;

namespace Clout.Storage.Campaigns;

/// <summary>
/// What a user types to create or change a campaign. The period is [StartsAtUtc, EndsAtUtc); the hashtag is normalized
/// (<see cref="CampaignHashtag.Normalize"/>: no '#').
/// </summary>
public sealed record CampaignDraft(string Name, CampaignGoal Goal, DateTime? StartsAtUtc, DateTime? EndsAtUtc, long? BudgetMinor, string? Hashtag = null)
{
    public const int MaxNameLength = 200;

    /// <summary>The first problem with the draft as (field, message), or null when it is sound.</summary>
    public (string Field, string Message)? Problem() =>
        string.IsNullOrWhiteSpace(Name) ? ("name", "a campaign needs a name")
        : StoredText.Problem(Name) is { } text ? ("name", text)
        : Name.Trim().Length > MaxNameLength ? ("name", $"at most {MaxNameLength} characters")
        : StartsAtUtc is { } start && EndsAtUtc is { } end && end <= start ? ("ends_at", "the end must come after the start")
        : BudgetMinor is < 0 ? ("budget", "the budget cannot be negative")
        : BudgetMinor is { } budget && PlausibleLimits.MoneyProblem(budget) is { } problem ? ("budget", problem)
        : CampaignHashtag.Problem(Hashtag) is { } hashtag ? ("hashtag", hashtag)
        : null;
}
