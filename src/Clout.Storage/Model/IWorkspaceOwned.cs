namespace Clout.Storage.Model;

/// <summary>Every row that belongs to a tenant. The context filters all of them by the current workspace.</summary>
public interface IWorkspaceOwned
{
    long WorkspaceId { get; set; }
}
