using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class SavedMappingConfiguration : IEntityTypeConfiguration<SavedMapping>
{
    public const int MaxNameLength = 100;

    /// <summary>An export with a hundred columns, each name quoted and long, still fits.</summary>
    public const int MaxMapLength = 20_000;

    public void Configure(EntityTypeBuilder<SavedMapping> builder)
    {
        // The name is the key within a workspace and kind: the page and the CLI find a mapping by it.
        builder.HasKey(m => new { m.WorkspaceId, m.Kind, m.Name });
        builder.Property(m => m.Kind).HasMaxLength(16);
        builder.Property(m => m.Name).HasMaxLength(MaxNameLength);
        builder.Property(m => m.Map).HasMaxLength(MaxMapLength);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
