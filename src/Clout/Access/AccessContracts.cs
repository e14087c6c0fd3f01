using Clout.Core.Names;
using Clout.Storage.Workspaces;

namespace Clout.Access;

/// <summary>An API key as `clout keys list` and `GET /api/v1/keys` show it: its public prefix, never its secret.</summary>
public sealed record ApiKeyResponse(long Id, string? Name, string Prefix, string Scope, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt)
{
    public static ApiKeyResponse Of(ApiKeyInfo key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.Name, key.Prefix, key.Scope.ToName(), key.CreatedAtUtc, key.LastUsedAtUtc, key.RevokedAtUtc);
    }
}

/// <summary>A dashboard user as `clout user list` shows it; never the password hash.</summary>
public sealed record UserResponse(long Id, string Email, string Role, DateTime CreatedAt)
{
    public static UserResponse Of(UserInfo user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.Email, user.Role.ToName(), user.CreatedAtUtc);
    }
}
