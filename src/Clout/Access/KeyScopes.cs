using System.Globalization;
using Clout.Core.Access;
using Clout.Core.Names;
using Microsoft.AspNetCore.Authorization;

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

    /// <summary>The role a key acts as, for the policies dashboard users and keys share (<see cref="AccessPolicies.Editor"/>).</summary>
    public static Role ActsAs(this KeyScope scope) => scope switch
    {
        KeyScope.Owner => Role.Owner,
        KeyScope.Write => Role.Analyst,
        _ => Role.Viewer,
    };

    /// <summary>The scope the request's route needs.</summary>
    internal static KeyScope Required(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<KeyScopeMetadata>()?.Scope
        ?? (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) ? KeyScope.Read : KeyScope.Write);

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
