using Clout.Core.Access;

namespace Clout.Access;

/// <summary>The scope an API route needs when its HTTP method alone would say otherwise (see <see cref="KeyScopes"/>).</summary>
public sealed record KeyScopeMetadata(KeyScope Scope);
