using Clout.Planning;
using Clout.Storage.Planning;
using Clout.Storage.Reads;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Plan;

/// <summary>
/// The budget planner's page. A plan changes nothing, so the form is a GET: a plan can be bookmarked and shared
/// as a link, and reloading it asks no questions.
/// </summary>
public sealed class IndexModel(PlanCandidatesQuery query, CachedReads reads) : PageModel
{
    /// <summary>What the form shows before anything is asked: a round budget and the goal most brands start with.</summary>
    public const decimal SuggestedBudget = 20_000m;

    public decimal? Budget { get; private set; }

    public string Goal { get; private set; } = PlanForm.Conversions;

    public double? PerThousandReach { get; private set; }

    public double? PerEngagement { get; private set; }

    public double? PerOrder { get; private set; }

    public double? MinRoas { get; private set; }

    public bool SpendAll { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public WorkspacePlan? Result { get; private set; }

    public IReadOnlyList<string> Verdicts { get; private set; } = [];

    /// <summary>The chart as inline SVG (presentation attributes only, which the page's style policy allows), with hover titles.</summary>
    public string? ChartSource { get; private set; }

    public async Task OnGetAsync(decimal? budget, string? goal, double? perThousandReach, double? perEngagement, double? perOrder,
        double? minRoas, bool spendAll, CancellationToken cancellationToken)
    {
        (Budget, PerThousandReach, PerEngagement, PerOrder, MinRoas, SpendAll) = (budget, perThousandReach, perEngagement, perOrder, minRoas, spendAll);
        Goal = string.IsNullOrWhiteSpace(goal) ? PlanForm.Conversions : goal.Trim().ToLowerInvariant();
        if (budget is null && goal is null)
        {
            Budget = SuggestedBudget;
            return; // the first visit: the form, nothing planned yet
        }
        // A single goal ignores the weights the form keeps filled in; only a blend reads them. Likewise spend-all is
        // the profit goal's, and a box left ticked while trying another goal is not an error.
        var blend = Goal == PlanForm.Blend;
        var (request, errors) = PlanForm.Read(budget, goal, blend ? perThousandReach : null, blend ? perEngagement : null, blend ? perOrder : null,
            minRoas, spendAll && Goal == PlanForm.Profit);
        Errors = errors;
        if (request is null)
        {
            return;
        }
        // Cached like the reports: the same request on unchanged data gives the same plan (its simulations are seeded).
        (Result, Errors) = await reads.GetOrBuildAsync("plan", (request.BudgetMinor, request.Goal, request.MinRoas, request.SpendAll),
            ct => PlanForm.PlanAsync(query, request, ct), cancellationToken);
        if (Result is null)
        {
            return;
        }
        Verdicts = PlanVerdicts.Lines(Result, request.GoalName);
        ChartSource = PlanChart.Comparison(Result, request.GoalName);
    }
}
