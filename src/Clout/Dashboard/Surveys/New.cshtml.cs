using Clout.Access;
using Clout.Core.Surveys;
using Clout.Storage.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Surveys;

/// <summary>A new draft from a template (whose roster questions list the workspace's influencers) or from scratch.</summary>
[Authorize(Policy = AccessPolicies.Editor)]
public sealed class NewModel(SurveyStore store) : PageModel
{
    public const string Blank = "blank";

    public static IReadOnlyList<(string Id, string Name, string Description)> Templates { get; } =
    [
        (SurveyTemplates.PostPurchase, "Post-purchase: how did you hear about us?", "Options are your influencers, plus \"other\" with free text; an optional NPS. Feeds attribution when the order id is passed."),
        (SurveyTemplates.Trust, "Creator trust (Ohanian 1990)", "Trustworthiness, expertise and attractiveness: fifteen 7-point semantic-differential items about a creator from your roster."),
        (SurveyTemplates.PurchaseIntent, "Purchase intent", "Three 7-point Likert items forming one scale."),
        (SurveyTemplates.Nps, "Net Promoter Score", "0–10 likelihood to recommend, and the reason."),
        (Blank, "From scratch", "One empty question to start from."),
    ];

    public string Template { get; private set; } = SurveyTemplates.PostPurchase;

    public string? Title { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? title, string? template, CancellationToken cancellationToken)
    {
        Title = title;
        Template = template ?? "";
        if (Templates.All(t => t.Id != Template))
        {
            Problem = $"Choose one of: {string.Join(", ", Templates.Select(t => t.Id))}.";
            return Page();
        }
        try
        {
            var created = Template == Blank
                ? await store.CreateAsync(null, null, StarterDefinition(SurveyForm.Blank(title) ?? "Untitled survey"), null, cancellationToken)
                : await store.CreateAsync(SurveyForm.Blank(title), Template, null, null, cancellationToken);
            return Redirect($"/surveys/{created.Id}");
        }
        catch (SurveyProblemsException e)
        {
            Problem = string.Join(" ", e.Problems.Select(p => p.ToString()));
            return Page();
        }
    }

    /// <summary>From scratch: one optional question to edit, so the draft is valid from the start.</summary>
    private static SurveyDefinition StarterDefinition(string title) =>
        new(title, null, "Thank you!", [new SurveyQuestion("q1", QuestionType.SingleChoice, "Your question", Options: [new SurveyOption("yes", "Yes"), new SurveyOption("no", "No")])]);
}
