using Clout.Core.Roster;

namespace Clout.Storage.Model;

public sealed class Influencer : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public required string Handle { get; set; }
    public Platform Platform { get; set; }
    public string? DisplayName { get; set; }
    public string? Niche { get; set; }
    public long Followers { get; set; }
    public long? Following { get; set; }
    public string? Country { get; set; }
}
