using System.Globalization;
using Clout.Core.Access;
using Clout.Core.Names;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Clout.Access;

/// <summary>
/// What an API key may do on a route. Secure by default: a route that reads (GET, HEAD) needs a read key, any other
/// method a write key, unless the route says otherwise with <see cref="RequireScope{TBuilder}"/> — a computation that
/// stores nothing allows read keys, an administrative route needs an owner key. A route added later without a word
/// is therefore closed to read keys as soon as it can change anything.
/// </summary>
public static class KeyScopes
{
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, KeyScope scope) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new KeyScopeMetadata(scope));

    /// <summary>
    /// Puts a 403 in the OpenAPI document of each route of <paramref name="api"/> that a key can be refused by scope:
    /// those that need more than read. Run last, when each route's own metadata is known.
    /// </summary>
    public static RouteGroupBuilder WithKeyScopeRefusals(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        ((IEndpointConventionBuilder)api).Finally(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? [];
            if (Needed(endpoint.Metadata.OfType<KeyScopeMetadata>().LastOrDefault(), methods) > KeyScope.Read)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), ["application/problem+json"]));
            }
        });
        return api;
    }

    /// <summary>The role a key acts as, for the policies dashboard users and keys share (<see cref="AccessPolicies.Editor"/>).</summary>
    public static Role ActsAs(this KeyScope scope) => scope switch
    {
        KeyScope.Owner => Role.Owner,
        KeyScope.Write => Role.Analyst,
        _ => Role.Viewer,
    };

    /// <summary>The scope the request's route needs.</summary>
    internal static KeyScope Required(HttpContext context) =>
        Needed(context.GetEndpoint()?.Metadata.GetMetadata<KeyScopeMetadata>(), [context.Request.Method]);

    /// <summary>What the route declares, else read when every method it answers only reads, else write.</summary>
    private static KeyScope Needed(KeyScopeMetadata? declared, IReadOnlyCollection<string> methods) =>
        declared?.Scope ?? (methods.All(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m)) ? KeyScope.Read : KeyScope.Write);

    /// <summary>The scope of the key that authenticated the request; null for anything else.</summary>
    internal static KeyScope? Granted(System.Security.Claims.ClaimsPrincipal user) =>
        user.FindFirst(CloutClaims.KeyScope)?.Value is { } name ? StoredNames.Parse<KeyScope>(name) : null;

    internal static string Describe(KeyScope granted, KeyScope required) => string.Create(CultureInfo.InvariantCulture,
        $"This API key's scope is '{granted.ToName()}'; this request needs '{required.ToName()}'. Create a key with `clout keys create --scope {required.ToName()}`.");
}

/// <summary>Met when the request's key reaches the scope its route needs; part of <see cref="AccessPolicies.Api"/>.</summary>
internal sealed class KeyScopeRequirement : AuthorizationHandler<KeyScopeRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, KeyScopeRequirement requirement)
    {
        if (context.Resource is HttpContext http && KeyScopes.Granted(context.User) is { } granted && granted >= KeyScopes.Required(http))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
