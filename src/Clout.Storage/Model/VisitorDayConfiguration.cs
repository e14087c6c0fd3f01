using Clout.Core.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clout.Storage.Model;

internal sealed class VisitorDayConfiguration : IEntityTypeConfiguration<VisitorDay>
{
    public void Configure(EntityTypeBuilder<VisitorDay> builder)
    {
        // The key is the distinctness itself, and its order is the report's: a workspace's influencers, each one's days.
        builder.HasKey(v => new { v.WorkspaceId, v.InfluencerId, v.Day, v.VisitorId });
        builder.Property(v => v.VisitorId).HasMaxLength(VisitorHash.Length);
        // Only the workspace's key, which the primary key's first column serves: a foreign key to the influencer would
        // bring an index of its own, one more insert for every click (influencers, like clicks, go only with their workspace).
        builder.HasOne<Workspace>().WithMany().HasForeignKey(v => v.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
