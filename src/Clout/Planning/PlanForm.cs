using Clout.Core.Campaigns;
using Clout.Core.Limits;
using Clout.Core.Planning;
using Clout.Storage.Planning;

namespace Clout.Planning;

/// <summary>
/// The one place a plan request is checked, for the CLI, the API and the page alike. Errors are keyed by the API's
/// field names (budget, goal, weights.per_order, min_roas, spend_all …), each message saying what is wrong and what
/// would do. Whether the workspace has the gross margin the profit goal needs is checked against the database, with
/// <see cref="NoMarginMessage"/>.
/// </summary>
public static class PlanForm
{
    public const string Reach = "reach";
    public const string Engagement = "engagement";
    public const string Conversions = "conversions";
    public const string Blend = "blend";
    public const string Profit = "profit";

    public static IReadOnlyList<string> Goals { get; } = [Profit, Reach, Engagement, Conversions, Blend];

    public const string BudgetField = "budget";
    public const string GoalField = "goal";
    public const string PerThousandReachField = "weights.per_thousand_reach";
    public const string PerEngagementField = "weights.per_engagement";
    public const string PerOrderField = "weights.per_order";
    public const string MinRoasField = "min_roas";
    public const string SpendAllField = "spend_all";

    /// <summary>A ROAS floor above this is not a floor but a typo: no post returns a thousand times its cost.</summary>
    public const double MaxMinRoas = 1_000;

    /// <summary>Why the profit goal cannot be planned in a workspace without a gross margin, and how to set one.</summary>
    public const string NoMarginMessage =
        "The goal 'profit' needs the workspace's gross margin (the share of revenue left after the cost of the goods), which is not set: " +
        "set it with `clout workspace settings --margin 40%`, or plan for another goal.";

    /// <summary>The request, or the errors by field (never both).</summary>
    public static (PlanRequest? Request, IReadOnlyDictionary<string, string> Errors) Read(
        decimal? budget, string? goal, double? perThousandReach, double? perEngagement, double? perOrder) =>
        Read(budget, goal, perThousandReach, perEngagement, perOrder, null, false);

    /// <summary>As above, with the ROAS floor (any goal) and spend-all (the profit goal only).</summary>
    public static (PlanRequest? Request, IReadOnlyDictionary<string, string> Errors) Read(
        decimal? budget, string? goal, double? perThousandReach, double? perEngagement, double? perOrder, double? minRoas, bool spendAll)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        long budgetMinor = 0;
        if (budget is not { } b)
        {
            errors[BudgetField] = "A budget is required: what the posts may cost in total, in major units of the workspace currency (e.g. 20000).";
        }
        else if (b <= 0)
        {
            errors[BudgetField] = $"The budget must be above 0; it is {b}.";
        }
        else if (PlausibleLimits.MoneyProblem(b) is { } problem)
        {
            errors[BudgetField] = $"The budget {problem}.";
        }
        else if (!Money.TryFromMajor(b, out budgetMinor))
        {
            errors[BudgetField] = $"The budget {b} is not a whole number of cents.";
        }

        var name = goal?.Trim().ToLowerInvariant();
        var weights = new (string Field, double? Value)[] { (PerThousandReachField, perThousandReach), (PerEngagementField, perEngagement), (PerOrderField, perOrder) };
        foreach (var (field, value) in weights)
        {
            if (value is { } v && (!double.IsFinite(v) || v < 0))
            {
                errors[field] = $"A weight is what one unit is worth to you: a finite number of 0 or more, not {v}.";
            }
            else if (value is not null && name is not Blend && name is not null && Goals.Contains(name))
            {
                errors[field] = $"Weights are for the goal 'blend'; the goal '{name}' values {Describe(name)} alone.";
            }
        }

        if (minRoas is { } floor && (!double.IsFinite(floor) || floor < 0 || floor > MaxMinRoas))
        {
            errors[MinRoasField] = $"The minimum ROAS is the revenue a post must be expected to bring per unit of cost (e.g. 1.5): a number from 0 to {MaxMinRoas:0}, not {floor}.";
        }
        if (spendAll && name is not Profit && name is not null && Goals.Contains(name))
        {
            errors[SpendAllField] = $"Spend-all is for the goal 'profit' (book posts expected to lose money to use the budget); the goal '{name}' books whatever brings {Describe(name)}.";
        }

        PlanGoal? planGoal = null;
        switch (name)
        {
            case Profit:
                planGoal = PlanGoal.Profit;
                break;
            case null or "":
                errors[GoalField] = $"A goal is required: {string.Join(", ", Goals)}.";
                break;
            case Reach:
                planGoal = PlanGoal.Reach;
                break;
            case Engagement:
                planGoal = PlanGoal.Engagement;
                break;
            case Conversions:
                planGoal = PlanGoal.Conversions;
                break;
            case Blend:
                planGoal = new PlanGoal(perThousandReach ?? 0, perEngagement ?? 0, perOrder ?? 0);
                if (weights.All(w => w.Value is null or 0) && !weights.Any(w => errors.ContainsKey(w.Field)))
                {
                    errors[GoalField] = "The goal 'blend' needs weights: what a thousand accounts reached, an engagement and an order are each worth to you (e.g. 5, 0.05 and 12); at least one above 0.";
                }
                break;
            default:
                errors[GoalField] = $"Unknown goal '{goal}'; use one of {string.Join(", ", Goals)}.";
                break;
        }
        return errors.Count > 0 || planGoal is null ? (null, errors) : (new PlanRequest(budgetMinor, name!, planGoal) { MinRoas = minRoas, SpendAll = spendAll }, errors);
    }

    /// <summary>
    /// The plan for a checked request, or the error (keyed by the goal field) when it asks for profit in a workspace
    /// without a gross margin: the one check that needs the database, made the same way on every door.
    /// </summary>
    public static async Task<(WorkspacePlan? Plan, IReadOnlyDictionary<string, string> Errors)> PlanAsync(
        PlanCandidatesQuery query, PlanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(request);
        return await query.PlanAsync(request.BudgetMinor, request.Goal, request.MinRoas, request.SpendAll, cancellationToken) is { } plan
            ? (plan, new Dictionary<string, string>())
            : (null, new Dictionary<string, string>(StringComparer.Ordinal) { [GoalField] = NoMarginMessage });
    }

    /// <summary>The plan goal a campaign's goal asks for; a blend still needs the marketer's weights.</summary>
    public static string GoalFor(CampaignGoal goal) => goal switch
    {
        CampaignGoal.Awareness => Reach,
        CampaignGoal.Conversion => Conversions,
        _ => Blend,
    };

    /// <summary>What a single-outcome goal maximises, in words.</summary>
    public static string Describe(string goal) => goal switch
    {
        Reach => "accounts reached",
        Engagement => "engagements",
        Conversions => "attributed orders",
        Profit => "expected revenue × gross margin − cost",
        _ => "the weighted worth of reach, engagements and orders",
    };
}
