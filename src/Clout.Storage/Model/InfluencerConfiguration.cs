using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class InfluencerConfiguration : IEntityTypeConfiguration<Influencer>
{
    public void Configure(EntityTypeBuilder<Influencer> builder)
    {
        builder.Property(i => i.Handle).HasMaxLength(100);
        builder.Property(i => i.DisplayName).HasMaxLength(200);
        builder.Property(i => i.Niche).HasMaxLength(100);
        builder.Property(i => i.Country).HasMaxLength(2);
        builder.HasIndex(i => new { i.WorkspaceId, i.Platform, i.Handle }).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(i => i.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
