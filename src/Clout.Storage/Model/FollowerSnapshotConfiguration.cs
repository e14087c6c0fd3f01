using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class FollowerSnapshotConfiguration : IEntityTypeConfiguration<FollowerSnapshot>
{
    public void Configure(EntityTypeBuilder<FollowerSnapshot> builder)
    {
        builder.ToTable("follower_snapshots");
        builder.HasIndex(s => new { s.WorkspaceId, s.InfluencerId, s.DateUtc }).IsUnique();
        builder.HasOne<Influencer>().WithMany().HasForeignKey(s => s.InfluencerId).OnDelete(DeleteBehavior.Cascade);
    }
}
