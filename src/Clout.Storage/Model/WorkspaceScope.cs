namespace Clout.Storage.Model;

/// <summary>
/// The workspace that the current request or command acts for. Scoped: set once by authentication (web) or by
/// workspace resolution (CLI), read by <see cref="Model.CloutDbContext"/>'s query filters.
/// </summary>
public sealed class WorkspaceScope
{
    /// <summary>0 until set: a context without a workspace sees no tenant rows at all.</summary>
    public long WorkspaceId { get; private set; }

    public string? WorkspaceName { get; private set; }

    public void Set(long workspaceId, string workspaceName)
    {
        if (WorkspaceId != 0 && WorkspaceId != workspaceId)
        {
            throw new InvalidOperationException("The workspace of a scope cannot change once set.");
        }
        WorkspaceId = workspaceId;
        WorkspaceName = workspaceName;
    }
}
