using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Access;

/// <summary>The workspace's API keys, for an owner key: list them, revoke one (as `clout keys list|revoke`).</summary>
public static class ApiKeyEndpoints
{
    public static RouteGroupBuilder MapApiKeyEndpoints(this RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/keys").WithTags("Keys").RequireScope(KeyScope.Owner);
        keys.MapGet("/", ListAsync).WithSummary("The workspace's API keys, revoked ones too: id, name, prefix, scope, created, last used (to the hour), revoked; never a secret");
        keys.MapDelete("/{id:long}", RevokeAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Revokes a key at once: its next request gets 401. Revoking a revoked key changes nothing");
        return api;
    }

    private static async Task<Ok<List<ApiKeyResponse>>> ListAsync(ApiKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(ApiKeyResponse.Of).ToList());

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(long id, ApiKeyStore store, CancellationToken cancellationToken)
    {
        try
        {
            await store.RevokeAsync(id, cancellationToken);
            return TypedResults.NoContent();
        }
        catch (StorageValidationException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such key", detail: e.Message);
        }
    }
}
