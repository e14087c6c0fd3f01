using Clout.Core.Campaigns;
using Clout.Storage.Campaigns;
using Clout.Storage.Model;

namespace Clout.Campaigns;

/// <summary>Turns what the API and the dashboard receive into campaigns and collaborations, one set of rules for both.</summary>
public static class CampaignForm
{
    /// <summary>A draft from user input, or the reason it cannot be one.</summary>
    public static (CampaignDraft? Draft, string? Problem) Draft(string? name, string? goal, DateTime? startsAt, DateTime? endsAt, decimal? budget,
        string? hashtag = null)
    {
        var parsedGoal = CampaignGoal.Blend;
        if (!string.IsNullOrWhiteSpace(goal) && !Enum.TryParse(goal.Trim(), ignoreCase: true, out parsedGoal))
        {
            return (null, $"goal: '{goal}' is not a goal; use awareness, conversion or blend");
        }
        long? budgetMinor = null;
        if (budget is { } b)
        {
            if (!Money.TryFromMajor(b, out var minor))
            {
                return (null, "budget: not an amount in currency units with at most two decimals");
            }
            budgetMinor = minor;
        }
        var draft = new CampaignDraft(name ?? "", parsedGoal, UtcTime.Normalize(startsAt), UtcTime.Normalize(endsAt), budgetMinor,
            CampaignHashtag.Normalize(hashtag));
        return draft.Problem() is { } problem ? (null, $"{problem.Field}: {problem.Message}") : (draft, null);
    }
}
