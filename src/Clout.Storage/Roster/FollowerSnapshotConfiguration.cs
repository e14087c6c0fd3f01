using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Roster;

internal sealed class FollowerSnapshotConfiguration : IEntityTypeConfiguration<FollowerSnapshotEntity>
{
    public void Configure(EntityTypeBuilder<FollowerSnapshotEntity> builder)
    {
        builder.ToTable("follower_snapshots");
        builder.HasIndex(s => new { s.WorkspaceId, s.InfluencerId, s.DateUtc }).IsUnique();
        builder.HasOne<Influencer>().WithMany().HasForeignKey(s => s.InfluencerId).OnDelete(DeleteBehavior.Cascade);
    }
}
