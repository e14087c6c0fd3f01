using Clout.Access;
using Clout.Connectors;
using Clout.Connectors.YouTube;
using Clout.Storage.Connections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Connections;

/// <summary>
/// The workspace's connections to platforms, for everyone: account, influencer, state, last success, what went wrong
/// in words a marketer understands, next attempt. Owners connect a YouTube channel and remove connections.
/// </summary>
public sealed class IndexModel(ConnectionStore store, IAuthorizationService authorization, IServiceProvider services) : PageModel
{
    internal IReadOnlyList<ConnectionSummary> Connections { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostConnectAsync(string? apiKey, string? channel, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!CanManage)
        {
            return Forbid();
        }
        if (string.IsNullOrWhiteSpace(apiKey) || string.IsNullOrWhiteSpace(channel))
        {
            return Refuse(string.IsNullOrWhiteSpace(apiKey) ? "API key: required." : "Channel: required (its id UC… or its @handle).");
        }
        try
        {
            var (_, account) = await services.GetRequiredService<YouTubeConnect>().ConnectAsync(apiKey, channel, cancellationToken);
            Message = $"Connected YouTube channel @{account.Handle}: its videos and comments arrive with the next sync.";
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            return Refuse(YouTubeConnect.Refusal(e));
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!CanManage)
        {
            return Forbid();
        }
        Message = await store.RemoveAsync(id, cancellationToken) ? $"Connection {id} removed; what it fetched stays." : $"There is no connection {id}.";
        await LoadAsync(cancellationToken);
        return Page();
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanManage = (await authorization.AuthorizeAsync(User, AccessPolicies.Owner)).Succeeded;
        Connections = await store.ListAsync(cancellationToken);
    }
}
