using Clout.Core.Access;

namespace Clout.Storage.Model;

/// <summary>A dashboard login. The password hash comes from ASP.NET Core Identity's PasswordHasher.</summary>
public sealed class User : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public required string Email { get; set; }
    public required string NormalizedEmail { get; set; }
    public required string PasswordHash { get; set; }
    public required Role Role { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
