namespace Clout.Storage.Workspaces;

/// <summary>A tenant: one brand's data. The tier policy lives here so each brand can draw its own lines.</summary>
public sealed class Workspace
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public long MicroFrom { get; set; }
    public long MacroFrom { get; set; }
    public long CelebrityFrom { get; set; }
}
