using System.Text.Json;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Clout.Storage.Workspaces;
using Clout.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Surveys;

/// <summary>
/// The survey builder: edit the latest version's questions, preview them in the real widget, publish, close, and
/// copy the embed snippet. Add, move and remove only change the form; Save writes a draft version, Publish saves and
/// freezes it.
/// </summary>
public sealed class BuilderModel(SurveyStore store, WorkspaceSettingsStore settings, WorkspaceScope scope, IAuthorizationService authorization,
    OrderProofSecrets proofSecrets) : PageModel
{
    public SurveyDetail Survey { get; private set; } = null!;

    [BindProperty]
    public SurveyForm Form { get; set; } = new();

    public bool CanEdit { get; private set; }

    /// <summary>Origins whose pages may embed the workspace's surveys (CORS on the public endpoints).</summary>
    public IReadOnlyList<string> AllowedOrigins { get; private set; } = [];

    /// <summary>The form differs from what is stored: after add, move or remove.</summary>
    public bool Unsaved { get; private set; }

    public string? Notice { get; private set; }

    public IReadOnlyList<SurveyProblem> Problems { get; private set; } = [];

    /// <summary>Problems the builder cannot pin on one question (title, the question list, a question id that is gone).</summary>
    public IReadOnlyList<SurveyProblem> GeneralProblems =>
        [.. Problems.Where(p => !Form.Questions.Any(q => q.Id == p.Field))];

    public IReadOnlyList<SurveyProblem> ProblemsOf(string? questionId) => [.. Problems.Where(p => p.Field == questionId)];

    private string Origin => $"{Request.Scheme}://{Request.Host}";

    public string EmbedSnippet => $"<script src=\"{Origin}/widget.js\" data-survey=\"{Survey.PublicId}\" async></script>";

    /// <summary>The order-confirmation snippets carry the workspace's order-proof secret: only owners see them.</summary>
    public bool IsOwner { get; private set; }

    /// <summary>The workspace's order-proof secret, for an owner of a live survey; null otherwise or when it cannot be read.</summary>
    public string? OrderProofSecret { get; private set; }

    public string ShopifySnippet => OrderProofSnippets.ShopifyOrderStatus(SnippetBase, Survey.PublicId, OrderProofSecret!);

    public string ShopifyEmailSnippet => OrderProofSnippets.ShopifyEmail(SnippetBase, Survey.PublicId, OrderProofSecret!);

    public string WooCommerceSnippet => OrderProofSnippets.WooCommerceThankYou(SnippetBase, Survey.PublicId, OrderProofSecret!);

    private string SnippetBase => OrderProofSnippets.BaseUrl(Origin) ?? Origin;

    public string HostedLink => $"{Origin}/s/{Survey.PublicId}";

    /// <summary>The form as the public API would serve it, for the widget's preview mode.</summary>
    public string PreviewJson
    {
        get
        {
            var json = JsonSerializer.SerializeToNode(Form.ToDefinition(), SurveyJson.Options)!.AsObject();
            json["id"] = Survey.PublicId;
            json["version"] = Survey.Version;
            return json.ToJsonString();
        }
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = SurveyForm.From(Survey.Definition);
        Notice = Request.Query["done"].FirstOrDefault() switch
        {
            "saved" => $"Saved as version {Survey.Version}.",
            "published" => $"Version {Survey.LiveVersion} is live.",
            "closed" => "The survey is closed: it accepts no more answers.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? action, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            return Forbid();
        }
        if (action is "save" or "publish")
        {
            return await SaveAsync(action == "publish", cancellationToken);
        }
        if (!Form.Apply(action))
        {
            return BadRequest();
        }
        Unsaved = true;
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            return Forbid();
        }
        await store.CloseAsync(id, cancellationToken);
        return Redirect($"/surveys/{id}?done=closed");
    }

    private async Task<IActionResult> SaveAsync(bool publish, CancellationToken cancellationToken)
    {
        var definition = Form.ToDefinition();
        Problems = [.. Form.Problems(), .. SurveyDefinitionRules.Check(definition)];
        if (Problems.Count > 0)
        {
            Unsaved = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        try
        {
            // Saving what is already stored would only add an identical version.
            if (SurveyJson.Write(definition) != SurveyJson.Write(Survey.Definition))
            {
                await store.UpdateDefinitionAsync(Survey.Id, definition, cancellationToken);
            }
            if (publish)
            {
                await store.PublishAsync(Survey.Id, cancellationToken);
            }
        }
        catch (SurveyProblemsException e)
        {
            Problems = e.Problems;
            Unsaved = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        // Post/redirect/get: a reload does not save again.
        return Redirect($"/surveys/{Survey.Id}?done={(publish ? "published" : "saved")}");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } survey)
        {
            return false;
        }
        Survey = survey;
        AllowedOrigins = (await settings.GetAsync(scope.WorkspaceId, cancellationToken)).SurveyOrigins;
        CanEdit = (await authorization.AuthorizeAsync(User, Access.AccessPolicies.Editor)).Succeeded;
        IsOwner = User.IsInRole(Role.Owner.ToName());
        if (IsOwner && survey.State == SurveyState.Live)
        {
            OrderProofSecret = await proofSecrets.EnsureAsync(scope.WorkspaceId, cancellationToken);
        }
        return true;
    }
}
