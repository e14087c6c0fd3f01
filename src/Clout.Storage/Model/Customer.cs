namespace Clout.Storage.Model;

/// <summary>A buyer, known by the shop's id; the e-mail only as a salted hash, to recognise repeat purchases.</summary>
public sealed class Customer : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public required string ExternalId { get; set; }
    public string? EmailHash { get; set; }
    public DateTime FirstOrderAtUtc { get; set; }
}
